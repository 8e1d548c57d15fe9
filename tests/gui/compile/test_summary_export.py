"""导出汇总表 (Excel): the thresholds dialog, the file, the export job, the folder offer."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.compile.summary_export import SummaryExportDialog
from meihao_desktop.gui.pages.summary import SummaryPage


def test_the_summary_workbook_is_written_and_its_folder_offered(
    page: SummaryPage, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "汇总"
    target.parent.mkdir()
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), ""

    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.export_button.click()
    dialog = page.findChild(SummaryExportDialog)
    assert dialog is not None
    assert dialog.thresholds() == (90, 70)
    dialog.ui.blackSpin.setValue(95)  # above the red line: refused
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.ui.errorLabel.text() == "黑榜分数线不能高于红榜分数线。"
    dialog.ui.blackSpin.setValue(75)
    ok.click()
    assert asked[0].endswith("汇总表.xlsx")
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "summaryExportedBox") is not None)
    written = target.with_suffix(".xlsx")
    workbook = load_workbook(written, read_only=True)
    assert workbook.sheetnames[0] == "汇总表"
    rows = list(workbook["汇总表"].iter_rows(values_only=True))
    workbook.close()
    assert any(row and "东方瑞园" in row for row in rows)
    box = page.findChild(QMessageBox, "summaryExportedBox")
    assert box is not None
    assert "14 个小区" in box.text()
    button = box.findChild(QPushButton, "openFolderButton")
    assert button is not None
    button.click()
    assert opened == [QUrl.fromLocalFile(str(written.parent))]
