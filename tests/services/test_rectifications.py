"""The rectification ledger: recording problems, each transition, overdue, the audit trail."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlmodel import select

from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.services import Services
from meihao_desktop.store.models import AuditEntry, Inspection, Photo

VISIT = date(2024, 9, 2)


@pytest.fixture
def inspection_id(services: Services) -> str:
    community = services.communities.create(name="东方瑞园", district="海州区")
    inspector = services.inspectors.create("吴喆", "海州区住建局")
    campaign = services.campaigns.create("2024 测试", 2024, "meihao-2024")
    return services.inspections.start(community.id, campaign.id, inspector.id, VISIT).id


@pytest.fixture
def problem_id(services: Services, inspection_id: str) -> str:
    return services.rectifications.record(
        inspection_id, "3.5", "楼道内堆放杂物", VISIT + timedelta(days=30)
    ).id


def sign(services: Services, inspection_id: str) -> None:
    with services.db.session() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        inspection.status = "signed"
        session.commit()


def audit(services: Services, entity_id: str) -> list[tuple[str, str, str | None, str | None]]:
    with services.db.session() as session:
        entries = session.exec(
            select(AuditEntry).where(AuditEntry.entity_id == entity_id).order_by(AuditEntry.at)
        ).all()
    return [(e.action, e.field, e.old, e.new) for e in entries]


def test_recorded_problem_appears_in_the_ledger(services: Services, inspection_id: str) -> None:
    recorded = services.rectifications.record(
        inspection_id, "3.5", "  楼道堆物 ", date(2024, 10, 2)
    )
    [row] = services.rectifications.list()
    assert (row.id, row.community, row.district, row.inspector) == (
        recorded.id,
        "东方瑞园",
        "海州区",
        "吴喆",
    )
    assert (row.item_code, row.problem, row.deadline, row.status) == (
        "3.5",
        "楼道堆物",
        date(2024, 10, 2),
        "open",
    )
    assert row.visit_date == VISIT
    assert row.standard_id == "meihao-2024"
    assert services.rectifications.get(recorded.id) == row
    assert audit(services, recorded.id) == [
        ("create", "", None, "楼道堆物"),
        ("create", "deadline", None, "2024-10-02"),
    ]


def test_a_problem_need_not_concern_an_item(services: Services, inspection_id: str) -> None:
    services.rectifications.record(inspection_id, None, "消防车通道被占用", VISIT)
    assert services.rectifications.list()[0].item_code is None


@pytest.mark.parametrize(
    ("item_code", "problem", "deadline", "error", "message"),
    [
        ("3.5", "   ", VISIT, InvalidValueError, "问题描述：不能为空"),
        (
            "3.5",
            "堆物",
            date(2024, 9, 1),
            InvalidValueError,
            "整改期限：2024-09-01 早于考察日期 2024-09-02",
        ),
        ("9.9", "堆物", VISIT, NotFoundError, "标准 meihao-2024 中没有评分项 9.9"),
    ],
)
def test_bad_problems_are_refused(
    services: Services,
    inspection_id: str,
    item_code: str,
    problem: str,
    deadline: date,
    error: type[Exception],
    message: str,
) -> None:
    with pytest.raises(error) as info:
        services.rectifications.record(inspection_id, item_code, problem, deadline)
    assert str(info.value) == message
    assert services.rectifications.list() == []


def test_problems_are_recorded_on_draft_inspections_only(
    services: Services, inspection_id: str
) -> None:
    sign(services, inspection_id)
    with pytest.raises(LockedError, match="已签名"):
        services.rectifications.record(inspection_id, "3.5", "堆物", VISIT)
    assert services.rectifications.list() == []
    with pytest.raises(NotFoundError, match="没有编号为 nope 的考察记录"):
        services.rectifications.record("nope", "3.5", "堆物", VISIT)


def test_open_rectified_verified(services: Services, problem_id: str) -> None:
    when = datetime(2024, 9, 20, 8, 30, tzinfo=UTC)
    services.rectifications.mark_rectified(problem_id, " 已清理楼道 ", when=when)
    row = services.rectifications.get(problem_id)
    assert (row.status, row.rectified_at, row.rectified_note) == ("rectified", when, "已清理楼道")
    services.rectifications.verify(problem_id, "周雯")
    row = services.rectifications.get(problem_id)
    assert (row.status, row.verified_by) == ("verified", "周雯")
    assert row.verified_at is not None
    steps = [(a, f, o, n) for a, f, o, n in audit(services, problem_id) if a != "create"]
    assert steps[:3] == [
        ("rectify", "status", "open", "rectified"),
        ("rectify", "rectified_at", None, str(when)),
        ("rectify", "rectified_note", "", "已清理楼道"),
    ]
    assert steps[3][:3] == ("verify", "status", "rectified")
    assert ("verify", "verified_by", "", "周雯") in steps


def test_after_photo_must_exist(services: Services, inspection_id: str, problem_id: str) -> None:
    with pytest.raises(NotFoundError, match="整改后照片"):
        services.rectifications.mark_rectified(problem_id, "已清理", "no-such-photo")
    photo = Photo(inspection_id=inspection_id, sha256="a" * 64, original_name="after.jpg")
    with services.db.session() as session:
        session.add(photo)
        session.commit()
    services.rectifications.mark_rectified(problem_id, "已清理", photo.id)
    row = services.rectifications.get(problem_id)
    assert (row.after_photo_id, row.after_photo_sha256) == (photo.id, "a" * 64)


def test_reopen_clears_the_report_and_keeps_it_in_the_audit(
    services: Services, problem_id: str
) -> None:
    services.rectifications.mark_rectified(problem_id, "已清理楼道")
    services.rectifications.reopen(problem_id, "现场复查仍有杂物")
    row = services.rectifications.get(problem_id)
    assert (row.status, row.rectified_note, row.rectified_at) == ("open", "", None)
    reopen = [(f, o, n) for a, f, o, n in audit(services, problem_id) if a == "reopen"]
    assert ("reason", None, "现场复查仍有杂物") in reopen
    assert ("status", "rectified", "open") in reopen
    assert ("rectified_note", "已清理楼道", "") in reopen
    # Open again: it can be reported fixed a second time.
    services.rectifications.mark_rectified(problem_id, "再次清理")
    assert services.rectifications.get(problem_id).status == "rectified"


def test_update_while_open(services: Services, problem_id: str) -> None:
    services.rectifications.update(problem_id, problem="楼道堆放纸箱", deadline=date(2024, 11, 1))
    row = services.rectifications.get(problem_id)
    assert (row.problem, row.deadline) == ("楼道堆放纸箱", date(2024, 11, 1))
    assert ("update", "deadline", "2024-10-02", "2024-11-01") in audit(services, problem_id)
    with pytest.raises(InvalidValueError, match="早于考察日期"):
        services.rectifications.update(problem_id, deadline=date(2024, 8, 1))
    with pytest.raises(InvalidValueError, match="问题描述：不能为空"):
        services.rectifications.update(problem_id, problem="")


@pytest.mark.parametrize(
    ("steps", "call", "message"),
    [
        ([], "verify", "整改问题：该问题当前状态为“待整改”，只有“已整改”的问题可以销号"),
        ([], "reopen", "整改问题：该问题当前状态为“待整改”，只有“已整改”的问题可以重新打开"),
        (
            ["rectify"],
            "rectify",
            "整改问题：该问题当前状态为“已整改”，只有“待整改”的问题可以标记为已整改",
        ),
        (["rectify"], "update", "整改问题：该问题当前状态为“已整改”，只有“待整改”的问题可以修改"),
        (
            ["rectify", "verify"],
            "reopen",
            "整改问题：该问题当前状态为“已销号”，只有“已整改”的问题可以重新打开",
        ),
        (
            ["rectify", "verify"],
            "verify",
            "整改问题：该问题当前状态为“已销号”，只有“已整改”的问题可以销号",
        ),
    ],
)
def test_illegal_transitions_name_the_status(
    services: Services, problem_id: str, steps: list[str], call: str, message: str
) -> None:
    ledger = services.rectifications
    actions = {
        "rectify": lambda: ledger.mark_rectified(problem_id, "已清理"),
        "verify": lambda: ledger.verify(problem_id, "周雯"),
        "reopen": lambda: ledger.reopen(problem_id, "未整改到位"),
        "update": lambda: ledger.update(problem_id, problem="改"),
    }
    for step in steps:
        actions[step]()
    before = ledger.get(problem_id)
    with pytest.raises(InvalidValueError) as info:
        actions[call]()
    assert str(info.value) == message
    assert ledger.get(problem_id) == before


@pytest.mark.parametrize(
    ("call", "where"),
    [("rectify", "整改说明"), ("verify", "销号人"), ("reopen", "重新打开的原因")],
)
def test_empty_notes_are_refused(
    services: Services, problem_id: str, call: str, where: str
) -> None:
    ledger = services.rectifications
    if call != "rectify":
        ledger.mark_rectified(problem_id, "已清理")
    actions = {
        "rectify": lambda: ledger.mark_rectified(problem_id, " "),
        "verify": lambda: ledger.verify(problem_id, ""),
        "reopen": lambda: ledger.reopen(problem_id, "\n"),
    }
    with pytest.raises(InvalidValueError, match=f"^{where}："):
        actions[call]()


def test_overdue_with_a_fixed_today(services: Services, inspection_id: str) -> None:
    ledger = services.rectifications
    due = date(2024, 10, 2)
    ids = [ledger.record(inspection_id, "3.5", f"问题{n}", due).id for n in range(3)]
    ledger.mark_rectified(ids[1], "已整改")
    ledger.mark_rectified(ids[2], "已整改")
    ledger.verify(ids[2], "周雯")
    on_deadline, day_after = due, due + timedelta(days=1)
    assert ledger.list(overdue_only=True, today=on_deadline) == []
    overdue = ledger.list(overdue_only=True, today=day_after)
    # Only open problems are overdue: a rectified one awaits the bureau's check.
    assert [row.id for row in overdue] == ids[:1]
    rows = {row.id: row for row in ledger.list()}
    assert [rows[i].overdue(day_after) for i in ids] == [True, False, False]
    assert [rows[i].overdue(on_deadline) for i in ids] == [False, False, False]
    assert rows[ids[0]].days_left(date(2024, 9, 30)) == 2
    assert rows[ids[0]].days_left(day_after) == -1


def test_filters_by_status_and_community(demo_services: Services) -> None:
    ledger = demo_services.rectifications
    everything = ledger.list()
    assert everything, "the demo data records problems"
    opened = ledger.list(status="open")
    rectified = {row.id for row in ledger.list(status="rectified")}
    assert {row.status for row in opened} == {"open"}
    first = opened[0]
    ledger.mark_rectified(first.id, "已整改")
    assert {row.id for row in ledger.list(status="rectified")} == rectified | {first.id}
    assert len(ledger.list(status="open")) == len(opened) - 1
    mine = ledger.list(community_id=first.community_id)
    assert mine
    assert {row.community for row in mine} == {first.community}
    with pytest.raises(InvalidValueError, match="未知状态"):
        ledger.list(status="closed")


def test_history_is_the_audit_trail_oldest_first(services: Services, problem_id: str) -> None:
    services.rectifications.mark_rectified(problem_id, "已清理楼道")
    services.rectifications.reopen(problem_id, "仍有杂物")
    history = services.rectifications.history(problem_id)
    assert [entry.action for entry in history][:2] == ["create", "create"]
    assert history[-1].action == "reopen"
    assert {entry.actor for entry in history} == {"测试员"}
    times = [entry.at for entry in history]
    assert times == sorted(times)
    with pytest.raises(NotFoundError, match="没有编号为 nope 的整改问题"):
        services.rectifications.history("nope")
