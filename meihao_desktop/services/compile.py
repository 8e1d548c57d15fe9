"""Compiling a campaign (汇总): every inspector's scores per community, the aggregate, the
spread, gates, eligibility, rank and the bureau's decision; and re-inspection comparison.

Fast enough for a city's campaign (500 communities × 5 inspectors in well under a
second): a handful of Core queries load all findings, checks and communities of the
campaign at once, and each inspection's section sums are made in one pass over the
standard's items (``_score``: the rules of ``domain.scoring.score_inspection``, in its
order of operations, with an item index instead of its per-item search; a test keeps
the two equal). Inspectors' totals combine by ``domain.aggregation.aggregate``.

Choices made here (documented for the bureau):

* every inspection of the campaign counts, draft or signed; ``complete`` and
  ``completeness`` tell which are unfinished (unscored items count as 0);
* section columns are aggregated independently with the same rule as the total, so with
  the trimmed mean they need not add up to the total;
* principle requirements (原则要求) and prerequisites (申报条件) are a veto (一票否决): a
  community that fails one is not ranked, whatever its score (``Standing.EXCLUDED``,
  shown as 不参与排名). One inspector's failure is enough;
* a community is ranked only once it is known to be eligible: while some inspector has
  not checked every principle requirement, or a prerequisite's fact is not recorded, it
  waits unranked (``Standing.PENDING``, 暂不排名) — the same rule as ``domain.eligibility``
  (unknown is not met), so a form never prints a rank a later check could void;
* the rank follows the final total (the composite total for composite standards), as
  printed, among the ranked communities only: totals equal to 2 decimals share a rank
  (1, 2, 2, 4); communities without a total are not ranked (``Standing.UNSCORED``);
* ``CompiledRow.unranked_reasons`` says, in Chinese, which requirement or prerequisite
  keeps a community out of the ranking (or what is still to be checked).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from meihao_desktop.domain.aggregation import Aggregate, aggregate
from meihao_desktop.domain.community import eligibility_facts
from meihao_desktop.domain.eligibility import RuleResult, RuleStatus, check_eligibility
from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.domain.numbers import HUNDRED, ZERO, shown
from meihao_desktop.domain.scoring import CompositeResult, composite_total
from meihao_desktop.domain.standards import Section, Standard
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.services.compile_queries import Loaded, load
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Campaign

if TYPE_CHECKING:
    from meihao_desktop.services.reinspection import Comparison

_CAMPAIGN: sa.Table = Campaign.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class InspectorScore:
    """One inspector's result for one community."""

    inspection_id: str
    inspector_id: str
    inspector: str
    visit_date: date
    status: str
    total: Decimal | None
    sections: Mapping[str, Decimal | None]  # section code → score on its own weight; None: N/A
    failed_requirements: tuple[str, ...]  # requirement codes
    completeness: str  # "25/25"
    complete: bool  # every item scored and every requirement checked
    requirements_checked: bool  # every principle requirement passed or failed


class Standing(StrEnum):
    """Where a community stands in the ranking."""

    RANKED = "ranked"
    EXCLUDED = "excluded"  # a principle requirement failed or a prerequisite is not met
    PENDING = "pending"  # requirements not all checked, or prerequisite facts missing
    UNSCORED = "unscored"  # no total yet


UNRANKED = {Standing.EXCLUDED: "不参与排名", Standing.PENDING: "暂不排名"}
"""What forms and workbooks print in place of the rank."""


@dataclass(frozen=True)
class FailedGate:
    """A principle requirement (原则要求) that failed, and who found it failed."""

    code: str
    text: str
    inspectors: tuple[str, ...]


@dataclass(frozen=True)
class CompiledRow:
    community_id: str
    community: str
    district: str
    street: str
    scores: tuple[InspectorScore, ...]  # by inspector name
    aggregate: Aggregate | None  # of the inspectors' totals; None while nobody scored
    sections: Mapping[str, Decimal | None]  # section code → aggregated section score
    gates_passed: bool | None  # False if any inspector failed a gate; None while unchecked
    failed_gates: tuple[FailedGate, ...]
    failed_eligibility: tuple[RuleResult, ...]  # prerequisites not (known to be) met
    composite: CompositeResult | None  # composite standards only
    total: Decimal | None  # what ranks: the composite total, else the aggregate
    rank: int | None
    decision: str | None  # Recommendation.decision: recommend / not_recommend / None
    bureau_opinion: str

    @property
    def eligible(self) -> bool:
        return not self.failed_eligibility

    @property
    def scorers(self) -> int:
        return len([s for s in self.scores if s.total is not None])

    @property
    def standing(self) -> Standing:
        """Excluded (一票否决) before anything else; then no total; then still pending."""
        if self.gates_passed is False or _known_failures(self):
            return Standing.EXCLUDED
        if self.total is None:
            return Standing.UNSCORED
        if self.gates_passed is None or self.failed_eligibility:
            return Standing.PENDING
        return Standing.RANKED

    @property
    def unranked_reasons(self) -> tuple[str, ...]:
        """Why the community is excluded or pending, one short Chinese phrase each
        ("原则要求 R7 未通过", "申报条件 E1 不满足"); () when ranked or unscored."""
        standing = self.standing
        if standing is Standing.EXCLUDED:
            gates = [f"原则要求 {gate.code} 未通过" for gate in self.failed_gates]
            return (*gates, *(f"申报条件 {r.rule.code} 不满足" for r in _known_failures(self)))
        if standing is not Standing.PENDING:
            return ()
        reasons = []
        if self.gates_passed is None:
            who = "、".join(s.inspector for s in self.scores if not s.requirements_checked)
            reasons.append(f"原则要求尚未全部核查：{who}" if who else "原则要求尚未核查")
        return (*reasons, *(f"申报条件 {r.rule.code} 未填写" for r in self.failed_eligibility))


@dataclass(frozen=True)
class Compilation:
    campaign_id: str
    campaign: str
    year: int
    standard: Standard
    trim_min_scorers: int
    # Ranked first (by rank); then the unranked with a total (by total, then name); then
    # the communities without a total (by name).
    rows: tuple[CompiledRow, ...]


class CompileService:
    def __init__(self, db: Database, catalog: StandardsCatalog) -> None:
        self._db = db
        self._catalog = catalog

    def latest_campaign_id(self) -> str:
        query = sa.select(_CAMPAIGN.c.id).order_by(
            _CAMPAIGN.c.year.desc(), _CAMPAIGN.c.created_at.desc()
        )
        with self._db.engine.connect() as connection:
            found = connection.execute(query.limit(1)).scalar()
        if found is None:
            raise NotFoundError("还没有评选活动", where="汇总")
        return str(found)

    def compile(
        self,
        campaign_id: str | None = None,
        *,
        district: str | None = None,
        street: str | None = None,
        community_ids: Sequence[str] | None = None,
    ) -> Compilation:
        """The compiled table of a campaign (default: the latest), optionally filtered."""
        campaign_id = campaign_id or self.latest_campaign_id()
        with self._db.engine.connect() as connection:
            loaded = load(connection, campaign_id, district, street, community_ids)
        standard = self._catalog.get(str(loaded.campaign["standard_id"]))
        trim = loaded.campaign["trim_min_scorers"] or standard.aggregation.trim_min_scorers
        by_community: dict[str, list[InspectorScore]] = defaultdict(list)
        for inspection in loaded.inspections:
            score = _inspector_score(standard, inspection, loaded)
            by_community[inspection["community_id"]].append(score)
        rows = [
            _row(standard, trim, community, by_community[community["id"]], loaded)
            for community in loaded.communities
        ]
        campaign = loaded.campaign
        return Compilation(
            campaign_id, campaign["name"], campaign["year"], standard, trim, _ranked(rows)
        )

    def compare_with_previous(self, community_id: str, campaign_id: str) -> Comparison:
        """Item by item: this campaign against the community's previous one (see
        ``reinspection``)."""
        from meihao_desktop.services.reinspection import compare

        return compare(self, self._db, community_id, campaign_id)


def _inspector_score(
    standard: Standard, inspection: Mapping[str, Any], loaded: Loaded
) -> InspectorScore:
    findings = loaded.findings.get(inspection["id"], {})
    total, sections, done = _score(standard.sections, findings)
    checks = loaded.checks.get(inspection["id"], {})
    failed = tuple(r.code for r in standard.requirements if checks.get(r.code) is False)
    checked = all(checks.get(r.code) is not None for r in standard.requirements)
    required = sum(len(section.items) for section in standard.sections)
    return InspectorScore(
        inspection_id=inspection["id"],
        inspector_id=inspection["inspector_id"],
        inspector=inspection["inspector"],
        visit_date=inspection["visit_date"],
        status=inspection["status"],
        total=total,
        sections=sections,
        failed_requirements=failed,
        completeness=f"{done}/{required}",
        complete=done == required and (checked or bool(failed)),
        requirements_checked=checked,
    )


def _score(
    sections: Sequence[Section], findings: Mapping[str, tuple[Decimal | None, bool]]
) -> tuple[Decimal | None, dict[str, Decimal | None], int]:
    """(total, section scores, items done) by the rules of ``score_inspection``."""
    scores: dict[str, Decimal | None] = {}
    applicable_weight = weighted = ZERO
    done = 0
    for section in sections:
        earned = possible = ZERO
        applicable = 0
        for item in section.items:
            points, na = findings.get(item.code, (None, False))
            if na:
                done += 1
                continue
            applicable += 1
            possible += item.max_points
            if points is not None:
                done += 1
                earned += points
        score = section.weight * earned / possible if applicable else None
        scores[section.code] = score
        if score is not None:
            applicable_weight += section.weight
            weighted += score
    total = HUNDRED * (weighted / applicable_weight) if applicable_weight > 0 else None
    return total, scores, done


def _row(
    standard: Standard,
    trim: int,
    community: Mapping[str, Any],
    scores: list[InspectorScore],
    loaded: Loaded,
) -> CompiledRow:
    scores.sort(key=lambda s: (s.inspector, s.visit_date))
    totals = [s.total for s in scores if s.total is not None]
    combined = aggregate(totals, trim_min_scorers=trim)
    value = None if combined is None else combined.value
    sections = {}
    for section in standard.sections:
        values = [v for s in scores if (v := s.sections.get(section.code)) is not None]
        section_aggregate = aggregate(values, trim_min_scorers=trim)
        sections[section.code] = None if section_aggregate is None else section_aggregate.value
    composite = None
    if standard.components:
        entered = loaded.entered.get(community["id"], {})
        composite = composite_total(standard, value, entered)
    total = composite.total if composite is not None else value
    recommendation = loaded.recommendations.get(community["id"], {})
    eligibility = check_eligibility(standard.eligibility, eligibility_facts(dict(community)))
    failed_gates = _failed_gates(standard, scores)
    return CompiledRow(
        community_id=community["id"],
        community=community["name"],
        district=community["district"],
        street=community["street"],
        scores=tuple(scores),
        aggregate=combined,
        sections=sections,
        gates_passed=_gates(scores, failed_gates),
        failed_gates=failed_gates,
        failed_eligibility=tuple(r for r in eligibility if r.status is not RuleStatus.MET),
        composite=composite,
        total=total,
        rank=None,
        decision=recommendation.get("decision"),
        bureau_opinion=recommendation.get("bureau_opinion", ""),
    )


def _failed_gates(standard: Standard, scores: list[InspectorScore]) -> tuple[FailedGate, ...]:
    who: dict[str, list[str]] = defaultdict(list)
    for score in scores:
        for code in score.failed_requirements:
            who[code].append(score.inspector)
    return tuple(
        FailedGate(r.code, r.text, tuple(who[r.code]))
        for r in standard.requirements
        if r.code in who
    )


def _gates(scores: list[InspectorScore], failed: tuple[FailedGate, ...]) -> bool | None:
    """False if any inspector failed a gate; None until every inspector checked them all."""
    if failed:
        return False
    if not scores or not all(score.requirements_checked for score in scores):
        return None
    return True


def _ranked(rows: list[CompiledRow]) -> tuple[CompiledRow, ...]:
    """Competition ranking by shown total (1, 2, 2, 4) of ``Standing.RANKED`` rows only."""
    rankable = sorted(
        (r for r in rows if r.standing is Standing.RANKED), key=lambda r: -shown(_total(r))
    )
    ranked: list[CompiledRow] = []
    for position, row in enumerate(rankable, 1):
        same = ranked and shown(_total(ranked[-1])) == shown(_total(row))
        rank = ranked[-1].rank if same else position
        ranked.append(replace(row, rank=rank))
    held = sorted(
        (r for r in rows if r.standing is not Standing.RANKED and r.total is not None),
        key=lambda r: (-shown(_total(r)), r.community),
    )
    unscored = sorted((r for r in rows if r.total is None), key=lambda r: r.community)
    return (*ranked, *held, *unscored)


def _total(row: CompiledRow) -> Decimal:
    assert row.total is not None
    return row.total


def _known_failures(row: CompiledRow) -> list[RuleResult]:
    """The prerequisites known not to be met (not merely unrecorded)."""
    return [r for r in row.failed_eligibility if r.status is RuleStatus.FAILED]
