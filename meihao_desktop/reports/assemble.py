"""From the domain's results to what a form says: sections, requirements, photo choice.

Plain Python over domain values (no database, no reportlab): the export service reads
the rows and hands them here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from meihao_desktop.domain.eligibility import RuleResult
from meihao_desktop.domain.scoring import ScoreResult
from meihao_desktop.reports.model import (
    CommunityFacts,
    EligibilityLine,
    ItemLine,
    PhotoEntry,
    RequirementLine,
    SectionBlock,
)


def community_facts(values: Mapping[str, Any]) -> CommunityFacts:
    """The community as forms describe it, from its stored fields."""
    return CommunityFacts(
        name=values["name"],
        district=values.get("district") or "",
        street=values.get("street") or "",
        address=values.get("address") or "",
        property_company=values.get("property_company") or "",
        manager_name=values.get("manager_name") or "",
        contact_phone=values.get("contact_phone") or "",
        year_built=values.get("year_built"),
        buildings=values.get("buildings"),
        households=values.get("households"),
        occupancy_rate=values.get("occupancy_rate"),
        fee_collection_rate=values.get("fee_collection_rate"),
        description=values.get("description") or "",
    )


@dataclass(frozen=True)
class FindingText:
    """What an inspector wrote for one item, beside the points the domain scored."""

    points: Decimal | None
    na: bool
    level: str | None
    text: str


def sections(result: ScoreResult, findings: Mapping[str, FindingText]) -> tuple[SectionBlock, ...]:
    """Every section with its items, in the standard's order, scored as ``result`` says."""
    blocks = []
    for section_result in result.sections:
        section = section_result.section
        items = []
        for item in section.items:
            found = findings.get(item.code)
            items.append(
                ItemLine(
                    code=item.code,
                    text=item.text,
                    max_points=item.max_points,
                    points=None if found is None or found.na else found.points,
                    na=found is not None and found.na,
                    level=None if found is None else found.level,
                    finding="" if found is None else found.text,
                )
            )
        blocks.append(
            SectionBlock(
                code=section.code,
                title=section.title,
                weight=section.weight,
                items=tuple(items),
                score=section_result.score,
                earned=section_result.earned,
                possible=section_result.possible,
            )
        )
    return tuple(blocks)


def requirements(
    result: ScoreResult, checks: Mapping[str, tuple[bool | None, str]]
) -> tuple[RequirementLine, ...]:
    """Each principle requirement with (passed, note) as recorded; unchecked if absent."""
    lines = []
    for requirement in result.standard.requirements:
        passed, note = checks.get(requirement.code, (None, ""))
        lines.append(RequirementLine(requirement.code, requirement.text, passed, note))
    return tuple(lines)


def _recorded(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def eligibility(rules: Sequence[RuleResult]) -> tuple[EligibilityLine, ...]:
    return tuple(EligibilityLine(r.rule.text, str(r.status), _recorded(r.actual)) for r in rules)


GATE_WORDS = ("主大门", "大门")
INTERIOR_WORDS = ("环境",)


def pick_photos(photos: Sequence[PhotoEntry]) -> tuple[PhotoEntry | None, PhotoEntry | None]:
    """The main-gate and the interior photo for the recommendation form.

    By caption ("主大门"/"大门", "环境"), else the first photos not chosen yet, else None.
    """

    def by_caption(words: Sequence[str], taken: PhotoEntry | None) -> PhotoEntry | None:
        for word in words:
            for photo in photos:
                if word in photo.caption and photo is not taken:
                    return photo
        return None

    gate = by_caption(GATE_WORDS, None)
    interior = by_caption(INTERIOR_WORDS, gate)
    rest = [p for p in photos if p is not gate and p is not interior]
    if gate is None and rest:
        gate = rest.pop(0)
    if interior is None and rest:
        interior = rest.pop(0)
    return gate, interior
