"""Plain-value rules for reading spreadsheets, shared by every spreadsheet import.

No openpyxl here: the services layer turns workbook cells into ``Cell`` values, so what a
header means and how a number cell becomes text can be tested without any file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from meihao_desktop.domain.errors import MeihaoError

# What Excel stores instead of a value when a formula fails.
EXCEL_ERROR_VALUES = frozenset(
    ("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA")
)
_QUOTED_OR_ESCAPED = re.compile(r'"[^"]*"|\\.')
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕")
_WHITESPACE = re.compile(r"\s+")
_SPACE_BY_WIDE = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])")


class SpreadsheetError(MeihaoError):
    """A spreadsheet cannot be read at all (wrong format, encrypted, no header row).

    ``where`` names the file. Problems with single rows are not raised: they are listed
    in the import preview so the good rows can still be imported.
    """


@dataclass(frozen=True)
class Cell:
    """One cell as the workbook stores it: the value and its Excel number format."""

    value: object = None
    number_format: str = "General"

    @property
    def is_blank(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())

    @property
    def is_percent(self) -> bool:
        """Formatted as a percentage, so Excel shows 0.95 as "95%"."""
        return is_percent_format(self.number_format)


def fill_merged(rows: list[list[Cell]], ranges: Iterable[tuple[int, int, int, int]]) -> None:
    """Give every cell of a merged range the value of its top-left cell, in place.

    Excel keeps a merged cell's value only in the top-left cell, but a reviewer reads it
    in every row it spans: a street merged down over five communities belongs to each.
    Ranges are (min_col, min_row, max_col, max_row), 1-based, as openpyxl gives them;
    they are clipped to the cells that exist, so a range over a whole column costs nothing.
    """
    width = max((len(row) for row in rows), default=0)
    for min_col, min_row, max_col, max_row in ranges:
        if min_row > len(rows) or min_col > len(rows[min_row - 1]):
            continue
        anchor = rows[min_row - 1][min_col - 1]
        last_col = min(max_col, width)
        for row in rows[min_row - 1 : min(max_row, len(rows))]:
            row.extend(Cell() for _ in range(last_col - len(row)))
            row[min_col - 1 : last_col] = [anchor] * (last_col - min_col + 1)


def is_percent_format(number_format: str | None) -> bool:
    # A quoted or backslash-escaped "%" is a literal sign and does not scale the value.
    return "%" in _QUOTED_OR_ESCAPED.sub("", number_format or "")


def column_letter(index: int) -> str:
    """Excel's name of the ``index``-th column (1 → "A", 27 → "AA")."""
    if index < 1:
        raise ValueError(f"column index must be ≥ 1, got {index}")
    letters = ""
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def column_index(letter: str) -> int:
    """The position of an Excel column ("A" → 1, "AA" → 27); ``ValueError`` if not a column."""
    if not re.fullmatch(r"[A-Z]{1,3}", letter):
        raise ValueError(f"not a column letter: {letter!r}")
    index = 0
    for char in letter:
        index = index * 26 + ord(char) - ord("A") + 1
    return index


def header_text(value: object) -> str:
    """A header cell as shown to the user, on one line.

    Headers are wrapped by hand ("小区\n名称"): whitespace next to a Chinese character
    goes, other runs of whitespace become one space ("Contact\nphone" → "Contact phone").
    """
    if value is None:
        return ""
    text = _SPACE_BY_WIDE.sub("", cell_text(value))
    return _WHITESPACE.sub(" ", text).strip()


def header_keys(text: str) -> tuple[str, ...]:
    """Forms of a header to look up, most specific first.

    Headers are typed by hand: "小区\\n名称", "入住率（%）", "*小区名称：", "街道（镇）".
    NFKC folds full-width brackets, letters and the ideographic space into their ASCII
    forms; whitespace anywhere is dropped; a trailing unit in brackets or "%" is optional.
    """
    key = _WHITESPACE.sub("", unicodedata.normalize("NFKC", text)).strip("*:").lower()
    keys = [key, _BRACKETED.sub("", key), key.rstrip("%")]
    return tuple(dict.fromkeys(candidate for candidate in keys if candidate))


def plain_decimal(number: Decimal) -> Decimal:
    """``number`` without trailing zeros or exponent: 95.00 → 95, 1E+2 → 100, 95.50 → 95.5."""
    if number == number.to_integral_value():
        return Decimal(int(number))
    return number.normalize()


def decimal_of(value: int | float | Decimal) -> Decimal:
    """An exact decimal for a number cell, without binary noise (0.95 → 0.95, not 0.9499…)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def number_text(value: int | float | Decimal) -> str:
    """A number cell as text, never in exponent form: 13812345678.0 → "13812345678"."""
    try:
        number = plain_decimal(decimal_of(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if not number.is_finite():
        return str(value)
    return format(number, "f")


def cell_text(value: object) -> str:
    """Any cell value as the text a reviewer would read in Excel (stripped)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float | Decimal):
        return number_text(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()
