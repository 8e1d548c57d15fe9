"""Recording findings through the services: validation, audit trail, locking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import select

from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.services import Services
from meihao_desktop.store.models import AuditEntry, Inspection


@pytest.fixture
def inspection_id(services: Services) -> str:
    community = services.communities.create(name="测试小区", district="海州区", occupancy_rate="75")
    inspector = services.inspectors.create("吴喆", "海州区住建局")
    campaign = services.campaigns.create("2024 测试", 2024, "meihao-2024")
    return services.inspections.start(community.id, campaign.id, inspector.id).id


def test_record_points_na_and_text(services: Services, inspection_id: str) -> None:
    services.inspections.record_finding(inspection_id, "1.1", points="8.5", text="台账齐全")
    services.inspections.record_finding(inspection_id, "1.2", na=True)
    detail = services.inspections.detail(inspection_id)
    assert detail.findings["1.1"].points == Decimal("8.5")
    assert detail.findings["1.1"].text == "台账齐全"
    assert detail.findings["1.2"].na
    assert detail.findings["1.2"].points is None
    result = services.inspections.score(inspection_id)
    # section 1: 8.5 of 40 applicable points → 20 × 8.5 / 40 = 4.25
    assert result.sections[0].score == Decimal("4.25")
    assert result.completeness == "2/25"


def test_changing_a_score_is_audited_old_to_new(services: Services, inspection_id: str) -> None:
    finding = services.inspections.record_finding(inspection_id, "3.5", points="6")
    services.inspections.record_finding(inspection_id, "3.5", points="9")
    with services.db.session() as session:
        entries = session.exec(
            select(AuditEntry).where(
                AuditEntry.entity_id == finding.id, AuditEntry.field == "points"
            )
        ).all()
    assert [(e.old, e.new, e.actor, e.source) for e in entries] == [
        (None, "6", "测试员", "test"),
        ("6", "9", "测试员", "test"),
    ]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"points": "10.5"}, "评分项 1.1：分值 10.5 超出范围（0–10）"),
        ({"points": "7.3"}, "评分项 1.1：分值 7.3 须为 0.5 的整数倍"),
        ({"points": "-1"}, "评分项 1.1：分值 -1 超出范围（0–10）"),
        ({"points": "八"}, "评分项 1.1：分值 '八' 不是数字"),
        ({"level": "好"}, "评分项 1.1：未知等级 '好'"),
    ],
)
def test_bad_values_are_refused(
    services: Services, inspection_id: str, kwargs: dict[str, str], message: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        services.inspections.record_finding(inspection_id, "1.1", **kwargs)
    assert str(info.value).startswith(message)
    assert "1.1" not in services.inspections.detail(inspection_id).findings


def test_unknown_item_and_inspection(services: Services, inspection_id: str) -> None:
    with pytest.raises(NotFoundError, match=r"没有评分项 9\.9"):
        services.inspections.record_finding(inspection_id, "9.9", points="1")
    with pytest.raises(NotFoundError, match="没有编号为 nope 的考察记录"):
        services.inspections.record_finding("nope", "1.1", points="1")


def test_signed_inspection_is_read_only(services: Services, inspection_id: str) -> None:
    with services.db.session() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        inspection.status = "signed"
        session.commit()
    with pytest.raises(LockedError):
        services.inspections.record_finding(inspection_id, "1.1", points="5")


def test_requirement_checks_drive_the_gate(services: Services, inspection_id: str) -> None:
    for n in range(1, 9):
        services.inspections.record_requirement(inspection_id, f"R{n}", passed=n != 8)
    result = services.inspections.score(inspection_id)
    assert result.gates_passed is False
    assert [r.code for r in result.failed_requirements] == ["R8"]
    assert result.verdict == "不符合原则要求"


def test_eligibility_uses_community_facts(services: Services, inspection_id: str) -> None:
    result = services.inspections.score(inspection_id)
    statuses = {r.rule.code: str(r.status) for r in result.eligibility}
    assert statuses["E5"] == "met"  # 75% occupancy ≥ 60%
    assert statuses["E6"] == "unknown"  # fee collection rate not recorded
