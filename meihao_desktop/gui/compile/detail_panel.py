"""The selected community in the 汇总 page: every inspector's scores, the section chart,
why it is held back (failed gates, prerequisites), and the bureau's recommendation.

The recommendation (推荐 / 不推荐 / 未定 and the 属地区物业管理主管部门意见) is saved with
``SignatureService.save_recommendation``, which audits it. Unsaved edits are saved when
the reviewer moves to another community (``save_if_changed``), so nothing typed is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.compile import texts
from meihao_desktop.gui.compile.inspector_model import InspectorScoresModel
from meihao_desktop.gui.compile.ranking_model import SHORT_TITLE
from meihao_desktop.gui.compile.section_chart import ChartBar, SectionChart
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from meihao_desktop.domain.standards import Standard
    from meihao_desktop.services.compile import CompiledRow

UNDECIDED = "undecided"  # the radio button's key for decision None


class CommunityDetailPanel(QWidget):
    recommendationSaved = Signal(str, object, str)
    """(community_id, decision or None, opinion): the recommendation was saved."""
    compareRequested = Signal(str)
    """(community_id): the reviewer asked for the comparison with the last inspection."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communityDetailPanel")
        self.context = context
        self._row: CompiledRow | None = None
        self._campaign_id = ""
        self._saved: tuple[str | None, str] = (None, "")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("detailTitle")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.scores_model = InspectorScoresModel(self)
        self.scores_table = self._scores_table()
        self.reasons_label = QLabel(self)
        self.reasons_label.setObjectName("reasonsLabel")
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chart = SectionChart(self)
        self.decision_group = QButtonGroup(self)
        self.opinion_edit = QPlainTextEdit(self)
        self.opinion_edit.setObjectName("opinionEdit")
        self.opinion_edit.setTabChangesFocus(True)
        self.save_button = QPushButton(self.tr("&Save Recommendation"), self)
        self.save_button.setObjectName("saveRecommendationButton")
        self.compare_button = QPushButton(self.tr("Compare with &Last Inspection…"), self)
        self.compare_button.setObjectName("compareButton")
        self._lay_out()
        self.save_button.clicked.connect(self.save)
        self.compare_button.clicked.connect(self._compare)
        self.opinion_edit.textChanged.connect(self._update_buttons)
        self.decision_group.buttonToggled.connect(self._update_buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.show_row(None, None, "")

    def _scores_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("inspectorScoresTable")
        table.setModel(self.scores_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setWordWrap(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recommendation"), self)
        buttons = QHBoxLayout()
        for key, text in (
            ("recommend", self.tr("&Recommend")),
            ("not_recommend", self.tr("&Do not recommend")),
            (UNDECIDED, self.tr("&Undecided")),
        ):
            button = QRadioButton(text, box)
            button.setObjectName(f"{key}Radio")
            button.setProperty("decision", key)
            self.decision_group.addButton(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        opinion_label = QLabel(self.tr("District property authority's &opinion:"), box)
        opinion_label.setBuddy(self.opinion_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.compare_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(opinion_label)
        layout.addWidget(self.opinion_edit, 1)
        layout.addLayout(actions)
        return box

    def _lay_out(self) -> None:
        scores = QVBoxLayout()
        scores.addWidget(self.scores_table, 1)
        scores.addWidget(self.reasons_label)
        chart_box = QGroupBox(self.tr("Sections (percent of weight)"), self)
        QVBoxLayout(chart_box).addWidget(self.chart)
        body = QHBoxLayout()
        body.addLayout(scores, 5)
        body.addWidget(chart_box, 4)
        body.addWidget(self._decision_box(), 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addLayout(body, 1)

    # -- showing a community ---------------------------------------------------------

    @property
    def row(self) -> CompiledRow | None:
        return self._row

    def show_row(
        self, row: CompiledRow | None, standard: Standard | None, campaign_id: str
    ) -> None:
        self._row, self._campaign_id = row, campaign_id
        sections = [] if standard is None else list(standard.sections)
        self.scores_model.set_scores([] if row is None else list(row.scores), sections)
        self.chart.set_bars([] if row is None or standard is None else chart_bars(row, standard))
        self.title_label.setText(self._title(row))
        lines = [] if row is None else texts.reasons(row)
        self.reasons_label.setText("\n".join(lines))
        self.reasons_label.setVisible(bool(lines))
        palette = self.reasons_label.palette()
        palette.setColor(self.reasons_label.foregroundRole(), texts.FAILED_COLOUR)
        self.reasons_label.setPalette(palette)
        self._saved = (None, "") if row is None else (row.decision, row.bureau_opinion)
        self._show_recommendation(*self._saved)
        for widget in (self.opinion_edit, self.compare_button, *self.decision_group.buttons()):
            widget.setEnabled(row is not None)
        self._update_buttons()

    def _title(self, row: CompiledRow | None) -> str:
        if row is None:
            return self.tr("Select a community to see its scores")
        total = texts.score_text(row.total)
        if row.rank is None:
            return self.tr("{community} — {standing}, total {total} ({district} {street})").format(
                community=row.community,
                standing=texts.rank_text(row) or self.tr("no total yet"),
                total=total,
                district=row.district,
                street=row.street,
            )
        return self.tr("{community} — rank {rank}, total {total} ({district} {street})").format(
            community=row.community,
            rank=row.rank,
            total=total,
            district=row.district,
            street=row.street,
        )

    def _show_recommendation(self, decision: str | None, opinion: str) -> None:
        key = decision or UNDECIDED
        for button in self.decision_group.buttons():
            button.setChecked(button.property("decision") == key)
        self.opinion_edit.setPlainText(opinion)

    # -- the recommendation ----------------------------------------------------------

    def decision(self) -> str | None:
        button = self.decision_group.checkedButton()
        key = None if button is None else str(button.property("decision"))
        return None if key in (None, UNDECIDED) else key

    def set_decision(self, decision: str | None) -> None:
        self._show_recommendation(decision, self.opinion_edit.toPlainText())

    def opinion(self) -> str:
        return self.opinion_edit.toPlainText().strip()

    def is_changed(self) -> bool:
        if self._row is None:
            return False
        return (self.decision(), self.opinion()) != (self._saved[0], self._saved[1].strip())

    @Slot()
    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.is_changed())

    @Slot()
    def save(self) -> bool:
        """Save the decision and opinion; False (and the error shown) if refused."""
        row = self._row
        if row is None or not self.is_changed():
            return False
        signatures = self.context.services.signatures
        try:
            existing, _signatures = signatures.recommendation(self._campaign_id, row.community_id)
            company = "" if existing is None else existing.company_opinion
            signatures.save_recommendation(
                self._campaign_id, row.community_id, self.decision(), self.opinion(), company
            )
        except MeihaoError as error:
            show_error(self, error)
            return False
        self._saved = (self.decision(), self.opinion())
        self._update_buttons()
        self.context.save_state.saved()
        self.recommendationSaved.emit(row.community_id, self._saved[0], self._saved[1])
        return True

    def save_if_changed(self) -> bool:
        """Before showing another community: keep what was typed. False if refused."""
        return self.save() if self.is_changed() else True

    @Slot()
    def _compare(self) -> None:
        if self._row is not None:
            self.compareRequested.emit(self._row.community_id)


def chart_bars(row: CompiledRow, standard: Standard) -> list[ChartBar]:
    """Each section's compiled score, and each inspector's, as percent of its weight."""
    bars = []
    for section in standard.sections:
        weight = float(section.weight) or 1.0
        value = row.sections.get(section.code)
        marks = tuple(
            float(score) / weight * 100
            for inspector in row.scores
            if (score := inspector.sections.get(section.code)) is not None
        )
        bars.append(
            ChartBar(
                label=f"{section.code} {section.title[:SHORT_TITLE]}",  # as in the headers
                title=f"{section.code} {section.title}",
                percent=None if value is None else float(value) / weight * 100,
                marks=marks,
            )
        )
    return bars
