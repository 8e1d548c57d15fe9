"""When things happened in the demo, counted back from today.

The visits run over the last two months, one community every four days (on workdays),
so that on any day some rectification deadlines have passed and some are still ahead.
What has happened since depends on the place in the visit order, not on the date: the
first communities' score sheets are submitted and decided, the next ones signed, the
last two still drafts; and a problem's progress on how far its deadline lies in the past.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from meihao_desktop.services.demo.data import VISIT_ORDER

FIRST_VISIT_DAYS_AGO = 60
VISIT_INTERVAL_DAYS = 4
SUBMITTED = 7  # the first seven communities: submitted, and the bureau has decided
SIGNED = 12  # the next five: signed (a few inspectors have not signed yet)
CHINA = timezone(timedelta(hours=8), "CST")


def visit_dates(today: date) -> dict[str, date]:
    """Community name → the day its inspectors visited it."""
    first = today - timedelta(days=FIRST_VISIT_DAYS_AGO)
    return {
        name: _workday(first + timedelta(days=VISIT_INTERVAL_DAYS * order))
        for order, name in enumerate(VISIT_ORDER)
    }


def _workday(day: date) -> date:
    """``day``, or the Friday before it when it falls on a weekend."""
    return day - timedelta(days=max(0, day.weekday() - 4))


def inspection_status(community: str, rnd: random.Random) -> str:
    """Where the community's score sheet stands: submitted, signed or draft."""
    order = VISIT_ORDER.index(community)
    if order < SUBMITTED:
        return "submitted"
    if order < SIGNED:
        return "draft" if rnd.random() < 0.2 else "signed"
    return "draft"


def decided(community: str) -> bool:
    """Whether the bureau has made its recommendation decision about the community."""
    return VISIT_ORDER.index(community) < SUBMITTED


def progress(deadline: date, today: date, rnd: random.Random) -> str:
    """How far a problem got: open, rectified (awaiting the bureau's check) or verified.

    Most problems past their deadline were dealt with, some wait for the check and some
    are overdue; a few not yet due were rectified early.
    """
    chance = rnd.random()
    if deadline < today:
        return "verified" if chance < 0.45 else "rectified" if chance < 0.75 else "open"
    return "rectified" if chance < 0.25 else "open"


def rectified_on(visit: date, deadline: date, today: date, rnd: random.Random) -> date:
    """The day the company reports the problem fixed: after the visit, before today."""
    latest = min(deadline, today - timedelta(days=1))
    span = max(0, (latest - visit).days - 2)
    return visit + timedelta(days=2 + rnd.randint(0, span))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment on ``day`` in China's time (where the photos are taken)."""
    return datetime.combine(day, time(hour, minute), CHINA)
