"""What the records of one page of the audit trail are, in words.

An entry names its row by table and id, and its values may be ids of other rows (the
community of an inspection, the after-photo of a rectification). ``PageRecords`` reads
those rows for the entries of one page — one query per table and round, following each
row's references up to its community, inspector and campaign — and names them:

- the record column: "东方瑞园 · 周雯 / 3.5 物业服务企业…" for a score;
- a referenced row inside a value: "东方瑞园 · 周雯 · 2024-09-03" for an inspection, the
  file name for a photo.

A row deleted since is named from the values its deletion entry kept.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import sqlalchemy as sa

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.domain.standards import Standard
from meihao_desktop.services.audit_labels import (
    AUDITED_MODELS,
    CODE_FIELDS,
    REFERENCES,
    code_text,
    short,
)
from meihao_desktop.store.models import AuditEntry

_AUDIT: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
_TABLES: dict[str, sa.Table] = {name: model.__table__ for name, model in AUDITED_MODELS.items()}
_ROUNDS = 5  # a row's references reach its campaign within four steps
PROBLEM_LENGTH = 20
Values = Mapping[str, Any]


class PageRecords:
    """The rows a page mentions, read with ``load`` and then named."""

    def __init__(self, standard: Callable[[str], Standard | None]) -> None:
        self._standard = standard  # standard id → the standard, None if unknown
        self._wanted: dict[str, set[str]] = defaultdict(set)
        self._rows: dict[str, dict[str, Values]] = defaultdict(dict)
        self._asked: dict[str, set[str]] = defaultdict(set)

    def want(self, table: str, row_id: str | None) -> None:
        if table in _TABLES and row_id:
            self._wanted[table].add(row_id)

    def load(self, connection: sa.Connection) -> None:
        """Read the wanted rows and the rows they refer to."""
        for _round in range(_ROUNDS):
            asking = {t: ids - self._asked[t] for t, ids in self._wanted.items()}
            asking = {t: ids for t, ids in asking.items() if ids}
            if not asking:
                return
            for table, ids in asking.items():
                self._asked[table] |= ids
                found = _read(connection, _TABLES[table], ids)
                found |= _deleted(connection, table, ids - found.keys())
                self._rows[table].update(found)
                for values in found.values():
                    for column, parent in REFERENCES[table].items():
                        self.want(parent, _id(values.get(column)))

    # ── naming ──────────────────────────────────────────────────────────────────

    def title(self, table: str, row_id: str) -> str:
        """The record column's words for a row; "" when nothing is known of it."""
        values = self._rows.get(table, {}).get(row_id)
        if values is None:
            return row_id if table == "package" else ""
        return self._title(table, values)

    def name(self, table: str, row_id: str) -> str:
        """A row inside a value: shorter than its title where its kind is obvious."""
        values = self._rows.get(table, {}).get(row_id)
        if values is None:
            return ""
        if table == "photo":
            return _text(values, "original_name")
        if table == "rectification":
            return short(_text(values, "problem"), PROBLEM_LENGTH)
        if table == "recommendation":
            return f"{self._parent('community', values)} 推荐意见"
        return self._title(table, values)

    def names(self) -> dict[str, str]:
        """Row id → name, for every row read (ids are unique across tables)."""
        return {
            row_id: name
            for table, rows in self._rows.items()
            for row_id in rows
            if (name := self.name(table, row_id))
        }

    def standard_of(self, table: str, row_id: str) -> Standard | None:
        """The standard a row was scored under (through its inspection or campaign)."""
        values = self._rows.get(table, {}).get(row_id)
        if values is None:
            return None
        if table == "campaign":
            return self._standard(_text(values, "standard_id"))
        for column, parent in (("campaign_id", "campaign"), ("inspection_id", "inspection")):
            parent_id = _id(values.get(column))
            if parent_id:
                return self.standard_of(parent, parent_id)
        return None

    def _title(self, table: str, values: Values) -> str:
        match table:
            case "community" | "inspector" | "campaign":
                return _text(values, "name")
            case "inspection":
                day = _text(values, "visit_date")[:10]
                return _dotted(self._community(values), self._inspector(values), day)
            case "finding" | "requirement_check" | "entered_score":
                code = next(c for c in CODE_FIELDS if c in values)
                where = self._parent("community", values) if table == "entered_score" else ""
                return _joined(where or self._visit(values), self._coded(values, code))
            case "photo":
                return _joined(self._visit(values), _text(values, "original_name"))
            case "rectification":
                problem = short(_text(values, "problem"), PROBLEM_LENGTH)
                return _joined(self._parent("community", values), problem)
            case "recommendation":
                return self._parent("community", values)
            case "signature":
                on = self._parent("inspection", values)
                recommendation = _id(values.get("recommendation_id"))
                if not on and recommendation:
                    on = self.name("recommendation", recommendation)
                return _joined(on, _text(values, "signer_name"))
        return ""

    def _parent(self, table: str, values: Values) -> str:
        """The title of the ``table`` row that ``values`` refer to (by ``<table>_id``)."""
        parent_id = _id(values.get(f"{table}_id"))
        return self.title(table, parent_id) if parent_id else ""

    def _visit(self, values: Values) -> str:
        """ "东方瑞园 · 周雯": the inspection a row belongs to, without its date."""
        inspection_id = _id(values.get("inspection_id")) or ""
        inspection = self._rows.get("inspection", {}).get(inspection_id)
        if inspection is None:
            return ""
        return _dotted(self._community(inspection), self._inspector(inspection))

    def _community(self, values: Values) -> str:
        # A deleted inspection's entry kept the names under "_community", "_inspector".
        return self._parent("community", values) or _text(values, "_community")

    def _inspector(self, values: Values) -> str:
        return self._parent("inspector", values) or _text(values, "_inspector")

    def _coded(self, values: Values, column: str) -> str:
        standard = None
        for parent_column, table in (("campaign_id", "campaign"), ("inspection_id", "inspection")):
            parent_id = _id(values.get(parent_column))
            if parent_id:
                standard = self.standard_of(table, parent_id)
                break
        return code_text(standard, column, _text(values, column))


def _read(connection: sa.Connection, table: sa.Table, ids: Iterable[str]) -> dict[str, Values]:
    # Not the signature images: nothing is named after them, and they are large.
    columns = [c for c in table.columns if not isinstance(c.type, sa.LargeBinary)]
    query = sa.select(*columns).where(table.c.id.in_(list(ids)))
    return {row.id: dict(row._mapping) for row in connection.execute(query)}


def _deleted(connection: sa.Connection, table: str, ids: set[str]) -> dict[str, Values]:
    """Rows gone from ``table``, as their deletion entries kept them (JSON)."""
    if not ids:
        return {}
    query = sa.select(_AUDIT.c.entity_id, _AUDIT.c.old).where(
        _AUDIT.c.entity == table,
        _AUDIT.c.action == "delete",
        _AUDIT.c.entity_id.in_(list(ids)),
        _AUDIT.c.old.startswith("{"),
    )
    found: dict[str, Values] = {}
    for row_id, old in connection.execute(query):
        try:
            values = json.loads(old)
        except ValueError:
            continue
        if isinstance(values, dict):
            found[row_id] = values
    return found


def _text(values: Values, column: str) -> str:
    return str(values.get(column) or "")


def _id(value: object) -> str | None:
    return str(value) if value else None


def _dotted(*parts: str) -> str:
    return " · ".join(part for part in parts if part)


def _joined(*parts: str) -> str:
    return " / ".join(part for part in parts if part)


def catalog_lookup(get: Callable[[str], Standard]) -> Callable[[str], Standard | None]:
    """``catalog.get`` that answers None for a standard this computer does not have."""
    cache: dict[str, Standard | None] = {}

    def standard(standard_id: str) -> Standard | None:
        if standard_id not in cache:
            try:
                cache[standard_id] = get(standard_id) if standard_id else None
            except MeihaoError:
                cache[standard_id] = None
        return cache[standard_id]

    return standard
