"""Exporting the score sheet from the editor, signed or not, and checking the signature."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.gui.settings import UserSettings
from meihao_desktop.gui.signing.digital_sign import SignOptionsDialog
from meihao_desktop.gui.signing.verify_dialog import VerifyDialog
from meihao_desktop.gui.signing.verify_model import SignatureCheckModel
from meihao_desktop.services import Services
from tests.gui.editor.conftest import error_boxes
from tests.gui.signing.conftest import PASSPHRASE, wait_for


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Make the save dialog answer ``path``; returns the file names it was offered."""
    offered: list[str] = []

    def answer(_parent: QWidget, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(path), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_exporting_the_score_sheet_writes_the_pdf_and_offers_the_folder(
    editor: InspectionEditor,
    services: Services,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    UserSettings("测试员", "", tmp_path / "exports").save()
    inspection = services.inspections.list()[0]
    assert editor.load(inspection.id)
    dest = tmp_path / "sheet"  # the .pdf is added
    offered = choose_file(monkeypatch, dest)
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    editor.editor_actions.export_sheet.trigger()
    box = wait_for(qtbot, "exportDoneBox", 30_000)
    expected = (
        f"考察评分表-{inspection.community}-{inspection.inspector}-{inspection.visit_date}.pdf"
    )
    assert offered == [str(tmp_path / "exports" / expected)]
    written = tmp_path / "sheet.pdf"
    assert written.is_file()
    assert inspection.community in pdf_text(written)
    assert isinstance(box, QMessageBox)
    opener = box.findChild(QPushButton, "openFolderButton")
    assert opener is not None
    opener.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path)]


def test_a_file_that_cannot_be_written_is_named_in_the_message(
    editor: InspectionEditor,
    services: Services,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dest = tmp_path / "usb-stick-removed" / "sheet.pdf"
    choose_file(monkeypatch, dest)
    assert editor.load(services.inspections.list()[0].id)
    editor.editor_actions.export_sheet.trigger()
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=30_000)
    message = error_boxes()[-1].text()
    assert str(dest) in message
    assert "文件夹不存在" in message


def export_signed(
    editor: InspectionEditor, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dest: Path
) -> Path:
    choose_file(monkeypatch, dest)
    editor.editor_actions.export_sheet.trigger()
    options = wait_for(qtbot, "signOptionsDialog")
    assert isinstance(options, SignOptionsDialog)
    assert options.box.wanted()  # the default key is ticked
    QTest.keyClicks(options.box.ui.passphraseEdit, "wrong passphrase")
    options.accept()
    qtbot.waitUntil(options.box.ui.signErrorLabel.isVisible, timeout=10_000)
    label = options.box.ui.signErrorLabel
    assert "口令不正确" in label.text()
    assert "/" not in label.text(), "the key's file name, not its whole path"
    assert label.height() >= label.heightForWidth(label.width()), "no line is cut off"
    options.box.ui.passphraseEdit.setText(PASSPHRASE)
    options.accept()
    wait_for(qtbot, "exportDoneBox", 30_000)
    return dest


def verify(qtbot: QtBot, path: Path) -> VerifyDialog:
    host = QWidget()
    qtbot.addWidget(host)
    dialog = VerifyDialog(JobRunner(host), host)
    QAbstractItemModelTester(dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.verified, timeout=20_000):
        dialog.check(path)
    return dialog


def test_a_signed_export_verifies_and_a_changed_byte_is_found(
    editor: InspectionEditor,
    services: Services,
    user_key: Path,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert editor.load(services.inspections.list()[0].id)
    signed = export_signed(editor, qtbot, monkeypatch, tmp_path / "signed.pdf")
    dialog = verify(qtbot, signed)
    assert dialog.verdict == "签名有效，文件签名后未被修改"
    assert "#237804" in dialog.ui.verdictLabel.styleSheet()
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data().startswith("刘赟")
    assert dialog.model.index(0, 0).data(SignatureCheckModel.OkRole) is True

    data = bytearray(signed.read_bytes())
    position = data.index(b"/Producer") if b"/Producer" in data else len(data) // 3
    data[position + 1] ^= 0x01  # one byte of the signed content
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    dialog = verify(qtbot, tampered)
    assert dialog.verdict == "文件在签名后被修改"
    assert "#a8071a" in dialog.ui.verdictLabel.styleSheet()


def test_a_pdf_without_signature_and_a_non_pdf(qtbot: QtBot, tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n% not really a PDF\n")
    host = QWidget()
    qtbot.addWidget(host)
    dialog = VerifyDialog(JobRunner(host), host)
    qtbot.addWidget(dialog)
    dialog.check(plain)
    qtbot.waitUntil(lambda: bool(error_boxes()), timeout=10_000)
    assert str(plain) in error_boxes()[-1].text()
    assert dialog.model.rowCount() == 0
