"""The ledger's filters: status, community, deadline (this week, this month, a range), overdue.

The bar writes each choice straight into the ``LedgerFilterProxy`` it was given, so the
table follows at once; nothing is queried again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from meihao_desktop.gui.ledger.problem_dialog import to_date, to_qdate
from meihao_desktop.gui.ledger.table_model import LedgerFilterProxy, status_text

ANY_DEADLINE, THIS_WEEK, THIS_MONTH, DATE_RANGE = "any", "week", "month", "range"


def week_of(today: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding ``today``."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def month_of(today: date) -> tuple[date, date]:
    first = today.replace(day=1)
    next_month = (first + timedelta(days=32)).replace(day=1)
    return first, next_month - timedelta(days=1)


class LedgerFilterBar(QWidget):
    """Filter widgets for ``proxy``; ``today`` says which week and month are current."""

    def __init__(
        self,
        proxy: LedgerFilterProxy,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerFilterBar")
        self._proxy = proxy
        self._today = today
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.addItem(self.tr("All"), None)
        for status in ("open", "rectified", "verified"):
            self.status_combo.addItem(status_text(status), status)
        self.community_combo = QComboBox(self)
        self.community_combo.setObjectName("communityCombo")
        self.community_combo.addItem(self.tr("All"), None)
        self.community_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.deadline_combo = QComboBox(self)
        self.deadline_combo.setObjectName("deadlineCombo")
        for text, key in (
            (self.tr("Any"), ANY_DEADLINE),
            (self.tr("Due this week"), THIS_WEEK),
            (self.tr("Due this month"), THIS_MONTH),
            (self.tr("From … to …"), DATE_RANGE),
        ):
            self.deadline_combo.addItem(text, key)
        self.first_edit = self._date_edit("deadlineFromEdit")
        self.last_edit = self._date_edit("deadlineToEdit")
        self.range_dash = QLabel("–", self)
        self.overdue_check = QCheckBox(self.tr("&Overdue only"), self)
        self.overdue_check.setObjectName("overdueCheck")
        self._lay_out()
        self.status_combo.currentIndexChanged.connect(self._status_chosen)
        self.community_combo.currentIndexChanged.connect(self._community_chosen)
        self.deadline_combo.currentIndexChanged.connect(self._deadline_chosen)
        self.first_edit.dateChanged.connect(self._deadline_chosen)
        self.last_edit.dateChanged.connect(self._deadline_chosen)
        self.overdue_check.toggled.connect(proxy.set_overdue_only)
        self._deadline_chosen()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(to_qdate(self._today()), self)
        edit.setObjectName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        return edit

    def _lay_out(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, field in (
            (self.tr("&Status:"), self.status_combo),
            (self.tr("&Community:"), self.community_combo),
            (self.tr("&Deadline:"), self.deadline_combo),
        ):
            label = QLabel(caption, self)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field)
            layout.addSpacing(8)
        layout.addWidget(self.first_edit)
        layout.addWidget(self.range_dash)
        layout.addWidget(self.last_edit)
        layout.addSpacing(8)
        layout.addWidget(self.overdue_check)
        layout.addStretch(1)

    def set_communities(self, communities: Sequence[tuple[str, str]]) -> None:
        """(id, name) of the communities to choose from; the current choice is kept."""
        current = self.community_combo.currentData()
        self.community_combo.blockSignals(True)
        try:
            while self.community_combo.count() > 1:
                self.community_combo.removeItem(1)
            for community_id, name in communities:
                self.community_combo.addItem(name, community_id)
            index = self.community_combo.findData(current) if current is not None else 0
        finally:
            self.community_combo.blockSignals(False)
        # A community no longer in the ledger: back to all, and the proxy follows.
        self.community_combo.setCurrentIndex(max(index, 0))
        self._community_chosen()

    def choose_status(self, status: str | None) -> None:
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))

    def choose_community(self, community_id: str | None) -> None:
        self.community_combo.setCurrentIndex(max(self.community_combo.findData(community_id), 0))

    def choose_deadline(self, key: str) -> None:
        self.deadline_combo.setCurrentIndex(max(self.deadline_combo.findData(key), 0))

    @Slot()
    def _status_chosen(self) -> None:
        self._proxy.set_status(self.status_combo.currentData())

    @Slot()
    def _community_chosen(self) -> None:
        self._proxy.set_community(self.community_combo.currentData())

    @Slot()
    def _deadline_chosen(self) -> None:
        key = self.deadline_combo.currentData()
        custom = key == DATE_RANGE
        for widget in (self.first_edit, self.range_dash, self.last_edit):
            widget.setVisible(custom)
        if key == THIS_WEEK:
            self._proxy.set_deadline_range(*week_of(self._today()))
        elif key == THIS_MONTH:
            self._proxy.set_deadline_range(*month_of(self._today()))
        elif custom:
            self._proxy.set_deadline_range(
                to_date(self.first_edit.date()), to_date(self.last_edit.date())
            )
        else:
            self._proxy.set_deadline_range(None, None)
