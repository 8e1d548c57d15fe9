"""Column types and small helpers shared by the store's tables.

Scores are money-like (87.125 must stay 87.125), so they are kept as ``Decimal`` and
stored as TEXT, never as a float. Timestamps are kept timezone-aware in UTC because
records from several laptops are merged later and must compare correctly.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import types
from sqlalchemy.engine import Dialect


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


def new_id() -> str:
    """A new random primary key; UUIDs let laptops create rows without coordinating."""
    return str(uuid.uuid4())


class DecimalText(types.TypeDecorator[Decimal]):
    """A ``Decimal`` stored exactly as TEXT in plain notation ("87.125", "90.50").

    SQLite has no exact numeric type: NUMERIC columns turn "87.125" into a float. The
    price is that SQL compares these columns as text; cast in SQL
    (``CAST(points AS REAL)``) or compare in Python.
    """

    impl = types.Text
    cache_ok = True

    def __repr__(self) -> str:
        # Alembic renders types with repr(); keep it importable in migrations.
        return "DecimalText()"

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        # bool is an int; a float is already inexact: both are caller mistakes.
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise TypeError(f"DecimalText expects Decimal or int, got {type(value).__name__}")
        number = Decimal(value)
        if not number.is_finite():
            raise ValueError(f"DecimalText cannot store {number}")
        return format(number, "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(str(value))


class UTCDateTime(types.TypeDecorator[datetime]):
    """An aware datetime stored as UTC; naive datetimes are rejected.

    SQLite keeps no offset, so values are converted to UTC before storing and marked
    UTC again when read.
    """

    impl = types.DateTime
    cache_ok = True

    def __repr__(self) -> str:
        return "UTCDateTime()"

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"UTCDateTime expects datetime, got {type(value).__name__}")
        if value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} rejected: give a timezone")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)
