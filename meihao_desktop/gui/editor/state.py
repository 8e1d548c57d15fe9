"""What the editor holds in memory about the open inspection, mirroring what is saved.

Plain Python, no Qt: the header's total is recomputed from this state by the scoring
engine after every edit, so showing it never waits for the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from meihao_desktop.domain.scoring import ItemScore, ScoreResult, score_inspection
from meihao_desktop.domain.standards import Item, Requirement, Standard
from meihao_desktop.services.inspections import InspectionDetail, InspectionSummary, ItemMarks


@dataclass(frozen=True)
class ScoreValue:
    """One item's score as a whole: points (maybe from a level), or N/A, or nothing yet."""

    points: Decimal | None = None
    level: str | None = None
    na: bool = False

    @property
    def scored(self) -> bool:
        return self.na or self.points is not None


UNSCORED = ScoreValue()


@dataclass
class ItemEntry:
    score: ScoreValue = UNSCORED
    text: str = ""


@dataclass
class CheckEntry:
    passed: bool | None = None
    note: str = ""


@dataclass
class EditorState:
    """The open inspection: its standard, every item's score and text, every check."""

    summary: InspectionSummary
    standard: Standard
    items: dict[str, ItemEntry]
    checks: dict[str, CheckEntry]
    facts: dict[str, object] = field(default_factory=dict)
    marks: dict[str, ItemMarks] = field(default_factory=dict)

    @classmethod
    def from_detail(
        cls,
        detail: InspectionDetail,
        facts: dict[str, object],
        marks: dict[str, ItemMarks],
    ) -> EditorState:
        items = {item.code: ItemEntry() for item in detail.standard.items}
        for code, finding in detail.findings.items():
            if code in items:  # a finding for an item the standard no longer has
                points = None if finding.na else finding.points
                score = ScoreValue(points, finding.level, finding.na)
                items[code] = ItemEntry(score, finding.text)
        checks = {r.code: CheckEntry() for r in detail.standard.requirements}
        for code, check in detail.requirement_checks.items():
            if code in checks:
                checks[code] = CheckEntry(check.passed, check.note)
        return cls(detail.summary, detail.standard, items, checks, facts, marks)

    @property
    def inspection_id(self) -> str:
        return self.summary.id

    @property
    def locked(self) -> bool:
        """Signed or submitted: shown read-only."""
        return self.summary.status != "draft"

    def item(self, code: str) -> Item | None:
        return self.standard.item(code)

    def requirement(self, code: str) -> Requirement | None:
        return self.standard.requirement(code)

    def is_done(self, code: str) -> bool:
        """Scored or N/A for an item, checked (either way) for a requirement."""
        if code in self.items:
            return self.items[code].score.scored
        return code in self.checks and self.checks[code].passed is not None

    def marks_of(self, code: str) -> ItemMarks:
        return self.marks.get(code, ItemMarks())

    def result(self) -> ScoreResult:
        findings = [
            ItemScore(code, entry.score.points, entry.score.na)
            for code, entry in self.items.items()
            if entry.score.scored
        ]
        checks = {code: check.passed for code, check in self.checks.items()}
        return score_inspection(self.standard, findings, checks, self.facts)
