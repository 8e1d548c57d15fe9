"""与上次考察比较 (re-inspection): a community's scores item by item, previous → current,
improvements in green and setbacks in red, with the rectifications closed in between.

The comparison itself is ``CompileService.compare_with_previous``; this is its table
(``ComparisonModel``) and the dialog around it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.gui.compile.texts import FAILED_COLOUR, PASSED_COLOUR, score_text

if TYPE_CHECKING:
    from meihao_desktop.services.reinspection import Comparison, ItemComparison

ModelIndex = QModelIndex | QPersistentModelIndex
COL_CODE, COL_ITEM, COL_PREVIOUS, COL_CURRENT, COL_CHANGE, COL_CLOSED = range(6)
TREND_ROLE = Qt.ItemDataRole.UserRole + 1
"""The item's trend: "improved", "worse", "same" or None."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
IMPROVED_BACKGROUND = QColor("#f6ffed")
WORSE_BACKGROUND = QColor("#fff1f0")


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[ItemComparison] = []

    def set_items(self, items: tuple[ItemComparison, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 6
        ):
            return (
                self.tr("No."),
                self.tr("Item"),
                self.tr("Previous"),
                self.tr("Current"),
                self.tr("Change"),
                self.tr("Rectifications closed since"),
            )[section]
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        trend = None if item.trend is None else str(item.trend)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == TREND_ROLE:
            return trend
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_CURRENT, COL_CHANGE):
            colours = {"improved": PASSED_COLOUR, "worse": FAILED_COLOUR}
            return QBrush(colours[trend]) if trend in colours else None
        if role == Qt.ItemDataRole.BackgroundRole:
            backgrounds = {"improved": IMPROVED_BACKGROUND, "worse": WORSE_BACKGROUND}
            return QBrush(backgrounds[trend]) if trend in backgrounds else None
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_ITEM, COL_CLOSED):
            return self._text(item, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            COL_PREVIOUS,
            COL_CURRENT,
            COL_CHANGE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: ItemComparison, column: int) -> str:
        if column == COL_CHANGE:
            change = _change(item)
            return "" if change is None else f"{change:+.2f}"
        if column == COL_CLOSED:
            return "；".join(" ".join(r.problem.split()) for r in item.closed)
        values = {
            COL_CODE: item.item_code,
            COL_ITEM: item.text,
            COL_PREVIOUS: score_text(item.previous),
            COL_CURRENT: score_text(item.current),
        }
        return values[column]

    def _sort_key(self, item: ItemComparison, column: int) -> Any:
        if column == COL_CODE:
            return ".".join(part.zfill(4) for part in item.item_code.split("."))
        number = {
            COL_PREVIOUS: item.previous,
            COL_CURRENT: item.current,
            COL_CHANGE: _change(item),
        }
        if column in number:
            value = number[column]
            return float("-inf") if value is None else float(value)
        return self._text(item, column)


def _change(item: ItemComparison) -> Decimal | None:
    if item.previous is None or item.current is None:
        return None
    return item.current - item.previous


class ComparisonDialog(QDialog):
    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonDialog")
        self.setWindowTitle(
            self.tr("Compare with Last Inspection — {community}").format(
                community=comparison.community
            )
        )
        self.comparison = comparison
        self.model = ComparisonModel(self)
        self.model.set_items(comparison.items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.summary_label = QLabel(self._summary(), self)
        self.summary_label.setObjectName("comparisonSummary")
        self.summary_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("comparisonTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.closed_label = QLabel(self._closed(), self)
        self.closed_label.setObjectName("closedRectifications")
        self.closed_label.setWordWrap(True)
        self.closed_label.setVisible(bool(comparison.closed))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.closed_label)
        layout.addWidget(buttons)
        self.resize(900, 560)

    def _summary(self) -> str:
        c = self.comparison
        counts = {"improved": 0, "worse": 0}
        for item in c.items:
            if item.trend is not None and str(item.trend) in counts:
                counts[str(item.trend)] += 1
        return self.tr(
            "{previous_campaign}: {previous} → {current_campaign}: {current}. "
            "{improved} items better, {worse} worse; {closed} rectifications closed in between."
        ).format(
            previous_campaign=c.previous_campaign,
            previous=score_text(c.previous_total),
            current_campaign=c.current_campaign,
            current=score_text(c.current_total),
            improved=counts["improved"],
            worse=counts["worse"],
            closed=len(c.closed),
        )

    def _closed(self) -> str:
        """Every rectification closed in between, also those not tied to one item."""
        lines = [
            self.tr("{item}: {problem} (closed {day} by {who})").format(
                item=r.item_code or "—",
                problem=" ".join(r.problem.split()),
                day=r.verified_at.astimezone().date().isoformat(),
                who=r.verified_by,
            )
            for r in self.comparison.closed
        ]
        heading = self.tr("Rectifications closed in between:")
        return "\n".join([heading, *lines]) if lines else ""
