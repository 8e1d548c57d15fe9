"""Deleting an unsigned inspection with everything that hangs on it, and putting it back.

An inspection started by mistake (wrong community, a second visit typed in twice) must
go away with its findings, requirement checks, photo records, problems (整改) and the
signatures of an earlier, unlocked signing. A signed or submitted one is refused: it
must be unlocked first, which is an explicit step with a logged reason.

Every deleted row is written to the audit trail as JSON (action ``delete``, field ``""``,
``old`` = every column), so the inspection can be reconstructed from the trail alone.
``delete`` also returns the rows it removed; ``restore`` inserts them again unchanged
(same ids, versions and timestamps, so exchange bookkeeping still matches them): the
GUI's undo for the session.

Photo files are not touched: they stay in the photo store until the store is tidied
(files no photo row and no backup refers to, when a database is opened).
Entered scores and recommendations belong to the community in a campaign, not to one
inspection, and stay.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel, col, select

from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.domain.names import INSPECTION_STATUS_NAMES
from meihao_desktop.services.audit import Actor, log_change
from meihao_desktop.store.models import (
    Campaign,
    Community,
    Finding,
    Inspection,
    Inspector,
    Photo,
    Rectification,
    RequirementCheck,
    Signature,
)

# Parents first: the order rows are inserted in (and deleted in reverse).
CHILDREN: tuple[type[SQLModel], ...] = (Finding, RequirementCheck, Photo, Rectification, Signature)


def table_name(model: type[SQLModel] | SQLModel) -> str:
    return str(model.__table__.name)  # type: ignore[union-attr]


TABLES: tuple[type[SQLModel], ...] = (Inspection, *CHILDREN)
MODELS: dict[str, type[SQLModel]] = {table_name(model): model for model in TABLES}


@dataclass(frozen=True)
class DeletionPreview:
    """What deleting an inspection would remove, for the confirmation."""

    inspection_id: str
    community: str
    inspector: str
    visit_date: date
    findings: int  # scored items and finding texts
    requirement_checks: int
    photos: int  # not in the trash
    photos_in_trash: int
    problems: int
    problems_closed: int  # of ``problems``: verified (销号)
    signatures: int  # of an earlier signing, since unlocked


@dataclass(frozen=True)
class DeletedInspection:
    """The rows ``delete`` removed, by table in insertion order: what ``restore`` needs."""

    inspection_id: str
    description: str  # 小区 · 考察人员 · 日期
    rows: tuple[tuple[str, tuple[Mapping[str, Any], ...]], ...]

    def count(self, table: str) -> int:
        return next((len(rows) for name, rows in self.rows if name == table), 0)


def _values(row: SQLModel) -> dict[str, Any]:
    table = row.__table__  # type: ignore[attr-defined]
    return {column.name: getattr(row, column.name) for column in table.columns}


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot write {type(value).__name__} to the audit trail")


def row_json(values: Mapping[str, Any], names: Mapping[str, str] | None = None) -> str:
    """A deleted row as the audit trail keeps it; ``names`` go first, readable in a list
    (keys starting with "_" are not columns)."""
    shown = {f"_{key}": value for key, value in (names or {}).items()}
    return json.dumps({**shown, **values}, ensure_ascii=False, default=_json_value)


def _inspection(session: Session, inspection_id: str) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFoundError(f"没有编号为 {inspection_id} 的考察记录")
    return inspection


def _names(session: Session, inspection: Inspection) -> dict[str, str]:
    community = session.get(Community, inspection.community_id)
    inspector = session.get(Inspector, inspection.inspector_id)
    return {
        "community": community.name if community else inspection.community_id,
        "inspector": inspector.name if inspector else inspection.inspector_id,
    }


def _description(names: Mapping[str, str], inspection: Inspection) -> str:
    return f"{names['community']}（{names['inspector']}，{inspection.visit_date.isoformat()}）"


def _children(session: Session, inspection_id: str) -> dict[type[SQLModel], list[Any]]:
    found: dict[type[SQLModel], list[Any]] = {}
    for model in CHILDREN:
        column = model.inspection_id  # type: ignore[attr-defined]
        found[model] = list(session.exec(select(model).where(column == inspection_id)).all())
    return found


def _check_deletable(
    session: Session, inspection: Inspection, photos: Sequence[Photo], where: str
) -> None:
    if inspection.status != "draft":
        state = INSPECTION_STATUS_NAMES.get(inspection.status, inspection.status)
        raise LockedError(
            f"{state}，不能删除；如确需删除，请先打开它并解锁（须填写原因）", where=where
        )
    photo_ids = [photo.id for photo in photos]
    if not photo_ids:
        return
    borrowed = session.exec(
        select(Rectification).where(
            col(Rectification.after_photo_id).in_(photo_ids),
            Rectification.inspection_id != inspection.id,
        )
    ).first()
    if borrowed is not None:
        raise InvalidValueError(
            f"它的照片是另一次考察的整改问题“{borrowed.problem}”的整改后照片，不能删除",
            where=where,
        )


def preview(session: Session, inspection_id: str) -> DeletionPreview:
    """What would go; raises ``LockedError`` (signed) or ``InvalidValueError`` when the
    inspection may not be deleted."""
    inspection = _inspection(session, inspection_id)
    names = _names(session, inspection)
    children = _children(session, inspection_id)
    photos: list[Photo] = children[Photo]
    _check_deletable(session, inspection, photos, f"考察记录 {_description(names, inspection)}")
    problems: list[Rectification] = children[Rectification]
    trashed = sum(1 for photo in photos if photo.deleted_at is not None)
    return DeletionPreview(
        inspection_id=inspection_id,
        community=names["community"],
        inspector=names["inspector"],
        visit_date=inspection.visit_date,
        findings=len(children[Finding]),
        requirement_checks=len(children[RequirementCheck]),
        photos=len(photos) - trashed,
        photos_in_trash=trashed,
        problems=len(problems),
        problems_closed=sum(1 for p in problems if p.status == "verified"),
        signatures=len(children[Signature]),
    )


def delete(session: Session, actor: Actor, inspection_id: str) -> DeletedInspection:
    """Delete the inspection and its rows, each audited with its old values; the caller
    commits."""
    inspection = _inspection(session, inspection_id)
    names = _names(session, inspection)
    description = _description(names, inspection)
    children = _children(session, inspection_id)
    _check_deletable(session, inspection, children[Photo], f"考察记录 {description}")
    removed: list[tuple[str, tuple[Mapping[str, Any], ...]]] = []
    for model, rows in reversed(children.items()):  # children of children first
        removed.insert(0, (table_name(model), tuple(_values(row) for row in rows)))
        for row in rows:
            _log_deleted(session, actor, row)
            session.delete(row)
        session.flush()  # foreign keys: before the rows they refer to go
    removed.insert(0, ("inspection", (_values(inspection),)))
    _log_deleted(session, actor, inspection, names)
    session.delete(inspection)
    return DeletedInspection(inspection_id, description, tuple(removed))


def _log_deleted(
    session: Session, actor: Actor, row: SQLModel, names: Mapping[str, str] | None = None
) -> None:
    values = _values(row)
    old = row_json(values, names)
    log_change(session, actor, table_name(row), str(values["id"]), "", old, None, "delete")


def restore(session: Session, actor: Actor, deleted: DeletedInspection) -> None:
    """Insert the rows of ``deleted`` again, unchanged; the caller commits."""
    where = f"考察记录 {deleted.description}"
    if session.get(Inspection, deleted.inspection_id) is not None:
        raise InvalidValueError("已经存在（可能已从数据包导入），无需恢复", where=where)
    (inspection,) = dict(deleted.rows)["inspection"]
    for model, key, label in (
        (Community, "community_id", "小区"),
        (Campaign, "campaign_id", "评选活动"),
        (Inspector, "inspector_id", "考察人员"),
    ):
        if session.get(model, inspection[key]) is None:
            raise NotFoundError(f"它的{label}已不存在，无法恢复", where=where)
    try:
        for table, rows in deleted.rows:
            for values in rows:
                session.add(MODELS[table](**values))
                # The values are in the trail already (the deletion): only the event here.
                summary = deleted.description if table == "inspection" else None
                log_change(session, actor, table, str(values["id"]), "", None, summary, "restore")
            session.flush()  # parents before their children
    except IntegrityError:
        session.rollback()
        raise InvalidValueError(
            "相关记录在删除后已改变（例如整改后照片已不存在），无法恢复", where=where
        ) from None
