"""Reading the audit trail: filters, newest first, pages, and what each entry concerns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from meihao_desktop.services import Actor, Services
from meihao_desktop.services.audit_log import AuditFilter, AuditLogService
from meihao_desktop.store.models import AuditEntry
from tests.exchange.conftest import FACTS


def scored(services: Services) -> tuple[str, str]:
    """东方瑞园 scored by 周雯 (item 1.1: 8), 新海花园 created; the inspection's id."""
    campaign = services.campaigns.create("2024", 2024, "meihao-2024").id
    place = services.communities.create(name="东方瑞园", district="海州区", **FACTS).id
    services.communities.create(name="新海花园", district="海州区", **FACTS)
    who = services.inspectors.create("周雯").id
    inspection = services.inspections.start(place, campaign, who, date(2024, 9, 3)).id
    services.inspections.record_finding(inspection, "1.1", points="8")
    return place, inspection


def test_newest_first_with_subjects_in_words(services: Services) -> None:
    _place, inspection = scored(services)
    rows = services.audit_log.page()
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    newest = rows[0]
    assert (newest.entity, newest.field, newest.new) == ("finding", "points", "8")
    assert newest.subject == "东方瑞园 / 周雯 / 1.1"
    by_entity = {r.entity: r.subject for r in rows}
    assert by_entity["community"] in {"东方瑞园", "新海花园"}
    assert by_entity["inspection"] == "东方瑞园 / 周雯"
    assert by_entity["campaign"] == "2024"
    assert services.audit_log.count() == len(rows)
    assert inspection in {r.entity_id for r in rows}


def test_filters_by_entity_actor_source_and_text(services: Services) -> None:
    scored(services)
    other = Services.create(services.db, Actor("孙嘉树", "cli"))
    other.communities.create(name="苍梧小区", district="海州区")
    log = services.audit_log
    assert {r.entity for r in log.page(AuditFilter(entity="community"))} == {"community"}
    assert log.count(AuditFilter(entity="community")) == 3
    assert [r.new for r in log.page(AuditFilter(actor="孙嘉树"))] == ["苍梧小区"]
    assert [r.actor for r in log.page(AuditFilter(source="cli"))] == ["孙嘉树"]
    # The text matches the community a change concerns, not only the entry's own words.
    about = log.page(AuditFilter(text="东方瑞园"))
    assert {r.entity for r in about} >= {"community", "inspection", "finding"}
    assert all("新海" not in r.subject for r in about)
    assert log.count(AuditFilter(text="100%_")) == 0  # LIKE wildcards are literal
    choices = log.choices()
    assert "孙嘉树" in choices.actors
    assert "cli" in choices.sources
    assert "finding" in choices.entities


def test_date_range_and_pages(services: Services) -> None:
    with services.db.session() as session:
        start = datetime(2024, 9, 1, 8, tzinfo=UTC)
        for day in range(10):
            session.add(
                AuditEntry(
                    at=start + timedelta(days=day),
                    actor="周雯",
                    action="update",
                    entity="finding",
                    entity_id=f"gone-{day}",
                    field="points",
                    old=str(day),
                    new=str(day + 1),
                    source="gui",
                )
            )
        session.commit()
    log = AuditLogService(services.db)
    window = AuditFilter(
        since=datetime(2024, 9, 3, tzinfo=UTC), until=datetime(2024, 9, 6, tzinfo=UTC)
    )
    assert [r.old for r in log.page(window)] == ["4", "3", "2"]
    first, second = log.page(offset=0, limit=4), log.page(offset=4, limit=4)
    assert [r.old for r in first + second] == [str(day) for day in range(9, 1, -1)]
    assert first[0].subject == ""  # the row no longer exists
