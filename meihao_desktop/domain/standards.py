"""Immutable definitions of an evaluation standard (评分标准).

A standard has principle requirements (原则要求, pass/fail gates), weighted sections of
scored items, eligibility prerequisites checked against the community's facts, and —
for composite standards such as the 2019 文明示范小区 — components whose scores the
bureau enters (survey, public vote) beside the on-site checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class ScaleKind(StrEnum):
    POINTS = "points"  # a number from 0 to the item's maximum, in steps
    LEVELS = "levels"  # named levels (好/较好/一般/差), each worth a fraction of the maximum


@dataclass(frozen=True)
class Level:
    label: str
    fraction: Decimal


@dataclass(frozen=True)
class Scale:
    id: str
    title: str
    kind: ScaleKind
    step: Decimal = Decimal("0.5")
    levels: tuple[Level, ...] = ()

    def level(self, label: str) -> Level | None:
        return next((lv for lv in self.levels if lv.label == label), None)


@dataclass(frozen=True)
class Item:
    code: str
    text: str
    max_points: Decimal
    scale: Scale
    na_allowed: bool = True
    guidance: str = ""


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    weight: Decimal
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Requirement:
    """A principle requirement: failing one makes a community ineligible whatever its score."""

    code: str
    text: str


class EligibilityOp(StrEnum):
    MIN = "min"  # numeric fact ≥ value
    TRUE = "true"  # boolean fact must be true
    IN = "in"  # fact must be one of the listed values


@dataclass(frozen=True)
class EligibilityRule:
    code: str
    text: str
    field: str
    op: EligibilityOp
    value: Decimal | tuple[str, ...] | None
    source: str = ""


class ComponentSource(StrEnum):
    CHECKLIST = "checklist"  # the on-site checklist total of this standard
    ENTERED = "entered"  # a 0–100 score the bureau types in (survey, public vote)


@dataclass(frozen=True)
class Component:
    code: str
    title: str
    weight: Decimal
    source: ComponentSource


@dataclass(frozen=True)
class AggregationRule:
    """How several inspectors' totals for one community combine.

    With at least ``trim_min_scorers`` scorers, the highest and the lowest are dropped
    (去掉一个最高分和一个最低分); with fewer, the plain mean is used.
    """

    trim_min_scorers: int = 5


@dataclass(frozen=True)
class Standard:
    id: str
    version: str
    title: str
    source: str
    requirements: tuple[Requirement, ...]
    sections: tuple[Section, ...]
    eligibility: tuple[EligibilityRule, ...] = ()
    components: tuple[Component, ...] = ()
    aggregation: AggregationRule = field(default_factory=AggregationRule)
    scales: tuple[Scale, ...] = ()
    notes: str = ""

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for section in self.sections for item in section.items)

    def item(self, code: str) -> Item | None:
        return next((it for it in self.items if it.code == code), None)

    def section_of(self, item_code: str) -> Section | None:
        return next((s for s in self.sections if any(it.code == item_code for it in s.items)), None)

    def requirement(self, code: str) -> Requirement | None:
        return next((r for r in self.requirements if r.code == code), None)

    @property
    def is_composite(self) -> bool:
        return any(c.source is ComponentSource.ENTERED for c in self.components)
