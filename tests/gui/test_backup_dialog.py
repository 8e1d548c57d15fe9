"""文件 → 备份与恢复…, 导出/导入数据文件夹…: what a reviewer does with backups."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.backup_dialog import (
    COL_COMMUNITIES,
    COL_NEWEST,
    COL_REASON,
    BackupDialog,
    BackupRole,
    BackupTableModel,
)
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.services import Services
from meihao_desktop.services.backups import Backup, BackupPreview, BackupService


def services_of(window: MainWindow) -> Services:
    return window.context.services  # type: ignore[attr-defined,no-any-return]


def trigger(window: MainWindow, name: str) -> None:
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def open_dialog(window: MainWindow, qtbot: QtBot) -> BackupDialog:
    trigger(window, "backupsAction")
    [dialog] = [d for d in window.findChildren(BackupDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: dialog.ui.keepSpin.isEnabled())
    return dialog


def visible_box(parent: QMessageBox | MainWindow | BackupDialog, name: str) -> QMessageBox:
    boxes = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
    assert boxes, f"no {name}"
    return boxes[0]


def names(window: MainWindow) -> list[str]:
    return sorted(c.name for c in services_of(window).communities.list())


def test_the_table_model_passes_the_model_tester(
    prepared_app: QApplication, tmp_path: Path
) -> None:
    model = BackupTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    preview = BackupPreview(3, 5, 120, 7, date(2024, 9, 8), "0002")
    when = datetime(2025, 5, 1, tzinfo=UTC)
    backups = [
        Backup(tmp_path / "a.sqlite", when, "startup", 4096, preview),
        Backup(tmp_path / "b.sqlite", when, "manual", 8192, None),
    ]
    model.set_backups(backups)
    assert model.rowCount() == 2
    assert model.index(0, COL_REASON).data() == "启动时"
    assert model.index(0, COL_COMMUNITIES).data() == "3"
    assert model.index(0, COL_NEWEST).data() == "2024-09-08"
    assert model.index(1, COL_COMMUNITIES).data() == "—"
    assert "无法读取" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, 0).data(BackupRole) is backups[1]


def test_back_up_now_adds_a_backup_with_its_preview(main_window: MainWindow, qtbot: QtBot) -> None:
    services_of(main_window).communities.create(name="幸福里小区")
    dialog = open_dialog(main_window, qtbot)
    assert dialog.model.rowCount() == 0
    assert dialog.ui.statusLabel.text() == "还没有备份。"
    assert not dialog.ui.restoreButton.isEnabled()

    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.ui.statusLabel.text().startswith("已备份：meihao-test-")
    row = dialog.proxy.index(0, 0)
    assert dialog.proxy.index(0, COL_REASON).data() == "手动"
    assert dialog.proxy.index(0, COL_COMMUNITIES).data() == "1"
    assert row.data(BackupRole).path.parent == main_window.database_path.parent / "backups"
    assert dialog.ui.restoreButton.isEnabled()
    dialog.close()


def test_the_keep_setting_is_saved(main_window: MainWindow, qtbot: QtBot) -> None:
    dialog = open_dialog(main_window, qtbot)
    assert dialog.ui.keepSpin.value() == 10
    dialog.ui.keepSpin.setValue(4)
    service = BackupService(main_window.database_path)
    qtbot.waitUntil(lambda: service.keep == 4)
    dialog.close()


def test_restore_asks_first_then_replaces_and_reopens(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    services_of(main_window).communities.create(name="A 小区")
    BackupService(main_window.database_path).create()
    services_of(main_window).communities.create(name="B 小区")
    dialog = open_dialog(main_window, qtbot)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "restoreConfirmBox")))
    box = visible_box(dialog, "restoreConfirmBox")

    text = box.text()
    assert str(main_window.database_path) in text
    assert "当前内容：2 个小区" in text
    assert "备份内容：1 个小区" in text
    assert "恢复前会先自动备份当前数据" in text
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    [restore] = [b for b in box.buttons() if b.text() == "恢复"]
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(
        lambda: not [d for d in main_window.findChildren(BackupDialog) if d.isVisible()]
    )
    assert names(main_window) == ["A 小区"]  # reopened: the window shows the restored data
    assert main_window.centre.currentIndex() == 1
    reasons = [b.reason for b in BackupService(main_window.database_path).list()]
    assert sorted(reasons) == ["before-restore", "manual"]
    assert "已恢复备份" in main_window.statusBar().currentMessage()


def test_cancelling_the_restore_changes_nothing(main_window: MainWindow, qtbot: QtBot) -> None:
    services_of(main_window).communities.create(name="A 小区")
    BackupService(main_window.database_path).create()
    services_of(main_window).communities.create(name="B 小区")
    dialog = open_dialog(main_window, qtbot)
    dialog.restore_selected()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "restoreConfirmBox")))
    box = visible_box(dialog, "restoreConfirmBox")
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.wait(50)
    assert dialog.isVisible()
    assert names(main_window) == ["A 小区", "B 小区"]
    assert len(BackupService(main_window.database_path).list()) == 1
    dialog.close()


def test_the_data_folder_goes_out_and_comes_back(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services_of(main_window).communities.create(name="A 小区")
    zipped = tmp_path / "搬家"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(zipped), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    trigger(main_window, "exportDataFolderAction")
    qtbot.waitUntil(lambda: zipped.with_suffix(".zip").exists())
    main_window.context.jobs.wait_for_done()  # type: ignore[attr-defined]

    services_of(main_window).communities.create(name="B 小区")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: (str(zipped.with_suffix(".zip")), "")
    )
    trigger(main_window, "importDataFolderAction")
    qtbot.waitUntil(lambda: bool(main_window.findChildren(QMessageBox, "importDataFolderBox")))
    box = visible_box(main_window, "importDataFolderBox")
    assert "1 个小区" in box.text()
    assert "导入后将被替换" in box.text()  # this database holds data: it says so
    [accept] = [b for b in box.buttons() if b.text() == "导入"]
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "数据文件夹已导入" in main_window.statusBar().currentMessage())
    assert names(main_window) == ["A 小区"]
    [replaced] = BackupService(main_window.database_path).list()
    assert replaced.reason == "before-restore"
    assert replaced.preview is not None
    assert replaced.preview.communities == 2
