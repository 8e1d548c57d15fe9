"""Nothing is lost: finding text, undo and redo, reopening, read-only signed inspections."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.services import Services
from meihao_desktop.store.db import Database
from tests.gui.editor.conftest import (
    TESTER,
    editor_catalog,
    error_boxes,
    make_context,
    set_status,
    start_inspection,
)

FINDING = "楼道内堆放杂物，现场已要求物业限期清理。"


def saved_text(services: Services, inspection_id: str, code: str) -> str | None:
    found = services.inspections.detail(inspection_id).findings.get(code)
    return None if found is None else found.text


def type_finding(editor: InspectionEditor, qtbot: QtBot, chinese: str, ascii_tail: str) -> None:
    edit = editor.item_panel.finding_edit
    edit.setFocus()
    edit.setPlainText(chinese)  # Chinese through setText: the test keyboard is ASCII only
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, ascii_tail)


def test_finding_text_is_saved_after_a_pause(
    editor: InspectionEditor, services: Services, context: AppContext, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("1.1")
    announced: list[str] = []
    context.save_state.changed.connect(announced.append)
    type_finding(editor, qtbot, FINDING, " (B3)")
    assert saved_text(services, inspection_id, "1.1") is None  # not after every key
    qtbot.waitUntil(lambda: saved_text(services, inspection_id, "1.1") == FINDING + " (B3)")
    assert len(announced) == 1  # the status bar says "all changes saved"


def test_text_typed_and_closed_at_once_is_saved(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("2.2")
    type_finding(editor, qtbot, FINDING, "!")
    editor.close_inspection()  # well within the 500 ms pause
    assert saved_text(services, inspection_id, "2.2") == FINDING + "!"


def test_text_is_saved_when_switching_items_and_when_the_window_goes(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("2.3")
    type_finding(editor, qtbot, FINDING, "a")
    editor.next_item()
    assert saved_text(services, inspection_id, "2.3") == FINDING + "a"
    type_finding(editor, qtbot, "业委会", "b")
    editor.close()  # the window closing (hide event)
    assert saved_text(services, inspection_id, "2.4") == "业委会b"


def test_undo_and_redo_reach_the_database_and_the_screen(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("1.1")
    editor.tree.setFocus()
    qtbot.keyClicks(editor.tree, "6")
    qtbot.keyClick(editor.item_panel.score_input.points_edit, Qt.Key.Key_Return)
    assert editor.current_code == "1.2"
    type_finding(editor, qtbot, FINDING, "x")
    editor.tree.setFocus()  # leaving the box saves it
    assert saved_text(services, inspection_id, "1.2") == FINDING + "x"
    assert "1.2" in editor.editor_actions.undo.toolTip()  # says what it would undo

    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert saved_text(services, inspection_id, "1.2") == ""
    assert editor.item_panel.finding_edit.toPlainText() == ""
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.inspections.detail(inspection_id).findings["1.1"].points is None
    assert editor.current_code == "1.1"  # undo shows the item it changed
    assert editor.item_panel.score_input.points_edit.text() == ""
    assert not editor.editor_actions.undo.isEnabled()

    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.tree, Qt.Key.Key_Z, redo)
    assert services.inspections.detail(inspection_id).findings["1.1"].points == Decimal(6)
    assert editor.item_panel.score_input.points_edit.text() == "6"
    qtbot.keyClick(editor.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert saved_text(services, inspection_id, "1.2") == FINDING + "x"
    assert editor.current_code == "1.2"
    assert editor.item_panel.finding_edit.toPlainText() == FINDING + "x"


def test_typing_in_one_item_is_one_undo_step(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("3.3")
    type_finding(editor, qtbot, "第一句。", "a")
    editor.flush()
    qtbot.keyClicks(editor.item_panel.finding_edit, "bc")
    editor.flush()
    assert editor.undo_stack.count() == 1
    editor.undo()
    assert saved_text(services, inspection_id, "3.3") == ""
    editor.redo()
    assert saved_text(services, inspection_id, "3.3") == "第一句。abc"


def test_ctrl_z_in_the_text_box_undoes_typing_then_the_history(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("3.4")
    qtbot.mouseClick(editor.item_panel.score_input.buttons[0], Qt.MouseButton.LeftButton)
    edit = editor.item_panel.finding_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "ok")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == ""  # the box's own undo first
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.inspections.detail(inspection_id).findings["3.4"].points is None
    assert saved_text(services, inspection_id, "3.4") == ""


def test_everything_is_there_after_reopening(
    editor: InspectionEditor, services: Services, db_file: Path, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("1.3")
    editor.tree.setFocus()
    qtbot.keyClicks(editor.tree, "7")  # the first digit moves into the points box
    qtbot.keyClicks(editor.item_panel.score_input.points_edit, ".5")
    type_finding(editor, qtbot, FINDING, "z")
    editor.select("1.4")
    qtbot.mouseClick(editor.item_panel.score_input.na_button, Qt.MouseButton.LeftButton)
    editor.select("R3")
    qtbot.mouseClick(editor.requirement_panel.buttons[False], Qt.MouseButton.LeftButton)
    editor.requirement_panel.note_edit.setPlainText("未见活动记录。")
    total_before = editor.header.total_label.text()
    editor.close_inspection()

    with Database.open(db_file) as db:
        again_services = Services.create(db, TESTER, editor_catalog())
        again = InspectionEditor(make_context(again_services, editor))
        qtbot.addWidget(again)
        assert again.load(inspection_id)
        again.select("1.3")
        assert again.item_panel.score_input.points_edit.text() == "7.5"
        assert again.item_panel.finding_edit.toPlainText() == FINDING + "z"
        again.select("1.4")
        assert again.item_panel.score_input.na_button.isChecked()
        again.select("R3")
        assert again.requirement_panel.buttons[False].isChecked()
        assert again.requirement_panel.note_edit.toPlainText() == "未见活动记录。"
        assert again.header.total_label.text() == total_before


def test_a_signed_inspection_opens_read_only(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    services.inspections.record_finding(inspection_id, "1.1", points="8", text="原文")
    set_status(services, inspection_id, "signed")
    received: list[tuple[str, str, bool]] = []
    editor.current_item_changed.connect(lambda *args: received.append(args))
    editor.load(inspection_id)
    assert editor.ui.banner.isVisible()
    editor.select("1.1")
    assert received[-1] == (inspection_id, "1.1", True)
    panel = editor.item_panel
    assert panel.finding_edit.isReadOnly()
    assert panel.score_input.points_edit.isReadOnly()
    assert not panel.score_input.na_button.isEnabled()
    assert not any(b.isEnabled() for b in panel.score_input.buttons)
    assert not editor.ui.problem_button.isEnabled()
    editor.tree.setFocus()
    qtbot.keyClicks(editor.tree, "3")
    qtbot.keyClick(editor.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    editor.close_inspection()
    saved = services.inspections.detail(inspection_id).findings["1.1"]
    assert (saved.points, saved.na, saved.text) == (Decimal(8), False, "原文")
    assert editor.undo_stack.count() == 0


def test_an_edit_the_database_refuses_is_shown_and_not_kept(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("2.1")
    set_status(services, inspection_id, "signed")  # signed on another path meanwhile
    nine = next(b for b in editor.item_panel.score_input.buttons if b.text() == "9")
    qtbot.mouseClick(nine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(error_boxes()))
    assert "已签名" in error_boxes()[0].text()
    for box in error_boxes():
        box.close()
    assert not nine.isChecked()
    assert editor.undo_stack.count() == 0
    assert "2.1" not in services.inspections.detail(inspection_id).findings


def test_esc_leaves_the_text_box_then_the_editor(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    editor.load(start_inspection(services))
    editor.select("1.1")
    closed: list[bool] = []
    editor.closeRequested.connect(lambda: closed.append(True))
    editor.item_panel.finding_edit.setFocus()
    qtbot.keyClick(editor.item_panel.finding_edit, Qt.Key.Key_Escape)
    assert editor.tree.hasFocus()
    assert not closed
    qtbot.keyClick(editor.tree, Qt.Key.Key_Escape)
    assert closed == [True]
    qtbot.keyClick(editor.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert closed == [True, True]


def test_photo_slot_and_problem_request_contract(
    new_editor: Callable[[], InspectionEditor],
    services: Services,
    context: AppContext,
    qtbot: QtBot,
) -> None:
    editor = new_editor()
    strip = QLabel("photos")
    editor.set_photo_widget(strip)
    assert strip.parentWidget() is editor.findChild(QWidget, "photoStripSlot")
    assert strip.isVisible()
    inspection_id = start_inspection(services)
    changes: list[tuple[str, str, bool]] = []
    problems: list[tuple[str, str]] = []
    editor.current_item_changed.connect(lambda *args: changes.append(args))
    editor.problemRequested.connect(lambda *args: problems.append(args))
    editor.load(inspection_id)
    editor.select("3.5")
    assert changes[-1] == (inspection_id, "3.5", False)
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert problems == [(inspection_id, "3.5")]
    qtbot.mouseClick(editor.ui.problem_button, Qt.MouseButton.LeftButton)
    assert problems[-1] == (inspection_id, "3.5")
    editor.close_inspection()
    assert changes[-1] == ("", "", True)
