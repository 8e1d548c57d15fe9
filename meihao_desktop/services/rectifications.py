"""The rectification ledger (问题台账): problems found on site, followed until closed.

A problem is recorded on a draft inspection, then moves open → rectified (the company
reports it fixed, with a note and perhaps an after-photo) → verified (the bureau
checks and closes it: 销号). A rectification the bureau does not accept goes back to
open. Every write is committed before the call returns and every change is in the
audit trail, old → new, under an action that names the step.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.services.audit import Actor, log_change, log_create
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import (
    RECTIFICATION_STATUSES,
    AuditEntry,
    Campaign,
    Community,
    Inspection,
    Inspector,
    Photo,
    Rectification,
)
from meihao_desktop.store.types import utcnow

ENTITY = "rectification"
# The names reviewers know the statuses by, for messages.
STATUS_NAMES = {"open": "待整改", "rectified": "已整改", "verified": "已销号"}
UNSET: Any = object()


@dataclass(frozen=True)
class LedgerRow:
    """One line of the ledger, with what the ledger shows about its inspection."""

    id: str
    inspection_id: str
    community_id: str
    community: str
    district: str
    inspector: str
    standard_id: str
    visit_date: date
    item_code: str | None
    problem: str
    deadline: date | None
    status: str
    rectified_at: datetime | None
    rectified_note: str
    after_photo_id: str | None
    after_photo_sha256: str | None  # names the photo's files in the photo store
    verified_at: datetime | None
    verified_by: str

    def overdue(self, today: date) -> bool:
        """The deadline has passed (before ``today``) and the problem is still open.

        A problem reported rectified waits for the bureau's check; it is no longer the
        community's overdue work, so it is not highlighted.
        """
        return self.deadline is not None and self.deadline < today and self.status == "open"

    def days_left(self, today: date) -> int | None:
        """Days until the deadline (0 = due today, negative = overdue); None if none set."""
        return None if self.deadline is None else (self.deadline - today).days


@dataclass(frozen=True)
class HistoryEntry:
    """One audited change of a rectification, for its detail view."""

    at: datetime
    actor: str
    action: str
    field: str
    old: str | None
    new: str | None
    source: str


def _row(values: tuple[Rectification, str, str, str, str, date, str | None]) -> LedgerRow:
    rectification, community, district, inspector, standard_id, visit_date, sha256 = values
    return LedgerRow(
        id=rectification.id,
        inspection_id=rectification.inspection_id,
        community_id=rectification.community_id,
        community=community,
        district=district,
        inspector=inspector,
        standard_id=standard_id,
        visit_date=visit_date,
        item_code=rectification.item_code,
        problem=rectification.problem,
        deadline=rectification.deadline,
        status=rectification.status,
        rectified_at=rectification.rectified_at,
        rectified_note=rectification.rectified_note,
        after_photo_id=rectification.after_photo_id,
        after_photo_sha256=sha256,
        verified_at=rectification.verified_at,
        verified_by=rectification.verified_by,
    )


def _ledger_query() -> Any:
    """Rectifications with their community, inspector and standard, in ledger order."""
    # Seven columns: more than sqlmodel's typed overloads of select() spell out.
    return (
        select(  # type: ignore[call-overload]
            Rectification,
            Community.name,
            Community.district,
            Inspector.name,
            Campaign.standard_id,
            Inspection.visit_date,
            Photo.sha256,
        )
        .join(Inspection, col(Rectification.inspection_id) == Inspection.id)
        .join(Community, col(Rectification.community_id) == Community.id)
        .join(Inspector, col(Inspection.inspector_id) == Inspector.id)
        .join(Campaign, col(Inspection.campaign_id) == Campaign.id)
        .outerjoin(Photo, col(Rectification.after_photo_id) == Photo.id)
        .order_by(col(Rectification.deadline), col(Community.name), col(Rectification.id))
    )


def _clean_problem(problem: str) -> str:
    text = problem.strip()
    if not text:
        raise InvalidValueError("不能为空", where="问题描述")
    return text


def _check_deadline(deadline: date, visit_date: date) -> None:
    if deadline < visit_date:
        raise InvalidValueError(
            f"{deadline.isoformat()} 早于考察日期 {visit_date.isoformat()}", where="整改期限"
        )


def _require_status(rectification: Rectification, required: str, step: str) -> None:
    if rectification.status != required:
        current = STATUS_NAMES.get(rectification.status, rectification.status)
        raise InvalidValueError(
            f"该问题当前状态为“{current}”，只有“{STATUS_NAMES[required]}”的问题可以{step}",
            where="整改问题",
        )


class RectificationService:
    def __init__(self, db: Database, actor: Actor, catalog: StandardsCatalog | None = None) -> None:
        """``catalog``, when given, lets ``record`` check the item code against the standard."""
        self._db = db
        self._actor = actor
        self._catalog = catalog

    def record(
        self, inspection_id: str, item_code: str | None, problem: str, deadline: date
    ) -> Rectification:
        """Enter a problem found during a (draft) inspection in the ledger."""
        text = _clean_problem(problem)
        with self._db.session() as session:
            inspection = session.get(Inspection, inspection_id)
            if inspection is None:
                raise NotFoundError(f"没有编号为 {inspection_id} 的考察记录")
            if inspection.status != "draft":
                raise LockedError("该考察记录已签名，只读，不能再登记问题", where="考察记录")
            self._check_item(session, inspection, item_code)
            _check_deadline(deadline, inspection.visit_date)
            rectification = Rectification(
                inspection_id=inspection_id,
                community_id=inspection.community_id,
                item_code=item_code,
                problem=text,
                deadline=deadline,
            )
            session.add(rectification)
            log_create(session, self._actor, ENTITY, rectification.id, text)
            log_change(
                session, self._actor, ENTITY, rectification.id, "deadline", None, deadline, "create"
            )
            session.commit()
            return rectification

    def _check_item(self, session: Session, inspection: Inspection, item_code: str | None) -> None:
        if item_code is None or self._catalog is None:
            return
        campaign = session.get(Campaign, inspection.campaign_id)
        assert campaign is not None  # foreign key
        standard = self._catalog.get(campaign.standard_id)
        if standard.item(item_code) is None:
            raise NotFoundError(f"标准 {standard.id} 中没有评分项 {item_code}")

    def list(
        self,
        status: str | None = None,
        community_id: str | None = None,
        overdue_only: bool = False,
        today: date | None = None,
    ) -> list[LedgerRow]:
        """Ledger lines by deadline (then community); ``overdue_only`` as of ``today``."""
        if status is not None and status not in RECTIFICATION_STATUSES:
            raise InvalidValueError(f"未知状态 {status!r}", where="整改状态")
        query = _ledger_query()
        if status is not None:
            query = query.where(Rectification.status == status)
        if community_id is not None:
            query = query.where(Rectification.community_id == community_id)
        if overdue_only:
            query = query.where(
                col(Rectification.deadline) < (today or date.today()),
                Rectification.status == "open",
            )
        with self._db.session() as session:
            return [_row(values) for values in session.exec(query).all()]

    def get(self, rectification_id: str) -> LedgerRow:
        """One ledger line by id."""
        with self._db.session() as session:
            values = session.exec(_ledger_query().where(Rectification.id == rectification_id))
            found = values.first()
        if found is None:
            raise NotFoundError(f"没有编号为 {rectification_id} 的整改问题")
        return _row(found)

    def update(
        self, rectification_id: str, *, problem: str = UNSET, deadline: date = UNSET
    ) -> Rectification:
        """Correct the problem text or move the deadline, while the problem is open."""
        changes: dict[str, Any] = {}
        if problem is not UNSET:
            changes["problem"] = _clean_problem(problem)
        with self._db.session() as session:
            rectification = self._get(session, rectification_id)
            _require_status(rectification, "open", "修改")
            if deadline is not UNSET:
                inspection = session.get(Inspection, rectification.inspection_id)
                assert inspection is not None  # foreign key
                _check_deadline(deadline, inspection.visit_date)
                changes["deadline"] = deadline
            return self._commit(session, rectification, changes, "update")

    def mark_rectified(
        self,
        rectification_id: str,
        note: str,
        after_photo_id: str | None = None,
        when: datetime | None = None,
    ) -> Rectification:
        """The problem is reported fixed (整改完成): what was done, and an after-photo."""
        text = note.strip()
        if not text:
            raise InvalidValueError("不能为空", where="整改说明")
        with self._db.session() as session:
            rectification = self._get(session, rectification_id)
            _require_status(rectification, "open", "标记为已整改")
            if after_photo_id is not None:
                photo = session.get(Photo, after_photo_id)
                if photo is None or photo.deleted_at is not None:
                    raise NotFoundError(f"没有编号为 {after_photo_id} 的照片", where="整改后照片")
            changes = {
                "status": "rectified",
                "rectified_at": when or utcnow(),
                "rectified_note": text,
                "after_photo_id": after_photo_id,
            }
            return self._commit(session, rectification, changes, "rectify")

    def verify(self, rectification_id: str, verified_by: str) -> Rectification:
        """The bureau has checked the rectification and closes the problem (销号)."""
        who = verified_by.strip()
        if not who:
            raise InvalidValueError("不能为空；请先在设置中填写考察人员姓名", where="销号人")
        with self._db.session() as session:
            rectification = self._get(session, rectification_id)
            _require_status(rectification, "rectified", "销号")
            changes = {"status": "verified", "verified_at": utcnow(), "verified_by": who}
            return self._commit(session, rectification, changes, "verify")

    def reopen(self, rectification_id: str, reason: str) -> Rectification:
        """The rectification is not accepted: back to open; the reason goes in the audit."""
        text = reason.strip()
        if not text:
            raise InvalidValueError("不能为空", where="重新打开的原因")
        with self._db.session() as session:
            rectification = self._get(session, rectification_id)
            _require_status(rectification, "rectified", "重新打开")
            log_change(
                session, self._actor, ENTITY, rectification.id, "reason", None, text, "reopen"
            )
            # The rejected report is cleared from the row; the audit keeps it (old → new).
            changes = {
                "status": "open",
                "rectified_at": None,
                "rectified_note": "",
                "after_photo_id": None,
            }
            return self._commit(session, rectification, changes, "reopen")

    def history(self, rectification_id: str) -> builtins.list[HistoryEntry]:
        """Every audited change of the rectification, oldest first."""
        with self._db.session() as session:
            self._get(session, rectification_id)
            entries = session.exec(
                select(AuditEntry)
                .where(AuditEntry.entity == ENTITY, AuditEntry.entity_id == rectification_id)
                .order_by(col(AuditEntry.at), col(AuditEntry.created_at))
            ).all()
        return [
            HistoryEntry(e.at, e.actor, e.action, e.field, e.old, e.new, e.source) for e in entries
        ]

    def _get(self, session: Session, rectification_id: str) -> Rectification:
        rectification = session.get(Rectification, rectification_id)
        if rectification is None:
            raise NotFoundError(f"没有编号为 {rectification_id} 的整改问题")
        return rectification

    def _commit(
        self, session: Session, row: Rectification, changes: dict[str, Any], action: str
    ) -> Rectification:
        for field, new in changes.items():
            old = getattr(row, field)
            if old != new:
                setattr(row, field, new)
                log_change(session, self._actor, ENTITY, row.id, field, old, new, action)
        session.commit()
        return row
