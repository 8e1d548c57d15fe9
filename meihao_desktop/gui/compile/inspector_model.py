"""One community's scores per inspector, for the detail panel: total, each section,
completeness and the principle requirements each inspector found failed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from meihao_desktop.gui.compile import texts

if TYPE_CHECKING:
    from meihao_desktop.domain.standards import Section
    from meihao_desktop.services.compile import InspectorScore

ModelIndex = QModelIndex | QPersistentModelIndex

COL_INSPECTOR, COL_DATE, COL_STATUS, COL_TOTAL = range(4)
FIRST_SECTION = 4
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``InspectorScore`` (any column)."""


class InspectorScoresModel(QAbstractTableModel):
    """Columns: inspector, date, status, total, one per section, completeness, failed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scores: list[InspectorScore] = []
        self._sections: list[Section] = []

    def set_scores(self, scores: list[InspectorScore], sections: list[Section]) -> None:
        self.beginResetModel()
        self._scores = list(scores)
        self._sections = list(sections)
        self.endResetModel()

    @property
    def completeness_column(self) -> int:
        return FIRST_SECTION + len(self._sections)

    @property
    def failed_column(self) -> int:
        return self.completeness_column + 1

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._scores)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_SECTION + len(self._sections) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < self.columnCount()
        ):
            return super().headerData(section, orientation, role)
        if FIRST_SECTION <= section < self.completeness_column:
            return self._sections[section - FIRST_SECTION].code
        names = {
            COL_INSPECTOR: self.tr("Inspector"),
            COL_DATE: self.tr("Visit"),
            COL_STATUS: self.tr("Status"),
            COL_TOTAL: self.tr("Total"),
            self.completeness_column: self.tr("Scored"),
            self.failed_column: self.tr("Failed"),
        }
        return names[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._scores):
            return None
        score = self._scores[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(score, column)
        if role == SCORE_ROLE:
            return score
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.failed_column and score.failed_requirements:
                return QBrush(texts.FAILED_COLOUR)
            if column == self.completeness_column and not score.complete:
                return QBrush(texts.UNKNOWN_COLOUR)
        is_section = FIRST_SECTION <= column < self.completeness_column
        if role == Qt.ItemDataRole.ToolTipRole and is_section:
            section = self._sections[column - FIRST_SECTION]
            return f"{section.title}（{section.weight}）"
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column == COL_TOTAL or FIRST_SECTION <= column <= self.completeness_column
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, score: InspectorScore, column: int) -> str:
        if FIRST_SECTION <= column < self.completeness_column:
            code = self._sections[column - FIRST_SECTION].code
            return texts.score_text(score.sections.get(code))
        if column == self.completeness_column:
            return score.completeness
        if column == self.failed_column:
            return "、".join(score.failed_requirements)
        fixed = {
            COL_INSPECTOR: score.inspector,
            COL_DATE: score.visit_date.isoformat(),
            COL_STATUS: self._status(score.status),
            COL_TOTAL: texts.score_text(score.total),
        }
        return fixed[column]

    def _status(self, status: str) -> str:
        names = {
            "draft": self.tr("Draft"),
            "signed": self.tr("Signed"),
            "submitted": self.tr("Submitted"),
        }
        return names.get(status, status)
