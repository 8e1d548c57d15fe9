"""The communities (小区) page: the list of communities, search, add, edit, import, inspect.

The table is a ``CommunityTableModel`` behind a ``CommunityFilterProxy``; the search box
filters as the reviewer types. An empty database shows three ways to get started.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.communities.edit_dialog import CommunityDialog
from meihao_desktop.gui.communities.empty_state import CommunitiesEmptyState
from meihao_desktop.gui.communities.import_flow import CommunityImport
from meihao_desktop.gui.communities.table_model import (
    COL_PROPERTY_COMPANY,
    COMMUNITY_ID_ROLE,
    CommunityFilterProxy,
    CommunityTableModel,
)
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error

MAX_COLUMN_WIDTH = 260
COLUMN_PADDING = 12
ROW_PADDING = 8


class CommunitiesPage(QWidget):
    communitiesChanged = Signal()
    """A community was added or edited, or a spreadsheet imported (other pages may reload)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communitiesPage")
        self.context = context
        self.current_import: CommunityImport | None = None
        self._import_running = False
        self.current_dialog: CommunityDialog | None = None
        self.model = CommunityTableModel(self)
        self.proxy = CommunityFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = self._search_edit()
        self.view = self._table_view()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("communityCountLabel")
        self.empty_state = CommunitiesEmptyState(self)
        self.empty_state.demoRequested.connect(self.request_demo_data)
        self.empty_state.importRequested.connect(self.import_from_excel)
        self.empty_state.newRequested.connect(self.new_community)
        self._build_actions()
        self._lay_out()
        self.refresh()
        self._fit_columns()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            width = header.sectionSize(column) + COLUMN_PADDING
            header.resizeSection(column, min(width, MAX_COLUMN_WIDTH))

    def _search_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName("communitySearchEdit")
        edit.setClearButtonEnabled(True)
        edit.setPlaceholderText(self.tr("Search name, district, street, property company (Ctrl+F)"))
        edit.setMinimumWidth(320)
        edit.textChanged.connect(self._search)
        edit.installEventFilter(self)
        return edit

    def _table_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("communityTable")
        view.setModel(self.proxy)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + ROW_PADDING)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The long names take the spare width, not the short number at the end.
        header.setSectionResizeMode(COL_PROPERTY_COMPANY, QHeaderView.ResizeMode.Stretch)
        # No sort column at first: the service's order (district, then name) stands.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.doubleClicked.connect(self._edit_at)
        selection = view.selectionModel()
        selection.selectionChanged.connect(lambda *_: self._update_actions())
        return view

    def _action(
        self, name: str, text: str, keys: list[QKeySequence], slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(keys)
        shortcut = keys[0].toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({shortcut})")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.new_action = self._action(
            "newCommunityAction", self.tr("New Community…"), [key("Ctrl+N")], self.new_community
        )
        self.edit_action = self._action(
            "editCommunityAction",
            self.tr("Edit…"),
            [key(Qt.Key.Key_Return), key(Qt.Key.Key_Enter)],
            self.edit_current,
        )
        # Enter edits only where a row is chosen: in the table, not in the search box.
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.edit_action)
        self.import_action = self._action(
            "importCommunitiesAction",
            self.tr("Import from Excel…"),
            [key("Ctrl+I")],
            self.import_from_excel,
        )
        self.inspect_action = self._action(
            "inspectCommunityAction",
            self.tr("Inspect This Community"),
            [key("Ctrl+Shift+N")],
            self.inspect_current,
        )
        self.export_action = self._action(
            "exportRecommendationAction",
            self.tr("Export Recommendation Form…"),
            [key("Ctrl+P")],
            self.export_recommendation_current,
        )
        self.search_action = self._action(
            "searchCommunitiesAction",
            self.tr("Search"),
            [key(key.StandardKey.Find)],
            self.focus_search,
        )
        # Window shortcuts of a page work only while it is the page shown (hidden
        # widgets take no shortcuts), so other pages may use the same keys.
        for action in (
            self.new_action,
            self.import_action,
            self.inspect_action,
            self.export_action,
        ):
            self.addAction(action)
        self.addAction(self.search_action)

    def _lay_out(self) -> None:
        toolbar = QToolBar(self)
        toolbar.setObjectName("communitiesToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.import_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.inspect_action)
        toolbar.addAction(self.export_action)
        spacer = QWidget(toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_edit)
        table_panel = QWidget(self)
        panel_layout = QVBoxLayout(table_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.view)
        panel_layout.addWidget(self.count_label)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(table_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addWidget(self.stack, 1)

    # -- what the page shows ---------------------------------------------------------

    def refresh(self) -> None:
        """Reload the communities from the database, keeping the selected one selected."""
        selected = self.current_community_id()
        communities = self.context.services.communities
        try:
            rows = communities.list()
            counts = communities.inspection_counts()
        except MeihaoError as error:
            show_error(self, error)
            return
        self.model.set_communities(rows, counts)
        self.stack.setCurrentIndex(1 if rows else 0)
        if selected is not None:
            self.select_community(selected)
        self._update_count()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        # Other pages add inspections: the counts are re-read whenever the page comes back.
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    def current_community_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row()):
            return None
        value = index.data(COMMUNITY_ID_ROLE)
        return str(value) if value is not None else None

    def select_community(self, community_id: str) -> bool:
        """Make ``community_id`` the current row (clearing a search that hides it)."""
        row = self.model.row_of(community_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("{count} communities").format(count=total)
        else:
            text = self.tr("{shown} of {count} communities shown").format(shown=shown, count=total)
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        chosen = self.current_community_id() is not None
        self.edit_action.setEnabled(chosen)
        self.inspect_action.setEnabled(chosen)
        self.export_action.setEnabled(chosen)

    @Slot(str)
    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        self._update_actions()

    @Slot()
    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # From the search box, Enter or Down goes to the results, Escape clears the search.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self._go_to_results()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                return True
        return super().eventFilter(watched, event)

    def _go_to_results(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        if self.current_community_id() is None:
            current = self.view.currentIndex()
            self.view.selectRow(current.row() if current.isValid() else 0)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the reviewer can do ----------------------------------------------------

    @Slot()
    def new_community(self) -> CommunityDialog:
        return self._open_dialog(CommunityDialog(self.context.services.communities, None, self))

    @Slot()
    def edit_current(self) -> CommunityDialog | None:
        community_id = self.current_community_id()
        if community_id is None:
            return None
        try:
            community = self.context.services.communities.get(community_id)
        except MeihaoError as error:
            show_error(self, error)
            return None
        return self._open_dialog(
            CommunityDialog(self.context.services.communities, community, self)
        )

    @Slot(QModelIndex)
    def _edit_at(self, index: QModelIndex) -> None:
        self.view.selectRow(index.row())
        self.edit_current()

    def _open_dialog(self, dialog: CommunityDialog) -> CommunityDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.current_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, dialog: CommunityDialog) -> None:
        self.context.save_state.saved()
        self.refresh()
        if dialog.saved_community is not None:
            self.select_community(dialog.saved_community.id)
        self.communitiesChanged.emit()

    @Slot()
    def import_from_excel(self) -> CommunityImport:
        """Start an import (file dialog first); the flow is kept in ``current_import``.

        While one import is under way (the file is still being read), that one is returned.
        """
        if self.current_import is not None and self._import_running:
            return self.current_import
        flow = CommunityImport(self.context, self)
        flow.imported.connect(lambda _outcome: self._imported())
        flow.finished.connect(self._import_over)
        flow.finished.connect(flow.deleteLater)
        self.current_import = flow
        self._import_running = True
        flow.start()
        return flow

    @Slot()
    def _import_over(self) -> None:
        self._import_running = False

    def _imported(self) -> None:
        self.refresh()
        self.communitiesChanged.emit()

    @Slot()
    def inspect_current(self) -> None:
        """Go to the inspections page and start an inspection of the selected community."""
        community_id = self.current_community_id()
        if community_id is None:
            return
        page = self.context.show_page("inspections")
        # Written on the inspections page; until it exists, going there is all we can do.
        start = getattr(page, "start_inspection_for", None)
        if callable(start):
            start(community_id)

    @Slot()
    def export_recommendation_current(self) -> None:
        """The selected community's recommendation form: decision, opinion, signature, PDF."""
        community_id = self.current_community_id()
        if community_id is not None:
            from meihao_desktop.gui.signing.recommendation_dialog import export_recommendation

            export_recommendation(self.context, self, community_id)

    @Slot()
    def request_demo_data(self) -> None:
        """Ask the main window to write the demo data (it reloads every page afterwards)."""
        demo_requested = getattr(self.window(), "demoRequested", None)
        if demo_requested is not None:
            demo_requested.emit()
