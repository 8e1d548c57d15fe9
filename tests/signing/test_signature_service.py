"""Signing an inspection, unlocking it, submitting it; the bureau's recommendation."""

from __future__ import annotations

import pytest
from sqlmodel import col, select

from meihao_desktop.domain.errors import InvalidValueError, LockedError
from meihao_desktop.services import Services
from meihao_desktop.services.signatures import SignatureService
from meihao_desktop.store.models import AuditEntry, Inspection, Signature
from tests.reports.conftest import TESTER, Demo
from tests.reports.pdftools import handwriting_png


def audit(services: Services, entity_id: str) -> list[AuditEntry]:
    with services.db.session() as session:
        query = select(AuditEntry).where(AuditEntry.entity_id == entity_id)
        return list(session.exec(query.order_by(col(AuditEntry.at))).all())


def fresh_inspection(demo: Demo) -> str:
    """A complete draft inspection: every item scored, every requirement checked."""
    inspections = demo.services.inspections
    inspection = inspections.start(
        demo.community_id, demo.campaign_id, demo.services.inspectors.list()[0].id
    )
    for item in demo.services.catalog.get("meihao-2024").items:
        inspections.record_finding(inspection.id, item.code, points="8")
    for number in range(1, 9):
        inspections.record_requirement(inspection.id, f"R{number}", True)
    return inspection.id


def test_sign_locks_and_is_audited(demo: Demo) -> None:
    inspection_id = fresh_inspection(demo)
    png = handwriting_png("赵玥")
    signature = demo.signatures.sign_inspection(inspection_id, "赵玥", "考察人员", png)
    with demo.db.session() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        assert inspection.status == "signed"
        assert inspection.signed_at == signature.signed_at
        stored = session.get(Signature, signature.id)
        assert stored is not None
        assert stored.image_png == png
    actions = [(e.action, e.field, e.new) for e in audit(demo.services, inspection_id)]
    assert ("sign", "status", "signed") in actions
    with pytest.raises(LockedError):
        demo.services.inspections.record_finding(inspection_id, "1.1", points="5")


def test_incomplete_inspection_cannot_be_signed(demo: Demo) -> None:
    inspection = demo.services.inspections.start(
        demo.community_id, demo.campaign_id, demo.services.inspectors.list()[0].id
    )
    with pytest.raises(InvalidValueError, match="25 个评分项未评分，8 条原则要求未核查"):
        demo.signatures.sign_inspection(inspection.id, "赵玥")


def test_unlock_needs_a_reason_and_is_logged(demo: Demo) -> None:
    inspection_id = fresh_inspection(demo)
    demo.signatures.sign_inspection(inspection_id, "赵玥")
    with pytest.raises(InvalidValueError, match="不能为空"):
        demo.signatures.unlock_inspection(inspection_id, "  ")
    demo.signatures.unlock_inspection(inspection_id, "补录 3.2 的考察发现")
    entries = [(e.action, e.field, e.old, e.new) for e in audit(demo.services, inspection_id)]
    assert ("unlock", "status", "signed", "draft") in entries
    assert ("unlock", "reason", None, "补录 3.2 的考察发现") in entries
    assert demo.signatures.inspection_signatures(inspection_id) == []
    demo.services.inspections.record_finding(inspection_id, "3.2", text="补录")  # editable again
    with pytest.raises(InvalidValueError, match="无需解锁"):
        demo.signatures.unlock_inspection(inspection_id, "再次解锁")


def test_submit_only_after_signing(demo: Demo) -> None:
    inspection_id = fresh_inspection(demo)
    with pytest.raises(InvalidValueError, match="尚未签名"):
        demo.signatures.submit_inspection(inspection_id)
    demo.signatures.sign_inspection(inspection_id, "赵玥")
    assert demo.signatures.submit_inspection(inspection_id).status == "submitted"
    with pytest.raises(LockedError, match="已提交"):
        demo.signatures.sign_inspection(inspection_id, "王堃")


def test_recommendation_upsert_and_signatures(demo: Demo) -> None:
    service = SignatureService(demo.db, TESTER, demo.services.catalog)
    first = service.save_recommendation(demo.campaign_id, demo.community_id, None, "待定", "")
    second = service.save_recommendation(
        demo.campaign_id, demo.community_id, "recommend", "同意推荐。", "材料真实。"
    )
    assert first.id == second.id
    assert second.decision == "recommend"
    changes = {(e.action, e.field, e.new) for e in audit(demo.services, second.id)}
    assert ("update", "bureau_opinion", "同意推荐。") in changes
    with pytest.raises(InvalidValueError, match="未知结论"):
        service.save_recommendation(demo.campaign_id, demo.community_id, "maybe", "", "")
    service.add_recommendation_signature(
        demo.campaign_id, demo.community_id, "刘赟", "科长", handwriting_png("刘赟")
    )
    _, signatures = service.recommendation(demo.campaign_id, demo.community_id)
    assert [(s.signer_name, s.purpose) for s in signatures] == [("刘赟", "bureau")]
    with pytest.raises(InvalidValueError, match="PNG"):
        service.add_recommendation_signature(
            demo.campaign_id, demo.community_id, "刘赟", image_png=b"GIF89a..."
        )
