"""Combining several inspectors' totals for one community.

Expert panels drop the highest and the lowest score (去掉一个最高分和一个最低分) when
there are enough scorers; with fewer, the plain mean is used. The spread is always
reported so that the bureau sees when inspectors disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum


class AggregateMethod(StrEnum):
    MEAN = "mean"
    TRIMMED_MEAN = "trimmed_mean"


@dataclass(frozen=True)
class Aggregate:
    count: int
    value: Decimal
    method: AggregateMethod
    minimum: Decimal
    maximum: Decimal
    mean: Decimal

    @property
    def spread(self) -> Decimal:
        return self.maximum - self.minimum


def aggregate(totals: Sequence[Decimal], *, trim_min_scorers: int) -> Aggregate | None:
    """Aggregate totals; ``None`` when nobody has scored yet."""
    if not totals:
        return None
    ordered = sorted(totals)
    mean = sum(ordered, Decimal(0)) / len(ordered)
    if len(ordered) >= trim_min_scorers >= 3:
        kept = ordered[1:-1]
        value = sum(kept, Decimal(0)) / len(kept)
        method = AggregateMethod.TRIMMED_MEAN
    else:
        value, method = mean, AggregateMethod.MEAN
    return Aggregate(len(ordered), value, method, ordered[0], ordered[-1], mean)
