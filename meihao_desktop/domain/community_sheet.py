"""Reading a district's community list (小区名单) from spreadsheet rows: the pure rules.

The services layer opens the workbook and hands over rows of ``Cell``. This module finds
the header row (bureau files start with title rows), maps the headers bureaus actually
write to ``Community`` fields, cleans every data row and reports each bad cell with its
Excel row and column, so that one bad row never blocks the rest of the file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from meihao_desktop.domain.community import FIELD_LABELS
from meihao_desktop.domain.community_cells import sheet_value
from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.spreadsheet import (
    Cell,
    SpreadsheetError,
    cell_text,
    column_index,
    column_letter,
    header_keys,
    header_text,
)

HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("小区名称", "小区全称", "小区", "项目名称", "小区名", "小区(项目)名称"),
    "district": ("区县", "所在区", "区", "所属区县", "县区", "县(市、区)", "所在区县"),
    "street": ("街道", "街道(镇)", "所属街道", "所在街道", "镇街", "乡镇", "镇(街道)"),
    "admin_community": ("社区", "所属社区", "所在社区", "社区(村)", "居委会"),
    "address": ("地址", "小区地址", "详细地址", "坐落位置"),
    "property_company": (
        "物业服务企业",
        "物业公司",
        "物业企业",
        "管理服务单位",
        "物业服务企业名称",
        "物业公司名称",
        "物业服务单位",
    ),
    "manager_name": ("负责人", "项目负责人", "物业项目负责人", "项目经理"),
    "households": ("户数", "总户数", "住户数", "住户户数"),
    "buildings": ("楼栋数", "幢数", "栋数", "楼幢数", "楼栋"),
    "year_built": ("建成年份", "建成时间", "竣工年份", "竣工时间", "建成年代"),
    "occupancy_rate": ("入住率",),
    "fee_collection_rate": ("物业费收缴率", "收费率", "收缴率", "物业费收费率"),
    "contact_name": ("联系人", "联系人姓名"),
    "contact_phone": ("联系电话", "电话", "联系方式", "手机", "手机号码", "联系人电话"),
    # Not "基本情况": it is the usual group header above 户数, 楼栋数 and the like.
    "description": ("简介", "小区简介", "小区介绍"),
    "red_property_stars": ("红色物业星级", "星级", "红色物业评星"),
    "cross_appointment": ("交叉任职", "是否交叉任职", "交叉任职情况"),
    "joint_party_org": ("联合党组织", "是否建立联合党组织", "是否成立联合党组织"),
    "demonstration_level": ("示范项目", "示范级别", "示范项目级别", "示范小区级别"),
}
# Known columns that are not imported; they count towards finding the header row and
# are not offered as "unknown".
IGNORED_HEADERS = ("序号",)
HEADER_SEARCH_ROWS = 15
HEADER_NOT_FOUND = "未找到表头行：需要至少包含“小区名称”列"

_IGNORED = ""  # the lookup's answer for a known column that is not imported
_TOTAL_NAMES = frozenset(("合计", "总计", "小计"))
# Notes under the table ("注：……", "填表人：") are not communities.
_NOTE = re.compile(r"(注|说明|备注|填表|制表|审核|填报)")


def _header_index() -> dict[str, str]:
    index = {key: _IGNORED for text in IGNORED_HEADERS for key in header_keys(text)}
    for field, synonyms in HEADER_SYNONYMS.items():
        for text in synonyms:
            index[header_keys(text)[0]] = field
    return index


_HEADER_INDEX = _header_index()


def _lookup(text: str) -> str | None:
    for key in header_keys(text):
        if key in _HEADER_INDEX:
            return _HEADER_INDEX[key]
    return None


def field_for_header(text: str) -> str | None:
    """The ``Community`` field a header names; None if unknown or not imported (序号)."""
    return _lookup(text) or None


def is_known_header(text: str) -> bool:
    return _lookup(text) is not None


class ColumnSource(StrEnum):
    """Why a column is (or is not) imported."""

    HEADER = "header"  # its header names a field
    USER = "user"  # the user chose its field (or chose to skip it)
    IGNORED = "ignored"  # known, deliberately not imported (序号)
    UNKNOWN = "unknown"  # header not recognised: offer a mapping
    DUPLICATE = "duplicate"  # another column already supplies the same field


@dataclass(frozen=True)
class SheetColumn:
    letter: str  # "F"
    header: str  # as written, whitespace collapsed: "入住率（%）"
    field: str | None  # the Community field it is imported into, None = not imported
    source: ColumnSource

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, "") if self.field else ""


@dataclass(frozen=True)
class SheetLayout:
    header_row: int  # Excel row number, 1-based
    columns: tuple[SheetColumn, ...]
    warnings: tuple[str, ...] = ()

    def column_for(self, field: str) -> SheetColumn | None:
        return next((column for column in self.columns if column.field == field), None)

    @property
    def imported(self) -> tuple[SheetColumn, ...]:
        return tuple(column for column in self.columns if column.field)

    @property
    def unknown_columns(self) -> tuple[SheetColumn, ...]:
        return tuple(c for c in self.columns if c.source is ColumnSource.UNKNOWN)


def find_header_row(rows: Sequence[Sequence[Cell]]) -> int | None:
    """Index of the first of the top rows that names "小区名称" and one more known column."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = {_lookup(cell_text(cell.value)) for cell in row if isinstance(cell.value, str)}
        found.discard(None)
        if "name" in found and len(found) >= 2:
            return index
    return None


def _joined_header(upper: str, lower: str) -> str:
    if not lower or lower == upper:
        return upper
    if not upper or _lookup(lower) is not None:
        return lower
    return upper + lower


def read_header(rows: Sequence[Sequence[Cell]], index: int) -> tuple[list[str], int]:
    """The header text of each column and the Excel row number of the header's last row.

    A two-row header ("小区名称" merged down over both rows, "联系人" merged across
    "姓名" and "电话") is read as one: per column the lower text if it names a field by
    itself ("电话"), else both joined ("联系人姓名"). It is recognised by the name header
    showing in both rows, which is what a merged cell looks like once merges are filled.
    """
    upper = [header_text(cell.value) for cell in rows[index]]
    lower = [header_text(cell.value) for cell in rows[index + 1]] if index + 1 < len(rows) else []
    two_rows = any(
        _lookup(text) == "name" and _lookup(below) == "name"
        for text, below in zip(upper, lower, strict=False)
    )
    if not two_rows:
        return upper, index + 1
    width = max(len(upper), len(lower))
    upper += [""] * (width - len(upper))
    lower += [""] * (width - len(lower))
    return [_joined_header(a, b) for a, b in zip(upper, lower, strict=True)], index + 2


def _checked_mapping(mapping: Mapping[str, str | None]) -> dict[str, str | None]:
    """The user's column choices with upper-case letters; a wrong field is a caller bug."""
    checked: dict[str, str | None] = {}
    for letter, field in mapping.items():
        column_index(letter.upper())  # raises ValueError for "1" or "列A"
        if field is not None and field not in FIELD_LABELS:
            raise ValueError(f"unknown community field in mapping: {field!r}")
        checked[letter.upper()] = field
    return checked


def _proposed(letter: str, header: str, mapping: Mapping[str, str | None]) -> SheetColumn:
    if letter in mapping:
        return SheetColumn(letter, header, mapping[letter], ColumnSource.USER)
    found = _lookup(header)
    if found is None:
        return SheetColumn(letter, header, None, ColumnSource.UNKNOWN)
    if found == _IGNORED:
        return SheetColumn(letter, header, None, ColumnSource.IGNORED)
    return SheetColumn(letter, header, found, ColumnSource.HEADER)


def build_layout(
    headers: Sequence[str], header_row: int, mapping: Mapping[str, str | None]
) -> SheetLayout:
    """Which field each column goes into; the user's choices win over the headers.

    ``headers`` are the header texts by column from A. Columns with no header text are
    left out unless the user mapped them. When two columns supply one field (both "电话"
    and "联系电话"), the first is imported.
    """
    choices = _checked_mapping(mapping)
    width = max([len(headers), *(column_index(letter) for letter in choices)])
    proposed = []
    for index in range(1, width + 1):
        letter = column_letter(index)
        header = headers[index - 1] if index <= len(headers) else ""
        if header or letter in choices:
            proposed.append(_proposed(letter, header, choices))
    owner: dict[str, SheetColumn] = {}
    for source in (ColumnSource.USER, ColumnSource.HEADER):
        for column in proposed:
            if column.source is source and column.field:
                owner.setdefault(column.field, column)
    columns, warnings = [], []
    for column in proposed:
        first = owner.get(column.field) if column.field else None
        if first is None or first is column:
            columns.append(column)
            continue
        columns.append(SheetColumn(column.letter, column.header, None, ColumnSource.DUPLICATE))
        warnings.append(
            f"{column.letter} 列（{column.header}）与 {first.letter} 列（{first.header}）"
            f"都对应“{first.field_label}”，只导入 {first.letter} 列"
        )
    return SheetLayout(header_row, tuple(columns), tuple(warnings))


@dataclass(frozen=True)
class RowProblem:
    """One reason a row cannot be imported, e.g. 第 7 行 F 列（入住率）：120 超出 0–100 的范围."""

    row: int  # Excel row number
    message: str
    column: str = ""  # column letter; "" when the problem is the whole row
    header: str = ""  # the column's header as written in the file
    field: str = ""  # the Community field, "" if none

    @property
    def field_label(self) -> str:
        return FIELD_LABELS.get(self.field, "")

    def __str__(self) -> str:
        if not self.column:
            return f"第 {self.row} 行：{self.message}"
        header = f"（{self.header}）" if self.header else ""
        return f"第 {self.row} 行 {self.column} 列{header}：{self.message}"


@dataclass(frozen=True)
class CleanRow:
    """A data row that passed every check: cleaned values of its non-blank cells.

    Blank cells are absent from ``values``, so an import never erases what a reviewer
    already recorded; clearing a field is done in the edit dialog.
    """

    row: int
    values: Mapping[str, Any]

    @property
    def name(self) -> str:
        return str(self.values["name"])

    @property
    def district(self) -> str:
        return str(self.values.get("district", ""))


@dataclass(frozen=True)
class RejectedRow:
    row: int
    name: str  # as written, "" if none (for the preview list)
    problems: tuple[RowProblem, ...]


@dataclass(frozen=True)
class ParsedSheet:
    layout: SheetLayout
    rows: tuple[CleanRow, ...]
    rejected: tuple[RejectedRow, ...]
    notes: tuple[str, ...]  # rows left out on purpose (合计, 注：…), for the preview

    @property
    def warnings(self) -> tuple[str, ...]:
        return (*self.layout.warnings, *self.notes)


class _RowReader:
    """Cleans data rows one by one, remembering names seen to catch duplicates."""

    def __init__(self, layout: SheetLayout, default_district: str, today: date | None) -> None:
        self._layout = layout
        self._default_district = default_district.strip()
        self._today = today
        self._first_seen: dict[tuple[str, str], int] = {}
        self.rows: list[CleanRow] = []
        self.rejected: list[RejectedRow] = []
        self.notes: list[str] = []

    def _cells(self, cells: Sequence[Cell]) -> dict[str, tuple[SheetColumn, Cell]]:
        found = {}
        for column in self._layout.imported:
            index = column_index(column.letter) - 1
            cell = cells[index] if index < len(cells) else Cell()
            if not cell.is_blank:
                found[str(column.field)] = (column, cell)
        return found

    def _note(self, number: int, cells: Sequence[Cell], name: str) -> str | None:
        """Why a row that is not a community is left out, or None for a data row.

        Only the name cell, or the row's first cell when it has no name, is looked at:
        "合计" under 序号 with a sum of 户数, a repeated header, "注：……" or "填表人：".
        """
        first = next((cell_text(cell.value) for cell in cells if not cell.is_blank), "")
        label = name or first
        if re.sub(r"\s", "", label) in _TOTAL_NAMES:
            return f"第 {number} 行是合计行，未导入"
        if _lookup(name) == "name":  # long lists repeat the header on every printed page
            return f"第 {number} 行是重复的表头，未导入"
        if (not name or name == first) and _NOTE.match(first):
            return f"第 {number} 行是表格下方的说明，未导入"
        return None

    def read(self, number: int, cells: Sequence[Cell]) -> None:
        found = self._cells(cells)
        if not found:
            return  # blank row, or only 序号 filled in (templates often are)
        name_text = cell_text(found["name"][1].value) if "name" in found else ""
        note = self._note(number, cells, name_text)
        if note:
            self.notes.append(note)
            return
        values, problems = self._clean(number, found)
        problems += self._key_problems(number, values, problems)
        if problems:
            self.rejected.append(RejectedRow(number, name_text, tuple(problems)))
        else:
            self.rows.append(CleanRow(number, values))

    def _clean(
        self, number: int, found: dict[str, tuple[SheetColumn, Cell]]
    ) -> tuple[dict[str, Any], list[RowProblem]]:
        values: dict[str, Any] = {}
        problems: list[RowProblem] = []
        for field, (column, cell) in found.items():
            try:
                value = sheet_value(field, cell, today=self._today)
            except InvalidValueError as error:
                problem = RowProblem(number, error.message, column.letter, column.header, field)
                problems.append(problem)
                continue
            if value is not None and value != "":
                values[field] = value
        if not values.get("district") and self._default_district:
            values["district"] = self._default_district
        return values, problems

    def _key_problems(
        self, number: int, values: dict[str, Any], problems: list[RowProblem]
    ) -> list[RowProblem]:
        """A missing name, or the same name and district as an earlier row of the file."""
        column = self._layout.column_for("name")
        assert column is not None  # parse_community_sheet checked it
        if "name" not in values:
            if any(problem.field == "name" for problem in problems):
                return []
            return [RowProblem(number, "不能为空", column.letter, column.header, "name")]
        key = (str(values["name"]), str(values.get("district", "")))
        first = self._first_seen.setdefault(key, number)
        if first == number:
            return []
        return [RowProblem(number, f"与第 {first} 行重复", column.letter, column.header, "name")]


def parse_community_sheet(
    rows: Sequence[Sequence[Cell]],
    *,
    source: str,
    mapping: Mapping[str, str | None] | None = None,
    default_district: str = "",
    today: date | None = None,
) -> ParsedSheet:
    """Find the header, map the columns and clean every data row of one worksheet.

    ``rows`` are the worksheet's rows from row 1, gaps included. ``mapping`` holds the
    user's choices for columns (letter → field, or None to skip). ``default_district``
    fills the district of rows that have none (lists often state it only in the title).
    Raises ``SpreadsheetError`` (``where`` = ``source``) if the sheet has no usable header
    or no data under it; bad rows are returned in ``rejected``, not raised.
    """
    index = find_header_row(rows)
    if index is None:
        raise SpreadsheetError(HEADER_NOT_FOUND, where=source)
    headers, header_row = read_header(rows, index)
    layout = build_layout(headers, header_row, mapping or {})
    if layout.column_for("name") is None:
        raise SpreadsheetError("没有导入为“小区名称”的列", where=source)
    reader = _RowReader(layout, default_district, today)
    for number, cells in enumerate(rows[header_row:], start=header_row + 1):
        reader.read(number, cells)
    if not (reader.rows or reader.rejected or reader.notes):
        raise SpreadsheetError(f"第 {layout.header_row} 行是表头，但下面没有小区数据", where=source)
    return ParsedSheet(layout, tuple(reader.rows), tuple(reader.rejected), tuple(reader.notes))
