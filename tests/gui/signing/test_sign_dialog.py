"""Signing an inspection from the editor, refusing an incomplete one, and unlocking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.gui.signing.sign_dialog import SignDialog, UnlockDialog
from meihao_desktop.services import Services
from meihao_desktop.store.models import AuditEntry
from tests.gui.editor.conftest import error_boxes, start_inspection
from tests.gui.signing.conftest import ZIGZAG, draw_stroke


def audit(services: Services, inspection_id: str, action: str) -> list[AuditEntry]:
    with services.db.session() as session:
        query = select(AuditEntry).where(
            AuditEntry.entity_id == inspection_id, AuditEntry.action == action
        )
        return list(session.exec(query).all())


def status(services: Services, inspection_id: str) -> str:
    return services.inspections.summary(inspection_id).status


def open_sign_dialog(editor: InspectionEditor, qtbot: QtBot) -> SignDialog:
    editor.editor_actions.sign.trigger()
    dialog = editor.signing.dialog
    assert isinstance(dialog, SignDialog)
    qtbot.waitExposed(dialog)
    return dialog


def sign(editor: InspectionEditor, qtbot: QtBot, services: Services, inspection_id: str) -> None:
    """Sign the open inspection through the dialog, as a user would."""
    dialog = open_sign_dialog(editor, qtbot)
    draw_stroke(dialog.pad, ZIGZAG)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: editor.read_only)


def test_signing_a_complete_inspection_makes_it_read_only(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection = services.inspections.list()[0]
    assert editor.load(inspection.id)
    assert not editor.read_only
    assert not editor.editor_actions.unlock.isEnabled()
    dialog = open_sign_dialog(editor, qtbot)
    assert dialog.signer_name == "测试员"  # from the settings (the context)
    assert dialog.role == "考察人员"
    dialog.ui.roleCombo.setCurrentIndex(1)
    dialog.ui.buttonBox.accepted.emit()  # nothing drawn yet: refused in the dialog
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    draw_stroke(dialog.pad, ZIGZAG)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: editor.read_only)
    assert status(services, inspection.id) == "signed"
    assert editor.editor_actions.unlock.isEnabled()
    assert not editor.editor_actions.not_applicable.isEnabled()
    [entry] = audit(services, inspection.id, "sign")
    assert (entry.old, entry.new) == ("draft", "signed")
    [signature] = services.signatures.inspection_signatures(inspection.id)
    assert signature.role == "评审专家"
    assert signature.image_png is not None
    assert signature.image_png.startswith(b"\x89PNG")


def test_an_incomplete_inspection_is_not_signed(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    assert editor.load(inspection_id)
    dialog = open_sign_dialog(editor, qtbot)
    draw_stroke(dialog.pad, ZIGZAG)
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=10_000)
    message = error_boxes()[-1].text()
    assert "未评分" in message
    assert "不能签名" in message
    assert dialog.isVisible()  # the drawing is not lost
    assert not dialog.pad.is_empty()
    assert status(services, inspection_id) == "draft"
    assert not editor.read_only
    assert audit(services, inspection_id, "sign") == []


def test_unlocking_needs_a_reason_and_makes_it_editable(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection = services.inspections.list()[1]
    assert editor.load(inspection.id)
    sign(editor, qtbot, services, inspection.id)
    editor.editor_actions.unlock.trigger()
    dialog = editor.signing.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitExposed(dialog)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert status(services, inspection.id) == "signed"
    QTest.keyClicks(dialog.ui.reasonEdit, "Score of item 3.4 entered wrongly")
    dialog.activateWindow()  # shortcuts need the window active
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert status(services, inspection.id) == "draft"
    assert not editor.read_only
    assert editor.editor_actions.not_applicable.isEnabled()
    reasons = [e.new for e in audit(services, inspection.id, "unlock") if e.field == "reason"]
    assert reasons == ["Score of item 3.4 entered wrongly"]


def test_escape_closes_the_sign_dialog_without_signing(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection = services.inspections.list()[2]
    assert editor.load(inspection.id)
    dialog = open_sign_dialog(editor, qtbot)
    draw_stroke(dialog.pad, ZIGZAG)
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert status(services, inspection.id) == "draft"
    assert not editor.read_only
