"""Eligibility prerequisites (申报条件): checked against the community's recorded facts.

A fact that was never recorded makes its rule *unknown*, which does not count as met:
a community is eligible only when every rule is positively satisfied.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from meihao_desktop.domain.standards import EligibilityOp, EligibilityRule


class RuleStatus(StrEnum):
    MET = "met"
    FAILED = "failed"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class RuleResult:
    rule: EligibilityRule
    status: RuleStatus
    actual: object

    @property
    def reason(self) -> str:
        if self.status is RuleStatus.UNKNOWN:
            return f"{self.rule.text}：未填写"
        if self.status is RuleStatus.FAILED:
            return f"{self.rule.text}：不满足（实际：{_describe(self.actual)}）"
        return f"{self.rule.text}：满足"


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def _check(rule: EligibilityRule, actual: object) -> RuleStatus:
    if actual is None or actual == "":
        return RuleStatus.UNKNOWN
    if rule.op is EligibilityOp.TRUE:
        return RuleStatus.MET if actual is True else RuleStatus.FAILED
    if rule.op is EligibilityOp.IN:
        assert isinstance(rule.value, tuple)
        return RuleStatus.MET if str(actual) in rule.value else RuleStatus.FAILED
    assert isinstance(rule.value, Decimal)
    try:
        number = Decimal(str(actual))
    except InvalidOperation:
        return RuleStatus.FAILED
    return RuleStatus.MET if number >= rule.value else RuleStatus.FAILED


def check_eligibility(
    rules: tuple[EligibilityRule, ...], facts: Mapping[str, object]
) -> tuple[RuleResult, ...]:
    return tuple(RuleResult(r, _check(r, facts.get(r.field)), facts.get(r.field)) for r in rules)
