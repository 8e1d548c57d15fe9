"""The inspections list as a Qt table model: one row per inspection, with its score.

Sorting uses ``SortRole`` (numbers and dates as such, not as text); the page puts a
``QSortFilterProxyModel`` in front for sorting and the filter box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from meihao_desktop.domain.numbers import shown
from meihao_desktop.services.inspections import InspectionOverview

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class InspectionTableModel(QAbstractTableModel):
    (
        COL_COMMUNITY,
        COL_DISTRICT,
        COL_INSPECTOR,
        COL_DATE,
        COL_STATUS,
        COL_TOTAL,
        COL_COMPLETENESS,
    ) = range(7)
    IdRole = Qt.ItemDataRole.UserRole + 1  # the inspection's id
    SortRole = Qt.ItemDataRole.UserRole + 2
    StatusRole = Qt.ItemDataRole.UserRole + 3  # "draft" / "signed" / "submitted"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[InspectionOverview] = []

    def set_rows(self, rows: list[InspectionOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, inspection_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.summary.id == inspection_id), -1)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Community"),
            self.tr("District"),
            self.tr("Inspector"),
            self.tr("Visit date"),
            self.tr("Status"),
            self.tr("Total"),
            self.tr("Scored"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def status_text(self, status: str) -> str:
        texts = {
            "draft": self.tr("draft"),
            "signed": self.tr("signed"),
            "submitted": self.tr("submitted"),
        }
        return texts.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return row.summary.id
        if role == self.StatusRole:
            return row.summary.status
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.COL_DATE:
            return Qt.AlignmentFlag.AlignCenter
        if role == self.SortRole:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        return None

    def _text(self, row: InspectionOverview, column: int) -> str:
        summary, result = row.summary, row.result
        if column == self.COL_TOTAL:
            total = None if result is None else result.total
            return "—" if total is None else str(shown(total))
        if column == self.COL_COMPLETENESS:
            return "—" if result is None else result.completeness
        texts = {
            self.COL_COMMUNITY: summary.community,
            self.COL_DISTRICT: summary.district,
            self.COL_INSPECTOR: summary.inspector,
            self.COL_DATE: summary.visit_date.isoformat(),
            self.COL_STATUS: self.status_text(summary.status),
        }
        return texts.get(column, "")

    def _sort_key(self, row: InspectionOverview, column: int) -> Any:
        result = row.result
        if column == self.COL_TOTAL:
            return -1.0 if result is None or result.total is None else float(result.total)
        if column == self.COL_COMPLETENESS:
            if result is None or not result.items_required:
                return -1.0
            return result.items_done / result.items_required
        return self._text(row, column)
