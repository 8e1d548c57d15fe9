"""提交 in the editor: a signed inspection is handed to the bureau (signed → submitted)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.services import Services
from tests.gui.editor.conftest import complete_inspection


def open_submit_box(editor: InspectionEditor, qtbot: QtBot) -> QMessageBox:
    editor.tree.setFocus()
    qtbot.keyClick(
        editor.tree,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    box = editor.submitting.confirmation
    assert box is not None
    qtbot.waitExposed(box)
    return box


def signed_inspection(services: Services) -> str:
    inspection_id = complete_inspection(services)
    services.signatures.sign_inspection(inspection_id, "赵玥")
    return inspection_id


def test_only_a_signed_inspection_can_be_submitted(
    editor: InspectionEditor, services: Services
) -> None:
    editor.load(complete_inspection(services))
    assert not editor.editor_actions.submit.isEnabled()
    assert editor.submitting.submit() is None
    editor.load(signed_inspection(services))
    assert editor.editor_actions.submit.isEnabled()


def test_submitting_after_confirmation_closes_it(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = signed_inspection(services)
    editor.load(inspection_id)
    editor.select("2.3")
    box = open_submit_box(editor, qtbot)
    assert services.inspections.summary(inspection_id).community in box.text()
    button = next(b for b in box.buttons() if b.objectName() == "confirmSubmitButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert services.inspections.summary(inspection_id).status == "submitted"
    assert editor.current_code == "2.3"  # shown again where the user was
    actions = editor.editor_actions
    assert not actions.submit.isEnabled()
    assert not actions.sign.isEnabled()  # no more co-signing
    assert actions.unlock.isEnabled()
    submitted = QApplication.translate("EditorLayout", "Submitted to the bureau, read-only")
    assert editor.ui.banner.text() == submitted
    assert editor.ui.banner.isVisible()


def test_escape_keeps_it_signed(editor: InspectionEditor, services: Services, qtbot: QtBot) -> None:
    inspection_id = signed_inspection(services)
    editor.load(inspection_id)
    box = open_submit_box(editor, qtbot)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert services.inspections.summary(inspection_id).status == "signed"
    assert editor.editor_actions.submit.isEnabled()
