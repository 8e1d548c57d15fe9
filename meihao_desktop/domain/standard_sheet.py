"""Standards as a workbook: the sheet layout, reading it back, and the standard as data.

No openpyxl here: the services layer hands in each sheet's cell values. The layout is
documented in ``resources/standards/README.md``. Reading checks every cell (types,
required columns), builds the same dictionary a TOML file gives, and validates it with
``standard_file.parse_standard``, so a workbook obeys exactly the rules of a standards
file; each problem is then reported with its sheet, row and column.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from meihao_desktop.domain.errors import StandardFileError
from meihao_desktop.domain.spreadsheet import cell_text, column_letter, decimal_of, header_keys
from meihao_desktop.domain.standard_file import parse_standard
from meihao_desktop.domain.standards import Standard

Cells = Sequence[Sequence[object]]  # one sheet: rows of cell values, row 1 first


@dataclass(frozen=True)
class Field:
    key: str  # the key in the standards file
    header: str  # the column header (or, on 设置, the row label)
    kind: str = "text"  # text / number / bool / int / list
    required: bool = True
    words: tuple[tuple[str, str], ...] = ()  # Chinese words accepted for the file's values


SETTINGS = "设置"
SCALES = "评分方式"
REQUIREMENTS = "原则要求"
SECTIONS = "评分部分"
ITEMS = "评分项"
ELIGIBILITY = "申报条件"
COMPONENTS = "组成部分"
LAYOUT: dict[str, tuple[Field, ...]] = {
    SETTINGS: (
        Field("id", "编号"),
        Field("version", "版本"),
        Field("title", "名称"),
        Field("source", "来源", required=False),
        Field("notes", "说明", required=False),
        Field("trim_min_scorers", "去掉最高最低分的最少人数", "int", required=False),
    ),
    SCALES: (
        Field("id", "编号"),
        Field("title", "名称"),
        Field("kind", "类型", words=(("分值", "points"), ("等级", "levels"))),
        Field("step", "档差", "number", required=False),
        Field("label", "等级", required=False),
        Field("fraction", "比例", "number", required=False),
    ),
    REQUIREMENTS: (Field("code", "编号"), Field("text", "内容")),
    SECTIONS: (Field("code", "编号"), Field("title", "名称"), Field("weight", "权重", "number")),
    ITEMS: (
        Field("section", "部分编号"),
        Field("code", "编号"),
        Field("text", "内容"),
        Field("max_points", "满分", "number", required=False),
        Field("scale", "评分方式", required=False),
        Field("na_allowed", "可不适用", "bool", required=False),
        Field("guidance", "评分指引", required=False),
    ),
    ELIGIBILITY: (
        Field("code", "编号"),
        Field("text", "内容"),
        Field("field", "字段"),
        Field("op", "条件", words=(("不低于", "min"), ("为是", "true"), ("属于", "in"))),
        Field("value", "值", "list", required=False),
        Field("source", "来源", required=False),
    ),
    COMPONENTS: (
        Field("code", "编号"),
        Field("title", "名称"),
        Field("weight", "权重", "number"),
        Field("source", "来源", words=(("现场评分", "checklist"), ("录入", "entered"))),
    ),
}
SETTINGS_HEADERS = ("项目", "值")
_TRUE, _FALSE = ("是", "true", "yes", "y", "1"), ("否", "false", "no", "n", "0")
_LIST_SEPARATORS = re.compile(r"[、,，;；]")


@dataclass(frozen=True)
class SheetProblem:
    sheet: str
    row: int | None
    column: str | None  # column letter
    header: str
    message: str

    def __str__(self) -> str:
        place = f"工作表“{self.sheet}”"
        if self.row is not None:
            place += f"第 {self.row} 行"
        if self.column is not None:
            place += f" {self.column} 列"
        if self.header:
            place += f"（{self.header}）"
        return f"{place}：{self.message}"


class StandardSheetError(StandardFileError):
    """A standards workbook is malformed; ``located`` names each problem's cell."""

    def __init__(self, origin: str, located: list[SheetProblem]) -> None:
        super().__init__(origin, [str(problem) for problem in located])
        self.located = located


@dataclass(frozen=True)
class _Place:
    sheet: str
    row: int | None
    column: int | None
    header: str

    def problem(self, message: str) -> SheetProblem:
        letter = None if self.column is None else column_letter(self.column)
        return SheetProblem(self.sheet, self.row, letter, self.header, message)


class _Reader:
    """Reads the sheets into the standards-file dictionary, remembering where each key came from."""

    def __init__(self, sheets: Mapping[str, Cells]) -> None:
        self.sheets = sheets
        self.problems: list[SheetProblem] = []
        self.places: dict[str, _Place] = {}

    def records(self, sheet: str) -> list[tuple[int, dict[str, object], dict[str, _Place]]]:
        """Data rows of ``sheet`` as (row number, values by key, places by key)."""
        rows = self.sheets.get(sheet)
        if rows is None:
            if sheet in (REQUIREMENTS, SECTIONS, ITEMS, SETTINGS):
                self.problems.append(SheetProblem(sheet, None, None, "", "缺少这个工作表"))
            return []
        fields = LAYOUT[sheet] if sheet != SETTINGS else _settings_fields()
        header_row, columns = self._header(sheet, rows, fields)
        found = []
        for number, cells in enumerate(rows[header_row:], header_row + 1):
            if all(_blank(value) for value in cells):
                continue
            values: dict[str, object] = {}
            places: dict[str, _Place] = {}
            for f in fields:
                index = columns.get(f.key)
                raw = cells[index - 1] if index is not None and index <= len(cells) else None
                place = _Place(sheet, number, index, f.header)
                places[f.key] = place
                value = self.value(f, raw, place)
                if value is not None:
                    values[f.key] = value
            found.append((number, values, places))
        return found

    def _header(
        self, sheet: str, rows: Cells, fields: tuple[Field, ...]
    ) -> tuple[int, dict[str, int]]:
        wanted = {header_keys(f.header)[0]: f.key for f in fields}
        for number, cells in enumerate(rows, 1):
            if all(_blank(value) for value in cells):
                continue
            columns: dict[str, int] = {}
            for index, value in enumerate(cells, 1):
                key = wanted.get(header_keys(cell_text(value))[0] if not _blank(value) else "")
                if key is not None:
                    columns.setdefault(key, index)
            for f in fields:
                if f.required and f.key not in columns:
                    message = f"缺少列“{f.header}”"
                    self.problems.append(SheetProblem(sheet, number, None, "", message))
            return number, columns
        self.problems.append(SheetProblem(sheet, None, None, "", "工作表是空的，缺少标题行"))
        return len(rows), {}

    def value(self, f: Field, raw: object, place: _Place) -> object:
        if _blank(raw):
            if f.required:
                self.problems.append(place.problem("不能为空"))
            return None
        try:
            return _convert(f, raw)
        except ValueError as error:
            self.problems.append(place.problem(f"{error}，实际为 {cell_text(raw)!r}"))
            return None

    def remember(self, key: str, place: _Place) -> None:
        self.places[key] = place


def _settings_fields() -> tuple[Field, ...]:
    return (Field("label", SETTINGS_HEADERS[0]), Field("value", SETTINGS_HEADERS[1], "raw", False))


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _convert(f: Field, raw: object) -> object:
    kind = f.kind
    if kind == "raw":
        return raw
    if kind in ("number", "int"):
        number = _number(raw)
        if kind == "int" and number != number.to_integral_value():
            raise ValueError("应为整数")
        return int(number) if kind == "int" else str(number)
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        text = cell_text(raw).lower()
        if text in _TRUE or text in _FALSE:
            return text in _TRUE
        raise ValueError("应为“是”或“否”")
    if kind == "list":
        if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
            return str(_number(raw))
        return [part.strip() for part in _LIST_SEPARATORS.split(cell_text(raw)) if part.strip()]
    text = cell_text(raw)
    return dict(f.words).get(text, text)


def _number(raw: object) -> Decimal:
    try:
        if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
            number = decimal_of(raw)
        else:
            number = Decimal(cell_text(raw))
    except (InvalidOperation, ValueError):
        raise ValueError("应为数字") from None
    if not number.is_finite():
        raise ValueError("应为数字")
    return number


# ── sheets → the standards-file dictionary ─────────────────────────────────────────


def _assemble(reader: _Reader) -> dict[str, Any]:
    data: dict[str, Any] = {}
    _settings(reader, data)
    data["scales"] = _scales(reader)
    data["requirements"] = _plain_list(reader, REQUIREMENTS, "requirements")
    data["sections"] = _sections(reader)
    data["eligibility"] = _eligibility(reader)
    data["components"] = _plain_list(reader, COMPONENTS, "components")
    return data


def _settings(reader: _Reader, data: dict[str, Any]) -> None:
    fields = {header_keys(f.header)[0]: f for f in LAYOUT[SETTINGS]}
    seen = set()
    for _, values, places in reader.records(SETTINGS):
        label = cell_text(values.get("label"))
        f = fields.get(header_keys(label)[0] if label else "")
        place = places["value"]
        if f is None:
            reader.problems.append(places["label"].problem(f"未知的项目“{label}”"))
            continue
        seen.add(f.key)
        value = reader.value(f, values.get("value"), place)
        key = "aggregation.trim_min_scorers" if f.key == "trim_min_scorers" else f.key
        reader.remember(key, place)
        if value is None:
            continue
        if f.key == "trim_min_scorers":
            data["aggregation"] = {"trim_min_scorers": value}
        else:
            data[f.key] = value
    for f in LAYOUT[SETTINGS]:
        if f.required and f.key not in seen and SETTINGS in reader.sheets:
            reader.problems.append(SheetProblem(SETTINGS, None, None, "", f"缺少项目“{f.header}”"))


def _plain_list(reader: _Reader, sheet: str, key: str) -> list[dict[str, object]]:
    found = []
    reader.remember(key, _Place(sheet, None, None, ""))
    for index, (_, values, places) in enumerate(reader.records(sheet), 1):
        for name, place in places.items():
            reader.remember(f"{key}[{index}].{name}", place)
            reader.remember(f"{key}.{name}", _Place(sheet, None, place.column, place.header))
        found.append(values)
    return found


def _scales(reader: _Reader) -> dict[str, dict[str, Any]]:
    scales: dict[str, dict[str, Any]] = {}
    for _, values, places in reader.records(SCALES):
        scale_id = str(values.get("id", ""))
        key = f"scales.{scale_id}"
        scale = scales.get(scale_id)
        if scale is None:
            scale = {k: values[k] for k in ("title", "kind", "step") if k in values}
            scales[scale_id] = scale
            for name in ("title", "kind", "step", "levels"):
                reader.remember(f"{key}.{name}", places.get(name, places["label"]))
            reader.remember(key, places["id"])
        if "label" in values or "fraction" in values:
            levels = scale.setdefault("levels", [])
            levels.append({k: values[k] for k in ("label", "fraction") if k in values})
            reader.remember(f"{key}.levels[{len(levels)}].label", places["label"])
            reader.remember(f"{key}.levels[{len(levels)}].fraction", places["fraction"])
    return scales


def _sections(reader: _Reader) -> list[dict[str, Any]]:
    sections: list[dict[str, Any]] = list(_plain_list(reader, SECTIONS, "sections"))
    items: dict[str, tuple[int, list[dict[str, object]]]] = {}
    for index, section in enumerate(sections, 1):
        section["items"] = items.setdefault(str(section.get("code")), (index, []))[1]
        reader.remember(f"sections[{index}].items", reader.places[f"sections[{index}].code"])
    for _, values, places in reader.records(ITEMS):
        code = str(values.pop("section", ""))
        found = items.get(code)
        if found is None:
            if code and places["section"].column is not None:
                message = f"没有编号为“{code}”的评分部分"
                reader.problems.append(places["section"].problem(message))
            continue
        index, section_items = found
        section_items.append(values)
        prefix = f"sections[{index}].items[{len(section_items)}]"
        for name, place in places.items():
            reader.remember(f"{prefix}.{name}", place)
    return sections


def _eligibility(reader: _Reader) -> list[dict[str, object]]:
    rules = _plain_list(reader, ELIGIBILITY, "eligibility")
    for rule in rules:
        value = rule.get("value")
        if rule.get("op") == "min" and isinstance(value, list):
            rule["value"] = "、".join(value)  # text where a number belongs: parse says so
        elif rule.get("op") == "in" and isinstance(value, str):
            rule["value"] = [value]
        elif rule.get("op") == "true":
            rule.pop("value", None)
    return rules


def read_standard_sheets(sheets: Mapping[str, Cells], *, origin: str) -> Standard:
    """Build and validate a ``Standard`` from the workbook's sheets (name → cell rows).

    Raises ``StandardSheetError`` listing every problem with sheet, row and column.
    """
    reader = _Reader(sheets)
    data = _assemble(reader)
    if reader.problems:
        raise StandardSheetError(origin, reader.problems)
    try:
        return parse_standard(data, origin=origin)
    except StandardFileError as error:
        located = [_locate(problem, reader.places) for problem in error.problems]
        raise StandardSheetError(origin, located) from None


def _locate(problem: str, places: Mapping[str, _Place]) -> SheetProblem:
    """Turn "sections[2].items[3].text：不能为空" into a problem at its cell."""
    key, _, message = problem.partition("：")
    candidate = key
    while candidate:
        place = places.get(candidate)
        if place is not None:
            return place.problem(message)
        candidate = candidate.rpartition(".")[0]
    return SheetProblem(SETTINGS, None, None, "", problem)
