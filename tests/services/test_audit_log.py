"""Reading the audit trail: filters, newest first, pages, and what each entry concerns."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from meihao_desktop.services import Actor, Services
from meihao_desktop.services.audit_log import (
    ORIGIN_LOCAL,
    ORIGIN_PACKAGE,
    AuditFilter,
    AuditLogService,
)
from meihao_desktop.store.models import AuditEntry
from tests.exchange.conftest import FACTS
from tests.media.photo_samples import jpeg_bytes


def jpeg_file(services: Services) -> Path:
    path = services.db.path.with_name("after.jpg")
    path.write_bytes(jpeg_bytes())
    return path


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
    place, inspection = scored(services)
    rows = services.audit_log.page()
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)
    newest = rows[0]
    assert (newest.entity, newest.field, newest.new) == ("finding", "points", "8")
    assert newest.subject.startswith("东方瑞园 · 周雯 / 1.1 所在街道")  # item code and text
    assert (newest.field_label, newest.old_text, newest.new_text) == ("得分", "—", "8")
    by_entity = {r.entity: r for r in rows}
    assert by_entity["community"].subject in {"东方瑞园", "新海花园"}
    assert by_entity["inspection"].subject == "东方瑞园 · 周雯 · 2024-09-03"
    # The inspection's creation names its community, not the community's id.
    assert (by_entity["inspection"].new, by_entity["inspection"].new_text) == (place, "东方瑞园")
    assert by_entity["campaign"].subject == "2024"
    assert services.audit_log.count() == len(rows)
    assert inspection in {r.entity_id for r in rows}
    oldest = services.audit_log.page(AuditFilter(oldest_first=True))
    assert oldest == rows[::-1]


def test_references_in_values_are_named(services: Services) -> None:
    place, inspection = scored(services)
    problem = services.rectifications.record(inspection, "1.1", "楼道堆物", date(2024, 10, 1))
    photo = services.photos.add(inspection, [jpeg_file(services)]).added[0]
    services.rectifications.mark_rectified(problem.id, "已清理", photo.id)
    log = services.audit_log
    [after] = [r for r in log.page() if r.field == "after_photo_id"]
    assert (after.new, after.new_text) == (photo.id, "after.jpg")
    assert after.subject == "东方瑞园 / 楼道堆物"
    [status] = [r for r in log.page() if r.entity == "rectification" and r.field == "status"]
    assert (status.old_text, status.new_text) == ("待整改", "已整改")
    assert place not in {r.new_text for r in log.page()}


def test_deleted_records_keep_their_names(services: Services) -> None:
    _place, inspection = scored(services)
    services.inspections.delete(inspection)
    deleted = [r for r in services.audit_log.page() if r.action == "delete"]
    by_entity = {r.entity: r for r in deleted}
    assert by_entity["inspection"].subject == "东方瑞园 · 周雯 · 2024-09-03"
    assert by_entity["finding"].subject.startswith("东方瑞园 · 周雯 / 1.1 ")
    assert by_entity["finding"].old_text.startswith("评分项 1.1 ")
    assert "得分 8" in by_entity["finding"].old_text


def test_one_query_per_table_however_long_the_page(demo_services: Services) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    engine = demo_services.db.engine
    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        rows = demo_services.audit_log.page(limit=1000)
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    assert len(rows) > 500
    assert len({r.entity for r in rows}) >= 5
    assert len(statements) <= 30, "\n".join(statements)
    assert all(r.subject for r in rows if r.entity != "package")


def test_filters_by_origin_and_chinese_words(services: Services) -> None:
    _place, inspection = scored(services)
    with services.db.session() as session:
        session.add(
            AuditEntry(
                actor="刘科长",
                action="update",
                entity="finding",
                entity_id="f-1",
                field="points",
                old="8",
                new="9",
                source="package:周雯.meihao",
            )
        )
        session.commit()
    log = services.audit_log
    [taken] = log.page(AuditFilter(origin=ORIGIN_PACKAGE))
    assert taken.source == "package:周雯.meihao"
    assert log.count(AuditFilter(origin=ORIGIN_LOCAL)) == log.count() - 1
    # Searching for a field's or a status's Chinese name finds the coded entries.
    assert {r.field for r in log.page(AuditFilter(text="得分"))} == {"points"}
    problem = services.rectifications.record(inspection, None, "楼道堆物", date(2024, 10, 1))
    services.rectifications.mark_rectified(problem.id, "已清理")
    assert [r.new for r in log.page(AuditFilter(text="已整改"))] == ["rectified"]


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
