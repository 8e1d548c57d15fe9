"""The communities page as the reviewer uses it: empty state, search, keys, inspect."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.communities.table_model import COL_HOUSEHOLDS, COL_INSPECTIONS, COL_NAME
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.pages.communities import CommunitiesPage
from tests.gui.communities.helpers import Shown


def names(page: CommunitiesPage) -> list[str]:
    return [str(page.proxy.index(r, COL_NAME).data()) for r in range(page.proxy.rowCount())]


def test_an_empty_database_shows_three_ways_in(page: CommunitiesPage) -> None:
    assert page.stack.currentWidget() is page.empty_state
    buttons = [b.text() for b in page.empty_state.findChildren(QPushButton)]
    assert buttons == ["加载演示数据", "从 Excel 导入…", "新建小区…"]
    page.empty_state.new_button.click()
    assert page.current_dialog is not None
    assert page.current_dialog.isVisible()


def test_the_demo_button_loads_the_demo_data(main_window: MainWindow, qtbot: QtBot) -> None:
    page = main_window.page("communities")
    assert isinstance(page, CommunitiesPage)
    assert page.stack.currentWidget() is page.empty_state
    with qtbot.waitSignal(main_window.demoRequested):
        qtbot.mouseClick(page.empty_state.demo_button, Qt.MouseButton.LeftButton)

    def reloaded_with_communities() -> None:
        current = main_window.page("communities")
        assert isinstance(current, CommunitiesPage)
        assert current.model.rowCount() > 0
        assert current.stack.currentIndex() == 1

    qtbot.waitUntil(reloaded_with_communities, timeout=20_000)


def test_search_filters_as_the_reviewer_types(demo_page: CommunitiesPage, qtbot: QtBot) -> None:
    total = demo_page.proxy.rowCount()
    demo_page.search_action.trigger()
    assert demo_page.search_edit.hasFocus() or demo_page.focusWidget() is demo_page.search_edit
    demo_page.search_edit.setText("栖霞")
    assert 0 < demo_page.proxy.rowCount() < total
    districts = {demo_page.model.community(r).district for r in range(demo_page.model.rowCount())}
    assert "栖霞区" in districts
    shown = {
        demo_page.proxy.mapToSource(demo_page.proxy.index(r, 0)).row()
        for r in range(demo_page.proxy.rowCount())
    }
    assert all(demo_page.model.community(r).district == "栖霞区" for r in shown)
    assert demo_page.count_label.text().startswith(f"显示 {len(shown)} 个小区")
    qtbot.keyClick(demo_page.search_edit, Qt.Key.Key_Escape)
    assert demo_page.proxy.rowCount() == total
    assert demo_page.count_label.text() == f"共 {total} 个小区"


def test_clicking_a_header_sorts_numbers_as_numbers(
    demo_page: CommunitiesPage, qtbot: QtBot
) -> None:
    header = demo_page.view.horizontalHeader()
    x = header.sectionViewportPosition(COL_HOUSEHOLDS) + header.sectionSize(COL_HOUSEHOLDS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == COL_HOUSEHOLDS
    values = [
        int(demo_page.proxy.index(r, COL_HOUSEHOLDS).data())
        for r in range(demo_page.proxy.rowCount())
    ]
    assert len(set(values)) > 2
    assert values in (sorted(values), sorted(values, reverse=True))


def test_enter_and_double_click_open_the_selected_community(
    demo_page: CommunitiesPage, qtbot: QtBot
) -> None:
    assert not demo_page.edit_action.isEnabled()  # nothing selected yet
    demo_page.search_edit.setFocus()
    qtbot.keyClick(demo_page.search_edit, Qt.Key.Key_Down)  # from the search to the results
    assert demo_page.view.hasFocus() or demo_page.focusWidget() is demo_page.view
    chosen = demo_page.current_community_id()
    assert chosen is not None
    assert demo_page.edit_action.isEnabled()
    demo_page.activateWindow()
    qtbot.waitActive(demo_page)
    qtbot.keyClick(demo_page.view, Qt.Key.Key_Return)
    dialog = demo_page.current_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.windowTitle().endswith(demo_page.context.services.communities.get(chosen).name)
    dialog.reject()

    second = demo_page.proxy.index(1, COL_NAME)
    rect = demo_page.view.visualRect(second)
    # A real double click starts with a press: the view opens only the row pressed on.
    qtbot.mouseClick(demo_page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(demo_page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert demo_page.current_dialog is not dialog
    assert demo_page.current_dialog is not None
    assert demo_page.current_dialog.windowTitle().endswith(str(second.data()))


def test_inspect_goes_to_the_inspections_page_and_starts_one(demo_page: CommunitiesPage) -> None:
    started: list[str] = []

    class InspectionsPage(QWidget):
        def start_inspection_for(self, community_id: str) -> None:
            started.append(community_id)

    shown = demo_page.context.show_page
    assert isinstance(shown, Shown)
    shown.pages["inspections"] = InspectionsPage()
    assert not demo_page.inspect_action.isEnabled()
    demo_page.view.selectRow(2)
    chosen = demo_page.current_community_id()
    demo_page.inspect_action.trigger()
    assert shown.keys == ["inspections"]
    assert started == [chosen]


def test_inspect_without_the_inspections_feature_only_switches_page(
    demo_page: CommunitiesPage,
) -> None:
    shown = demo_page.context.show_page
    assert isinstance(shown, Shown)
    demo_page.view.selectRow(0)
    demo_page.inspect_action.trigger()  # the page has no start_inspection_for: no crash
    assert shown.keys == ["inspections"]


def test_actions_have_the_promised_shortcuts(page: CommunitiesPage) -> None:
    shortcuts = {
        action.objectName(): [key.toString() for key in action.shortcuts()]
        for action in (page.new_action, page.edit_action, page.import_action, page.inspect_action)
    }
    assert shortcuts == {
        "newCommunityAction": ["Ctrl+N"],
        "editCommunityAction": ["Return", "Enter"],
        "importCommunitiesAction": ["Ctrl+I"],
        "inspectCommunityAction": ["Ctrl+Shift+N"],
    }
    assert page.search_action.shortcut().toString() == "Ctrl+F"
    assert QCoreApplication.translate("CommunitiesPage", "Search") == "搜索"


def test_inspection_counts_are_current_when_the_page_comes_back(
    demo_page: CommunitiesPage,
) -> None:
    services = demo_page.context.services
    community = demo_page.model.community(0)
    before = int(demo_page.model.index(0, COL_INSPECTIONS).data())
    services.inspections.start(
        community.id, services.campaigns.list()[0].id, services.inspectors.list()[0].id
    )
    demo_page.hide()  # the reviewer went to another page …
    demo_page.show()  # … and came back
    row = demo_page.model.row_of(community.id)
    assert row is not None
    assert demo_page.model.index(row, COL_INSPECTIONS).data() == str(before + 1)


def test_shortcuts_work_in_the_main_window(main_window: MainWindow, qtbot: QtBot) -> None:
    page = main_window.show_page("communities")
    assert isinstance(page, CommunitiesPage)
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is page.search_edit
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.current_dialog is not None
    assert page.current_dialog.isVisible()
