"""The printed look of the workbooks the program writes (openpyxl), in one place.

A ``SheetSpec`` is a table with a title row, a subtitle row and one header row; its
sheet is set up for A4 landscape, fitted to the page width, with the header row frozen
and repeated on every printed page, grid lines printed, and "第 N 页，共 M 页" in the
footer. Data cells are not styled one by one (that costs more than writing them):
number formats are set per column, grid lines stand in for cell borders.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

HEADER_ROW = 3
_THIN = Side(style="thin", color="808080")
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_WRAP_FROM_WIDTH = 20  # columns at least this wide hold long text: wrap it


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # in Excel's character units (a Chinese character takes about two)
    number_format: str | None = None


@dataclass(frozen=True)
class SheetSpec:
    name: str  # the sheet tab
    title: str
    subtitle: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    note: str = ""  # printed below the table

    def add_to(self, workbook: Workbook) -> Worksheet:
        sheet = workbook.create_sheet(self.name)
        width = len(self.columns)
        _heading(sheet, 1, self.title, width, Font(bold=True, size=14))
        _heading(sheet, 2, self.subtitle, width, Font(size=9, color="404040"))
        for index, column in enumerate(self.columns, 1):
            cell = sheet.cell(HEADER_ROW, index, column.header)
            cell.font = Font(bold=True)
            cell.fill = _HEADER_FILL
            cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            sheet.column_dimensions[get_column_letter(index)].width = column.width
        sheet.row_dimensions[HEADER_ROW].height = 15 * _header_lines(self.columns)
        for values in self.rows:
            sheet.append([_cell_value(value) for value in values])
        last_row = HEADER_ROW + len(self.rows)
        _format_columns(sheet, self.columns, last_row)
        if self.note:
            sheet.cell(last_row + 2, 1, self.note).font = Font(size=9, italic=True)
        _page_setup(sheet, self.title, width, last_row)
        return sheet


def _heading(sheet: Worksheet, row: int, text: str, width: int, font: Font) -> None:
    cell = sheet.cell(row, 1, text)
    cell.font = font
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if width > 1:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet.row_dimensions[row].height = 24 if row == 1 else 30


def _header_lines(columns: Sequence[Column]) -> int:
    """Lines the tallest wrapped header needs (a Chinese character is two units wide)."""
    widths = (
        sum(2 if ord(char) > 0x2E7F else 1 for char in c.header) / max(c.width - 1, 1)
        for c in columns
    )
    return max(1, *(math.ceil(width) for width in widths))


def _cell_value(value: Any) -> Any:
    # Excel has no time zones: aware times are shown in this computer's local time.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone().replace(tzinfo=None)
    return value


def _format_columns(sheet: Worksheet, columns: Sequence[Column], last_row: int) -> None:
    for index, column in enumerate(columns, 1):
        wrap = column.width >= _WRAP_FROM_WIDTH
        if column.number_format is None and not wrap:
            continue
        alignment = Alignment(wrap_text=True, vertical="top") if wrap else None
        for (cell,) in sheet.iter_rows(
            min_row=HEADER_ROW + 1, max_row=last_row, min_col=index, max_col=index
        ):
            if column.number_format is not None:
                cell.number_format = column.number_format
            if alignment is not None:
                cell.alignment = alignment


def _page_setup(sheet: Worksheet, title: str, width: int, last_row: int) -> None:
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    last_column = get_column_letter(width)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{max(last_row, HEADER_ROW)}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddHeader.center.text = title
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.oddFooter.right.text = "&D"


def new_workbook() -> Workbook:
    workbook = Workbook()
    default = workbook.active
    if default is not None:
        workbook.remove(default)
    return workbook


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Save to a temporary file beside ``path``, then rename: never half a workbook."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(
        dir=path.parent, prefix=f".tmp-{path.stem}-", suffix=".xlsx"
    )
    os.close(descriptor)
    try:
        workbook.save(name)
        with open(name, "rb") as file:
            os.fsync(file.fileno())
        os.replace(name, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(name)
        raise
