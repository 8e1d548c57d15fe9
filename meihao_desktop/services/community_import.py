"""Importing the community list a district bureau keeps in Excel: preview, then apply.

``read_community_sheet`` opens the workbook, reads one worksheet into plain cells, lets
the domain find the header and clean the rows, and compares each good row with the
database. It writes nothing: the GUI shows the preview and the user confirms.
``apply_community_import`` then writes the good rows of that preview in one transaction.

Both do file or database work and belong on the background job helper, not the GUI thread.
"""

from __future__ import annotations

import warnings
import zipfile
import zlib
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.exceptions import InvalidFileException
from sqlmodel import Session, col, select

from meihao_desktop.domain.community_cells import FieldChange, field_changes
from meihao_desktop.domain.community_sheet import (
    ColumnSource,
    ParsedSheet,
    RejectedRow,
    RowProblem,
    SheetColumn,
    parse_community_sheet,
)
from meihao_desktop.domain.spreadsheet import Cell, SpreadsheetError, fill_merged
from meihao_desktop.services.audit import Actor, apply_changes, log_create
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Community

ZIP_SIGNATURE = b"PK\x03\x04"
# OLE2 / Compound File: the container of old .xls files and also of *encrypted* .xlsx
# files (Office and WPS put the encrypted package inside one), which openpyxl cannot open.
OLE_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
# The stream every encrypted OOXML file has; its name is stored in UTF-16 in the directory.
ENCRYPTION_STREAM = "EncryptionInfo".encode("utf-16-le")

_MERGE_CELL = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}mergeCell"

NOT_XLSX = "不是有效的 Excel 文件（.xlsx）"
OLD_XLS = "是旧版 Excel 格式（.xls），请在 Excel 或 WPS 中另存为 .xlsx"
ENCRYPTED = "文件已加密，请在 Excel 或 WPS 中取消密码并另存为 .xlsx 后再导入"

# What openpyxl raises for a damaged package: a broken zip, missing parts, bad XML
# (ParseError is a SyntaxError), values its descriptors reject.
_DAMAGED = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    InvalidFileException,
    KeyError,
    IndexError,
    ValueError,
    TypeError,
    SyntaxError,
    NotImplementedError,
)


class RowAction(StrEnum):
    CREATE = "create"  # no community with this name in this district yet
    UPDATE = "update"  # exists; ``changes`` lists what would change
    UNCHANGED = "unchanged"  # exists with the same values


@dataclass(frozen=True)
class ImportRow:
    """A good row of the file and what applying it would do."""

    row: int  # Excel row number
    values: Mapping[str, Any]  # cleaned values of the non-blank cells
    action: RowAction
    community_id: str | None = None  # the existing community, for UPDATE / UNCHANGED
    changes: tuple[FieldChange, ...] = ()

    @property
    def name(self) -> str:
        return str(self.values["name"])

    @property
    def district(self) -> str:
        return str(self.values.get("district", ""))


@dataclass(frozen=True)
class SheetPreview:
    """Everything the import dialog shows before the user confirms."""

    path: Path
    sheet_name: str
    sheet_names: tuple[str, ...]  # visible worksheets, for a sheet picker
    header_row: int  # Excel row number of the header (its lower row if it has two)
    columns: tuple[SheetColumn, ...]
    rows: tuple[ImportRow, ...]  # good rows, in file order
    rejected: tuple[RejectedRow, ...]  # rows with problems, in file order
    warnings: tuple[str, ...]  # rows left out on purpose, duplicate columns
    mapping: Mapping[str, str | None] = field(default_factory=dict)  # as passed in
    default_district: str = ""

    @property
    def file_name(self) -> str:
        return self.path.name

    @property
    def unknown_columns(self) -> tuple[SheetColumn, ...]:
        """Columns whose header was not recognised: offer a field for each."""
        return tuple(column for column in self.columns if column.source is ColumnSource.UNKNOWN)

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return tuple(problem for row in self.rejected for problem in row.problems)

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)


@dataclass(frozen=True)
class ImportOutcome:
    created: int
    updated: int
    unchanged: int


def read_community_sheet(
    path: Path | str,
    db: Database,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, str | None] | None = None,
    default_district: str = "",
) -> SheetPreview:
    """Read a community list and compare it with the database; writes nothing.

    ``sheet`` picks a worksheet by name (default: the first visible one with data).
    ``mapping`` is the user's choice per column letter: a field name, or None to skip
    the column; it overrides what the headers say. ``default_district`` is used for rows
    without a district. Raises ``SpreadsheetError`` (``where`` = file name) when the file
    as a whole cannot be read; bad rows are listed in ``rejected`` instead.
    """
    path = Path(path)
    sheet_names, sheet_name, cells = _read_worksheet(path, sheet)
    parsed = parse_community_sheet(
        cells, source=path.name, mapping=mapping, default_district=default_district
    )
    with db.session() as session:
        rows, ambiguous = _plan(parsed, _communities_by_key(session))
    return SheetPreview(
        path=path,
        sheet_name=sheet_name,
        sheet_names=sheet_names,
        header_row=parsed.layout.header_row,
        columns=parsed.layout.columns,
        rows=rows,
        rejected=tuple(sorted((*parsed.rejected, *ambiguous), key=lambda row: row.row)),
        warnings=parsed.warnings,
        mapping=dict(mapping or {}),
        default_district=default_district,
    )


def apply_community_import(preview: SheetPreview, db: Database, actor: Actor) -> ImportOutcome:
    """Write the good rows of a confirmed preview: all of them or, on any error, none.

    Changes are worked out again against the database as it is now (someone may have
    edited a community since the preview); blank cells never erase recorded values.
    Audit entries carry the source ``import:<file name>``.
    """
    importer = replace(actor, source=f"import:{preview.file_name}")
    counts: Counter[RowAction] = Counter()
    with db.session() as session:
        existing = _communities_by_key(session)
        for row in preview.rows:
            counts[_apply_row(session, importer, existing, row)] += 1
        session.commit()
    return ImportOutcome(
        created=counts[RowAction.CREATE],
        updated=counts[RowAction.UPDATE],
        unchanged=counts[RowAction.UNCHANGED],
    )


_Index = dict[tuple[str, str], list[Community]]


def _communities_by_key(session: Session) -> _Index:
    """All communities by (name, district), the key that identifies a row of the list."""
    index: _Index = defaultdict(list)
    for community in session.exec(select(Community).order_by(col(Community.created_at))):
        index[(community.name, community.district)].append(community)
    return index


def _plan(parsed: ParsedSheet, existing: _Index) -> tuple[tuple[ImportRow, ...], list[RejectedRow]]:
    rows: list[ImportRow] = []
    ambiguous: list[RejectedRow] = []
    name_column = parsed.layout.column_for("name")
    for clean in parsed.rows:
        matches = existing.get((clean.name, clean.district), [])
        if not matches:
            rows.append(ImportRow(clean.row, clean.values, RowAction.CREATE))
        elif len(matches) == 1:
            changes = field_changes(matches[0], dict(clean.values))
            action = RowAction.UPDATE if changes else RowAction.UNCHANGED
            rows.append(ImportRow(clean.row, clean.values, action, matches[0].id, changes))
        else:
            district = clean.district or "未填区县"
            problem = RowProblem(
                clean.row,
                f"数据库中已有 {len(matches)} 个“{clean.name}”（{district}），无法确定更新哪一个",
                name_column.letter if name_column else "",
                name_column.header if name_column else "",
                "name",
            )
            ambiguous.append(RejectedRow(clean.row, clean.name, (problem,)))
    return tuple(rows), ambiguous


def _apply_row(session: Session, actor: Actor, existing: _Index, row: ImportRow) -> RowAction:
    matches = existing.get((row.name, row.district), [])
    values = dict(row.values)
    if not matches:
        community = Community(**values)
        session.add(community)
        log_create(session, actor, "community", community.id, community.name)
        existing[(row.name, row.district)] = [community]
        return RowAction.CREATE
    # A duplicate made after the preview: keep to the community the user was shown.
    target = next((c for c in matches if c.id == row.community_id), matches[0])
    if apply_changes(session, actor, target, "community", values):
        return RowAction.UPDATE
    return RowAction.UNCHANGED


def _check_file(path: Path) -> None:
    """Refuse what openpyxl cannot read, with a message that says what to do instead."""
    where = path.name
    try:
        with path.open("rb") as handle:
            head = handle.read(len(OLE_SIGNATURE))
            if head == OLE_SIGNATURE:
                # The directory naming the streams can sit anywhere in the container.
                encrypted = ENCRYPTION_STREAM in head + handle.read()
                raise SpreadsheetError(ENCRYPTED if encrypted else OLD_XLS, where=where)
    except FileNotFoundError:
        raise SpreadsheetError("文件不存在", where=where) from None
    except IsADirectoryError:
        raise SpreadsheetError("这是一个文件夹，不是文件", where=where) from None
    except PermissionError:
        raise SpreadsheetError("没有读取该文件的权限", where=where) from None
    except OSError as error:
        raise SpreadsheetError(f"无法读取文件：{error.strerror or error}", where=where) from None
    if not head.startswith(ZIP_SIGNATURE):
        raise SpreadsheetError(NOT_XLSX, where=where)


def _read_worksheet(path: Path, sheet: str | None) -> tuple[tuple[str, ...], str, list[list[Cell]]]:
    """Visible sheet names, the chosen sheet's name and its rows from row 1."""
    _check_file(path)
    try:
        # A file handle, not the path: openpyxl rejects a good workbook saved as ".XLS".
        with path.open("rb") as handle, warnings.catch_warnings():
            # WPS and Excel extensions openpyxl does not support (data validation lists,
            # conditional formats) only cost us nothing we read; do not let them warn.
            warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
            workbook = load_workbook(handle, read_only=True, data_only=True)
            try:
                return _pick_worksheet(workbook, sheet, path.name)
            finally:
                workbook.close()
    except _DAMAGED as error:
        raise SpreadsheetError(f"{NOT_XLSX}，文件可能已损坏", where=path.name) from error
    except OSError as error:
        raise SpreadsheetError(
            f"无法读取文件：{error.strerror or error}", where=path.name
        ) from None


def _pick_worksheet(
    workbook: Any, sheet: str | None, where: str
) -> tuple[tuple[str, ...], str, list[list[Cell]]]:
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    names = tuple(ws.title for ws in visible)
    if sheet is not None:
        chosen = [ws for ws in workbook.worksheets if ws.title == sheet]
        if not chosen:
            raise SpreadsheetError(f"没有名为“{sheet}”的工作表", where=where)
    else:
        chosen = visible
    for worksheet in chosen:
        rows = _cells(worksheet)
        if any(not cell.is_blank for row in rows for cell in row):
            return names, worksheet.title, rows
    if sheet is not None:
        raise SpreadsheetError(f"工作表“{sheet}”中没有数据", where=where)
    raise SpreadsheetError("没有包含数据的工作表", where=where)


def _cells(worksheet: Any) -> list[list[Cell]]:
    # The <dimension> some programs write is wrong; read the rows that are really there.
    worksheet.reset_dimensions()
    rows = [
        [Cell(cell.value, cell.number_format or "General") for cell in row]
        for row in worksheet.iter_rows()
    ]
    fill_merged(rows, _merged_ranges(worksheet))
    return rows


def _merged_ranges(worksheet: Any) -> list[tuple[int, int, int, int]]:
    """The merged ranges of a read-only worksheet, as (min_col, min_row, max_col, max_row).

    Read-only worksheets do not expose merges, so the sheet's XML part is scanned again
    for ``<mergeCell ref="C5:C9"/>``. The part is found through openpyxl's private
    attributes (a test fails if they change); without them merged cells stay blank.
    """
    archive = getattr(worksheet.parent, "_archive", None)
    part = getattr(worksheet, "_worksheet_path", None)
    if archive is None or part is None:
        return []
    ranges = []
    with archive.open(part) as source:
        for _event, element in ElementTree.iterparse(source):
            if element.tag == _MERGE_CELL:
                ranges.append(range_boundaries(element.get("ref", "")))
            element.clear()  # sheet data can be large; keep memory flat
    return ranges
