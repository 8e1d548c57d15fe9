"""Reading the audit trail (操作记录): filtered, newest first, a page at a time.

The trail grows with every edit on every laptop and every imported package, so it is
read in pages (``page(filters, offset, limit)``) and counted separately (``count``).
Each row keeps the stored values and says them in a reviewer's words as well: the
record ("东方瑞园 · 周雯 / 3.5 物业服务企业…", ``audit_titles``), the field's Chinese
name and the old and new values as the rest of the program shows them
(``audit_labels``), resolved for the rows of one page with a few queries.

The search text matches the actor, field, values, source and id, the Chinese names of
fields and of coded values ("得分", "待整改"), and also the name of the community a
change concerns (so "东方瑞园" finds the scores given there).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from meihao_desktop.services.audit_labels import (
    AUDITED_MODELS,
    CHOICE_NAMES,
    CREATED_FOR_COMMUNITY,
    FIELD_LABELS,
    Names,
    field_label,
    reference_table,
    summary_text,
    value_text,
)
from meihao_desktop.services.audit_titles import PageRecords, catalog_lookup
from meihao_desktop.services.catalog import StandardsCatalog, default_catalog
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import AuditEntry

_AUDIT: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
_TABLES: dict[str, sa.Table] = {name: model.__table__ for name, model in AUDITED_MODELS.items()}
_COMMUNITY, _INSPECTION = _TABLES["community"], _TABLES["inspection"]

PAGE_SIZE = 200
# As exchange.plan.PACKAGE_SOURCE_PREFIX (not imported: the exchange imports services).
PACKAGE_SOURCE_PREFIX = "package:"
ORIGIN_LOCAL = "local"  # made on this computer: the program, the command line, a spreadsheet
ORIGIN_PACKAGE = "package"  # taken from an exchange package
# Rows that belong to an inspection or to a community: searching for a community's name
# finds their entries too.
_INSPECTION_CHILDREN = ("finding", "requirement_check", "photo", "rectification")
_COMMUNITY_CHILDREN = ("recommendation", "entered_score")


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to show; ``None`` / "" means any. ``since`` inclusive, ``until``
    exclusive, both aware datetimes. ``origin``: ``ORIGIN_LOCAL`` or ``ORIGIN_PACKAGE``."""

    entity: str | None = None
    actor: str | None = None
    source: str | None = None
    origin: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    text: str = ""
    oldest_first: bool = False


@dataclass(frozen=True)
class AuditRow:
    id: str
    at: datetime
    actor: str
    action: str  # create / update / delete / sign / import / conflict:local …
    entity: str  # table name ("finding"), or "package"
    entity_id: str
    field: str
    old: str | None  # as stored
    new: str | None
    source: str  # "gui", "cli", "package:<file>", "import:<file>", …
    subject: str  # what the entry concerns, in words; "" when nothing is known of the row
    field_label: str  # the field's Chinese name ("得分"); "" for a whole row
    old_text: str  # the values in words: "待整改", "是", "2024-09-03 14:05"; "—" for none
    new_text: str


@dataclass(frozen=True)
class AuditChoices:
    """The distinct values the filters can offer."""

    entities: tuple[str, ...]
    actors: tuple[str, ...]
    sources: tuple[str, ...]


class AuditLogService:
    def __init__(self, db: Database, catalog: StandardsCatalog | None = None) -> None:
        self._db = db
        self._catalog = catalog  # for the items' texts; the default one when not given

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
        """Entries matching ``filters``, newest first (or oldest), from ``offset`` on."""
        order = sa.asc if filters.oldest_first else sa.desc
        query = (
            sa.select(_AUDIT)
            .where(*_conditions(filters))
            .order_by(order(_AUDIT.c.at), order(_AUDIT.c.id))
            .offset(max(offset, 0))
            .limit(max(limit, 0))
        )
        if self._catalog is None:
            self._catalog = default_catalog()
        records = PageRecords(catalog_lookup(self._catalog.get))
        with self._db.engine.connect() as connection:
            entries = [dict(row._mapping) for row in connection.execute(query)]
            for entry in entries:
                _want(records, entry)
            records.load(connection)
        names = records.names()
        return [_row(entry, records, names) for entry in entries]

    def choices(self) -> AuditChoices:
        with self._db.engine.connect() as connection:

            def distinct(column: sa.Column[Any]) -> tuple[str, ...]:
                query = sa.select(column).distinct().order_by(column)
                return tuple(str(v) for v in connection.execute(query).scalars() if v)

            return AuditChoices(
                distinct(_AUDIT.c.entity), distinct(_AUDIT.c.actor), distinct(_AUDIT.c.source)
            )


def _want(records: PageRecords, entry: Mapping[str, Any]) -> None:
    """Ask for the entry's row and for the rows its values refer to."""
    entity, name = entry["entity"], entry["field"]
    records.want(entity, entry["entity_id"])
    referred = reference_table(entity, name)
    if name == "" and entry["action"] == "create" and entity in CREATED_FOR_COMMUNITY:
        referred = "community"
    if referred is not None:
        records.want(referred, entry["old"])
        records.want(referred, entry["new"])


def _row(entry: Mapping[str, Any], records: PageRecords, names: Mapping[str, str]) -> AuditRow:
    entity, entity_id, name = entry["entity"], entry["entity_id"], entry["field"]
    context = Names(names, records.standard_of(entity, entity_id))
    if name:
        old_text = value_text(entity, name, entry["old"], context)
        new_text = value_text(entity, name, entry["new"], context)
    else:
        old_text = summary_text(entity, entry["action"], entry["old"], context)
        new_text = summary_text(entity, entry["action"], entry["new"], context)
    return AuditRow(
        id=entry["id"],
        at=entry["at"],
        actor=entry["actor"],
        action=entry["action"],
        entity=entity,
        entity_id=entity_id,
        field=name,
        old=entry["old"],
        new=entry["new"],
        source=entry["source"],
        subject=records.title(entity, entity_id),
        field_label=field_label(entity, name),
        old_text=old_text,
        new_text=new_text,
    )


def _conditions(filters: AuditFilter) -> list[sa.ColumnElement[bool]]:
    conditions: list[sa.ColumnElement[bool]] = []
    if filters.entity:
        conditions.append(_AUDIT.c.entity == filters.entity)
    if filters.actor:
        conditions.append(_AUDIT.c.actor == filters.actor)
    if filters.source:
        conditions.append(_AUDIT.c.source == filters.source)
    if filters.origin == ORIGIN_PACKAGE:
        conditions.append(_AUDIT.c.source.startswith(PACKAGE_SOURCE_PREFIX, autoescape=True))
    elif filters.origin == ORIGIN_LOCAL:
        conditions.append(sa.not_(_AUDIT.c.source.startswith(PACKAGE_SOURCE_PREFIX)))
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
    return sa.or_(*own, *_words_match(text), _concerning(text))


def _words_match(text: str) -> list[sa.ColumnElement[bool]]:
    """Entries whose field or coded value is called ``text`` in Chinese."""
    found: list[sa.ColumnElement[bool]] = []
    for entity, labels in FIELD_LABELS.items():
        fields = [name for name, label in labels.items() if text in label]
        if fields:
            found.append(sa.and_(_AUDIT.c.entity == entity, _AUDIT.c.field.in_(fields)))
    for (entity, name), choices in CHOICE_NAMES.items():
        values = [value for value, label in choices.items() if text in label]
        if values:
            either = sa.or_(_AUDIT.c.old.in_(values), _AUDIT.c.new.in_(values))
            found.append(sa.and_(_AUDIT.c.entity == entity, _AUDIT.c.field == name, either))
    return found


def _concerning(text: str) -> sa.ColumnElement[bool]:
    """Entries of the rows that concern a community whose name contains ``text``."""
    communities = sa.select(_COMMUNITY.c.id).where(_like(_COMMUNITY.c.name, text))
    inspections = sa.select(_INSPECTION.c.id).where(_INSPECTION.c.community_id.in_(communities))
    concerned: list[sa.Select[Any]] = [communities, inspections]
    for child in _INSPECTION_CHILDREN:
        table = _TABLES[child]
        concerned.append(sa.select(table.c.id).where(table.c.inspection_id.in_(inspections)))
    for child in _COMMUNITY_CHILDREN:
        table = _TABLES[child]
        concerned.append(sa.select(table.c.id).where(table.c.community_id.in_(communities)))
    return _AUDIT.c.entity_id.in_(sa.union(*concerned))
