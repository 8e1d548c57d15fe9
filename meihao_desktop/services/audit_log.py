"""Reading the audit trail (操作记录): filtered, newest first, a page at a time.

The trail grows with every edit on every laptop and every imported package, so it is
read in pages (``page(filters, offset, limit)``) and counted separately (``count``). Each
row says what it concerns in a reviewer's words (``subject``: "东方瑞园 / 周雯 / 3.2"),
resolved for the rows of one page with a few queries. The search text matches the
actor, field, values, source and id, and also the name of the community a change
concerns (so "东方瑞园" finds the scores given there).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from meihao_desktop.store.db import Database
from meihao_desktop.store.models import (
    AuditEntry,
    Campaign,
    Community,
    EnteredScore,
    Finding,
    Inspection,
    Inspector,
    Photo,
    Recommendation,
    Rectification,
    RequirementCheck,
    Signature,
)

_AUDIT: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
_COMMUNITY: sa.Table = Community.__table__  # type: ignore[attr-defined]
_INSPECTOR: sa.Table = Inspector.__table__  # type: ignore[attr-defined]
_CAMPAIGN: sa.Table = Campaign.__table__  # type: ignore[attr-defined]
_INSPECTION: sa.Table = Inspection.__table__  # type: ignore[attr-defined]
_FINDING: sa.Table = Finding.__table__  # type: ignore[attr-defined]
_CHECK: sa.Table = RequirementCheck.__table__  # type: ignore[attr-defined]
_PHOTO: sa.Table = Photo.__table__  # type: ignore[attr-defined]
_RECTIFICATION: sa.Table = Rectification.__table__  # type: ignore[attr-defined]
_RECOMMENDATION: sa.Table = Recommendation.__table__  # type: ignore[attr-defined]
_ENTERED: sa.Table = EnteredScore.__table__  # type: ignore[attr-defined]
_SIGNATURE: sa.Table = Signature.__table__  # type: ignore[attr-defined]

PAGE_SIZE = 200
# Rows that belong to one inspection, and the column that names them within it.
_INSPECTION_CHILDREN: dict[str, tuple[sa.Table, str]] = {
    "finding": (_FINDING, "item_code"),
    "requirement_check": (_CHECK, "requirement_code"),
    "photo": (_PHOTO, "original_name"),
    "rectification": (_RECTIFICATION, "problem"),
}
# Rows that belong to one community (in a campaign), and the column that names them.
_COMMUNITY_CHILDREN: dict[str, tuple[sa.Table, str | None]] = {
    "recommendation": (_RECOMMENDATION, None),
    "entered_score": (_ENTERED, "component_code"),
}
_NAMED: dict[str, sa.Table] = {
    "community": _COMMUNITY,
    "inspector": _INSPECTOR,
    "campaign": _CAMPAIGN,
}


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; ``None`` / "" means any. ``since`` inclusive, ``until``
    exclusive, both aware datetimes."""

    entity: str | None = None
    actor: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime
    actor: str
    action: str  # create / update / delete / sign / import / conflict:local …
    entity: str  # table name ("finding"), or "package"
    entity_id: str
    field: str
    old: str | None
    new: str | None
    source: str  # "gui", "cli", "package:<file>", "import:<file>", …
    subject: str  # what the entry concerns, in words; "" when the row no longer exists


@dataclass(frozen=True)
class AuditChoices:
    """The distinct values the filters can offer."""

    entities: tuple[str, ...]
    actors: tuple[str, ...]
    sources: tuple[str, ...]


class AuditLogService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, filters: AuditFilter = AuditFilter()) -> int:
        query = sa.select(sa.func.count()).select_from(_AUDIT).where(*_conditions(filters))
        with self._db.engine.connect() as connection:
            return int(connection.execute(query).scalar_one())

    def page(
        self,
        filters: AuditFilter = AuditFilter(),
        offset: int = 0,
        limit: int = PAGE_SIZE,
    ) -> list[AuditRow]:
        """Entries matching ``filters``, newest first, from ``offset`` on."""
        query = (
            sa.select(_AUDIT)
            .where(*_conditions(filters))
            .order_by(_AUDIT.c.at.desc(), _AUDIT.c.id.desc())
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        with self._db.engine.connect() as connection:
            entries = [dict(row._mapping) for row in connection.execute(query)]
            subjects = _subjects(connection, entries)
        return [
            AuditRow(
                id=e["id"],
                at=e["at"],
                actor=e["actor"],
                action=e["action"],
                entity=e["entity"],
                entity_id=e["entity_id"],
                field=e["field"],
                old=e["old"],
                new=e["new"],
                source=e["source"],
                subject=subjects.get((e["entity"], e["entity_id"]), ""),
            )
            for e in entries
        ]

    def choices(self) -> AuditChoices:
        with self._db.engine.connect() as connection:

            def distinct(column: sa.Column[Any]) -> tuple[str, ...]:
                query = sa.select(column).distinct().order_by(column)
                return tuple(str(v) for v in connection.execute(query).scalars() if v)

            return AuditChoices(
                distinct(_AUDIT.c.entity), distinct(_AUDIT.c.actor), distinct(_AUDIT.c.source)
            )


def _conditions(filters: AuditFilter) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if filters.entity:
        conditions.append(_AUDIT.c.entity == filters.entity)
    if filters.actor:
        conditions.append(_AUDIT.c.actor == filters.actor)
    if filters.source:
        conditions.append(_AUDIT.c.source == filters.source)
    if filters.since is not None:
        conditions.append(_AUDIT.c.at >= filters.since)
    if filters.until is not None:
        conditions.append(_AUDIT.c.at < filters.until)
    text = filters.text.strip()
    if text:
        conditions.append(_text_matches(text))
    return conditions


def _like(column: sa.ColumnElement[Any], text: str) -> sa.ColumnElement[bool]:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def _text_matches(text: str) -> sa.ColumnElement[bool]:
    own = [
        _like(_AUDIT.c[name], text)
        for name in ("actor", "field", "old", "new", "source", "entity_id")
    ]
    communities = sa.select(_COMMUNITY.c.id).where(_like(_COMMUNITY.c.name, text))
    inspections = sa.select(_INSPECTION.c.id).where(_INSPECTION.c.community_id.in_(communities))
    concerned: list[sa.Select[Any]] = [communities, inspections]
    for table, _column in _INSPECTION_CHILDREN.values():
        concerned.append(sa.select(table.c.id).where(table.c.inspection_id.in_(inspections)))
    for table, _name in _COMMUNITY_CHILDREN.values():
        concerned.append(sa.select(table.c.id).where(table.c.community_id.in_(communities)))
    return sa.or_(*own, _AUDIT.c.entity_id.in_(sa.union(*concerned)))


# ── subjects ─────────────────────────────────────────────────────────────────────


def _subjects(
    connection: sa.Connection, entries: Sequence[Mapping[str, Any]]
) -> dict[tuple[str, str], str]:
    """(entity, id) → a short description, for the entries of one page."""
    ids: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        ids[entry["entity"]].add(entry["entity_id"])
    found: dict[tuple[str, str], str] = {}
    for entity, table in _NAMED.items():
        for row_id, name in _select(connection, table, ids.get(entity), table.c.name):
            found[(entity, row_id)] = str(name)
    visits = _visits(connection, _inspection_ids(connection, ids))
    for row_id in ids.get("inspection", ()):
        if row_id in visits:
            found[("inspection", row_id)] = visits[row_id]
    for entity, (table, column) in _INSPECTION_CHILDREN.items():
        rows = _select(connection, table, ids.get(entity), table.c.inspection_id, table.c[column])
        for row_id, inspection_id, name in rows:
            found[(entity, row_id)] = _joined(visits.get(inspection_id, ""), _short(name))
    _community_children(connection, ids, found)
    for row_id in ids.get("package", ()):
        found[("package", row_id)] = row_id
    return found


def _community_children(
    connection: sa.Connection, ids: Mapping[str, set[str]], found: dict[tuple[str, str], str]
) -> None:
    for entity, (table, column) in _COMMUNITY_CHILDREN.items():
        extra = [table.c[column]] if column else []
        query_ids = ids.get(entity)
        if not query_ids:
            continue
        query = (
            sa.select(table.c.id, _COMMUNITY.c.name, *extra)
            .join(_COMMUNITY, _COMMUNITY.c.id == table.c.community_id)
            .where(table.c.id.in_(query_ids))
        )
        for row in connection.execute(query):
            found[(entity, row[0])] = _joined(str(row[1]), *(str(v) for v in row[2:]))
    signatures = _select(connection, _SIGNATURE, ids.get("signature"), _SIGNATURE.c.signer_name)
    for row_id, signer in signatures:
        found[("signature", row_id)] = str(signer)


def _select(
    connection: sa.Connection, table: sa.Table, ids: Iterable[str] | None, *columns: Any
) -> list[tuple[Any, ...]]:
    if not ids:
        return []
    query = sa.select(table.c.id, *columns).where(table.c.id.in_(list(ids)))
    return [tuple(row) for row in connection.execute(query)]


def _inspection_ids(connection: sa.Connection, ids: Mapping[str, set[str]]) -> set[str]:
    """The inspections the page's entries concern, directly or through a child row."""
    wanted = set(ids.get("inspection", ()))
    for entity, (table, _column) in _INSPECTION_CHILDREN.items():
        wanted.update(
            str(row[1])
            for row in _select(connection, table, ids.get(entity), table.c.inspection_id)
        )
    return wanted


def _visits(connection: sa.Connection, inspection_ids: set[str]) -> dict[str, str]:
    """inspection id → "community / inspector"."""
    if not inspection_ids:
        return {}
    query = (
        sa.select(_INSPECTION.c.id, _COMMUNITY.c.name, _INSPECTOR.c.name)
        .join(_COMMUNITY, _COMMUNITY.c.id == _INSPECTION.c.community_id)
        .join(_INSPECTOR, _INSPECTOR.c.id == _INSPECTION.c.inspector_id)
        .where(_INSPECTION.c.id.in_(list(inspection_ids)))
    )
    return {row[0]: f"{row[1]} / {row[2]}" for row in connection.execute(query)}


def _short(value: object, length: int = 20) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= length else f"{text[: length - 1]}…"


def _joined(*parts: str) -> str:
    return " / ".join(part for part in parts if part)
