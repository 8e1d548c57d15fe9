"""Fixtures for the desktop shell: an isolated QSettings and a started main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meihao_desktop.gui import i18n
from meihao_desktop.gui.app import prepare_application, start_main_window
from meihao_desktop.gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(isolated_user_dirs: Path) -> None:
    """QSettings reads XDG_CONFIG_HOME once per process; point it at this test's folder."""
    config = os.environ["XDG_CONFIG_HOME"]
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, config)


@pytest.fixture
def db_path() -> Path:
    return Path(os.environ["MEIHAO_DB"])


@pytest.fixture
def prepared_app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's QApplication with our font and the saved language's translators."""
    translators = prepare_application(qapp)
    yield qapp
    i18n.remove_translators(qapp, translators)


@pytest.fixture
def main_window(prepared_app: QApplication, qtbot: QtBot, db_path: Path) -> MainWindow:
    """The main window as ``run_gui`` starts it, once its database has been opened."""
    window = start_main_window(db_path)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    opening = QCoreApplication.translate("WelcomePanel", "Opening the database…")
    qtbot.waitUntil(lambda: window.welcome_panel.status_label.text() != opening)
    return window
