"""Decimal helpers: exact arithmetic inside, half-up rounding only for display and export."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
ZERO = Decimal(0)
HUNDRED = Decimal(100)


def shown(value: Decimal) -> Decimal:
    """Round half-up to 2 decimals, as printed on forms and exports."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def shown_str(value: Decimal | None) -> str | None:
    return None if value is None else str(shown(value))
