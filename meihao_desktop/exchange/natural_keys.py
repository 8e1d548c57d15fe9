"""Recognising a community or campaign that another laptop created on its own.

Laptops often build their community list themselves (the same 申报 spreadsheet, or by
hand), and the first inspection creates the campaign when there is none: the same 小区
then has a different id on every laptop, and an import by id alone would add a second
「阳光花园」 whose scores the compile counts apart. So for a community or campaign whose id
is unknown here, the import looks for its *natural key*:

* community: name and district;
* campaign: name, year and standard, and the district when both sides have one;

compared after removing every space (half- or full-width), exactly otherwise. When
exactly one row here has that key, and no other row of the package does, the package's
id stands for our row in the whole package: ``translate`` rewrites the row and every
reference to it (inspections, rectifications, recommendations, entered scores) before
the merge rule sees them. ``ExchangeAlias`` remembers the pairing, so the next package
from that laptop (which keeps its own id for ever) maps the same way. Two or more
candidates: no pairing, the row comes in as a new one, and the preview warns.

A paired row's fields are compared by ``paired_copies``: a field the package left empty
(None, or text of spaces only) says nothing and never empties ours, and text compares
without spaces like the key. What the package fills where ours is empty is taken; only
a field both fill differently is a disagreement (see ``merge.classify_paired``).

The package's own rows are enough to find every id to map: ``content`` refuses a
package whose references point outside it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from meihao_desktop.exchange.collect import chunks
from meihao_desktop.exchange.merge import Seen
from meihao_desktop.exchange.rows import (
    BY_NAME,
    META,
    TABLES,
    ColumnSpec,
    Kind,
    RowRecord,
    content_hash,
)
from meihao_desktop.store.exchange_models import ExchangeAlias

_ALIAS: sa.Table = ExchangeAlias.__table__  # type: ignore[attr-defined]
MATCHED_TABLES = ("community", "campaign")
Rows = Mapping[str, tuple[RowRecord, ...]]


class MatchKind(StrEnum):
    MERGED = "merged"  # paired now with the one row here that has its natural key
    REMEMBERED = "remembered"  # paired by an earlier package from that laptop
    AMBIGUOUS = "ambiguous"  # several rows share its key: not paired, comes in as new


@dataclass(frozen=True)
class KeyMatch:
    """A community or campaign of a package whose id is unknown here, and what the
    import makes of it."""

    table: str
    kind: MatchKind
    incoming_id: str  # its id in the package
    local_id: str | None  # our row it is taken as; None when ambiguous
    name: str
    district: str
    year: int | None  # campaigns only
    local_name: str = ""  # our row's name and district (they may differ in spaces)
    local_district: str = ""
    here: int = 0  # ambiguous: rows here with the same key
    in_package: int = 0  # ambiguous: rows of the package with the same key

    @property
    def merged(self) -> bool:
        return self.local_id is not None

    @property
    def label(self) -> str:
        return BY_NAME[self.table].label

    @property
    def described(self) -> str:
        """「阳光花园」（海州区） or 「2024年美好家园」（2024 年，海州区）."""
        details = [f"{self.year} 年"] if self.year is not None else []
        details += [self.district] if self.district else []
        return f"「{self.name}」" + (f"（{'，'.join(details)}）" if details else "")

    @property
    def message(self) -> str:
        """What the preview tells the user, in Chinese."""
        label, described = self.label, self.described
        if self.kind is MatchKind.MERGED:
            return f"包中的{label}{described}与本机已有的同名{label}合并为同一{label}"
        if self.kind is MatchKind.REMEMBERED:
            return f"包中的{label}{described}按以前的合并记录并入本机的同名{label}"
        if self.in_package > 1:
            return (
                f"包中有 {self.in_package} 条{label}{described}，无法确定哪一条是本机的同名"
                f"{label}，没有合并，将作为另外的{label}导入"
            )
        return (
            f"包中的{label}{described}在本机有 {self.here} 个同名{label}，无法确定是哪一个，"
            f"没有合并，将作为另一个{label}导入"
        )


@dataclass(frozen=True)
class Pairing:
    """What ``pair_rows`` found: the ids to rewrite and, by the id a row will have after
    ``translate``, its match and the copy last received under the package's id."""

    ids: Mapping[str, Mapping[str, str]]  # table → package id → our id
    matches: Mapping[tuple[str, str], KeyMatch] = field(default_factory=dict)
    seen: Mapping[tuple[str, str], Seen] = field(default_factory=dict)


@dataclass(frozen=True)
class _Alias:
    local_id: str
    seen: Seen


def normalised(text: object) -> str:
    """A name or district without any space: "阳光　花园 " is "阳光花园"."""
    return "".join(str(text).split())


@dataclass(frozen=True)
class PairedCopies:
    """What a package's copy of a paired row amounts to, next to ours."""

    merged: RowRecord  # ours with every field the package fills taken from it
    filled: RowRecord  # ours with only its empty fields filled from the package
    agreed_hash: str  # content hash of the package's copy as ours holds its fields


def paired_copies(local: RowRecord, incoming: RowRecord) -> PairedCopies:
    """Compare the package's copy of a paired row with ours, field by field.

    ``agreed_hash`` equals the hash of what came in under the package's id last time
    when ours still holds, in every field the package fills, what it had then: ours did
    not change what the laptop wrote, so the laptop's later edits can be taken.
    """
    spec = BY_NAME[local.table]
    merged, filled, agreed = dict(local.values), dict(local.values), dict(incoming.values)
    for column in spec.columns:
        name = column.name
        if name in META:
            continue
        ours, theirs = local.values[name], incoming.values[name]
        if _empty(column, theirs):
            continue
        if _empty(column, ours):
            merged[name] = filled[name] = theirs
            agreed[name] = None if ours is None else ""  # as the laptop had it, unfilled
        elif not _equal(column, ours, theirs):
            merged[name] = theirs
            agreed[name] = ours
    return PairedCopies(_record(local, merged), _record(local, filled), content_hash(spec, agreed))


def _empty(column: ColumnSpec, value: object) -> bool:
    """Nothing said: None, or text of spaces only (False and 0 are facts)."""
    return value is None or (column.kind is Kind.TEXT and not normalised(value))


def _equal(column: ColumnSpec, one: object, other: object) -> bool:
    if column.kind is Kind.TEXT:
        return normalised(one) == normalised(other)
    return one == other


def _record(local: RowRecord, values: dict[str, Any]) -> RowRecord:
    if values == local.values:
        return local
    return replace(local, values=values, content_hash=content_hash(BY_NAME[local.table], values))


def _base_key(table: str, values: Mapping[str, Any]) -> tuple[object, ...]:
    if table == "community":
        return (normalised(values["name"]), normalised(values["district"]))
    return (normalised(values["name"]), values["year"], values["standard_id"])


def _same(table: str, one: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Same natural key; a campaign's district counts only when both sides have one."""
    if _base_key(table, one) != _base_key(table, other):
        return False
    if table == "community":
        return True
    districts = normalised(one["district"]), normalised(other["district"])
    return not all(districts) or districts[0] == districts[1]


def pair_rows(connection: sa.Connection, rows: Rows) -> Pairing:
    """Pair the package's unknown communities and campaigns with ours (reads only)."""
    ids: dict[str, dict[str, str]] = {}
    matches: dict[tuple[str, str], KeyMatch] = {}
    seen: dict[tuple[str, str], Seen] = {}
    for table in MATCHED_TABLES:
        ids[table] = {}
        for match, alias in _pair_table(connection, table, rows[table]):
            final = match.local_id or match.incoming_id
            matches[(table, final)] = match
            if match.local_id is not None:
                ids[table][match.incoming_id] = match.local_id
            if match.local_id is not None and alias is not None:
                seen[(table, final)] = alias.seen
    return Pairing(ids, matches, seen)


def _pair_table(
    connection: sa.Connection, table: str, incoming: tuple[RowRecord, ...]
) -> list[tuple[KeyMatch, _Alias | None]]:
    known = _existing(connection, table, [row.id for row in incoming])
    unknown = sorted((row for row in incoming if row.id not in known), key=lambda r: r.id)
    if not unknown:
        return []
    ours = _Ours.load(connection, table)
    aliases = _aliases(connection, table, [row.id for row in unknown])
    found: list[tuple[KeyMatch, _Alias | None]] = []
    for row in unknown:
        alias = aliases.get(row.id)
        if alias is not None and alias.local_id in ours.rows:
            found.append((_match(row, MatchKind.REMEMBERED, ours.rows[alias.local_id]), alias))
            continue
        # Never paired, or our row has gone since: look for its key again.
        match = _by_key(row, ours, incoming)
        if match is not None:
            found.append((match, None))
    return _without_collisions(found, known)


def _by_key(row: RowRecord, ours: _Ours, incoming: tuple[RowRecord, ...]) -> KeyMatch | None:
    here = ours.with_key(row)
    if not here:
        return None  # a community or campaign new to this database
    in_package = sum(1 for other in incoming if _same(row.table, row.values, other.values))
    if len(here) == 1 and in_package == 1:
        return _match(row, MatchKind.MERGED, here[0])
    return replace(_match(row, MatchKind.AMBIGUOUS), here=len(here), in_package=in_package)


def _without_collisions(
    found: list[tuple[KeyMatch, _Alias | None]], known: Iterable[str]
) -> list[tuple[KeyMatch, _Alias | None]]:
    """Two rows of one package must not become one row here: such pairings are
    dropped (as ambiguous) and the rows come in as they are."""
    targets = Counter([m.local_id for m, _alias in found if m.local_id is not None])
    targets.update(known)
    kept: list[tuple[KeyMatch, _Alias | None]] = []
    for match, alias in found:
        if match.local_id is not None and targets[match.local_id] > 1:
            ambiguous = replace(
                match,
                kind=MatchKind.AMBIGUOUS,
                local_id=None,
                here=1,
                in_package=targets[match.local_id],
            )
            kept.append((ambiguous, None))
        else:
            kept.append((match, alias))
    return kept


def _match(row: RowRecord, kind: MatchKind, ours: Mapping[str, Any] | None = None) -> KeyMatch:
    values = row.values
    return KeyMatch(
        table=row.table,
        kind=kind,
        incoming_id=row.id,
        local_id=None if ours is None else str(ours["id"]),
        name=str(values["name"]),
        district=str(values["district"]),
        year=int(values["year"]) if row.table == "campaign" else None,
        local_name="" if ours is None else str(ours["name"]),
        local_district="" if ours is None else str(ours["district"]),
    )


@dataclass(frozen=True)
class _Ours:
    """Our communities (or campaigns), by id and by natural key."""

    table: str
    rows: Mapping[str, Mapping[str, Any]]
    by_key: Mapping[tuple[object, ...], list[Mapping[str, Any]]]

    @classmethod
    def load(cls, connection: sa.Connection, table: str) -> _Ours:
        # Every one of them: a city has a few thousand communities at most, and the
        # spaces to ignore rule out a lookup in SQL.
        spec = BY_NAME[table]
        wanted = ["id", "name", "district"] + (
            ["year", "standard_id"] if table == "campaign" else []
        )
        query = sa.select(*(spec.table.c[name] for name in wanted))
        rows = {str(row.id): dict(row._mapping) for row in connection.execute(query)}
        by_key: dict[tuple[object, ...], list[Mapping[str, Any]]] = defaultdict(list)
        for values in rows.values():
            by_key[_base_key(table, values)].append(values)
        return cls(table, rows, by_key)

    def with_key(self, row: RowRecord) -> list[Mapping[str, Any]]:
        candidates = self.by_key.get(_base_key(self.table, row.values), [])
        return [values for values in candidates if _same(self.table, row.values, values)]


def _existing(connection: sa.Connection, table: str, ids: Iterable[str]) -> set[str]:
    column = BY_NAME[table].table.c.id
    found: set[str] = set()
    for batch in chunks(sorted(set(ids))):
        found.update(connection.execute(sa.select(column).where(column.in_(batch))).scalars())
    return found


def _aliases(connection: sa.Connection, table: str, ids: Iterable[str]) -> dict[str, _Alias]:
    found: dict[str, _Alias] = {}
    columns = (_ALIAS.c.foreign_id, _ALIAS.c.local_id, _ALIAS.c.seen_version, _ALIAS.c.seen_hash)
    for batch in chunks(sorted(set(ids))):
        query = sa.select(*columns).where(_ALIAS.c.entity == table, _ALIAS.c.foreign_id.in_(batch))
        for foreign_id, local_id, version, digest in connection.execute(query):
            found[foreign_id] = _Alias(local_id, Seen(version, digest))
    return found


def translate(rows: Rows, ids: Mapping[str, Mapping[str, str]]) -> dict[str, tuple[RowRecord, ...]]:
    """The package's rows with the paired ids replaced by ours, in the rows themselves
    and in every reference to them; content hashes made again."""
    if not any(ids.values()):
        return dict(rows)
    translated: dict[str, tuple[RowRecord, ...]] = {}
    for spec in TABLES:
        own = ids.get(spec.name, {})
        references = [(column, ids.get(target, {})) for column, target in spec.references]
        table_rows = []
        for row in rows[spec.name]:
            values = dict(row.values)
            values["id"] = own.get(row.id, row.id)
            for column, mapped in references:
                if values[column] in mapped:
                    values[column] = mapped[values[column]]
            if values != row.values:
                row = replace(row, values=values, content_hash=content_hash(spec, values))
            table_rows.append(row)
        translated[spec.name] = tuple(table_rows)
    return translated
