"""Starting the desktop application: the Qt application, font, language, main window.

The window is shown first and the heavier work (the data layer: SQLModel costs
~0.7 s to import) runs right after, from the event loop, so that the reviewer sees
the window at once.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from meihao_desktop.gui import i18n
from meihao_desktop.gui.fonts import install_bundled_font
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.paths import configure_application_identity


def run_gui(db_path: Path, argv: list[str]) -> int:
    """Run the desktop application on ``db_path`` until its window closes; the exit code."""
    configure_application_identity()
    app = QApplication(argv)
    prepare_application(app)
    # Held in a local so that the window lives as long as the event loop runs.
    window = start_main_window(db_path)  # noqa: F841
    return app.exec()


def prepare_application(app: QApplication) -> list[QTranslator]:
    """Bundled font and the saved language; returns the translators installed."""
    configure_application_identity()
    install_bundled_font(app)
    return i18n.install_translators(app, i18n.saved_language())


def start_main_window(db_path: Path) -> MainWindow:
    """Show the main window on ``db_path``, then open the database from the event loop."""
    window = MainWindow(db_path)
    window.databaseChangeRequested.connect(partial(open_database, window))
    window.show()
    QTimer.singleShot(0, window, partial(open_database, window, db_path))
    return window


def open_database(window: MainWindow, path: Path) -> None:
    """Open ``path`` and show it in ``window``: the hook for the data layer.

    The data layer is to be imported here, inside the function, never at the top of
    a GUI module: it would delay the first paint. Until it exists, a database
    counts as empty when its file does not exist yet or has no content.
    """
    window.set_database_path(path)
    is_empty = not path.is_file() or path.stat().st_size == 0
    window.show_database_opened(is_empty)
