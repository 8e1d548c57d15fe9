"""Comparing a verified package with the database: one ``RowPlan`` per incoming row.

First, communities and campaigns that the exporting laptop created on its own are
paired with ours by their natural key (``natural_keys``: name and district; campaign
name, year, standard and district), and the package's rows are rewritten to our ids.
A paired row then merges like any row we share, with one difference (``merge.
classify_paired``): it is compared field by field, and with what came in under the
other laptop's id last time, not with our row's version, because the two rows have
separate histories. Ours is the register: what the laptop left empty (often all but the
name and district) never counts and never empties ours, and what it fills where ours is
empty is taken. So the first time, a laptop's bare community is simply paired; only a
field both fill differently (another address, another property company) is a
*conflict* the user decides, both copies in the audit log: neither side is newer, and
the bureau must not lose an inspector's view of it silently. Later edits of that
community on the laptop arrive as updates of our row (or as conflicts when we changed
the same fields too), like edits of any shared row. Its creation time differs from ours
and is not compared.

Also refused here, because they would corrupt the database rather than merge into it:
an id that this database uses for a row of another table, an id whose row here is a
different record (other inspection, other item, other creation time), and a new row
that repeats what must be unique (a second finding for the same item of an inspection).

Reads only, on the connection given: ``apply`` runs it again inside its write
transaction to make sure nothing changed since the preview.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import sqlalchemy as sa

from meihao_desktop.exchange.collect import chunks, last_editors, rows_where
from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.merge import Action, RowPlan, Seen, classify, classify_paired
from meihao_desktop.exchange.natural_keys import Pairing, pair_rows, paired_copies, translate
from meihao_desktop.exchange.reader import VerifiedPackage
from meihao_desktop.exchange.rows import BY_NAME, TABLES, RowRecord, TableSpec, record
from meihao_desktop.store.exchange_models import ExchangeState
from meihao_desktop.store.models import AuditEntry

_STATE: sa.Table = ExchangeState.__table__  # type: ignore[attr-defined]
_AUDIT: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
PACKAGE_SOURCE_PREFIX = "package:"


def plan_merge(connection: sa.Connection, package: VerifiedPackage) -> tuple[RowPlan, ...]:
    where = package.file_name
    pairing = pair_rows(connection, package.rows)
    rows = translate(package.rows, pairing.ids)
    _reject_foreign_ids(connection, rows, where)
    plans: list[RowPlan] = []
    for spec in TABLES:
        incoming = rows[spec.name]
        ids = [row.id for row in incoming]
        local = {r["id"]: record(spec, r) for r in rows_where(connection, spec, "id", ids)}
        seen = _seen(connection, spec.name, ids)
        edited = _edited_here(connection, spec.name, local.keys())
        table_plans = [
            _row_plan(
                spec, row, local.get(row.id), seen.get(row.id), row.id in edited, pairing, where
            )
            for row in incoming
        ]
        _reject_unique_clashes(connection, spec, table_plans, where)
        plans += table_plans
    return tuple(plans)


def _row_plan(
    spec: TableSpec,
    row: RowRecord,
    mine: RowRecord | None,
    seen: Seen | None,
    edited_here: bool,
    pairing: Pairing,
    where: str,
) -> RowPlan:
    match = pairing.matches.get((spec.name, row.id))
    if match is not None and match.local_id is not None:
        assert mine is not None  # paired with a row read on this same connection
        last = pairing.seen.get((spec.name, row.id))
        copies = paired_copies(mine, row)
        return RowPlan(row, classify_paired(mine, row, last, copies), mine, last, match, copies)
    if mine is not None:
        _check_identity(spec, mine, row, where)
    return RowPlan(row, classify(mine, row, seen, edited_here), mine, seen, match)


def _reject_foreign_ids(
    connection: sa.Connection, rows: Mapping[str, tuple[RowRecord, ...]], where: str
) -> None:
    """Refuse a package id that this database uses in another table."""
    owner = {row.id: table for table, table_rows in rows.items() for row in table_rows}
    for spec in TABLES:
        others = [row_id for row_id, table in owner.items() if table != spec.name]
        for batch in chunks(others):
            query = sa.select(spec.table.c.id).where(spec.table.c.id.in_(batch)).limit(1)
            clash = connection.execute(query).scalar()
            if clash is not None:
                raise PackageError(
                    f"编号冲突：包中的{BY_NAME[owner[clash]].label} {clash} "
                    f"在本机是另一类记录（{spec.label}），已拒绝导入",
                    where=where,
                    kind="id_collision",
                )


def _check_identity(spec: TableSpec, local: RowRecord, incoming: RowRecord, where: str) -> None:
    for name in ("created_at", *spec.identity):
        if local.values[name] != incoming.values[name]:
            raise PackageError(
                f"编号冲突：包中的{spec.label} {incoming.id} 与本机同编号的记录不是同一条"
                f"（{name} 不同），已拒绝导入",
                where=where,
                kind="id_collision",
            )


def _reject_unique_clashes(
    connection: sa.Connection, spec: TableSpec, plans: Sequence[RowPlan], where: str
) -> None:
    added = [plan.incoming for plan in plans if plan.action is Action.ADD]
    for key in spec.unique_keys:
        if not added:
            return
        wanted = {tuple(row.values[c] for c in key): row for row in added}
        first_values = {str(row.values[key[0]]) for row in added}
        for local in rows_where(connection, spec, key[0], first_values):
            clash = wanted.get(tuple(local[c] for c in key))
            if clash is not None and clash.id != local["id"]:
                raise PackageError(
                    f"本机已有同一{spec.label}（{'、'.join(key)} 相同）的另一条记录 "
                    f"{local['id']}，与包中的 {clash.id} 编号不同，无法合并",
                    where=where,
                    kind="id_collision",
                )


def _seen(connection: sa.Connection, table: str, ids: Sequence[str]) -> dict[str, Seen]:
    found: dict[str, Seen] = {}
    for batch in chunks(ids):
        query = sa.select(_STATE.c.entity_id, _STATE.c.seen_version, _STATE.c.seen_hash).where(
            _STATE.c.entity == table, _STATE.c.entity_id.in_(batch)
        )
        found.update({row[0]: Seen(row[1], row[2]) for row in connection.execute(query)})
    return found


def _edited_here(connection: sa.Connection, table: str, ids: Iterable[str]) -> set[str]:
    """Rows of ``table`` this laptop changed after creating them (not through a package)."""
    edited: set[str] = set()
    for batch in chunks(sorted(ids)):
        query = (
            sa.select(_AUDIT.c.entity_id)
            .where(
                _AUDIT.c.entity == table,
                _AUDIT.c.entity_id.in_(batch),
                _AUDIT.c.action != "create",
                sa.not_(_AUDIT.c.source.startswith(PACKAGE_SOURCE_PREFIX)),
            )
            .distinct()
        )
        edited.update(connection.execute(query).scalars())
    return edited


LOCAL_EDITOR = "本机"  # a row with no author in the audit trail (a base list, the demo)


def local_editors(connection: sa.Connection, plans: Sequence[RowPlan]) -> dict[str, str]:
    """Who last changed the local copy of each conflicting row: its last author in the
    audit trail (its creator if nobody changed it since), else this laptop."""
    ids = [plan.incoming.id for plan in plans if plan.action is Action.CONFLICT]
    editors = last_editors(connection, ids)
    return {row_id: editors.get(row_id) or LOCAL_EDITOR for row_id in ids}
