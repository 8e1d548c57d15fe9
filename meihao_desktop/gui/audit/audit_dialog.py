"""视图 → 操作记录…: who changed what, when, old → new, and through which path (this
computer, the command line, an exchange package or a spreadsheet import), newest first.

Filters: the kind of record, who, the source (one, or all of this computer's or all
packages'), a date range and a search text (which also finds the changes concerning a
community by its name). The list is read a page at a time (``AuditTableModel``); typing
in the search box waits a moment before searching. Clicking the time column's header
turns the order round. "Show stored values" puts the raw values in the cells, for
support; the tooltips always have them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.audit.audit_model import COL_AT, AuditTableModel
from meihao_desktop.gui.audit.texts import entity_text, source_text
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_audit_dialog import Ui_AuditDialog
from meihao_desktop.services.audit_log import ORIGIN_LOCAL, ORIGIN_PACKAGE, AuditFilter

SEARCH_DELAY_MS = 300
ORIGIN = "origin:"
"""Source choices that stand for a group of sources: no real source starts with it."""
COLUMN_WIDTHS = (125, 75, 150, 80, 290, 120, 110)


def local_midnight(day: date) -> datetime:
    """The start of ``day`` on this computer's clock, as an aware datetime."""
    return datetime.combine(day, time()).astimezone()


class AuditDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.context = context
        self._order = Qt.SortOrder.DescendingOrder
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.model = AuditTableModel(self)
        self.raw_check = QCheckBox(self.tr("Show stored &values"), self)
        self.raw_check.setObjectName("rawCheck")
        self.raw_check.setToolTip(self.tr("Codes, ids and times as the database keeps them"))
        self.ui.bottomLayout.insertWidget(1, self.raw_check)
        self.raw_check.toggled.connect(self.model.set_raw)
        self.raw_check.toggled.connect(self._fit_time_column)
        QWidget.setTabOrder(self.ui.auditTable, self.raw_check)
        self._set_up_table()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        today = QDate.currentDate()
        self.ui.fromDate.setDate(today.addDays(-30))
        self.ui.toDate.setDate(today)
        self._fill_choices()
        self._connect_filters()
        QShortcut(QKeySequence("F5"), self, self.refresh)
        QShortcut(QKeySequence.StandardKey.Find, self, self.ui.searchEdit.setFocus)
        self.ui.fromDate.setEnabled(False)
        self.ui.toDate.setEnabled(False)
        self.reload()

    def _set_up_table(self) -> None:
        table = self.ui.auditTable
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        rows = table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        # Interactive, not ResizeToContents: measuring every row defeats lazy fetching.
        # The last column (old → new) takes the rest of the width.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setMinimumSectionSize(60)
        # The order is the database's (by the real timestamp), so only time sorts.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_AT, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)

    def _connect_filters(self) -> None:
        for combo in (self.ui.entityCombo, self.ui.actorCombo, self.ui.sourceCombo):
            combo.currentIndexChanged.connect(self.reload)
        self.ui.dateCheck.toggled.connect(self._dates_enabled)
        self.ui.fromDate.dateChanged.connect(self.reload)
        self.ui.toDate.dateChanged.connect(self.reload)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.reload)

    def _fill_choices(self) -> None:
        try:
            choices = self.context.services.audit_log.choices()
        except MeihaoError as error:
            show_error(self, error)
            return
        _fill(self.ui.entityCombo, self.tr("All"), [(e, entity_text(e)) for e in choices.entities])
        _fill(self.ui.actorCombo, self.tr("Anyone"), [(a, a) for a in choices.actors])
        origins = [
            (ORIGIN + ORIGIN_LOCAL, self.tr("All made on this computer")),
            (ORIGIN + ORIGIN_PACKAGE, self.tr("All exchange packages")),
        ]
        sources = [(s, source_text(s)) for s in choices.sources]
        _fill(self.ui.sourceCombo, self.tr("Any"), sources, origins)

    @Slot(int, Qt.SortOrder)
    def _fit_time_column(self, raw: bool) -> None:
        """Stored times (ISO, with microseconds and zone) are twice as wide as shown ones."""
        header = self.ui.auditTable.horizontalHeader()
        width = COLUMN_WIDTHS[COL_AT]
        if raw:
            sample = "2026-11-21T14:05:09.123456+00:00"
            width = max(width, self.ui.auditTable.fontMetrics().horizontalAdvance(sample) + 16)
        header.resizeSection(COL_AT, width)

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.ui.auditTable.horizontalHeader()
        if column != COL_AT:  # put the arrow back where the order comes from
            header.blockSignals(True)
            header.setSortIndicator(COL_AT, self._order)
            header.blockSignals(False)
            return
        if order != self._order:
            self._order = order
            self.reload()

    @Slot(bool)
    def _dates_enabled(self, on: bool) -> None:
        self.ui.fromDate.setEnabled(on)
        self.ui.toDate.setEnabled(on)
        self.reload()

    # -- reading -----------------------------------------------------------------------

    def audit_filter(self) -> AuditFilter:
        since = until = None
        if self.ui.dateCheck.isChecked():
            first, last = _day(self.ui.fromDate.date()), _day(self.ui.toDate.date())
            since, until = local_midnight(first), local_midnight(last + timedelta(days=1))
        source = str(self.ui.sourceCombo.currentData() or "")
        origin = source.removeprefix(ORIGIN) if source.startswith(ORIGIN) else None
        return AuditFilter(
            entity=self.ui.entityCombo.currentData() or None,
            actor=self.ui.actorCombo.currentData() or None,
            source=None if origin is not None else source or None,
            origin=origin,
            since=since,
            until=until,
            text=self.ui.searchEdit.text(),
            oldest_first=self._order == Qt.SortOrder.AscendingOrder,
        )

    @Slot()
    def reload(self) -> None:
        """Read the entries matching the filters again, from the newest."""
        self._search_timer.stop()
        audit_log = self.context.services.audit_log
        filters = self.audit_filter()
        try:
            total = audit_log.count(filters)
        except MeihaoError as error:
            show_error(self, error)
            return
        self.model.reset(total, lambda offset, limit: audit_log.page(filters, offset, limit))
        if self.model.canFetchMore(self.ui.auditTable.rootIndex()):
            self.model.fetchMore(self.ui.auditTable.rootIndex())
        self.ui.countLabel.setText(self.tr("{n} entries").format(n=total))

    @Slot()
    def refresh(self) -> None:
        """New entries and new choices (F5)."""
        self._fill_choices()
        self.reload()


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _fill(
    combo: QComboBox,
    everything: str,
    values: list[tuple[str, str]],
    groups: list[tuple[str, str]] | None = None,
) -> None:
    """``values``: (data, text) pairs, after the ``groups`` of them and a separator;
    keeps the current choice if it is still offered."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, "")
    for data, text in groups or []:
        combo.addItem(text, data)
    if groups and values:
        combo.insertSeparator(combo.count())
    for data, text in values:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(combo.findData(kept) if kept else 0, 0))
    combo.blockSignals(False)


def open_audit_dialog(context: AppContext, parent: QWidget) -> AuditDialog:
    dialog = AuditDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
