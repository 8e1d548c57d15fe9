"""Standards to and from Excel, and saving an imported standard as a standards file.

The bureau edits a standard in Excel (``export_standard_workbook``), reads it back
(``import_standard_workbook``: every problem named by sheet, row and column, see
``domain.standard_sheet``) and saves it among the user's standards
(``save_imported_standard``: a TOML file in ``data_dir()/standards``). Exporting a
standard and importing the workbook gives back an identical ``Standard``.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

import tomli_w
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.spreadsheet import SpreadsheetError
from meihao_desktop.domain.standard_file import load_standard_file
from meihao_desktop.domain.standard_sheet import (
    COMPONENTS,
    ELIGIBILITY,
    ITEMS,
    LAYOUT,
    REQUIREMENTS,
    SCALES,
    SECTIONS,
    SETTINGS,
    SETTINGS_HEADERS,
    read_standard_sheets,
)
from meihao_desktop.domain.standards import (
    ComponentSource,
    EligibilityOp,
    Scale,
    ScaleKind,
    Section,
    Standard,
)
from meihao_desktop.services.sheet_layout import save_atomically

_KIND_WORDS = {ScaleKind.POINTS: "分值", ScaleKind.LEVELS: "等级"}
_OP_WORDS = {EligibilityOp.MIN: "不低于", EligibilityOp.TRUE: "为是", EligibilityOp.IN: "属于"}
_SOURCE_WORDS = {ComponentSource.CHECKLIST: "现场评分", ComponentSource.ENTERED: "录入"}
_WIDE = {"内容": 60, "名称": 30, "评分指引": 40, "来源": 30, "说明": 40, "值": 50}
_DAMAGED = (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError)


def standard_data(standard: Standard) -> dict[str, Any]:
    """The standards-file (TOML) dictionary of ``standard``; decimals as text, exact."""
    return {
        "id": standard.id,
        "version": standard.version,
        "title": standard.title,
        "source": standard.source,
        "notes": standard.notes,
        "aggregation": {"trim_min_scorers": standard.aggregation.trim_min_scorers},
        "scales": {s.id: _scale_data(s) for s in standard.scales},
        "requirements": [{"code": r.code, "text": r.text} for r in standard.requirements],
        "sections": [_section_data(s) for s in standard.sections],
        "eligibility": [
            {"code": r.code, "text": r.text, "field": r.field, "op": str(r.op), "source": r.source}
            | ({} if r.value is None else {"value": _value_data(r.value)})
            for r in standard.eligibility
        ],
        "components": [
            {"code": c.code, "title": c.title, "weight": str(c.weight), "source": str(c.source)}
            for c in standard.components
        ],
    }


def _scale_data(scale: Scale) -> dict[str, Any]:
    data: dict[str, Any] = {"title": scale.title, "kind": str(scale.kind), "step": str(scale.step)}
    if scale.kind is ScaleKind.LEVELS:
        data["levels"] = [{"label": v.label, "fraction": str(v.fraction)} for v in scale.levels]
    return data


def _section_data(section: Section) -> dict[str, Any]:
    return {
        "code": section.code,
        "title": section.title,
        "weight": str(section.weight),
        "items": [
            {
                "code": i.code,
                "text": i.text,
                "max_points": str(i.max_points),
                "scale": i.scale.id,
                "na_allowed": i.na_allowed,
                "guidance": i.guidance,
            }
            for i in section.items
        ],
    }


def _value_data(value: object) -> str | list[str]:
    return list(value) if isinstance(value, tuple) else str(value)


def standard_rows(standard: Standard) -> dict[str, list[list[Any]]]:
    """The workbook of ``standard``: sheet name → rows (headers first) of cell values."""
    sheets: dict[str, list[list[Any]]] = {
        name: [[f.header for f in fields]] for name, fields in LAYOUT.items()
    }
    sheets[SETTINGS] = [
        list(SETTINGS_HEADERS),
        *[[f.header, _setting(standard, f.key)] for f in LAYOUT[SETTINGS]],
    ]
    for s in standard.scales:
        kind = _KIND_WORDS[s.kind]
        levels = [[v.label, v.fraction] for v in s.levels] or [[None, None]]
        sheets[SCALES] += [[s.id, s.title, kind, s.step, *level] for level in levels]
    sheets[REQUIREMENTS] += [[r.code, r.text] for r in standard.requirements]
    sheets[SECTIONS] += [[s.code, s.title, s.weight] for s in standard.sections]
    yes_no = {True: "是", False: "否"}
    sheets[ITEMS] += [
        [s.code, i.code, i.text, i.max_points, i.scale.id, yes_no[i.na_allowed], i.guidance or None]
        for s in standard.sections
        for i in s.items
    ]
    sheets[ELIGIBILITY] += [
        [r.code, r.text, r.field, _OP_WORDS[r.op], _value_cell(r.value), r.source or None]
        for r in standard.eligibility
    ]
    sheets[COMPONENTS] += [
        [c.code, c.title, c.weight, _SOURCE_WORDS[c.source]] for c in standard.components
    ]
    return sheets


def _setting(standard: Standard, key: str) -> Any:
    if key == "trim_min_scorers":
        return standard.aggregation.trim_min_scorers
    return getattr(standard, key) or None


def _value_cell(value: object) -> Any:
    return "、".join(value) if isinstance(value, tuple) else value


def export_standard_workbook(standard: Standard, path: Path) -> Path:
    """Write ``standard`` as a workbook in the documented layout (see the standards README)."""
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    for name, rows in standard_rows(standard).items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
        for index, header in enumerate(rows[0], 1):
            cell = sheet.cell(1, index)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="D9E1F2")
            width = _WIDE.get(str(header), 14)
            sheet.column_dimensions[get_column_letter(index)].width = width
            if width >= 30:
                for (text_cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                    text_cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A2"
    save_atomically(workbook, Path(path))
    return Path(path)


def import_standard_workbook(path: Path) -> Standard:
    """Read and validate a standards workbook; ``StandardSheetError`` names every bad cell."""
    path = Path(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except _DAMAGED:
        raise SpreadsheetError("不是有效的 Excel 文件（.xlsx）", where=path.name) from None
    try:
        sheets = {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()
    return read_standard_sheets(sheets, origin=path.name)


def standard_toml(standard: Standard) -> str:
    header = f"# {standard.title} — imported from a workbook.\n\n"
    return header + tomli_w.dumps(standard_data(standard), multiline_strings=False)


def save_imported_standard(
    standard: Standard, folder: Path, *, shipped_ids: Iterable[str] = (), replace: bool = False
) -> Path:
    """Save ``standard`` as ``<id>.toml`` in ``folder`` (the user's standards).

    A shipped standard's id is refused (campaigns name standards by id: a second file
    with the same id would change their scores); an earlier import is replaced only
    with ``replace``. The file is checked by loading it back.
    """
    if standard.id in set(shipped_ids):
        raise InvalidValueError(
            f"编号 {standard.id} 与程序自带的评分标准相同，请在“设置”中改用新的编号",
            where="评分标准",
        )
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{standard.id}.toml"
    if target.exists() and not replace:
        raise InvalidValueError(f"已有编号为 {standard.id} 的评分标准", where=str(target))
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".toml.part")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(standard_toml(standard))
            file.flush()
            os.fsync(file.fileno())
        if load_standard_file(Path(name)) != standard:
            raise AssertionError("a saved standard must load back unchanged")
        os.replace(name, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(name)
        raise
    return target
