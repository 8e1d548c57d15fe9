"""整改台账 (rectification ledger): every problem found on site, followed until closed.

The table lists the problems with their deadline and status, overdue ones in red; the
filters narrow it by status, community, deadline and overdue. Below, the selected
problem in full with its history. The actions move a problem along: mark rectified
(with a note and an after-photo), close it (销号, the bureau's verification), reopen a
rectification that is not accepted, edit an open one. The ledger is read again each
time the page is shown, so problems just recorded in the inspection editor appear.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.ledger.after_photo import photo_importer, read_thumbnail, thumbnail_file
from meihao_desktop.gui.ledger.detail_panel import LedgerDetailPanel
from meihao_desktop.gui.ledger.filter_bar import LedgerFilterBar
from meihao_desktop.gui.ledger.problem_dialog import EditProblemDialog
from meihao_desktop.gui.ledger.rectified_dialog import RectifiedDialog
from meihao_desktop.gui.ledger.table_model import (
    COL_DEADLINE,
    COL_PROBLEM,
    OVERDUE_ROLE,
    ROW_ROLE,
    LedgerFilterProxy,
    LedgerTableModel,
)

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.rectifications import LedgerRow

# Which status each action starts from.
ACTION_STATUS = {"mark": "open", "edit": "open", "verify": "rectified", "reopen": "rectified"}


class LedgerPage(QWidget):
    """The ledger; ``today`` (a function, for tests) decides what is overdue."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerPage")
        self.context = context
        self._today = today
        self._item_texts: dict[tuple[str, str], str] = {}
        self.model = LedgerTableModel(self.item_text, self)
        self.proxy = LedgerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_bar = LedgerFilterBar(self.proxy, today, self)
        self.table = self._table()
        self.detail = LedgerDetailPanel(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ledgerCountLabel")
        self.actions_by_name: dict[str, QAction] = {}
        self._build_actions()
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(self._activated)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        self._update_actions(None)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("ledgerTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.sortByColumn(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_actions(self) -> None:
        for name, text, keys, slot in (
            ("mark", self.tr("Mark &Rectified…"), "Ctrl+R", self.mark_rectified),
            ("verify", self.tr("&Close (Verified)…"), "Ctrl+Shift+V", self.verify),
            ("reopen", self.tr("Re&open…"), "Ctrl+Shift+O", self.reopen),
            ("edit", self.tr("&Edit…"), "F2", self.edit),
            ("refresh", self.tr("Re&fresh"), "F5", self.refresh),
        ):
            action = QAction(text, self)
            action.setObjectName(f"{name}Action")
            action.setShortcut(QKeySequence(keys))
            # Only while the ledger is the page shown: other pages use the same keys.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                f"{action.text().replace('&', '')} "
                f"({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            action.triggered.connect(slot)
            self.addAction(action)
            if name != "refresh":
                self.table.addAction(action)
            self.actions_by_name[name] = action

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for action in self.actions_by_name.values():
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # not when the window is merely restored
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the ledger again, keeping the selected problem selected."""
        selected = self.current_row()
        try:
            rows = self.context.services.rectifications.list()
        except MeihaoError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows, self._today())
        communities = sorted({(row.community_id, row.community) for row in rows}, key=_by_name)
        self.filter_bar.set_communities(communities)
        if selected is not None:
            self.select(selected.id)
        self._show_current()

    def current_row(self) -> LedgerRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row: LedgerRow = index.data(ROW_ROLE)
        return row

    def select(self, rectification_id: str) -> bool:
        """Select the problem if the filters show it; whether it is shown."""
        source_row = self.model.row_of(rectification_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def item_text(self, row: LedgerRow) -> str:
        """ "3.5 text of the item", or "" when the problem concerns no item."""
        if row.item_code is None:
            return ""
        key = (row.standard_id, row.item_code)
        if key not in self._item_texts:
            try:
                item = self.context.services.catalog.get(row.standard_id).item(row.item_code)
            except MeihaoError:
                item = None
            self._item_texts[key] = row.item_code if item is None else f"{item.code} {item.text}"
        return self._item_texts[key]

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        self._update_actions(row)
        history = []
        if row is not None:
            try:
                history = self.context.services.rectifications.history(row.id)
            except MeihaoError as error:
                show_error(self, error)
        self.detail.show_row(row, self.item_text(row) if row else "", self._today(), history)
        if row is not None and row.after_photo_sha256:
            self._load_thumbnail(row.id, row.after_photo_sha256)

    def _load_thumbnail(self, rectification_id: str, sha256: str) -> None:
        path = thumbnail_file(self.context.services.db.path, sha256)

        def shown(image: QImage) -> None:
            current = self.current_row()
            if current is None or current.id != rectification_id:
                return  # the selection moved on while the file was read
            if image.isNull():
                self.detail.show_photo(None, self.tr("The photo file is missing"))
            else:
                self.detail.show_photo(QPixmap.fromImage(image), "")

        self.context.jobs.run(
            self.tr("Loading the after-photo"),
            lambda _progress: read_thumbnail(path),
            shown,
            lambda _error: shown(QImage()),
            show_progress=False,
        )

    def _update_actions(self, row: LedgerRow | None) -> None:
        for name, status in ACTION_STATUS.items():
            self.actions_by_name[name].setEnabled(row is not None and row.status == status)

    @Slot()
    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        overdue = sum(1 for r in range(shown) if self.proxy.index(r, 0).data(OVERDUE_ROLE))
        self.count_label.setText(
            self.tr("{shown} problems, {overdue} overdue").format(shown=shown, overdue=overdue)
        )

    @Slot(QModelIndex)
    def _activated(self, _index: QModelIndex) -> None:
        if self.actions_by_name["edit"].isEnabled():
            self.edit()

    def _done(self) -> None:
        """A change was committed: say so, and show it."""
        self.context.save_state.saved()
        self.refresh()

    @Slot()
    def mark_rectified(self) -> RectifiedDialog | None:
        """Open the rectified dialog for the selected open problem (non-modal to the app)."""
        row = self.current_row()
        if row is None or row.status != "open":
            return None
        dialog = RectifiedDialog(
            self.context, row, photo_importer(self.context, row), self._today(), self
        )
        self._open(dialog)
        return dialog

    @Slot()
    def edit(self) -> EditProblemDialog | None:
        row = self.current_row()
        if row is None or row.status != "open":
            return None
        dialog = EditProblemDialog(self.context, row, self.item_text(row), self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    @Slot()
    def verify(self) -> bool:
        """Close (销号) the selected rectified problem after asking; whether it was closed."""
        row = self.current_row()
        if row is None or row.status != "rectified":
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Close Problem"),
            self.tr(
                "Close this problem as verified?\n\n{community}: {problem}\n\n"
                "Closing records that the bureau has checked the rectification; "
                "a closed problem cannot be reopened."
            ).format(community=row.community, problem=row.problem),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.context.services.rectifications.verify(row.id, self.context.inspector_name)
        except MeihaoError as error:
            show_error(self, error)
            return False
        self._done()
        return True

    @Slot()
    def reopen(self) -> bool:
        """Send the selected rectified problem back to open, with the reason asked for."""
        row = self.current_row()
        if row is None or row.status != "rectified":
            return False
        reason, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Reopen Problem"),
            self.tr("Why is the rectification not accepted?"),
        )
        if not ok:
            return False
        try:
            self.context.services.rectifications.reopen(row.id, reason)
        except MeihaoError as error:
            show_error(self, error)
            return False
        self._done()
        return True


def _by_name(community: tuple[str, str]) -> str:
    return community[1]
