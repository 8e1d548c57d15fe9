"""What this laptop last received of each row through an exchange package.

Merging a package needs to know, for every row, whether the local copy changed since the
two sides last exchanged it: a row changed on one side only can be taken over, a row
changed on both sides is a conflict the user must decide. ``ExchangeState`` keeps, per
row, the version and content hash of the copy last imported (or kept on purpose in a
conflict). It is local bookkeeping: it never travels in a package.

No ``from __future__ import annotations`` here, for the same reason as in ``models``.
"""

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from meihao_desktop.store.models import TableBase


class ExchangeState(TableBase, table=True):
    """The last exchanged copy of one row of another table."""

    __tablename__ = "exchange_state"
    __table_args__ = (UniqueConstraint("entity", "entity_id"),)

    entity: str  # table name, as in AuditEntry.entity
    entity_id: str
    seen_version: int  # the row's version in the package it came in
    seen_hash: str = Field(max_length=64)  # sha256 of the row's content (see exchange.rows)
    package: str = ""  # file name of that package
