"""How values are written on the forms: dates, times, points, statuses (no reportlab here)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from meihao_desktop.domain.numbers import shown
from meihao_desktop.reports.model import ItemLine

STATUS_NAMES = {"draft": "草稿（未签名）", "signed": "已签名", "submitted": "已提交"}
RECTIFICATION_NAMES = {"open": "待整改", "rectified": "已整改", "verified": "已销号"}
ELIGIBILITY_NAMES = {"met": "满足", "failed": "不满足", "unknown": "未填写"}
# No-break spaces: a paragraph keeps them where it folds ordinary (and ideographic) runs.
BLANK_DATE = "\u00a0" * 8 + "年" + "\u00a0" * 5 + "月" + "\u00a0" * 5 + "日"


def number(value: Decimal) -> str:
    """A value without trailing zeros: 8.5, 10."""
    return format(value.normalize(), "f")


def score(value: Decimal | None) -> str:
    """A score as forms print it: 2 decimals, rounded half-up; "—" when there is none."""
    return "—" if value is None else str(shown(value))


def points(item: ItemLine) -> str:
    if item.na:
        return "不适用"
    if item.points is None:
        return "未评分"
    if item.level:
        return f"{item.level}（{number(item.points)}）"
    return number(item.points)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def local_time(value: datetime | None) -> str:
    """A stored UTC time in this computer's time zone, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def passed(value: bool | None) -> str:
    return {True: "通过", False: "未通过", None: "未核查"}[value]


def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{number(value)}%"


CHUNK = 240  # characters: about 12 lines of the findings column, a sixth of a page
_BREAKS = "。；！？\n"


def chunks(value: str, size: int = CHUNK) -> list[str]:
    """``value`` in pieces of at most ``size`` characters, cut after a sentence if one
    ends in the last quarter of a piece; ``[""]`` for no text.

    reportlab cannot break one table row across pages reliably, so a long finding is
    printed in continuation rows instead, each sure to fit on a page.
    """
    value = value.strip()
    pieces = []
    while len(value) > size:
        window = value[:size]
        cut = max(window.rfind(mark) for mark in _BREAKS) + 1
        if cut < size * 3 // 4:
            cut = size
        pieces.append(value[:cut].strip())
        value = value[cut:].strip()
    return [*pieces, value]
