"""The scoring engine: one inspection's findings against a standard → section scores and total.

Rules (the notice gives section weights only; the standard file states the rest):

* section score = weight × earned ÷ possible, over the section's applicable items;
  an item marked 不适用 (N/A) leaves both earned and possible;
* an item not yet scored counts as 0 of its maximum, so a half-finished inspection never
  looks better than it is; completeness says how far the inspector got;
* a section whose items are all N/A is itself N/A: it has no score, and its weight is
  shared out over the other sections in proportion to their weights, so the total is
  still on 0–100 (total = 100 × Σ section scores ÷ Σ weights of applicable sections);
* a failed principle requirement (原则要求) marks the result 不符合原则要求 whatever the
  points; failed or unknown eligibility prerequisites are listed with their rule.

Everything is exact ``Decimal``; rounding (half-up, 2 places) happens only for display.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from meihao_desktop.domain.eligibility import RuleResult, RuleStatus, check_eligibility
from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.numbers import HUNDRED, ZERO
from meihao_desktop.domain.standards import (
    Component,
    ComponentSource,
    Item,
    Requirement,
    ScaleKind,
    Section,
    Standard,
)


@dataclass(frozen=True)
class ItemScore:
    """One finding's score: points earned, or N/A. ``points=None`` and not N/A = unscored."""

    item_code: str
    points: Decimal | None = None
    na: bool = False


def parse_points(item: Item, raw: str | Decimal) -> Decimal:
    """Turn what a user typed into validated points for ``item``, or raise a clear error."""
    try:
        points = Decimal(str(raw).strip())
    except InvalidOperation:
        raise InvalidValueError(f"分值 {raw!r} 不是数字", where=f"评分项 {item.code}") from None
    check_points(item, points)
    return points


def check_points(item: Item, points: Decimal) -> None:
    where = f"评分项 {item.code}"
    if not points.is_finite() or points < 0 or points > item.max_points:
        raise InvalidValueError(f"分值 {points} 超出范围（0–{item.max_points}）", where=where)
    if item.scale.kind is ScaleKind.POINTS and points % item.scale.step != 0:
        raise InvalidValueError(f"分值 {points} 须为 {item.scale.step} 的整数倍", where=where)
    if item.scale.kind is ScaleKind.LEVELS and points not in level_points(item).values():
        raise InvalidValueError(f"分值 {points} 不对应任何等级", where=where)


def level_points(item: Item) -> dict[str, Decimal]:
    """Points each named level is worth for ``item`` (empty for a points scale)."""
    return {lv.label: lv.fraction * item.max_points for lv in item.scale.levels}


@dataclass(frozen=True)
class SectionResult:
    section: Section
    earned: Decimal
    possible: Decimal
    scored: int  # items scored or marked N/A
    na: bool  # every item N/A: no score, weight redistributed
    score: Decimal | None  # on the section's own weight, e.g. 17.5 of 20
    effective_weight: Decimal  # the weight after redistribution (0 when N/A)

    @property
    def contribution(self) -> Decimal:
        """This section's share of the 0–100 total."""
        if self.score is None or self.section.weight == 0:
            return ZERO
        return self.score * self.effective_weight / self.section.weight


@dataclass(frozen=True)
class ScoreResult:
    standard: Standard
    sections: tuple[SectionResult, ...]
    total: Decimal | None  # None only when every section is N/A
    failed_requirements: tuple[Requirement, ...]
    unchecked_requirements: tuple[Requirement, ...]
    eligibility: tuple[RuleResult, ...]
    items_done: int
    items_required: int

    @property
    def gates_passed(self) -> bool | None:
        """False if a principle requirement failed, None while some are unchecked."""
        if self.failed_requirements:
            return False
        return None if self.unchecked_requirements else True

    @property
    def failed_eligibility(self) -> tuple[RuleResult, ...]:
        return tuple(r for r in self.eligibility if r.status is not RuleStatus.MET)

    @property
    def eligible(self) -> bool:
        return not self.failed_eligibility

    @property
    def completeness(self) -> str:
        return f"{self.items_done}/{self.items_required}"

    @property
    def verdict(self) -> str:
        if self.gates_passed is False:
            return "不符合原则要求"
        if not self.eligible:
            return "不符合申报条件"
        if self.items_done < self.items_required or self.gates_passed is None:
            return "评分未完成"
        return "符合要求"


def _index_findings(standard: Standard, findings: Iterable[ItemScore]) -> dict[str, ItemScore]:
    by_code: dict[str, ItemScore] = {}
    for finding in findings:
        item = standard.item(finding.item_code)
        if item is None:
            raise InvalidValueError(
                f"评分项 {finding.item_code} 不属于标准 {standard.id}", where="评分记录"
            )
        if finding.item_code in by_code:
            raise InvalidValueError(f"评分项 {finding.item_code} 重复出现", where="评分记录")
        if finding.points is not None and not finding.na:
            check_points(item, finding.points)
        by_code[finding.item_code] = finding
    return by_code


def _score_section(section: Section, by_code: Mapping[str, ItemScore]) -> SectionResult:
    earned = possible = ZERO
    scored = applicable = 0
    for item in section.items:
        finding = by_code.get(item.code)
        if finding is not None and finding.na:
            scored += 1
            continue
        applicable += 1
        possible += item.max_points
        if finding is not None and finding.points is not None:
            scored += 1
            earned += finding.points
    if applicable == 0:
        return SectionResult(section, ZERO, ZERO, scored, True, None, ZERO)
    score = section.weight * earned / possible
    return SectionResult(section, earned, possible, scored, False, score, section.weight)


def score_inspection(
    standard: Standard,
    findings: Iterable[ItemScore],
    requirement_checks: Mapping[str, bool | None] | None = None,
    community_facts: Mapping[str, object] | None = None,
) -> ScoreResult:
    """Score one inspection. Findings may come in any order; unknown codes are an error."""
    by_code = _index_findings(standard, findings)
    sections = [_score_section(s, by_code) for s in standard.sections]
    applicable_weight = sum((s.section.weight for s in sections if not s.na), ZERO)
    total: Decimal | None = None
    if applicable_weight > 0:
        # One division at the end keeps the total within 0–100 exactly.
        weighted = sum((s.score for s in sections if s.score is not None), ZERO)
        total = HUNDRED * (weighted / applicable_weight)
        sections = [_redistribute(s, applicable_weight) for s in sections]
    checks = requirement_checks or {}
    return ScoreResult(
        standard=standard,
        sections=tuple(sections),
        total=total,
        failed_requirements=tuple(r for r in standard.requirements if checks.get(r.code) is False),
        unchecked_requirements=tuple(
            r for r in standard.requirements if checks.get(r.code) is None
        ),
        eligibility=check_eligibility(standard.eligibility, community_facts or {}),
        items_done=sum(s.scored for s in sections),
        items_required=len(standard.items),
    )


def _redistribute(result: SectionResult, applicable_weight: Decimal) -> SectionResult:
    if result.na:
        return result
    effective = result.section.weight * HUNDRED / applicable_weight
    return SectionResult(
        result.section,
        result.earned,
        result.possible,
        result.scored,
        False,
        result.score,
        effective,
    )


@dataclass(frozen=True)
class ComponentPart:
    component: Component
    value: Decimal | None  # 0–100
    contribution: Decimal | None  # weight × value ÷ 100


@dataclass(frozen=True)
class CompositeResult:
    parts: tuple[ComponentPart, ...]
    total: Decimal | None  # None while any part is missing

    @property
    def missing(self) -> tuple[Component, ...]:
        return tuple(p.component for p in self.parts if p.value is None)


def composite_total(
    standard: Standard, checklist_total: Decimal | None, entered: Mapping[str, Decimal]
) -> CompositeResult:
    """Composite total such as 调查 30% + 投票 30% + 专家 40% (the checklist part)."""
    parts = []
    for component in standard.components:
        if component.source is ComponentSource.CHECKLIST:
            value = checklist_total
        else:
            value = entered.get(component.code)
            if value is not None and not ZERO <= value <= HUNDRED:
                raise InvalidValueError(
                    f"分数 {value} 超出范围（0–100）", where=f"{component.title}"
                )
        contribution = None if value is None else component.weight * value / HUNDRED
        parts.append(ComponentPart(component, value, contribution))
    complete = all(p.contribution is not None for p in parts)
    total = sum((p.contribution or ZERO for p in parts), ZERO) if complete and parts else None
    return CompositeResult(tuple(parts), total)
