"""The ledger table: one row per problem, overdue rows marked, and its filters.

``LedgerTableModel`` holds the lines the rectification service listed, as of a given
day (which decides what is overdue and how many days are left); the page shows them
through ``LedgerFilterProxy``, which filters by status, community, overdue and deadline
range, and sorts dates and day counts as numbers (``SORT_ROLE``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from meihao_desktop.gui.row_table_model import RowTableModel

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.rectifications import LedgerRow

ModelIndex = QModelIndex | QPersistentModelIndex

(
    COL_COMMUNITY,
    COL_DISTRICT,
    COL_ITEM,
    COL_PROBLEM,
    COL_DEADLINE,
    COL_STATUS,
    COL_INSPECTOR,
    COL_DAYS_LEFT,
) = range(8)
COLUMN_COUNT = 8

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ``LedgerRow`` (any column)."""
RECTIFICATION_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""The rectification's id (any column)."""
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 3
"""True when the deadline has passed and the problem is not closed (any column)."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
"""What the column sorts by: ordinal days for dates and day counts, else the text."""

OVERDUE_TEXT = QColor("#a8071a")
OVERDUE_BACKGROUND = QColor("#fff1f0")
# Problems no longer open (rectified, closed) sort after every open one in the
# days-left column: their deadline no longer counts down.
CLOSED_SORT_KEY = 1_000_000


def status_text(status: str) -> str:
    """The reviewer's name for a status: 待整改, 已整改, 已销号."""
    translate = QCoreApplication.translate
    names = {
        "open": translate("LedgerStatus", "Open"),
        "rectified": translate("LedgerStatus", "Rectified"),
        "verified": translate("LedgerStatus", "Closed"),
    }
    return names.get(status, status)


def days_left_text(row: LedgerRow, today: date) -> str:
    """ "5 days", "Due today", "3 days overdue"; empty once rectified or closed."""
    days = row.days_left(today)
    if row.status != "open" or days is None:
        return ""
    translate = QCoreApplication.translate
    if days == 0:
        return translate("LedgerTable", "Due today")
    if days < 0:
        return translate("LedgerTable", "{n} days overdue").format(n=-days)
    return translate("LedgerTable", "{n} days").format(n=days)


class LedgerTableModel(RowTableModel["LedgerRow"]):  # quoted: the data layer loads lazily
    """Ledger lines as of ``today``; ``set_rows`` replaces them all.

    ``item_text`` gives the text of a line's checklist item, for its tooltip.
    """

    column_count = COLUMN_COUNT

    def __init__(
        self,
        item_text: Callable[[LedgerRow], str] = lambda _row: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = date.today()
        self._item_text = item_text

    def set_rows(self, rows: Sequence[LedgerRow], today: date) -> None:
        self.beginResetModel()
        self._replace_rows(rows)
        self._today = today
        self.endResetModel()

    @property
    def today(self) -> date:
        return self._today

    def ledger_row(self, row: int) -> LedgerRow:
        return self._rows[row]

    def rows(self) -> list[LedgerRow]:
        return list(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self._row_at(index)
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == SORT_ROLE:
            return self._sort_key(line, column)
        if role == ROW_ROLE:
            return line
        if role == RECTIFICATION_ID_ROLE:
            return line.id
        if role == OVERDUE_ROLE:
            return line.overdue(self._today)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            return self._highlight(line, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < COLUMN_COUNT
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return self._header(section)
        return super().headerData(section, orientation, role)

    def _header(self, column: int) -> str:
        return (
            self.tr("Community"),
            self.tr("District"),
            self.tr("Item"),
            self.tr("Problem"),
            self.tr("Deadline"),
            self.tr("Status"),
            self.tr("Inspector"),
            self.tr("Days left"),
        )[column]

    def _text(self, line: LedgerRow, column: int) -> str:
        if column == COL_DEADLINE:
            return "" if line.deadline is None else line.deadline.isoformat()
        if column == COL_STATUS:
            return status_text(line.status)
        if column == COL_DAYS_LEFT:
            return days_left_text(line, self._today)
        if column == COL_PROBLEM:
            # One line in the table; the detail panel shows all of it.
            return " ".join(line.problem.split())
        texts = {
            COL_COMMUNITY: line.community,
            COL_DISTRICT: line.district,
            COL_ITEM: line.item_code or "",
            COL_INSPECTOR: line.inspector,
        }
        return texts[column]

    def _sort_key(self, line: LedgerRow, column: int) -> Any:
        if column == COL_DEADLINE:
            return -1 if line.deadline is None else line.deadline.toordinal()
        if column == COL_DAYS_LEFT:
            days = line.days_left(self._today)
            if line.status != "open" or days is None:
                return CLOSED_SORT_KEY
            return days
        if column == COL_ITEM:
            # "3.10" after "3.9": compare the code's numbers, not its characters.
            parts = (line.item_code or "").split(".")
            return ".".join(part.zfill(4) for part in parts)
        return self._text(line, column)

    def _highlight(self, line: LedgerRow, role: int) -> QBrush | None:
        if not line.overdue(self._today):
            return None
        colour = OVERDUE_TEXT if role == Qt.ItemDataRole.ForegroundRole else OVERDUE_BACKGROUND
        return QBrush(colour)

    def _tooltip(self, line: LedgerRow, column: int) -> str | None:
        if column == COL_ITEM:
            return self._item_text(line) or None
        if column == COL_PROBLEM:
            return line.problem
        if column == COL_DAYS_LEFT and line.overdue(self._today):
            return self.tr("Overdue: the deadline has passed and the problem is not closed")
        return None


class LedgerFilterProxy(QSortFilterProxyModel):
    """Keeps the lines matching every filter set; None (or False) means "any"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status: str | None = None
        self._community_id: str | None = None
        self._overdue_only = False
        self._deadline_range: tuple[date, date] | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_status(self, status: str | None) -> None:
        with self._filter_change():
            self._status = status

    def set_community(self, community_id: str | None) -> None:
        with self._filter_change():
            self._community_id = community_id

    def set_overdue_only(self, on: bool) -> None:
        with self._filter_change():
            self._overdue_only = on

    def set_deadline_range(self, first: date | None, last: date | None) -> None:
        """Keep the lines due from ``first`` to ``last`` inclusive; None for no range."""
        with self._filter_change():
            self._deadline_range = None if first is None or last is None else (first, last)

    @contextmanager
    def _filter_change(self) -> Iterator[None]:
        self.beginFilterChange()
        yield
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        line: LedgerRow = index.data(ROW_ROLE)
        if self._status is not None and line.status != self._status:
            return False
        if self._community_id is not None and line.community_id != self._community_id:
            return False
        if self._overdue_only and not index.data(OVERDUE_ROLE):
            return False
        if self._deadline_range is not None:
            first, last = self._deadline_range
            return line.deadline is not None and first <= line.deadline <= last
        return True
