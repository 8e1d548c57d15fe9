"""Signing on paper's terms: an inspector signs the score sheet, the bureau signs its opinion.

Signing an inspection stores the drawn signature and makes the record read-only
(draft → signed); a second person may co-sign while it is signed. Submitting
(signed → submitted) hands it to the bureau. Unlocking takes a signed record back to
draft; it is an explicit step with a reason, logged like every other change. The
signatures of an earlier signing stay in the database as history, but forms print
only those of the current signing (``current_signatures``).

The bureau's recommendation (decision and the two opinions) is saved per community and
campaign, and may carry signatures of the bureau and of the property company.

These are handwritten-signature records. Digital signatures of exported PDFs are made
by ``signing.pades`` when a form is exported.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from sqlmodel import Session, col, select

from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.services.audit import Actor, apply_changes, log_change, log_create
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.services.inspections import InspectionService
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import (
    RECOMMENDATION_DECISIONS,
    Campaign,
    Community,
    Inspection,
    Recommendation,
    Signature,
)
from meihao_desktop.store.types import utcnow

MAX_IMAGE_BYTES = 4 * 1024 * 1024
MAX_IMAGE_EDGE = 4000
PURPOSES = ("bureau", "company")  # whose box of the recommendation form a signature fills


def check_png(image_png: bytes | None, what: str = "签名图片") -> None:
    """Refuse anything but a sane PNG: it is printed on official forms."""
    if image_png is None:
        return
    from PIL import Image, UnidentifiedImageError

    if len(image_png) > MAX_IMAGE_BYTES or not image_png.startswith(b"\x89PNG\r\n\x1a\n"):
        raise InvalidValueError("不是有效的 PNG 图片（或超过 4 MB）", where=what)
    try:
        with Image.open(BytesIO(image_png)) as image:
            image.verify()
            width, height = image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise InvalidValueError("PNG 图片已损坏", where=what) from None
    if max(width, height) > MAX_IMAGE_EDGE:
        raise InvalidValueError(f"图片过大（{width}×{height}）", where=what)


def _name(value: str, what: str) -> str:
    if not value.strip():
        raise InvalidValueError("不能为空", where=what)
    return value.strip()


def current_signatures(session: Session, inspection: Inspection) -> list[Signature]:
    """The signatures of the inspection's current signing, oldest first; none for a draft."""
    if inspection.status == "draft" or inspection.signed_at is None:
        return []
    query = (
        select(Signature)
        .where(
            Signature.inspection_id == inspection.id,
            col(Signature.signed_at) >= inspection.signed_at,
        )
        .order_by(col(Signature.signed_at))
    )
    return list(session.exec(query).all())


def find_recommendation(
    session: Session, campaign_id: str, community_id: str
) -> tuple[Recommendation | None, list[Signature]]:
    """The saved recommendation of a community in a campaign and its signatures, oldest first."""
    recommendation = session.exec(
        select(Recommendation).where(
            Recommendation.campaign_id == campaign_id,
            Recommendation.community_id == community_id,
        )
    ).first()
    if recommendation is None:
        return None, []
    query = (
        select(Signature)
        .where(Signature.recommendation_id == recommendation.id)
        .order_by(col(Signature.signed_at))
    )
    return recommendation, list(session.exec(query).all())


class SignatureService:
    def __init__(self, db: Database, actor: Actor, catalog: StandardsCatalog) -> None:
        self._db = db
        self._actor = actor
        self._catalog = catalog

    def sign_inspection(
        self,
        inspection_id: str,
        signer_name: str,
        role: str = "考察人员",
        image_png: bytes | None = None,
    ) -> Signature:
        """Sign (draft → signed, read-only from now on) or co-sign a signed inspection.

        Refused while items are unscored or principle requirements unchecked: a signed
        score sheet must be complete. ``image_png``: the drawn signature, if any.
        """
        signer_name = _name(signer_name, "签名人姓名")
        check_png(image_png)
        missing = self._missing(inspection_id)
        with self._db.session() as session:
            inspection = self._inspection(session, inspection_id)
            if inspection.status == "submitted":
                raise LockedError("该考察记录已提交，不能再签名", where="考察记录")
            if inspection.status == "draft" and missing:
                raise InvalidValueError(f"{'，'.join(missing)}，不能签名", where="考察记录")
            now = utcnow()
            signature = Signature(
                inspection_id=inspection_id,
                signer_name=signer_name,
                role=role.strip(),
                purpose="inspection",
                signed_at=now,
                image_png=image_png,
            )
            self._add_signature(session, signature)
            if inspection.status == "draft":
                self._set_status(session, inspection, "signed", "sign")
                inspection.signed_at = now
            session.commit()
            return signature

    def unlock_inspection(self, inspection_id: str, reason: str) -> Inspection:
        """Take a signed (or submitted) inspection back to draft, recording why."""
        reason = _name(reason, "解锁原因")
        with self._db.session() as session:
            inspection = self._inspection(session, inspection_id)
            if inspection.status == "draft":
                raise InvalidValueError("该考察记录未签名，无需解锁", where="考察记录")
            self._set_status(session, inspection, "draft", "unlock")
            log_change(
                session,
                self._actor,
                "inspection",
                inspection.id,
                "reason",
                None,
                reason,
                action="unlock",
            )
            inspection.signed_at = None
            session.commit()
            return inspection

    def submit_inspection(self, inspection_id: str) -> Inspection:
        """Hand a signed inspection to the bureau (signed → submitted)."""
        with self._db.session() as session:
            inspection = self._inspection(session, inspection_id)
            if inspection.status != "signed":
                state = "已提交" if inspection.status == "submitted" else "尚未签名"
                raise InvalidValueError(f"该考察记录{state}，不能提交", where="考察记录")
            self._set_status(session, inspection, "submitted", "submit")
            session.commit()
            return inspection

    def inspection_signatures(self, inspection_id: str) -> list[Signature]:
        """The signatures the score sheet prints (those of the current signing)."""
        with self._db.session() as session:
            return current_signatures(session, self._inspection(session, inspection_id))

    def save_recommendation(
        self,
        campaign_id: str,
        community_id: str,
        decision: str | None,
        bureau_opinion: str,
        company_opinion: str,
    ) -> Recommendation:
        """Create or update the recommendation of a community in a campaign."""
        if decision is not None and decision not in RECOMMENDATION_DECISIONS:
            known = "、".join(RECOMMENDATION_DECISIONS)
            raise InvalidValueError(f"未知结论 {decision!r}（可选：{known}）", where="推荐结论")
        changes: dict[str, Any] = {
            "decision": decision,
            "bureau_opinion": bureau_opinion.strip(),
            "company_opinion": company_opinion.strip(),
        }
        with self._db.session() as session:
            recommendation = self._recommendation(session, campaign_id, community_id)
            apply_changes(session, self._actor, recommendation, "recommendation", changes)
            session.commit()
            return recommendation

    def add_recommendation_signature(
        self,
        campaign_id: str,
        community_id: str,
        signer_name: str,
        role: str = "",
        image_png: bytes | None = None,
        purpose: str = "bureau",
    ) -> Signature:
        """Sign the bureau's (or, with ``purpose="company"``, the company's) opinion box."""
        signer_name = _name(signer_name, "签名人姓名")
        if purpose not in PURPOSES:
            raise InvalidValueError(f"未知签名用途 {purpose!r}", where="签名")
        check_png(image_png)
        with self._db.session() as session:
            recommendation = self._recommendation(session, campaign_id, community_id)
            signature = Signature(
                recommendation_id=recommendation.id,
                signer_name=signer_name,
                role=role.strip(),
                purpose=purpose,
                image_png=image_png,
            )
            self._add_signature(session, signature)
            session.commit()
            return signature

    def recommendation(
        self, campaign_id: str, community_id: str
    ) -> tuple[Recommendation | None, list[Signature]]:
        """The saved recommendation (None if none yet) and its signatures."""
        with self._db.session() as session:
            return find_recommendation(session, campaign_id, community_id)

    def _inspection(self, session: Session, inspection_id: str) -> Inspection:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFoundError(f"没有编号为 {inspection_id} 的考察记录")
        return inspection

    def _missing(self, inspection_id: str) -> list[str]:
        """What keeps the score sheet from being complete (empty: it may be signed)."""
        result = InspectionService(self._db, self._actor, self._catalog).score(inspection_id)
        missing = []
        if result.items_done < result.items_required:
            missing.append(f"{result.items_required - result.items_done} 个评分项未评分")
        if result.unchecked_requirements:
            missing.append(f"{len(result.unchecked_requirements)} 条原则要求未核查")
        return missing

    def _add_signature(self, session: Session, signature: Signature) -> None:
        session.add(signature)
        log_change(
            session,
            self._actor,
            "signature",
            signature.id,
            "signer_name",
            None,
            signature.signer_name,
            action="sign",
        )

    def _set_status(self, session: Session, inspection: Inspection, new: str, action: str) -> None:
        log_change(
            session,
            self._actor,
            "inspection",
            inspection.id,
            "status",
            inspection.status,
            new,
            action=action,
        )
        inspection.status = new

    def _recommendation(
        self, session: Session, campaign_id: str, community_id: str
    ) -> Recommendation:
        recommendation, _ = find_recommendation(session, campaign_id, community_id)
        if recommendation is not None:
            return recommendation
        if session.get(Campaign, campaign_id) is None:
            raise NotFoundError(f"没有编号为 {campaign_id} 的评选活动")
        if session.get(Community, community_id) is None:
            raise NotFoundError(f"没有编号为 {community_id} 的小区")
        recommendation = Recommendation(campaign_id=campaign_id, community_id=community_id)
        session.add(recommendation)
        log_create(session, self._actor, "recommendation", recommendation.id, community_id)
        return recommendation
