"""The main window as the reviewer first sees it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from meihao_desktop.gui import i18n
from meihao_desktop.gui.app import prepare_application, start_main_window
from meihao_desktop.gui.main_window import MainWindow


def menu(window: MainWindow, name: str) -> QMenu:
    found = window.findChild(QMenu, name)
    assert found is not None, name
    return found


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def status_text(window: MainWindow) -> str:
    label = window.findChild(QLabel, "databaseLabel")
    assert label is not None
    return label.text()


def test_window_shows(main_window: MainWindow) -> None:
    assert main_window.isVisible()


def test_status_bar_shows_the_database_path(main_window: MainWindow, db_path: Path) -> None:
    assert status_text(main_window) == f"数据库：{db_path}"


def test_title_holds_the_database_file_name(main_window: MainWindow, db_path: Path) -> None:
    assert main_window.windowTitle() == f"美好家园考察评审 — {db_path.name}"


def test_chinese_is_the_default_language(main_window: MainWindow) -> None:
    titles = [
        menu(main_window, name).title()
        for name in ("fileMenu", "viewMenu", "settingsMenu", "helpMenu")
    ]
    assert titles == ["文件", "视图", "设置", "帮助"]


def test_english_after_the_setting_changes(qapp: QApplication, qtbot: QtBot, db_path: Path) -> None:
    i18n.save_language("en")
    translators = prepare_application(qapp)
    try:
        window = start_main_window(db_path)
        qtbot.addWidget(window)
        assert menu(window, "fileMenu").title() == "File"
        assert status_text(window) == f"Database: {db_path}"
    finally:
        i18n.remove_translators(qapp, translators)


def test_language_menu_saves_the_choice(
    main_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args))
    assert action(main_window, "language_zh_CN_Action").isChecked()
    action(main_window, "language_en_Action").trigger()
    assert i18n.saved_language() == "en"
    assert len(told) == 1  # the reviewer learns that it applies after a restart
    # The running interface stays as it is.
    assert menu(main_window, "fileMenu").title() == "文件"


def test_every_menu_action_does_something(main_window: MainWindow) -> None:
    menus = [
        menu(main_window, name)
        for name in ("fileMenu", "viewMenu", "settingsMenu", "helpMenu", "languageMenu")
    ]
    for each in menus:
        actions = [a for a in each.actions() if not a.isSeparator()]
        assert actions, each.objectName()
        assert all(a.isEnabled() for a in actions), each.objectName()


def test_open_database_switches_the_window(
    main_window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "district-2024.sqlite"  # a new file: created and migrated
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(other), ""))
    with qtbot.waitSignal(main_window.databaseChangeRequested) as signal:
        action(main_window, "openDatabaseAction").trigger()
    assert signal.args == [other]
    assert main_window.database_path == other
    assert main_window.windowTitle().endswith("district-2024.sqlite")
    assert status_text(main_window) == f"数据库：{other}"
    assert main_window.centre.currentIndex() == 1  # the workbench replaced the welcome panel
    assert other.stat().st_size > 0


def test_a_file_that_is_not_a_database_is_refused_in_chinese(
    main_window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"these are not the tables you are looking for")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(other), ""))
    action(main_window, "openDatabaseAction").trigger()
    box = main_window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "不是有效的 SQLite 数据库" in box.text()
    assert "notes.sqlite" in box.text()
    assert other.read_bytes() == b"these are not the tables you are looking for"


def test_cancelled_open_dialog_changes_nothing(
    main_window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: ("", ""))
    action(main_window, "openDatabaseAction").trigger()
    assert main_window.database_path == db_path


def test_welcome_panel_tells_how_to_fill_an_empty_database(
    main_window: MainWindow, db_path: Path
) -> None:
    assert db_path.exists()  # opening creates and migrates it
    text = main_window.welcome_panel.status_label.text()
    assert f'meihao --db "{db_path}" demo' in text
    assert db_path.name in main_window.welcome_panel.database_label.text()
