"""Entering the survey and vote scores of a composite standard: validation, the composite
total it makes, clearing, and the audit trail."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import col, select

from meihao_desktop.domain.errors import InvalidValueError, NotFoundError
from meihao_desktop.services import Services
from meihao_desktop.store.models import AuditEntry
from tests.exchange.conftest import FACTS
from tests.exchange.conftest import score as score_all


def wenming_campaign(services: Services) -> tuple[str, str]:
    """A 2019 文明示范小区 campaign with one community scored 8/10 everywhere (80)."""
    campaign = services.campaigns.create("2019 文明示范小区", 2019, "wenming-2019").id
    place = services.communities.create(name="东方瑞园", district="海州区", **FACTS).id
    who = services.inspectors.create("周雯").id
    inspection = services.inspections.start(place, campaign, who, date(2019, 10, 8)).id
    score_all(services, inspection, "8")
    return campaign, place


def audit(services: Services) -> list[AuditEntry]:
    with services.db.session() as session:
        query = select(AuditEntry).where(AuditEntry.entity == "entered_score")
        return list(session.exec(query.order_by(col(AuditEntry.at))).all())


def test_entered_scores_make_the_composite_total(services: Services) -> None:
    campaign, place = wenming_campaign(services)
    assert [c.code for c in services.entered_scores.components(campaign)] == ["survey", "vote"]
    [row] = services.compile.compile(campaign).rows
    assert row.composite is not None
    assert row.total is None  # survey and vote missing

    assert services.entered_scores.set(campaign, place, "survey", "90") == 90
    assert services.entered_scores.set(campaign, place, "vote", "７０.５") == Decimal("70.5")
    [row] = services.compile.compile(campaign).rows
    # 30% × 90 + 30% × 70.5 + 40% × 80
    assert row.total == Decimal("27") + Decimal("21.15") + Decimal("32")
    assert services.entered_scores.list(campaign) == {
        place: {"survey": Decimal(90), "vote": Decimal("70.5")}
    }


@pytest.mark.parametrize("typed", ["101", "-1", "abc", "NaN", "Infinity"])
def test_values_outside_0_to_100_are_refused_in_chinese(services: Services, typed: str) -> None:
    campaign, place = wenming_campaign(services)
    with pytest.raises(InvalidValueError) as raised:
        services.entered_scores.set(campaign, place, "survey", typed)
    assert "千家万户访文明调查" in str(raised.value)
    assert services.entered_scores.list(campaign) == {}
    assert audit(services) == []


def test_only_entered_components_of_the_campaign_may_be_set(services: Services) -> None:
    campaign, place = wenming_campaign(services)
    with pytest.raises(InvalidValueError, match="expert"):
        services.entered_scores.set(campaign, place, "expert", "80")  # the checklist part
    meihao = services.campaigns.create("2024", 2024, "meihao-2024").id
    assert services.entered_scores.components(meihao) == ()
    with pytest.raises(InvalidValueError):
        services.entered_scores.set(meihao, place, "survey", "80")
    with pytest.raises(NotFoundError):
        services.entered_scores.set(campaign, "no-such-community", "survey", "80")


def test_changes_and_clearing_are_audited_old_to_new(services: Services) -> None:
    campaign, place = wenming_campaign(services)
    services.entered_scores.set(campaign, place, "survey", "90")
    services.entered_scores.set(campaign, place, "survey", "90")  # no change: no entry
    services.entered_scores.set(campaign, place, "survey", "85")
    assert services.entered_scores.set(campaign, place, "survey", "  ") is None
    entries = [(e.action, e.field, e.old, e.new, e.actor) for e in audit(services)]
    assert entries == [
        ("create", "value", None, "90", "测试员"),
        ("update", "value", "90", "85", "测试员"),
        ("delete", "value", "85", None, "测试员"),
    ]
    assert services.entered_scores.list(campaign) == {}
