"""Inspections: starting one, recording findings and requirement checks, scoring.

Every write is committed before the call returns, so an edit the GUI has acknowledged
survives a crash; each change is logged in the audit trail with old → new.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, func, select

from meihao_desktop.domain.community import eligibility_facts
from meihao_desktop.domain.errors import (
    InvalidValueError,
    LockedError,
    MeihaoError,
    NotFoundError,
)
from meihao_desktop.domain.scoring import (
    ItemScore,
    ScoreResult,
    level_points,
    parse_points,
    score_inspection,
)
from meihao_desktop.domain.standards import Item, Standard
from meihao_desktop.services import inspection_deletion
from meihao_desktop.services.audit import Actor, apply_changes, log_create
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.services.inspection_deletion import DeletedInspection, DeletionPreview
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import (
    Campaign,
    Community,
    Finding,
    Inspection,
    Inspector,
    Photo,
    Rectification,
    RequirementCheck,
)

UNSET: Any = object()


@dataclass(frozen=True)
class InspectionSummary:
    id: str
    community_id: str
    community: str
    district: str
    inspector_id: str
    inspector: str
    campaign_id: str
    standard_id: str
    visit_date: date
    status: str


@dataclass(frozen=True)
class InspectionDetail:
    summary: InspectionSummary
    standard: Standard
    findings: dict[str, Finding]  # by item code
    requirement_checks: dict[str, RequirementCheck]  # by requirement code

    @property
    def locked(self) -> bool:
        return self.summary.status != "draft"


@dataclass(frozen=True)
class ItemMarks:
    """What else hangs on one item of an inspection: photos (not in the trash), problems."""

    photos: int = 0
    problems: int = 0


@dataclass(frozen=True)
class InspectionOverview:
    """One row of the inspections list: who, where, and how far the scoring got."""

    summary: InspectionSummary
    result: ScoreResult | None  # None when the findings no longer fit the standard


def _summary(row: tuple[Inspection, Community, Inspector, Campaign]) -> InspectionSummary:
    inspection, community, inspector, campaign = row
    return InspectionSummary(
        id=inspection.id,
        community_id=community.id,
        community=community.name,
        district=community.district,
        inspector_id=inspector.id,
        inspector=inspector.name,
        campaign_id=campaign.id,
        standard_id=campaign.standard_id,
        visit_date=inspection.visit_date,
        status=inspection.status,
    )


def _joined() -> Any:
    return (
        select(Inspection, Community, Inspector, Campaign)
        .join(Community, col(Inspection.community_id) == Community.id)
        .join(Inspector, col(Inspection.inspector_id) == Inspector.id)
        .join(Campaign, col(Inspection.campaign_id) == Campaign.id)
    )


class InspectionService:
    def __init__(self, db: Database, actor: Actor, catalog: StandardsCatalog) -> None:
        self._db = db
        self._actor = actor
        self._catalog = catalog

    def start(
        self, community_id: str, campaign_id: str, inspector_id: str, visit_date: date | None = None
    ) -> Inspection:
        with self._db.session() as session:
            for model, label, key in (
                (Community, "小区", community_id),
                (Campaign, "评选活动", campaign_id),
                (Inspector, "考察人员", inspector_id),
            ):
                if session.get(model, key) is None:
                    raise NotFoundError(f"没有编号为 {key} 的{label}")
            inspection = Inspection(
                community_id=community_id,
                campaign_id=campaign_id,
                inspector_id=inspector_id,
                visit_date=visit_date or date.today(),
            )
            session.add(inspection)
            log_create(session, self._actor, "inspection", inspection.id, community_id)
            session.commit()
            return inspection

    def deletion_preview(self, inspection_id: str) -> DeletionPreview:
        """What deleting the inspection would remove (for a confirmation); raises
        ``LockedError`` when it is signed, ``InvalidValueError`` when it may not go."""
        with self._db.session() as session:
            return inspection_deletion.preview(session, inspection_id)

    def delete(self, inspection_id: str) -> DeletedInspection:
        """Delete an unsigned inspection with its findings, checks, photo records,
        problems and old signatures, each audited with its values; see
        ``inspection_deletion``. Returns what ``restore`` needs to undo it."""
        with self._db.session() as session:
            deleted = inspection_deletion.delete(session, self._actor, inspection_id)
            session.commit()
            return deleted

    def restore(self, deleted: DeletedInspection) -> InspectionSummary:
        """Undo ``delete``: the same rows again, unchanged."""
        with self._db.session() as session:
            inspection_deletion.restore(session, self._actor, deleted)
            session.commit()
            return self._summary_in(session, deleted.inspection_id)

    def list(self, community_id: str | None = None) -> list[InspectionSummary]:
        with self._db.session() as session:
            query = _joined().order_by(col(Community.name), col(Inspector.name))
            if community_id is not None:
                query = query.where(Inspection.community_id == community_id)
            return [_summary(row) for row in session.exec(query).all()]

    def summary(self, inspection_id: str) -> InspectionSummary:
        with self._db.session() as session:
            return self._summary_in(session, inspection_id)

    def _summary_in(self, session: Session, inspection_id: str) -> InspectionSummary:
        row = session.exec(_joined().where(Inspection.id == inspection_id)).first()
        if row is None:
            raise NotFoundError(f"没有编号为 {inspection_id} 的考察记录")
        return _summary(row)

    def detail(self, inspection_id: str) -> InspectionDetail:
        with self._db.session() as session:
            summary = self._summary_in(session, inspection_id)
            findings = session.exec(
                select(Finding).where(Finding.inspection_id == inspection_id)
            ).all()
            checks = session.exec(
                select(RequirementCheck).where(RequirementCheck.inspection_id == inspection_id)
            ).all()
        return InspectionDetail(
            summary=summary,
            standard=self._catalog.get(summary.standard_id),
            findings={f.item_code: f for f in findings},
            requirement_checks={c.requirement_code: c for c in checks},
        )

    def _editable(self, session: Session, inspection_id: str) -> tuple[Inspection, Standard]:
        inspection = session.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFoundError(f"没有编号为 {inspection_id} 的考察记录")
        if inspection.status != "draft":
            raise LockedError("该考察记录已签名，只读；如需修改请先解锁", where="考察记录")
        campaign = session.get(Campaign, inspection.campaign_id)
        assert campaign is not None  # foreign key
        return inspection, self._catalog.get(campaign.standard_id)

    def record_finding(
        self,
        inspection_id: str,
        item_code: str,
        *,
        points: Decimal | str | None = UNSET,
        level: str | None = UNSET,
        na: bool = UNSET,
        text: str = UNSET,
    ) -> Finding:
        """Record one item's score (points, a level, or N/A) and/or finding text."""
        with self._db.session() as session:
            _, standard = self._editable(session, inspection_id)
            item = standard.item(item_code)
            if item is None:
                raise NotFoundError(f"标准 {standard.id} 中没有评分项 {item_code}")
            changes = _finding_changes(item, points, level, na, text)
            finding = session.exec(
                select(Finding).where(
                    Finding.inspection_id == inspection_id, Finding.item_code == item_code
                )
            ).first()
            if finding is None:
                finding = Finding(inspection_id=inspection_id, item_code=item_code)
                session.add(finding)
                log_create(session, self._actor, "finding", finding.id, item_code)
            apply_changes(session, self._actor, finding, "finding", changes)
            session.commit()
            return finding

    def record_requirement(
        self, inspection_id: str, code: str, passed: bool | None, note: str = UNSET
    ) -> RequirementCheck:
        with self._db.session() as session:
            _, standard = self._editable(session, inspection_id)
            if standard.requirement(code) is None:
                raise NotFoundError(f"标准 {standard.id} 中没有原则要求 {code}")
            check = session.exec(
                select(RequirementCheck).where(
                    RequirementCheck.inspection_id == inspection_id,
                    RequirementCheck.requirement_code == code,
                )
            ).first()
            if check is None:
                check = RequirementCheck(inspection_id=inspection_id, requirement_code=code)
                session.add(check)
                log_create(session, self._actor, "requirement_check", check.id, code)
            changes: dict[str, Any] = {"passed": passed}
            if note is not UNSET:
                changes["note"] = note
            apply_changes(session, self._actor, check, "requirement_check", changes)
            session.commit()
            return check

    def score(self, inspection_id: str) -> ScoreResult:
        detail = self.detail(inspection_id)
        return score_detail(detail, self.community_facts(inspection_id))

    def community_facts(self, inspection_id: str) -> dict[str, object]:
        """The inspected community's eligibility facts, for scoring without the database."""
        with self._db.session() as session:
            inspection = session.get(Inspection, inspection_id)
            if inspection is None:
                raise NotFoundError(f"没有编号为 {inspection_id} 的考察记录")
            community = session.get(Community, inspection.community_id)
            assert community is not None  # foreign key
            return eligibility_facts(community.model_dump())

    def item_marks(self, inspection_id: str) -> dict[str, ItemMarks]:
        """Photos and recorded problems per item code (items with neither are left out)."""
        with self._db.session() as session:
            photos = session.exec(
                select(Photo.item_code, func.count())
                .where(Photo.inspection_id == inspection_id, col(Photo.deleted_at).is_(None))
                .group_by(col(Photo.item_code))
            ).all()
            problems = session.exec(
                select(Rectification.item_code, func.count())
                .where(Rectification.inspection_id == inspection_id)
                .group_by(col(Rectification.item_code))
            ).all()
        photo_counts = {code: count for code, count in photos if code}
        problem_counts = {code: count for code, count in problems if code}
        return {
            code: ItemMarks(photo_counts.get(code, 0), problem_counts.get(code, 0))
            for code in photo_counts.keys() | problem_counts.keys()
        }

    def overview(self) -> builtins.list[InspectionOverview]:
        """Every inspection with its score, newest visit first, in a few queries.

        Reads plain columns rather than ORM objects: the list shows every inspection of
        a district, and building thousands of ``Finding`` objects would be most of the cost.
        """
        with self._db.session() as session:
            order = (col(Inspection.visit_date).desc(), col(Community.name), col(Inspector.name))
            rows = session.exec(_joined().order_by(*order)).all()
            findings = session.exec(
                select(Finding.inspection_id, Finding.item_code, col(Finding.points), Finding.na)
            ).all()
            checks = session.exec(
                select(
                    RequirementCheck.inspection_id,
                    RequirementCheck.requirement_code,
                    RequirementCheck.passed,
                )
            ).all()
            facts = {
                c.id: eligibility_facts(c.model_dump())
                for c in session.exec(select(Community)).all()
            }
        scores_by: dict[str, builtins.list[ItemScore]] = {}
        for inspection_id, item_code, points, na in findings:
            scores_by.setdefault(inspection_id, []).append(ItemScore(item_code, points, na))
        checks_by: dict[str, dict[str, bool | None]] = {}
        for inspection_id, code, passed in checks:
            checks_by.setdefault(inspection_id, {})[code] = passed
        overviews = []
        for summary in (_summary(row) for row in rows):
            result: ScoreResult | None
            try:
                standard = self._catalog.get(summary.standard_id)
                scores = [
                    score
                    for score in scores_by.get(summary.id, [])
                    if standard.item(score.item_code) is not None
                ]
                checked = checks_by.get(summary.id, {})
                result = score_inspection(standard, scores, checked, facts[summary.community_id])
            except MeihaoError:  # a standard that is gone or changed: list it unscored
                result = None
            overviews.append(InspectionOverview(summary, result))
        return overviews


def score_detail(detail: InspectionDetail, facts: dict[str, object]) -> ScoreResult:
    findings = [
        ItemScore(f.item_code, f.points, f.na)
        for f in detail.findings.values()
        if detail.standard.item(f.item_code) is not None
    ]
    checks = {code: c.passed for code, c in detail.requirement_checks.items()}
    return score_inspection(detail.standard, findings, checks, facts)


def _finding_changes(
    item: Item, points: Decimal | str | None, level: str | None, na: bool, text: str
) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if na is not UNSET and na:
        if not item.na_allowed:
            raise InvalidValueError("该项不允许标记为不适用", where=f"评分项 {item.code}")
        changes.update(na=True, points=None, level=None)
    elif level is not UNSET and level is not None:
        worth = level_points(item)
        if level not in worth:
            known = "、".join(worth) or "无（该项按分值评分）"
            raise InvalidValueError(
                f"未知等级 {level!r}（可选：{known}）", where=f"评分项 {item.code}"
            )
        changes.update(na=False, points=worth[level], level=level)
    elif points is not UNSET:
        value = None if points is None else parse_points(item, points)
        changes.update(na=False, points=value, level=None)
    elif na is not UNSET:  # na=False alone: back to unscored
        changes.update(na=False)
    if text is not UNSET:
        changes["text"] = text
    return changes
