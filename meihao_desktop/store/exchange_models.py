"""What this laptop knows of the rows other laptops send it through exchange packages.

Merging a package needs to know, for every row, whether the local copy changed since the
two sides last exchanged it: a row changed on one side only can be taken over, a row
changed on both sides is a conflict the user must decide. ``ExchangeState`` keeps, per
row, the version and content hash of the copy last imported (or kept on purpose in a
conflict).

``ExchangeAlias`` remembers a community or campaign that another laptop created on its
own and that an import recognised as one of ours by its natural key (see
``exchange.natural_keys``): that laptop keeps its own id for ever, so every later
package from it must map the same way. The alias also keeps the copy last received
under that id, as ``ExchangeState`` does for ids the two sides share.

Both are local bookkeeping: they never travel in a package.

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


class ExchangeAlias(TableBase, table=True):
    """Another laptop's id for a row of ours, and the copy last received under it."""

    __tablename__ = "exchange_alias"
    __table_args__ = (UniqueConstraint("entity", "foreign_id"),)

    entity: str  # table name: "community" or "campaign"
    foreign_id: str  # the id the other laptop gave the row; its packages carry it
    local_id: str = Field(index=True)  # our row it is the same record as
    seen_version: int  # the version of the copy last received under foreign_id
    seen_hash: str = Field(max_length=64)  # and its content hash (see exchange.rows)
    package: str = ""  # file name of the package that copy came in
