"""The Settings dialog: OK saves and the running program uses the new inspector at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlmodel import select

from meihao_desktop.gui import i18n
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.settings import UserSettings
from meihao_desktop.gui.settings_dialog import SettingsDialog
from meihao_desktop.store.models import AuditEntry


def open_settings(window: MainWindow) -> SettingsDialog:
    action = window.findChild(QAction, "settingsAction")
    assert action is not None
    assert action.shortcut().toString() == "Ctrl+,"
    assert action.text() == "设置…"
    action.trigger()
    # A closed dialog is deleted later: it may still be there, hidden.
    [dialog] = [d for d in window.findChildren(SettingsDialog) if d.isVisible()]
    return dialog


def test_ok_saves_and_the_window_uses_the_new_inspector(
    main_window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    exports = tmp_path / "导出"
    exports.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(exports))
    dialog = open_settings(main_window)
    dialog.ui.inspectorNameEdit.setText("王芳")
    dialog.ui.inspectorUnitEdit.setText("海州区住建局")
    qtbot.mouseClick(dialog.ui.browseButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.exportFolderEdit.text() == str(exports)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findText("English"))
    assert "重新启动" in dialog.ui.languageNoteLabel.text()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    assert UserSettings.load() == UserSettings("王芳", "海州区住建局", exports)
    assert i18n.saved_language() == "en"
    english = main_window.findChild(QAction, "language_en_Action")
    assert english is not None
    assert english.isChecked()
    label = main_window.findChild(QLabel, "inspectorLabel")
    assert label is not None
    assert "王芳" in label.text()
    assert "海州区住建局" in label.text()
    context = main_window.context  # type: ignore[attr-defined]
    assert (context.inspector_name, context.inspector_unit) == ("王芳", "海州区住建局")
    # Changes made from now on are recorded under the new name.
    created = context.services.communities.create(name="新海花园")
    with context.services.db.session() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.entity_id == created.id)).one()
    assert entry.actor == "王芳"

    again = open_settings(main_window)
    assert again.ui.inspectorNameEdit.text() == "王芳"
    assert again.ui.inspectorUnitEdit.text() == "海州区住建局"
    assert again.ui.exportFolderEdit.text() == str(exports)
    assert again.ui.languageCombo.currentText() == "English"


def test_cancel_saves_nothing(main_window: MainWindow, qtbot: QtBot) -> None:
    before = UserSettings.load()
    dialog = open_settings(main_window)
    dialog.ui.inspectorNameEdit.setText("王芳")
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findText("English"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert UserSettings.load() == before
    assert i18n.saved_language() == "zh_CN"
    label = main_window.findChild(QLabel, "inspectorLabel")
    assert label is not None
    assert "王芳" not in label.text()
