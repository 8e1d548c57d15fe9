"""汇总 (compile and rank): every inspector's results per community, ranked.

Above, the campaign and the district/street filters (a filtered compile ranks within
what it shows, as the summary workbook does); the ranking table; below, the selected
community in detail (``gui.compile.detail_panel``) with the bureau's recommendation. For
composite standards the bureau types the survey and vote scores into the table.

The compile runs on the GUI thread: it takes ~10 ms on the demo campaign (~80 ms the
first time, loading the standard) — a city's campaign would call for the job runner.
The page compiles again each time it is shown, so results imported or scored
meanwhile appear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.compile.comparison import ComparisonDialog
from meihao_desktop.gui.compile.detail_panel import CommunityDetailPanel
from meihao_desktop.gui.compile.ranking_model import (
    COL_COMMUNITY,
    COL_RANK,
    ROW_ROLE,
    RankingModel,
    RankingProxy,
)
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from meihao_desktop.services.compile import Compilation, CompiledRow


class SummaryPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.context = context
        self.compilation: Compilation | None = None
        self.model = RankingModel(self._save_entered, self)
        self.proxy = RankingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.campaign_combo = self._combo("campaignCombo")
        self.district_combo = self._combo("districtCombo")
        self.street_combo = self._combo("streetCombo")
        self.table = self._table()
        self.detail = CommunityDetailPanel(context, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rankingCountLabel")
        self.export_button = QPushButton(self.tr("Export Summary (&Excel)…"), self)
        self.export_button.setObjectName("exportSummaryButton")
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setShortcut(QKeySequence("F5"))
        self._lay_out()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.campaign_combo.activated.connect(self._campaign_chosen)
        self.district_combo.activated.connect(self._district_chosen)
        self.street_combo.activated.connect(lambda _index: self.recompile())
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_summary)
        # In place, not by compiling again: it happens while the selection moves.
        self.detail.recommendationSaved.connect(self.model.set_recommendation)
        self.detail.compareRequested.connect(self.compare)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("rankingTable")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setSortingEnabled(True)
        table.sortByColumn(COL_RANK, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        for text, combo in (
            (self.tr("&Campaign:"), self.campaign_combo),
            (self.tr("&District:"), self.district_combo),
            (self.tr("S&treet:"), self.street_combo),
        ):
            label = QLabel(text, self)
            label.setBuddy(combo)
            bar.addWidget(label)
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("summarySplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.setFocusProxy(self.table)

    # -- compiling -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # not when the window is merely restored
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():
            self.detail.save_if_changed()
        super().hideEvent(event)

    @Slot()
    def refresh(self) -> None:
        """Read the campaigns and compile the chosen one again."""
        try:
            campaigns = self.context.services.campaigns.list()
        except MeihaoError as error:
            show_error(self, error)
            return
        chosen = self.campaign_id() or (campaigns[0].id if campaigns else "")
        self.campaign_combo.clear()
        for campaign in campaigns:
            self.campaign_combo.addItem(f"{campaign.name}（{campaign.year}）", campaign.id)
        self.campaign_combo.setCurrentIndex(max(self.campaign_combo.findData(chosen), 0))
        self._fill_places()
        self.recompile()

    def campaign_id(self) -> str:
        return str(self.campaign_combo.currentData() or "")

    def district(self) -> str | None:
        return self.district_combo.currentData() or None

    def street(self) -> str | None:
        return self.street_combo.currentData() or None

    def _fill_places(self) -> None:
        """The districts and streets of the campaign's communities, keeping the choice."""
        district, street = self.district(), self.street()
        places: set[tuple[str, str]] = set()
        if self.campaign_id():
            try:
                rows = self.context.services.compile.compile(self.campaign_id()).rows
            except MeihaoError as error:
                show_error(self, error)
                rows = ()
            places = {(row.district, row.street) for row in rows}
        _fill(self.district_combo, self.tr("All districts"), {d for d, _s in places}, district)
        shown_district = self.district()
        streets = {s for d, s in places if shown_district is None or d == shown_district}
        _fill(self.street_combo, self.tr("All streets"), streets, street)

    @Slot(int)
    def _campaign_chosen(self, _index: int) -> None:
        self._fill_places()
        self.recompile()

    @Slot(int)
    def _district_chosen(self, _index: int) -> None:
        self._fill_places()
        self.recompile()

    @Slot()
    def recompile(self) -> None:
        """Compile the chosen campaign with the filters, keeping the selected community."""
        self.detail.save_if_changed()
        selected = self.current_community_id()
        compilation = None
        if self.campaign_id():
            try:
                compilation = self.context.services.compile.compile(
                    self.campaign_id(), district=self.district(), street=self.street()
                )
            except MeihaoError as error:
                show_error(self, error)
        self.compilation = compilation
        self.model.set_compilation(compilation)
        self._fit_columns()
        rows = self.model.rowCount()
        ranked = sum(1 for row in self.model.rows() if row.rank is not None)
        self.count_label.setText(
            self.tr("{rows} communities, {ranked} ranked").format(rows=rows, ranked=ranked)
        )
        if not (selected and self.select(selected)) and rows:
            self.select(self.model.compiled_row(0).community_id)
        self._show_current()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_COMMUNITY, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(COL_COMMUNITY)

    # -- selection -------------------------------------------------------------------

    def current_row(self) -> CompiledRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row: CompiledRow = index.data(ROW_ROLE)
        return row

    def current_community_id(self) -> str | None:
        row = self.current_row()
        return None if row is None else row.community_id

    def select(self, community_id: str) -> bool:
        source_row = self.model.row_of(community_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, COL_COMMUNITY))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.save_if_changed()
        self._show_current()

    def _show_current(self) -> None:
        standard = None if self.compilation is None else self.compilation.standard
        self.detail.show_row(self.current_row(), standard, self.campaign_id())

    # -- edits and actions -----------------------------------------------------------

    def _save_entered(self, community_id: str, component_code: str, text: str) -> bool:
        """The table's editor committed a survey or vote score; recompile if stored."""
        try:
            self.context.services.entered_scores.set(
                self.campaign_id(), community_id, component_code, text
            )
        except MeihaoError as error:
            show_error(self, error)
            return False
        self.context.save_state.saved()
        # Not from inside setData: the view still holds the editor of the old model.
        QTimer.singleShot(0, self, self.recompile)
        return True

    @Slot(str)
    def compare(self, community_id: str) -> ComparisonDialog | None:
        try:
            comparison = self.context.services.compile.compare_with_previous(
                community_id, self.campaign_id()
            )
        except MeihaoError as error:
            show_error(self, error)
            return None
        dialog = ComparisonDialog(comparison, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @Slot()
    def export_summary(self) -> None:
        from meihao_desktop.gui.compile.summary_export import ask_export_summary

        if self.campaign_id():
            ask_export_summary(
                self, self.context, self.campaign_id(), self.district(), self.street()
            )


def _fill(combo: QComboBox, everything: str, values: set[str], keep: str | None) -> None:
    combo.clear()
    combo.addItem(everything, "")
    for value in sorted(v for v in values if v):
        combo.addItem(value, value)
    combo.setCurrentIndex(max(combo.findData(keep or ""), 0))
