"""Reading from the database the rows a package carries, and the rows a package meets.

An exported package is self-contained: with the chosen inspections come their
community, campaign and inspector, their findings, requirement checks, photo records,
rectifications and signatures, and the bureau's entered scores and recommendations (with
their signatures) for the same community and campaign. A rectification's after-photo
may belong to a later inspection; that inspection comes along too.

Queries use SQLAlchemy Core on one connection: plain tuples, no ORM objects.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa

from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.exchange.rows import BY_NAME, TABLES, RowRecord, TableSpec, record
from meihao_desktop.store.models import AuditEntry

_CHUNK = 500  # ids per IN (…): well below SQLite's limit on bound parameters


def chunks(values: Iterable[str], size: int = _CHUNK) -> Iterator[list[str]]:
    batch: list[str] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def rows_where(
    connection: sa.Connection, spec: TableSpec, column: str, values: Collection[str]
) -> list[dict[str, Any]]:
    """Rows of ``spec`` whose ``column`` is one of ``values``, as plain dicts."""
    table = spec.table
    found: list[dict[str, Any]] = []
    for batch in chunks(sorted(set(values))):
        query = sa.select(table).where(table.c[column].in_(batch))
        found += [dict(row._mapping) for row in connection.execute(query)]
    return found


def last_editors(connection: sa.Connection, ids: Collection[str]) -> dict[str, str]:
    """Who last changed each row (by id), from the audit trail."""
    audit: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
    editors: dict[str, str] = {}
    for batch in chunks(sorted(set(ids))):
        # SQLite returns the bare column (actor) of the row holding MAX(at).
        query = (
            sa.select(audit.c.entity_id, audit.c.actor, sa.func.max(audit.c.at))
            .where(audit.c.entity_id.in_(batch))
            .group_by(audit.c.entity_id)
        )
        editors.update({row[0]: row[1] for row in connection.execute(query)})
    return editors


def all_inspection_ids(connection: sa.Connection) -> list[str]:
    table = BY_NAME["inspection"].table
    return list(connection.execute(sa.select(table.c.id).order_by(table.c.id)).scalars())


def package_rows(
    connection: sa.Connection, inspection_ids: Sequence[str]
) -> dict[str, list[RowRecord]]:
    """Every row a package of ``inspection_ids`` carries, by table, in foreign-key order."""
    found: dict[str, list[dict[str, Any]]] = {}
    wanted = set(inspection_ids)
    while True:  # widen by the inspections of after-photos until nothing new comes in
        _collect(connection, wanted, found)
        owners = _after_photo_inspections(connection, found) - wanted
        if not owners:
            break
        wanted |= owners
    missing = sorted(set(inspection_ids) - {row["id"] for row in found["inspection"]})
    if missing:
        raise NotFoundError(f"没有编号为 {missing[0]} 的考察记录")
    editors = last_editors(connection, {row["id"] for rows in found.values() for row in rows})
    return {
        spec.name: [
            record(spec, row, editors.get(row["id"], ""))
            for row in sorted(found[spec.name], key=lambda row: str(row["id"]))
        ]
        for spec in TABLES
    }


def _collect(
    connection: sa.Connection, inspection_ids: set[str], found: dict[str, list[dict[str, Any]]]
) -> None:
    def by(table: str, column: str, values: Collection[str]) -> list[dict[str, Any]]:
        return rows_where(connection, BY_NAME[table], column, values)

    inspections = by("inspection", "id", inspection_ids)
    found["inspection"] = inspections
    for table in ("finding", "requirement_check", "photo", "rectification"):
        found[table] = by(table, "inspection_id", inspection_ids)
    community_ids = {r["community_id"] for r in inspections + found["rectification"]}
    campaign_ids = {r["campaign_id"] for r in inspections}
    found["community"] = by("community", "id", community_ids)
    found["campaign"] = by("campaign", "id", campaign_ids)
    found["inspector"] = by("inspector", "id", {r["inspector_id"] for r in inspections})
    pairs = {(r["campaign_id"], r["community_id"]) for r in inspections}
    for table in ("recommendation", "entered_score"):
        rows = by(table, "community_id", community_ids)
        found[table] = [r for r in rows if (r["campaign_id"], r["community_id"]) in pairs]
    recommendation_ids = {r["id"] for r in found["recommendation"]}
    signatures = by("signature", "inspection_id", inspection_ids)
    signatures += by("signature", "recommendation_id", recommendation_ids)
    found["signature"] = list({r["id"]: r for r in signatures}.values())


def _after_photo_inspections(
    connection: sa.Connection, found: dict[str, list[dict[str, Any]]]
) -> set[str]:
    carried = {row["id"] for row in found["photo"]}
    wanted = {r["after_photo_id"] for r in found["rectification"] if r["after_photo_id"]}
    photos = rows_where(connection, BY_NAME["photo"], "id", wanted - carried)
    return {row["inspection_id"] for row in photos}
