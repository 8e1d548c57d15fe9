"""The main window's signing entries open their dialogs; a PDF dropped on the verifier is checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.signing.verify_dialog import VerifyDialog
from tests.gui.signing.conftest import wait_for


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def test_tools_and_settings_entries_open_their_dialogs(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    for action, dialog in [
        ("verifyPdfAction", "verifyDialog"),
        ("keysAction", "keysDialog"),
        ("sealAction", "sealDialog"),
    ]:
        trigger(main_window, action)
        shown = wait_for(qtbot, dialog)
        assert shown.parent() is main_window
        shown.close()


def test_the_district_export_without_a_campaign_says_so(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    trigger(main_window, "exportDistrictAction")
    box = wait_for(qtbot, "exportNoteBox")
    assert isinstance(box, QMessageBox)
    assert "评选活动" in box.text()


def unsigned_pdf(path: Path) -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "no signature here")
    canvas.save()
    return path


def drag_and_drop(target: QWidget, path: Path) -> QDropEvent | None:
    """Drag ``path`` over ``target`` and drop it if the drag is accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    position, action = QPointF(20, 20), Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), action, data, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return None
    drop = QDropEvent(position, action, data, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    return drop


def test_a_pdf_dropped_on_the_verifier_is_checked(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    trigger(main_window, "verifyPdfAction")
    dialog = wait_for(qtbot, "verifyDialog")
    assert isinstance(dialog, VerifyDialog)
    refused = drag_and_drop(dialog, tmp_path / "notes.txt")
    assert refused is None  # not a PDF: the drag is not accepted
    with qtbot.waitSignal(dialog.verified, timeout=20_000) as signal:
        dropped = drag_and_drop(dialog, unsigned_pdf(tmp_path / "plain.pdf"))
    assert dropped is not None
    assert dropped.isAccepted()
    assert signal.args == [False]
    assert dialog.verdict == "文件中没有数字签名"
    assert dialog.ui.fileEdit.text() == str(tmp_path / "plain.pdf")
