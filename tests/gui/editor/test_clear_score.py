"""Delete clears a score only where it plainly means "this score": on the item tree and
the score buttons. Elsewhere (text boxes, other buttons, the photo strip) it does what
that widget does, or nothing. Clearing is undoable like any score."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.services import Services
from tests.gui.editor.conftest import set_status, start_inspection


def points(services: Services, inspection_id: str, code: str) -> Decimal | None:
    found = services.inspections.detail(inspection_id).findings.get(code)
    return None if found is None else found.points


@pytest.fixture
def scored(editor: InspectionEditor, services: Services) -> str:
    """An inspection with 3.1 at 8 points and R2 passed, open on 3.1."""
    inspection_id = start_inspection(services)
    services.inspections.record_finding(inspection_id, "3.1", points="8", text="原有发现")
    services.inspections.record_requirement(inspection_id, "R2", True)
    editor.load(inspection_id)
    editor.select("3.1")
    return inspection_id


@pytest.mark.parametrize("key", [Qt.Key.Key_Delete, Qt.Key.Key_Backspace])
def test_delete_on_the_tree_clears_and_ctrl_z_brings_it_back(
    editor: InspectionEditor, services: Services, qtbot: QtBot, scored: str, key: Qt.Key
) -> None:
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, key)
    assert points(services, scored, "3.1") is None
    assert editor.item_panel.score_input.points_edit.text() == ""
    assert services.inspections.detail(scored).findings["3.1"].text == "原有发现"  # kept
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert points(services, scored, "3.1") == Decimal(8)
    assert editor.item_panel.score_input.points_edit.text() == "8"


def test_delete_on_a_requirement_unchecks_it(
    editor: InspectionEditor, services: Services, qtbot: QtBot, scored: str
) -> None:
    editor.select("R2")
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert services.inspections.detail(scored).requirement_checks["R2"].passed is None
    assert editor.requirement_panel.buttons[None].isChecked()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.inspections.detail(scored).requirement_checks["R2"].passed is True


def test_delete_on_a_level_button_clears(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services, standard_id="levels-test")
    services.inspections.record_finding(inspection_id, "A.2", level="较好")
    editor.load(inspection_id)
    editor.select("A.2")
    button = editor.item_panel.score_input.buttons[1]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Delete)
    assert services.inspections.detail(inspection_id).findings["A.2"].level is None


def test_delete_elsewhere_leaves_the_score_alone(
    editor: InspectionEditor, services: Services, qtbot: QtBot, scored: str
) -> None:
    strip = QListWidget()  # stands in for the photo strip, which has its own Delete
    strip.addItems(["IMG_0001.jpg"])
    editor.set_photo_widget(strip)
    panel = editor.item_panel
    for widget in (strip, editor.ui.problem_button, editor.header):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
        assert points(services, scored, "3.1") == Decimal(8), widget.objectName()
    panel.finding_edit.setFocus()
    panel.finding_edit.moveCursor(panel.finding_edit.textCursor().MoveOperation.Start)
    qtbot.keyClick(panel.finding_edit, Qt.Key.Key_Delete)  # deletes a character
    assert panel.finding_edit.toPlainText() == "有发现"
    assert points(services, scored, "3.1") == Decimal(8)


def test_a_signed_inspection_ignores_delete(
    editor: InspectionEditor, services: Services, qtbot: QtBot, scored: str
) -> None:
    set_status(services, scored, "signed")
    editor.load(scored)
    editor.select("3.1")
    assert not editor.editor_actions.clear_score.isEnabled()
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)
    assert points(services, scored, "3.1") == Decimal(8)
