"""Turning one spreadsheet cell into a community field value, the way a reviewer reads it.

Bureau spreadsheets say the same thing many ways: "2008年" or a date for the year built,
0.95 formatted as a percentage or "95%" for a rate, "四星" for the red-property stars, a
phone number stored as a number. This module turns each into what ``clean_community``
accepts and then lets ``clean_community`` judge it, so the messages are the same as in
the edit dialog.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from meihao_desktop.domain.community import (
    COUNT_FIELDS,
    FIELD_LABELS,
    RATE_FIELDS,
    TEXT_FIELDS,
    clean_community,
)
from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.spreadsheet import (
    EXCEL_ERROR_VALUES,
    Cell,
    cell_text,
    decimal_of,
    plain_decimal,
)

NUMBER_FIELDS = (*RATE_FIELDS, *COUNT_FIELDS, "year_built", "red_property_stars")
# What people type into a cell to say "nothing here"; for yes/no columns "无" means "no",
# so it is a blank only for numbers.
_BLANKS = frozenset(("-", "—", "–", "/", "\\", "暂无", "不详", "未知"))
_NUMBER_BLANKS = frozenset(("无", "没有"))
_YEAR = re.compile(r"(\d{4})\s*(?:年.*|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?")
_COUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:户|栋|幢|座|个)?")
_STARS = re.compile(r"([0-5零〇一二两三四五])\s*(?:颗)?\s*(?:星级?|级)?")
_STAR_GLYPHS = re.compile(r"★+☆*")
_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}


def sheet_value(field: str, cell: Cell, *, today: date | None = None) -> Any:
    """The cleaned value of ``field`` from ``cell``; None or "" when the cell says nothing.

    Raises ``InvalidValueError`` (``where`` = the field's Chinese label) for a bad value.
    """
    raw = _input(field, cell)
    if raw is None:
        return None
    return clean_community({field: raw}, today=today)[field]


def _input(field: str, cell: Cell) -> object:
    value = cell.value
    if isinstance(value, str):
        value = value.strip()
        if value.upper() in EXCEL_ERROR_VALUES:
            label = FIELD_LABELS.get(field, field)
            raise InvalidValueError(f"单元格是公式错误值 {value}", where=label)
    if field in TEXT_FIELDS:
        return cell_text(value) or None
    if isinstance(value, str):
        # Full-width digits and "％" are common when typing with a Chinese input method.
        value = unicodedata.normalize("NFKC", value).strip()
        if not value or value in _BLANKS:
            return None
        if field in NUMBER_FIELDS and value in _NUMBER_BLANKS:
            return None
    if field in RATE_FIELDS:
        return _rate_input(value, cell.is_percent)
    if field in COUNT_FIELDS:
        return _count_input(value)
    if field == "year_built":
        return _year_input(value)
    if field == "red_property_stars":
        return _stars_input(value)
    return value


def _rate_input(value: object, is_percent: bool) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return value  # "95%" and "95" are read by clean_community itself
    number = decimal_of(value)
    # A percent-formatted cell holds a fraction: Excel shows 0.95 as "95%". What the
    # reviewer sees is what counts, so 1.2 there is 120 (and is then out of range).
    return plain_decimal(number * 100 if is_percent else number)


def _count_input(value: object) -> object:
    if isinstance(value, str):
        match = _COUNT.fullmatch(value.replace(",", ""))
        if match:
            return match.group(1)
    return value


def _year_input(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.year
    if isinstance(value, str):
        match = _YEAR.fullmatch(value)
        if match:
            return match.group(1)
    return value


def _stars_input(value: object) -> object:
    if not isinstance(value, str):
        return value
    match = _STARS.fullmatch(value)
    if match:
        digit = match.group(1)
        return _CHINESE_DIGITS.get(digit, digit)
    if _STAR_GLYPHS.fullmatch(value):
        return value.count("★")
    return value


@dataclass(frozen=True)
class FieldChange:
    """One field an import would change on an existing community."""

    field: str
    old: Any
    new: Any

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    def __str__(self) -> str:
        return f"{self.label}：{shown(self.old)} → {shown(self.new)}"


def shown(value: Any) -> str:
    """A field value as the preview shows it ("（空）" for nothing)."""
    if value is None or value == "":
        return "（空）"
    if isinstance(value, Decimal):
        return format(plain_decimal(value), "f")
    return cell_text(value)


def field_changes(current: Any, new: dict[str, Any]) -> tuple[FieldChange, ...]:
    """What setting ``new`` on the record ``current`` would change, in form order."""
    return tuple(
        FieldChange(field, getattr(current, field), new[field])
        for field in FIELD_LABELS
        if field in new and getattr(current, field) != new[field]
    )
