"""Writing a merge plan to the database: Core inserts and updates in the caller's
transaction, the audit trail, and the exchange state of every row.

Rows are written in foreign-key order with ``executemany``; the ORM is not involved,
so nothing bumps versions behind our back: a row taken from a package keeps the
version and ``updated_at`` it had there.

A community or campaign paired with ours by its natural key is the exception: its
history is the other laptop's, not ours, so taking its content keeps our row's id and
creation time and moves our version on by one, and what is taken is only what the
laptop filled in (``RowPlan.taken``): its empty fields never blank ours. Our empty
fields it fills are taken whichever side a conflict keeps ("update" in the audit trail;
the disagreeing fields are "conflict:…"). What came in under the other laptop's id is
kept in its ``ExchangeAlias`` (not in ``ExchangeState``, which follows our id), and a
new pairing is written to the audit trail ("match": the package's id → ours).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from meihao_desktop.exchange.merge import Action, RowPlan
from meihao_desktop.exchange.natural_keys import MatchKind
from meihao_desktop.exchange.rows import BY_NAME, META, TABLES, RowRecord, display
from meihao_desktop.services.audit import Actor
from meihao_desktop.store.exchange_models import ExchangeAlias, ExchangeState
from meihao_desktop.store.models import AuditEntry
from meihao_desktop.store.types import new_id, utcnow

Choice = Literal["local", "incoming"]
_STATE: sa.Table = ExchangeState.__table__  # type: ignore[attr-defined]
_AUDIT: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
_ALIAS: sa.Table = ExchangeAlias.__table__  # type: ignore[attr-defined]


@dataclass
class WriteCounts:
    added: int = 0
    updated: int = 0
    took_incoming: int = 0  # conflicts resolved with the package's copy
    kept_local: int = 0  # conflicts resolved with this laptop's copy
    paired: int = 0  # communities and campaigns paired with ours for the first time
    audit_entries: int = 0
    states: int = 0
    by_table: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class WriteContext:
    actor: Actor  # name of who imports; its source is "package:<file name>"
    titles: Mapping[str, str]  # row id → short name, for the audit trail
    incoming_by: str  # who exported the package
    local_by: Mapping[str, str] = field(default_factory=dict)  # row id → last local editor


def write_plans(
    connection: sa.Connection,
    plans: Sequence[RowPlan],
    resolutions: Mapping[str, Choice],
    context: WriteContext,
) -> WriteCounts:
    counts = WriteCounts()
    audit: list[dict[str, Any]] = []
    states: list[RowRecord] = []
    aliases: list[RowPlan] = []
    by_table: dict[str, list[RowPlan]] = {spec.name: [] for spec in TABLES}
    for plan in plans:
        by_table[plan.incoming.table].append(plan)
    for spec in TABLES:  # parents before children
        inserts, updates = [], []
        for plan in by_table[spec.name]:
            choice = resolutions.get(plan.key)
            rows, entries = _row_writes(plan, choice, context)
            inserts += rows if plan.action is Action.ADD else []
            updates += rows if plan.action is not Action.ADD else []
            audit += entries
            _count(counts, plan, choice)
            if not plan.state_is_current and plan.action is not Action.KEEP_LOCAL:
                if plan.paired:
                    aliases.append(plan)
                else:
                    states.append(plan.incoming)
        _insert(connection, spec.table, inserts)
        _update(connection, spec.table, updates)
    package = context.actor.source.removeprefix("package:")
    _write_states(connection, states, package)
    _write_aliases(connection, aliases, package)
    if audit:
        audit.append(_summary_entry(context, counts))
    _insert(connection, _AUDIT, [_audit_row(context.actor, entry) for entry in audit])
    counts.audit_entries, counts.states = len(audit), len(states) + len(aliases)
    return counts


def _row_writes(
    plan: RowPlan, choice: Choice | None, context: WriteContext
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The row to insert or update (if any) and its audit entries."""
    incoming, local = plan.incoming, plan.local
    title = context.titles.get(incoming.id, "")
    paired = _pairing_entries(plan)
    if plan.action is Action.ADD:
        return [dict(incoming.values)], [_entry(incoming, "create", "", None, title)]
    if plan.action is Action.UPDATE:
        assert local is not None
        return [_written(plan, plan.taken)], paired + _field_entries(local, plan.taken, "update")
    if plan.action is Action.CONFLICT:
        assert choice is not None
        kept, taken = plan.kept, plan.taken
        assert local is not None
        assert kept is not None
        entries = paired + _field_entries(local, kept, "update")  # ours' blanks filled
        entries += _field_entries(kept, taken, f"conflict:{choice}")
        entries.append(_versions_entry(local, incoming, choice, context))
        written = taken if choice == "incoming" else kept
        changed = written.content_hash != local.content_hash
        return ([_written(plan, written)] if changed else []), entries
    return [], paired


def _written(plan: RowPlan, row: RowRecord) -> dict[str, Any]:
    """The values to write when the package's copy (or ours, filled) is taken."""
    values = dict(row.values)
    if plan.paired:  # the content only: id, creation and version stay ours
        assert plan.local is not None
        local = plan.local.values
        values.update(
            created_at=local["created_at"], updated_at=utcnow(), version=plan.local.version + 1
        )
    return values


def _pairing_entries(plan: RowPlan) -> list[dict[str, Any]]:
    """A new pairing in the audit trail: which id of the package became which of ours."""
    match = plan.match
    if match is None or match.kind is not MatchKind.MERGED:
        return []
    return [_entry(plan.incoming, "match", "id", match.incoming_id, match.local_id)]


def _field_entries(local: RowRecord, incoming: RowRecord, action: str) -> list[dict[str, Any]]:
    spec = BY_NAME[incoming.table]
    return [
        _entry(
            local,
            action,
            column.name,
            display(column.kind, local.values[column.name]),
            display(column.kind, incoming.values[column.name]),
        )
        for column in spec.columns
        if column.name not in META and local.values[column.name] != incoming.values[column.name]
    ]


def _versions_entry(
    local: RowRecord, incoming: RowRecord, choice: Choice, context: WriteContext
) -> dict[str, Any]:
    """Who changed each side and when: the audit keeps both copies' provenance."""
    kept = "保留本机" if choice == "local" else "采用包中"
    local_by = context.local_by.get(local.id, "")
    incoming_by = incoming.edited_by or context.incoming_by
    return _entry(
        incoming,
        f"conflict:{choice}",
        "version",
        f"本机 v{local.version} {local.updated_at.isoformat()} {local_by}".strip(),
        f"包中 v{incoming.version} {incoming.updated_at.isoformat()} {incoming_by}（{kept}）",
    )


def _entry(
    row: RowRecord, action: str, name: str, old: str | None, new: str | None
) -> dict[str, Any]:
    return {
        "action": action,
        "entity": row.table,
        "entity_id": row.id,
        "field": name,
        "old": old,
        "new": new,
    }


def _summary_entry(context: WriteContext, counts: WriteCounts) -> dict[str, Any]:
    summary = (
        f"新增 {counts.added}，更新 {counts.updated}，冲突采用包中 {counts.took_incoming}，"
        f"冲突保留本机 {counts.kept_local}（导出人 {context.incoming_by}）"
    )
    if counts.paired:
        summary += f"；与本机同名小区或评选活动合并 {counts.paired}"
    file_name = context.actor.source.removeprefix("package:")
    return {
        "action": "import",
        "entity": "package",
        "entity_id": file_name,
        "field": "",
        "old": None,
        "new": summary,
    }


def _audit_row(actor: Actor, entry: dict[str, Any]) -> dict[str, Any]:
    now = utcnow()
    return {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "at": now,
        "actor": actor.name,
        "source": actor.source,
        **entry,
    }


def _count(counts: WriteCounts, plan: RowPlan, choice: Choice | None) -> None:
    table = counts.by_table.setdefault(plan.incoming.table, {})
    name = str(plan.action) if plan.action is not Action.CONFLICT else f"conflict_{choice}"
    table[name] = table.get(name, 0) + 1
    if plan.action is Action.ADD:
        counts.added += 1
    elif plan.action is Action.UPDATE:
        counts.updated += 1
    elif plan.action is Action.CONFLICT and choice == "incoming":
        counts.took_incoming += 1
    elif plan.action is Action.CONFLICT:
        counts.kept_local += 1
    if plan.match is not None and plan.match.kind is MatchKind.MERGED:
        counts.paired += 1


def _insert(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if rows:
        connection.execute(sa.insert(table), rows)


def _update(connection: sa.Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    # Bind names must differ from column names in an executemany UPDATE.
    names = [c.name for c in table.columns if c.name != "id"]
    statement = (
        sa.update(table)
        .where(table.c.id == sa.bindparam("b_id"))
        .values({name: sa.bindparam(f"b_{name}") for name in names})
    )
    connection.execute(statement, [{f"b_{k}": v for k, v in row.items()} for row in rows])


def _write_states(connection: sa.Connection, rows: list[RowRecord], package: str) -> None:
    values = [{"entity": row.table, "entity_id": row.id, **_seen(row, package)} for row in rows]
    _upsert_seen(connection, _STATE, ["entity", "entity_id"], values)


def _write_aliases(connection: sa.Connection, plans: list[RowPlan], package: str) -> None:
    """Remember each pairing and the copy received under the package's id."""
    values = []
    for plan in plans:
        assert plan.match is not None
        values.append(
            {
                "entity": plan.incoming.table,
                "foreign_id": plan.match.incoming_id,
                "local_id": plan.incoming.id,
                **_seen(plan.incoming, package),
            }
        )
    # local_id too: a pairing made again after our row was replaced points at the new one.
    _upsert_seen(connection, _ALIAS, ["entity", "foreign_id"], values, "local_id")


def _seen(row: RowRecord, package: str) -> dict[str, Any]:
    now = utcnow()
    return {
        "id": new_id(),
        "created_at": now,
        "updated_at": now,
        "version": 1,
        "seen_version": row.version,
        "seen_hash": row.content_hash,
        "package": package,
    }


def _upsert_seen(
    connection: sa.Connection,
    table: sa.Table,
    key: list[str],
    values: list[dict[str, Any]],
    *also: str,
) -> None:
    """Insert, or update the seen copy of the row with the same ``key``."""
    if not values:
        return
    statement = sqlite_insert(table)
    changed = ("seen_version", "seen_hash", "package", "updated_at", *also)
    statement = statement.on_conflict_do_update(
        index_elements=key,
        set_={
            **{name: statement.excluded[name] for name in changed},
            "version": table.c.version + 1,
        },
    )
    connection.execute(statement, values)
