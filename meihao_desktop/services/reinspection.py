"""Re-inspection (复查): a community's scores item by item against its previous campaign,
and the rectifications closed (销号) in between.

"Previous" is the latest earlier campaign (by year, then creation) in which the
community was inspected. An item's score on each side is the mean of the points the
inspectors gave it (N/A and unscored left out); items are matched by code, in the order
of the current campaign's standard. A rectification counts as closed in between when it
was raised by an inspection of the previous campaign and verified no later than the
last visit of the current one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Campaign, Community, Finding, Inspection, Rectification

if TYPE_CHECKING:
    from meihao_desktop.services.compile import CompileService

_CAMPAIGN: sa.Table = Campaign.__table__  # type: ignore[attr-defined]
_COMMUNITY: sa.Table = Community.__table__  # type: ignore[attr-defined]
_INSPECTION: sa.Table = Inspection.__table__  # type: ignore[attr-defined]
_FINDING: sa.Table = Finding.__table__  # type: ignore[attr-defined]
_RECTIFICATION: sa.Table = Rectification.__table__  # type: ignore[attr-defined]


class Trend(StrEnum):
    IMPROVED = "improved"
    WORSE = "worse"
    SAME = "same"


@dataclass(frozen=True)
class ClosedRectification:
    id: str
    item_code: str | None
    problem: str
    verified_at: datetime
    verified_by: str


@dataclass(frozen=True)
class ItemComparison:
    item_code: str
    text: str
    previous: Decimal | None  # mean points of the inspectors who scored it
    current: Decimal | None
    trend: Trend | None  # None when either side has no score
    closed: tuple[ClosedRectification, ...]  # closed rectifications of this item


@dataclass(frozen=True)
class Comparison:
    community_id: str
    community: str
    previous_campaign_id: str
    previous_campaign: str
    current_campaign_id: str
    current_campaign: str
    previous_total: Decimal | None  # the compiled totals (see services.compile)
    current_total: Decimal | None
    items: tuple[ItemComparison, ...]
    closed: tuple[ClosedRectification, ...]  # every rectification closed in between


def compare(
    compiler: CompileService, db: Database, community_id: str, campaign_id: str
) -> Comparison:
    with db.engine.connect() as connection:
        community = _one(connection, _COMMUNITY, community_id, "小区")
        current = _one(connection, _CAMPAIGN, campaign_id, "评选活动")
        previous = _previous_campaign(connection, community_id, current)
        points = _points(connection, community_id, (previous["id"], current["id"]))
        last_visit = connection.execute(
            sa.select(sa.func.max(_INSPECTION.c.visit_date)).where(
                _INSPECTION.c.community_id == community_id,
                _INSPECTION.c.campaign_id == campaign_id,
            )
        ).scalar()
        closed = _closed(connection, community_id, previous["id"], last_visit)
    compiled = compiler.compile(campaign_id, community_ids=[community_id])
    standard = compiled.standard
    closed_by_item: dict[str | None, list[ClosedRectification]] = defaultdict(list)
    for rectification in closed:
        closed_by_item[rectification.item_code].append(rectification)
    items = tuple(
        _item(
            item.code,
            item.text,
            points[previous["id"]].get(item.code),
            points[current["id"]].get(item.code),
            tuple(closed_by_item.get(item.code, ())),
        )
        for item in standard.items
    )
    return Comparison(
        community_id=community_id,
        community=community["name"],
        previous_campaign_id=previous["id"],
        previous_campaign=previous["name"],
        current_campaign_id=current["id"],
        current_campaign=current["name"],
        previous_total=_total(compiler, previous["id"], community_id),
        current_total=compiled.rows[0].total if compiled.rows else None,
        items=items,
        closed=tuple(closed),
    )


def _one(connection: sa.Connection, table: sa.Table, row_id: str, label: str) -> Any:
    row = connection.execute(sa.select(table).where(table.c.id == row_id)).first()
    if row is None:
        raise NotFoundError(f"没有编号为 {row_id} 的{label}")
    return row._mapping


def _previous_campaign(connection: sa.Connection, community_id: str, current: Any) -> Any:
    visited = sa.select(_INSPECTION.c.campaign_id).where(_INSPECTION.c.community_id == community_id)
    earlier = sa.or_(
        _CAMPAIGN.c.year < current["year"],
        sa.and_(
            _CAMPAIGN.c.year == current["year"], _CAMPAIGN.c.created_at < current["created_at"]
        ),
    )
    query = (
        sa.select(_CAMPAIGN)
        .where(_CAMPAIGN.c.id.in_(visited), _CAMPAIGN.c.id != current["id"], earlier)
        .order_by(_CAMPAIGN.c.year.desc(), _CAMPAIGN.c.created_at.desc())
        .limit(1)
    )
    row = connection.execute(query).first()
    if row is None:
        raise NotFoundError("该小区在本次评选之前没有考察记录，无法对比", where="复查对比")
    return row._mapping


def _points(
    connection: sa.Connection, community_id: str, campaign_ids: tuple[str, str]
) -> dict[str, dict[str, Decimal]]:
    """Mean points per item code, per campaign."""
    query = (
        sa.select(_INSPECTION.c.campaign_id, _FINDING.c.item_code, _FINDING.c.points)
        .join(_INSPECTION, _INSPECTION.c.id == _FINDING.c.inspection_id)
        .where(
            _INSPECTION.c.community_id == community_id,
            _INSPECTION.c.campaign_id.in_(campaign_ids),
            _FINDING.c.na.is_(False),
            _FINDING.c.points.is_not(None),
        )
    )
    collected: dict[str, dict[str, list[Decimal]]] = {c: defaultdict(list) for c in campaign_ids}
    for campaign_id, item_code, points in connection.execute(query):
        collected[campaign_id][item_code].append(points)
    return {
        campaign_id: {code: sum(values, Decimal(0)) / len(values) for code, values in by.items()}
        for campaign_id, by in collected.items()
    }


def _closed(
    connection: sa.Connection, community_id: str, previous_id: str, last_visit: date | None
) -> list[ClosedRectification]:
    raised_then = sa.select(_INSPECTION.c.id).where(
        _INSPECTION.c.community_id == community_id, _INSPECTION.c.campaign_id == previous_id
    )
    query = (
        sa.select(_RECTIFICATION)
        .where(
            _RECTIFICATION.c.inspection_id.in_(raised_then),
            _RECTIFICATION.c.status == "verified",
            _RECTIFICATION.c.verified_at.is_not(None),
        )
        .order_by(_RECTIFICATION.c.verified_at, _RECTIFICATION.c.id)
    )
    return [
        ClosedRectification(r.id, r.item_code, r.problem, r.verified_at, r.verified_by)
        for r in connection.execute(query)
        if last_visit is None or r.verified_at.date() <= last_visit
    ]


def _item(
    code: str,
    text: str,
    previous: Decimal | None,
    current: Decimal | None,
    closed: tuple[ClosedRectification, ...],
) -> ItemComparison:
    trend = None
    if previous is not None and current is not None:
        trend = (
            Trend.IMPROVED
            if current > previous
            else Trend.WORSE
            if current < previous
            else Trend.SAME
        )
    return ItemComparison(code, text, previous, current, trend, closed)


def _total(compiler: CompileService, campaign_id: str, community_id: str) -> Decimal | None:
    rows = compiler.compile(campaign_id, community_ids=[community_id]).rows
    return rows[0].total if rows else None
