"""The editor's always-visible header: who and where, the live total and the verdict.

Everything here comes from one ``ScoreResult`` computed in memory after each edit.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from meihao_desktop.domain.eligibility import RuleStatus
from meihao_desktop.domain.numbers import shown
from meihao_desktop.domain.scoring import ScoreResult
from meihao_desktop.gui.editor.item_panel import heading_font
from meihao_desktop.gui.editor.tree_model import points_text
from meihao_desktop.services.inspections import InspectionSummary

GOOD, WARN, BAD = "#2e7d32", "#ef6c00", "#c62828"


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ScoreHeader(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scoreHeader")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title_label = _label(self, "inspectionTitleLabel")
        self.title_label.setFont(heading_font(self, 1))
        self.total_label = _label(self, "totalLabel")
        self.total_label.setFont(heading_font(self, 6))
        self.sections_label = _label(self, "sectionsLabel")
        self.gate_label = _label(self, "gateLabel")
        self.eligibility_label = _label(self, "eligibilityLabel")
        self.completeness_label = _label(self, "completenessLabel")
        self.verdict_label = _label(self, "verdictLabel")
        self.verdict_label.setFont(heading_font(self, 1))
        facts = QHBoxLayout()
        for label in (self.gate_label, self.eligibility_label, self.completeness_label):
            facts.addWidget(label)
            facts.addSpacing(16)
        facts.addStretch(1)
        facts.addWidget(self.verdict_label)
        left = QVBoxLayout()
        left.addWidget(self.title_label)
        left.addWidget(self.sections_label)
        left.addLayout(facts)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(left, 1)
        layout.addSpacing(16)
        layout.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_inspection(self, summary: InspectionSummary) -> None:
        self.title_label.setText(
            self.tr("{community} ({district}) · inspector {inspector} · visited {date}").format(
                community=summary.community,
                district=summary.district or "—",
                inspector=summary.inspector,
                date=summary.visit_date.isoformat(),
            )
        )

    def show_result(self, result: ScoreResult) -> None:
        total = "—" if result.total is None else str(shown(result.total))
        self.total_label.setText(self.tr("Total {total}").format(total=total))
        self.total_label.setToolTip(self.tr("Total score out of 100 (unscored items count 0)"))
        self._show_sections(result)
        self._show_gate(result)
        self._show_eligibility(result)
        self.completeness_label.setText(self.tr("Scored {done}").format(done=result.completeness))
        self.completeness_label.setToolTip(self.tr("Items scored or marked N/A, of all items"))
        self._show_verdict(result)

    def _show_sections(self, result: ScoreResult) -> None:
        parts, tips = [], []
        for section in result.sections:
            score = self.tr("N/A") if section.score is None else str(shown(section.score))
            weight = points_text(section.section.weight)
            parts.append(f"{section.section.code}. {score}/{weight}")
            tips.append(f"{section.section.code} {section.section.title}: {score}/{weight}")
        self.sections_label.setText(self.tr("Sections: ") + "   ".join(parts))
        self.sections_label.setToolTip("\n".join(tips))

    def _show_gate(self, result: ScoreResult) -> None:
        gates = result.gates_passed
        if gates is None:
            text, colour = self.tr("to check"), WARN
        elif gates:
            text, colour = self.tr("passed"), GOOD
        else:
            text, colour = self.tr("failed"), BAD
        self.gate_label.setText(self.tr("Principle requirements: {status}").format(status=text))
        self.gate_label.setStyleSheet(f"color: {colour};")
        failed = [f"{r.code} {r.text}" for r in result.failed_requirements]
        self.gate_label.setToolTip("\n".join(failed))

    def _show_eligibility(self, result: ScoreResult) -> None:
        failed = result.failed_eligibility
        if not failed:
            text, colour = self.tr("met"), GOOD
        elif any(r.status is RuleStatus.FAILED for r in failed):
            text, colour = self.tr("not met"), BAD
        else:
            text, colour = self.tr("facts missing"), WARN
        self.eligibility_label.setText(self.tr("Eligibility: {status}").format(status=text))
        self.eligibility_label.setStyleSheet(f"color: {colour};")
        reasons = "".join(f"<li>{html.escape(r.reason)}</li>" for r in failed)
        self.eligibility_label.setToolTip(f"<ul>{reasons}</ul>" if reasons else "")

    def _show_verdict(self, result: ScoreResult) -> None:
        verdicts = {
            "不符合原则要求": (self.tr("Fails a principle requirement"), BAD),
            "不符合申报条件": (self.tr("Not eligible"), BAD),
            "评分未完成": (self.tr("Scoring not finished"), WARN),
            "符合要求": (self.tr("Meets the requirements"), GOOD),
        }
        text, colour = verdicts.get(result.verdict, (result.verdict, WARN))
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(f"color: {colour};")
