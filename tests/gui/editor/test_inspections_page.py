"""The inspections page: the list, starting an inspection, opening and leaving the editor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.domain.numbers import shown
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.editor.inspection_table import InspectionTableModel
from meihao_desktop.gui.editor.new_inspection_dialog import NewInspectionDialog
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.pages.inspections import InspectionsPage
from meihao_desktop.services import Services
from meihao_desktop.store.db import Database
from tests.gui.editor.conftest import TESTER, make_context, start_inspection

Table = InspectionTableModel


def show_page(qtbot: QtBot, context: AppContext) -> InspectionsPage:
    page = InspectionsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> InspectionsPage:
    return show_page(qtbot, context)


def rows(page: InspectionsPage, column: int) -> list[str]:
    proxy = page.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def accept(dialog: NewInspectionDialog, qtbot: QtBot) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_table_model_passes_qt_checks(qapp: QApplication, services: Services) -> None:
    model = Table()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    overview = services.inspections.overview()
    model.set_rows(overview)
    assert model.rowCount() == len(overview) > 40
    model.set_rows(overview[:3])
    assert model.index(0, Table.COL_TOTAL).data(Table.SortRole) >= 0


def test_list_shows_every_inspection_with_the_services_score(
    page: InspectionsPage, services: Services
) -> None:
    summaries = services.inspections.list()
    assert page.proxy.rowCount() == len(summaries)
    for row in range(0, page.proxy.rowCount(), 7):
        index = page.proxy.index(row, 0)
        result = services.inspections.score(str(index.data(Table.IdRole)))
        assert result.total is not None
        assert index.siblingAtColumn(Table.COL_TOTAL).data() == str(shown(result.total))
        assert index.siblingAtColumn(Table.COL_COMPLETENESS).data() == result.completeness
    statuses = {s.id: s.status for s in summaries}
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, Table.COL_STATUS)
        status = statuses[str(index.data(Table.IdRole))]
        assert index.data() == QApplication.translate("InspectionTableModel", status)


def test_filter_and_sort(page: InspectionsPage, qtbot: QtBot) -> None:
    page.filter_edit.setText("东方瑞园")
    assert page.proxy.rowCount() == 5
    assert set(rows(page, Table.COL_COMMUNITY)) == {"东方瑞园"}
    page.filter_edit.clear()
    page.table.sortByColumn(Table.COL_TOTAL, Qt.SortOrder.DescendingOrder)
    totals = [float(t) for t in rows(page, Table.COL_TOTAL)]
    assert totals == sorted(totals, reverse=True)


def test_enter_opens_the_editor_and_esc_comes_back_updated(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    page.refresh()
    page.select_inspection(inspection_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.editor
    assert page.editor.inspection_id == inspection_id
    page.editor.select("1.1")
    qtbot.keyClicks(page.editor.tree, "9")
    points = page.editor.item_panel.score_input.points_edit
    qtbot.keyClick(points, Qt.Key.Key_Return)
    qtbot.keyClick(points, Qt.Key.Key_Escape)  # out of the points box of the next item
    assert page.editor.tree.hasFocus()
    qtbot.keyClick(page.editor.tree, Qt.Key.Key_Escape)  # out of the editor
    assert page.stack.currentWidget() is page.list_panel
    assert page.selected_inspection_id() == inspection_id
    total = services.inspections.score(inspection_id).total
    assert total is not None
    current = page.table.currentIndex()
    assert current.siblingAtColumn(Table.COL_TOTAL).data() == str(shown(total)) != "0.00"
    assert current.siblingAtColumn(Table.COL_COMPLETENESS).data() == "1/25"


def test_double_click_opens_the_row_under_the_mouse(page: InspectionsPage, qtbot: QtBot) -> None:
    page.filter_edit.setText("怡江苑")
    index = page.proxy.index(1, Table.COL_INSPECTOR)
    position = page.table.visualRect(index).center()
    # A real double click: press and release, then the second press (QTest's DClick
    # sends only that second press, which a view ignores without the first).
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert page.stack.currentWidget() is page.editor
    assert page.editor.inspection_id == index.data(Table.IdRole)
    assert "怡江苑" in page.editor.header.title_label.text()


def test_ctrl_n_starts_an_inspection_by_the_signed_in_inspector(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.findChild(NewInspectionDialog)
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.ui.inspectorEdit.text() == "测试员"
    assert dialog.ui.inspectorEdit.isReadOnly()
    dialog.ui.communityCombo.setEditText("瑞金新村")  # the plain name is enough
    before = len(services.inspections.list())
    accept(dialog, qtbot)
    summaries = services.inspections.list()
    assert len(summaries) == before + 1
    opened = services.inspections.summary(page.editor.inspection_id)
    assert (opened.community, opened.inspector, opened.status) == ("瑞金新村", "测试员", "draft")
    assert page.stack.currentWidget() is page.editor


def test_without_a_name_in_settings_the_dialog_asks_for_it(
    qtbot: QtBot, services: Services, prepared_app: QApplication
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    page = show_page(qtbot, make_context(services, host, inspector_name=""))
    dialog = page.new_inspection()
    assert dialog is not None
    dialog.ui.communityCombo.setEditText("东方")  # part of a name: not a choice yet
    accept(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.ui.problemLabel.text()
    dialog.ui.communityCombo.setEditText("东方瑞园（海州区）")
    accept(dialog, qtbot)
    assert dialog.isVisible()
    assert not dialog.ui.inspectorEdit.isReadOnly()
    dialog.ui.inspectorEdit.setText("新考察员")
    accept(dialog, qtbot)
    assert services.inspections.summary(page.editor.inspection_id).inspector == "新考察员"
    again = page.new_inspection()
    assert again is not None
    assert again.ui.inspectorEdit.text() == "新考察员"
    again.reject()


def test_start_inspection_for_a_community_preselects_it(
    page: InspectionsPage, services: Services
) -> None:
    community = next(c for c in services.communities.list() if c.name == "怡江苑")
    dialog = page.start_inspection_for(community.id)
    assert dialog is not None
    chosen = dialog.chosen_community()
    assert chosen is not None
    assert chosen.id == community.id
    dialog.reject()


def test_a_fresh_database_gets_a_campaign_with_the_first_inspection(
    tmp_path: Path, qtbot: QtBot, prepared_app: QApplication
) -> None:
    with Database.open(tmp_path / "fresh.sqlite") as db:
        services = Services.create(db, TESTER)
        services.communities.create(name="海宁新村", district="海州区")
        host = QWidget()
        qtbot.addWidget(host)
        page = show_page(qtbot, make_context(services, host))
        dialog = page.new_inspection()
        assert dialog is not None
        assert dialog.ui.campaignCombo.count() == len(services.catalog.all())
        dialog.ui.communityCombo.setEditText("海宁新村")
        accept(dialog, qtbot)
        campaigns = services.campaigns.list()
        assert len(campaigns) == 1
        assert page.editor.inspection_id
        assert (
            services.inspections.summary(page.editor.inspection_id).campaign_id == campaigns[0].id
        )


def test_other_pages_open_an_inspection_through_the_main_window(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    context = main_window.context  # type: ignore[attr-defined]
    services: Services = context.services
    community = services.communities.create(name="苍梧小区", district="海州区")
    campaign = services.campaigns.create("测试活动", 2024, "meihao-2024")
    inspector = services.inspectors.get_or_create("测试员")
    inspection = services.inspections.start(community.id, campaign.id, inspector.id)
    page = context.show_page("inspections")
    assert isinstance(page, InspectionsPage)
    assert page.open_inspection(inspection.id)
    assert page.isVisible()
    assert page.editor.isVisible()
    assert "苍梧小区" in page.editor.header.title_label.text()
