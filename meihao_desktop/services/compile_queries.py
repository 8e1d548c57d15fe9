"""The few Core queries a compile needs: everything of one campaign, read at once.

Findings and requirement checks are read with one query each over the whole campaign
(a subquery names its inspections), so the cost does not grow with round trips.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.store.models import (
    Campaign,
    Community,
    EnteredScore,
    Finding,
    Inspection,
    Inspector,
    Recommendation,
    RequirementCheck,
)

_CAMPAIGN: sa.Table = Campaign.__table__  # type: ignore[attr-defined]
_COMMUNITY: sa.Table = Community.__table__  # type: ignore[attr-defined]
_INSPECTION: sa.Table = Inspection.__table__  # type: ignore[attr-defined]
_INSPECTOR: sa.Table = Inspector.__table__  # type: ignore[attr-defined]
_FINDING: sa.Table = Finding.__table__  # type: ignore[attr-defined]
_CHECK: sa.Table = RequirementCheck.__table__  # type: ignore[attr-defined]
_ENTERED: sa.Table = EnteredScore.__table__  # type: ignore[attr-defined]
_RECOMMENDATION: sa.Table = Recommendation.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Loaded:
    """One campaign's rows, keyed for the compile."""

    campaign: Mapping[str, Any]
    communities: Sequence[Mapping[str, Any]]
    inspections: Sequence[Mapping[str, Any]]  # with the inspector's name as "inspector"
    findings: Mapping[str, Mapping[str, tuple[Decimal | None, bool]]]  # points, N/A by item
    checks: Mapping[str, Mapping[str, bool | None]]  # by inspection, by requirement code
    entered: Mapping[str, Mapping[str, Decimal]]  # by community, by component code
    recommendations: Mapping[str, Mapping[str, Any]]  # by community


def load(
    connection: sa.Connection,
    campaign_id: str,
    district: str | None,
    street: str | None,
    community_ids: Sequence[str] | None,
) -> Loaded:
    campaign = connection.execute(sa.select(_CAMPAIGN).where(_CAMPAIGN.c.id == campaign_id)).first()
    if campaign is None:
        raise NotFoundError(f"没有编号为 {campaign_id} 的评选活动")
    in_campaign = sa.select(_INSPECTION.c.id).where(_INSPECTION.c.campaign_id == campaign_id)
    return Loaded(
        campaign=dict(campaign._mapping),
        communities=_communities(connection, campaign_id, district, street, community_ids),
        inspections=_inspections(connection, campaign_id),
        findings=_findings(connection, in_campaign),
        checks=_checks(connection, in_campaign),
        entered=_entered(connection, campaign_id),
        recommendations={
            row.community_id: dict(row._mapping)
            for row in connection.execute(
                sa.select(_RECOMMENDATION).where(_RECOMMENDATION.c.campaign_id == campaign_id)
            )
        },
    )


def _communities(
    connection: sa.Connection,
    campaign_id: str,
    district: str | None,
    street: str | None,
    community_ids: Sequence[str] | None,
) -> list[dict[str, Any]]:
    """The communities taking part: inspected, recommended or with entered scores."""
    members = sa.union(
        sa.select(_INSPECTION.c.community_id).where(_INSPECTION.c.campaign_id == campaign_id),
        sa.select(_RECOMMENDATION.c.community_id).where(
            _RECOMMENDATION.c.campaign_id == campaign_id
        ),
        sa.select(_ENTERED.c.community_id).where(_ENTERED.c.campaign_id == campaign_id),
    )
    query = sa.select(_COMMUNITY).where(_COMMUNITY.c.id.in_(members))
    if district:
        query = query.where(_COMMUNITY.c.district == district)
    if street:
        query = query.where(_COMMUNITY.c.street == street)
    if community_ids is not None:
        query = query.where(_COMMUNITY.c.id.in_(list(community_ids)))
    return [dict(row._mapping) for row in connection.execute(query)]


def _inspections(connection: sa.Connection, campaign_id: str) -> list[dict[str, Any]]:
    query = (
        sa.select(_INSPECTION, _INSPECTOR.c.name.label("inspector"))
        .join(_INSPECTOR, _INSPECTOR.c.id == _INSPECTION.c.inspector_id)
        .where(_INSPECTION.c.campaign_id == campaign_id)
    )
    return [dict(row._mapping) for row in connection.execute(query)]


def _findings(
    connection: sa.Connection, in_campaign: sa.Select[Any]
) -> dict[str, dict[str, tuple[Decimal | None, bool]]]:
    """Every finding of the campaign, in one query."""
    query = sa.select(
        _FINDING.c.inspection_id, _FINDING.c.item_code, _FINDING.c.points, _FINDING.c.na
    ).where(_FINDING.c.inspection_id.in_(in_campaign))
    findings: dict[str, dict[str, tuple[Decimal | None, bool]]] = defaultdict(dict)
    for inspection_id, item_code, points, na in connection.execute(query):
        findings[inspection_id][item_code] = (points, bool(na))
    return findings


def _checks(
    connection: sa.Connection, in_campaign: sa.Select[Any]
) -> dict[str, dict[str, bool | None]]:
    query = sa.select(_CHECK.c.inspection_id, _CHECK.c.requirement_code, _CHECK.c.passed).where(
        _CHECK.c.inspection_id.in_(in_campaign)
    )
    checks: dict[str, dict[str, bool | None]] = defaultdict(dict)
    for inspection_id, code, passed in connection.execute(query):
        checks[inspection_id][code] = passed
    return checks


def _entered(connection: sa.Connection, campaign_id: str) -> dict[str, dict[str, Decimal]]:
    entered: dict[str, dict[str, Decimal]] = defaultdict(dict)
    query = sa.select(_ENTERED).where(_ENTERED.c.campaign_id == campaign_id)
    for row in connection.execute(query):
        entered[row.community_id][row.component_code] = row.value
    return entered
