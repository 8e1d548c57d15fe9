"""删除考察 on the inspections list: confirmation, refusal of a signed one, undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.pages.inspections import InspectionsPage
from meihao_desktop.services import Services
from tests.gui.editor.conftest import complete_inspection, error_boxes, start_inspection
from tests.gui.editor.test_inspections_page import show_page


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> InspectionsPage:
    return show_page(qtbot, context)


def ids(services: Services) -> set[str]:
    return {summary.id for summary in services.inspections.list()}


def press_delete(page: InspectionsPage, qtbot: QtBot, inspection_id: str) -> QMessageBox | None:
    page.refresh()
    page.select_inspection(inspection_id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    return page.deletion.confirmation


def confirm(box: QMessageBox, qtbot: QtBot) -> None:
    button = next(b for b in box.buttons() if b.objectName() == "confirmDeleteButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_delete_asks_naming_what_goes_then_ctrl_z_brings_it_back(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services, community="怡江苑")
    services.inspections.record_finding(inspection_id, "1.1", points="8")
    summary = services.inspections.summary(inspection_id)
    problem = services.rectifications.record(
        inspection_id, "1.1", "台账缺失", summary.visit_date + timedelta(days=7)
    )
    box = press_delete(page, qtbot, inspection_id)
    assert box is not None
    assert box.isVisible()
    assert "怡江苑" in box.text()
    details = box.informativeText()
    assert "测试员" in details
    assert summary.visit_date.isoformat() in details
    counted = QCoreApplication.translate(
        "InspectionDeletion",
        "Deleted with it: {findings} scored items and findings, {checks} requirement "
        "checks, {photos} photos, {problems} problems to rectify.",
    ).format(findings=1, checks=0, photos=0, problems=1)
    assert counted in details.splitlines()
    confirm(box, qtbot)
    assert inspection_id not in ids(services)
    assert page.model.row_of(inspection_id) < 0
    assert page.deletion.bar.isVisible()
    assert "怡江苑" in page.deletion.bar.label.text()
    assert page.table.hasFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert inspection_id in ids(services)
    assert page.selected_inspection_id() == inspection_id
    assert not page.deletion.bar.isVisible()
    assert services.inspections.detail(inspection_id).findings["1.1"].points == 8
    assert services.rectifications.get(problem.id).problem == "台账缺失"


def test_cancel_and_enter_keep_the_inspection(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    box = press_delete(page, qtbot, inspection_id)
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Return)  # the default is Cancel
    assert inspection_id in ids(services)
    box = press_delete(page, qtbot, inspection_id)
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert inspection_id in ids(services)
    assert not page.deletion.bar.isVisible()


def test_a_signed_inspection_says_why_it_cannot_go(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    inspection_id = complete_inspection(services)
    services.signatures.sign_inspection(inspection_id, "赵玥")
    assert press_delete(page, qtbot, inspection_id) is None  # no confirmation: refused
    [box] = error_boxes()
    assert "解锁" in box.text()
    assert services.inspections.summary(inspection_id).community in box.text()
    box.close()
    assert inspection_id in ids(services)


def test_the_undo_bar_button_and_several_deletions(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    first = start_inspection(services, community="怡江苑")
    second = start_inspection(services, community="新海花园")
    for inspection_id in (first, second):
        box = press_delete(page, qtbot, inspection_id)
        assert box is not None
        confirm(box, qtbot)
    assert "新海花园" in page.deletion.bar.label.text()
    qtbot.mouseClick(page.deletion.bar.undo_button, Qt.MouseButton.LeftButton)
    assert second in ids(services)
    assert first not in ids(services)
    assert "怡江苑" in page.deletion.bar.label.text()  # the next one to undo
    qtbot.mouseClick(page.deletion.bar.undo_button, Qt.MouseButton.LeftButton)
    assert first in ids(services)
    assert not page.deletion.bar.isVisible()


def test_ctrl_z_in_the_editor_is_the_editors_own(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    doomed = start_inspection(services, community="怡江苑")
    box = press_delete(page, qtbot, doomed)
    assert box is not None
    confirm(box, qtbot)
    other = start_inspection(services)
    page.refresh()
    assert page.open_inspection(other)
    page.editor.select("1.1")
    qtbot.keyClicks(page.editor.tree, "7")
    page.editor.flush()
    qtbot.keyClick(page.editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.inspections.detail(other).findings["1.1"].points is None
    assert doomed not in ids(services)
