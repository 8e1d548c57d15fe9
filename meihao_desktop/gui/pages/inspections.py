"""考察 (inspections): the list of inspections, and the editor an inspector works in.

The list and the editor share the page (a stacked widget): opening an inspection shows
the editor in the list's place, "back to list" (Alt+Left, Esc) returns. Other pages
open one with ``context.show_page("inspections").open_inspection(id)`` or start one with
``start_inspection_for(community_id)``. The list also creates campaigns (评选活动) and
deletes unsigned inspections, with undo (``gui.editor.deletion``).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.campaigns.campaign_dialog import CampaignDialog, create_campaign
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.editor.deletion import InspectionDeletion
from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.gui.editor.inspection_table import InspectionTableModel
from meihao_desktop.gui.editor.new_inspection_dialog import (
    CampaignChoice,
    CommunityChoice,
    NewInspectionDialog,
    NewInspectionRequest,
)
from meihao_desktop.gui.errors import show_error

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.store.models import Campaign


class InspectionsPage(QWidget):
    inspectionOpened = Signal(str)
    """(inspection_id): the editor now shows this inspection."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspectionsPage")
        self.context = context
        self._typed_inspector = ""  # asked once per session when Settings has no name
        self._last_campaign_id = ""  # offered first when starting the next inspection
        self.model = InspectionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(InspectionTableModel.SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.list_panel = self._build_list()
        self.editor = InspectionEditor(context, self)
        self.editor.closeRequested.connect(self.close_editor)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.editor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack)
        self.new_action = QAction(self.tr("New inspection…"), self)
        self.new_action.setObjectName("newInspectionAction")
        self.new_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_action.triggered.connect(lambda _checked=False: self.new_inspection())
        self.addAction(self.new_action)  # works while the page is shown
        self._add_list_actions()
        self.refresh()

    def _build_list(self) -> QWidget:
        panel = QWidget(self)
        self.filter_edit = QLineEdit(panel)
        self.filter_edit.setObjectName("inspectionFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: community, district, inspector…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_edit.returnPressed.connect(self._open_first_match)
        self.new_button = QPushButton(self.tr("New inspection… (Ctrl+N)"), panel)
        self.new_button.setObjectName("newInspectionButton")
        self.new_button.clicked.connect(lambda _checked=False: self.new_inspection())
        self.open_button = QPushButton(self.tr("Open (Enter)"), panel)
        self.open_button.setObjectName("openInspectionButton")
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete… (Del)"), panel)
        self.delete_button.setObjectName("deleteInspectionButton")
        self.delete_button.setToolTip(
            self.tr("Delete the selected inspection (only if it is not signed)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.campaign_button = QPushButton(self.tr("New campaign…"), panel)
        self.campaign_button.setObjectName("newCampaignButton")
        self.campaign_button.setToolTip(
            self.tr("Create a campaign (评选活动): name, year, scoring standard, district")
        )
        self.campaign_button.clicked.connect(lambda _checked=False: self.new_campaign())
        self.deletion = InspectionDeletion(self.context, panel)
        self.deletion.changed.connect(self._after_deletion)
        self.table = QTableView(panel)
        self.table.setObjectName("inspectionTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(InspectionTableModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            InspectionTableModel.COL_COMMUNITY, QHeaderView.ResizeMode.Stretch
        )
        # Enter and double-click both "activate" a row.
        self.table.activated.connect(self._open_index)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)
        top.addSpacing(12)
        top.addWidget(self.campaign_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.deletion.bar)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)
        return panel

    def _add_list_actions(self) -> None:
        """Delete on the table, Ctrl+Z anywhere on the list (not in the editor)."""
        delete = QAction(self.tr("Delete inspection…"), self.table)
        delete.setObjectName("deleteInspectionAction")
        delete.setShortcuts(QKeySequence.StandardKey.Delete)
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)
        undo = QAction(self.tr("Undo deletion"), self.list_panel)
        undo.setObjectName("undoDeletionAction")
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        undo.triggered.connect(self.deletion.undo)
        self.list_panel.addAction(undo)

    # -- the list --------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping the selected inspection selected."""
        selected = self.selected_inspection_id()
        try:
            rows = self.context.services.inspections.overview()
        except MeihaoError as error:
            show_error(self, error)
            return
        self.model.set_rows(rows)
        self.select_inspection(selected or (rows[0].summary.id if rows else ""))

    def selected_inspection_id(self) -> str:
        index = self.table.currentIndex()
        return str(index.data(InspectionTableModel.IdRole) or "") if index.isValid() else ""

    def select_inspection(self, inspection_id: str) -> None:
        row = self.model.row_of(inspection_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stack.currentWidget() is self.list_panel:
            self.refresh()  # other pages may have changed inspections meanwhile

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        inspection_id = index.data(InspectionTableModel.IdRole)
        if inspection_id:
            self.open_inspection(str(inspection_id))

    @Slot()
    def open_selected(self) -> None:
        self._open_index(self.table.currentIndex())

    @Slot()
    def _open_first_match(self) -> None:
        if self.proxy.rowCount() == 1 or not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.open_selected()

    @Slot()
    def delete_selected(self) -> QWidget | None:
        """Ask to delete the selected inspection (a signed one: say why it cannot be)."""
        return self.deletion.ask(self.selected_inspection_id())

    @Slot(str)
    def _after_deletion(self, select_id: str) -> None:
        row = self.table.currentIndex().row()
        self.refresh()
        if select_id:
            self.select_inspection(select_id)
        elif self.proxy.rowCount():  # the row that took the deleted one's place
            self.table.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the editor ------------------------------------------------------------------

    def open_inspection(self, inspection_id: str) -> bool:
        """Show ``inspection_id`` in the editor; False (and a message) if it cannot be read."""
        if not self.editor.load(inspection_id):
            return False
        self.stack.setCurrentWidget(self.editor)
        self.editor.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inspectionOpened.emit(inspection_id)
        return True

    @Slot()
    def close_editor(self) -> None:
        """Back to the list, with the inspection just edited selected and up to date."""
        inspection_id = self.editor.inspection_id
        self.editor.close_inspection()
        self.stack.setCurrentWidget(self.list_panel)
        self.refresh()
        self.select_inspection(inspection_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- starting an inspection ------------------------------------------------------

    def start_inspection_for(self, community_id: str) -> NewInspectionDialog | None:
        """The new-inspection dialog with ``community_id`` chosen already."""
        return self.new_inspection(community_id)

    def new_inspection(self, community_id: str | None = None) -> NewInspectionDialog | None:
        services = self.context.services
        try:
            communities = [
                CommunityChoice(c.id, c.name, c.district) for c in services.communities.list()
            ]
            campaigns = self._campaign_choices()
        except MeihaoError as error:
            show_error(self, error)
            return None
        name = self.context.inspector_name or self._typed_inspector
        dialog = NewInspectionDialog(
            communities, campaigns, name, self, community_id, self._last_campaign_id
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start(dialog.request()))
        dialog.newCampaignRequested.connect(lambda: self.new_campaign(dialog))
        dialog.open()
        return dialog

    def new_campaign(self, for_dialog: NewInspectionDialog | None = None) -> CampaignDialog | None:
        """新建评选活动…; from the new-inspection dialog, the campaign is chosen there."""

        def created(campaign: Campaign) -> None:
            self._last_campaign_id = campaign.id
            if for_dialog is not None:
                for_dialog.add_campaign(self._campaign_choice(campaign))

        return create_campaign(self.context, for_dialog or self, created)

    def _campaign_choice(self, campaign: Campaign) -> CampaignChoice:
        try:
            title = self.context.services.catalog.get(campaign.standard_id).title
        except MeihaoError:  # a standard since removed: its id says enough
            title = ""
        return CampaignChoice(
            campaign.id,
            campaign.name,
            campaign.year,
            campaign.standard_id,
            title,
            campaign.district,
        )

    def _campaign_choices(self) -> list[CampaignChoice]:
        services = self.context.services
        campaigns = [self._campaign_choice(c) for c in services.campaigns.list()]
        if campaigns:
            return campaigns
        # No campaign yet (a fresh database): offer one per known standard.
        year = date.today().year
        return [
            CampaignChoice(None, f"{year}年 {standard.title}", year, standard.id, standard.title)
            for standard in services.catalog.all()
        ]

    def _start(self, request: NewInspectionRequest | None) -> None:
        if request is None:
            return
        services = self.context.services
        try:
            inspector = services.inspectors.get_or_create(
                request.inspector_name, self.context.inspector_unit
            )
            campaign_id = request.campaign.id
            if campaign_id is None:
                campaign = request.campaign
                campaign_id = services.campaigns.create(
                    campaign.name, campaign.year, campaign.standard_id
                ).id
            inspection = services.inspections.start(
                request.community_id, campaign_id, inspector.id, request.visit_date
            )
        except MeihaoError as error:
            show_error(self, error)
            return
        self._last_campaign_id = campaign_id
        if not self.context.inspector_name:
            self._typed_inspector = request.inspector_name
        self.context.save_state.saved()
        self.refresh()
        self.open_inspection(inspection.id)
