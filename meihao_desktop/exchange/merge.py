"""The merge rule: what importing one row of a package does to this database.

Rows are matched by id. For a row this database already has, the *exchange state*
(``store.exchange_models.ExchangeState``) says what copy of it came in last time:

* unknown id → add it;
* same content → unchanged;
* the incoming copy is the one seen last time → keep ours (only we changed it);
* ours is unchanged since last time and the incoming version is higher → update;
* both changed since last time (and differ) → **conflict**: the user decides, and both
  copies go to the audit log. A newer edit is never overwritten silently.

A row never exchanged before has no state. Then the audit trail decides whether this
laptop edited it: if not and the incoming version is higher, ours is taken as the
common ancestor (the usual case: a base database copied to every laptop); otherwise
it is a conflict.

A community or campaign paired with ours by its natural key (``natural_keys``) has two
histories: ours, and the other laptop's under its own id. Their versions cannot be
compared, and the laptop's copy is often a bare name and district beside our full
record, so ``classify_paired`` compares fields (``natural_keys.paired_copies``): a field
the laptop left empty never counts and never empties ours; one it fills where ours is
empty is taken (an update); only a field both fill differently is a disagreement.

* everything the laptop filled is what ours has → unchanged (the pairing is remembered);
* the first time (no copy seen under its id): fills only → update; a disagreement →
  **conflict**, where 采用数据包 takes the laptop's filled fields onto ours (never its
  blanks) and 保留本机 keeps ours, its empty fields filled all the same;
* later, the rule above: the laptop's copy seen last time → keep ours; ours still holds
  what the laptop had in every field it fills → update; else fills only → update, a
  disagreement → conflict. Our row keeps its id, creation time and version line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from meihao_desktop.exchange.rows import RowRecord

if TYPE_CHECKING:
    from meihao_desktop.exchange.natural_keys import KeyMatch, PairedCopies


class Action(StrEnum):
    ADD = "add"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    KEEP_LOCAL = "keep_local"  # ours is newer; the incoming copy is older or already seen
    CONFLICT = "conflict"


ACTION_NAMES = {
    Action.ADD: "新增",
    Action.UPDATE: "更新",
    Action.UNCHANGED: "相同",
    Action.KEEP_LOCAL: "本机较新",
    Action.CONFLICT: "冲突",
}


@dataclass(frozen=True)
class Seen:
    """The copy of a row last received through a package."""

    version: int
    content_hash: str


def classify(
    local: RowRecord | None, incoming: RowRecord, seen: Seen | None, edited_here: bool
) -> Action:
    """What to do with ``incoming``; ``edited_here``: the audit trail shows local edits."""
    if local is None:
        return Action.ADD
    if local.content_hash == incoming.content_hash:
        return Action.UNCHANGED
    if seen is not None:
        local_changed = local.content_hash != seen.content_hash
        incoming_changed = incoming.content_hash != seen.content_hash
    else:
        local_changed = edited_here or local.version >= incoming.version
        incoming_changed = True
    if not incoming_changed:
        return Action.KEEP_LOCAL
    if not local_changed:
        return Action.UPDATE if incoming.version > local.version else Action.KEEP_LOCAL
    return Action.CONFLICT


def classify_paired(
    local: RowRecord, incoming: RowRecord, seen: Seen | None, copies: PairedCopies
) -> Action:
    """What to do with ``incoming``, another laptop's copy of our row ``local``;
    ``seen``: the copy last received under that laptop's id (None: paired just now)."""
    if copies.merged.content_hash == local.content_hash:
        return Action.UNCHANGED  # all it says, ours says too
    if seen is not None:
        if incoming.content_hash == seen.content_hash:
            return Action.KEEP_LOCAL
        if copies.agreed_hash == seen.content_hash:
            return Action.UPDATE if incoming.version > seen.version else Action.KEEP_LOCAL
    if copies.filled.content_hash == copies.merged.content_hash:
        return Action.UPDATE  # it only fills what ours left empty
    return Action.CONFLICT


@dataclass(frozen=True)
class RowPlan:
    """One row of a package and what importing it will do."""

    incoming: RowRecord
    action: Action
    local: RowRecord | None
    seen: Seen | None  # for a paired row: the copy last received under the package's id
    match: KeyMatch | None = None  # a community or campaign recognised by its natural key
    copies: PairedCopies | None = None  # a paired row: what each choice writes

    @property
    def taken(self) -> RowRecord:
        """The row 采用数据包 (or an update) writes: for a paired row, ours with the
        package's filled fields on top."""
        return self.incoming if self.copies is None else self.copies.merged

    @property
    def kept(self) -> RowRecord | None:
        """The row 保留本机 leaves: for a paired row, ours with its empty fields filled."""
        return self.local if self.copies is None else self.copies.filled

    @property
    def paired(self) -> bool:
        """The package's row is our row under another laptop's id."""
        return self.match is not None and self.match.local_id is not None

    @property
    def key(self) -> str:
        return row_key(self.incoming.table, self.incoming.id)

    @property
    def state_is_current(self) -> bool:
        """The exchange state already records the incoming copy."""
        return self.seen is not None and self.seen.content_hash == self.incoming.content_hash


def row_key(table: str, row_id: str) -> str:
    """How a conflict is named in ``resolutions``: ``"finding:<id>"``."""
    return f"{table}:{row_id}"
