"""Help → About: the Designer form, filled in at run time."""

from __future__ import annotations

import os

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from meihao_desktop import __version__
from meihao_desktop.gui.about_dialog import AboutDialog
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.paths import data_dir


def test_about_dialog_shows_the_data_folder(main_window: MainWindow, qtbot: QtBot) -> None:
    about = main_window.findChild(QAction, "aboutAction")
    assert about is not None
    about.trigger()
    dialog = main_window.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "关于"
    assert dialog.ui.appNameLabel.text() == "美好家园考察评审"
    assert dialog.ui.versionLabel.text() == f"版本 {__version__}"
    assert dialog.ui.dataFolderLabel.text() == str(data_dir())
    assert dialog.ui.dataFolderLabel.text().startswith(os.environ["XDG_DATA_HOME"])
    dialog.reject()
