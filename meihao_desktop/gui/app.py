"""Starting the desktop application: the Qt application, font, language, main window.

The window is shown first and the heavier work (the data layer: SQLModel costs
~0.7 s to import) runs right after, from the event loop, so that the reviewer sees
the window at once.
"""

from __future__ import annotations

import getpass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from meihao_desktop.gui import i18n
from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.fonts import install_bundled_font
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.settings import UserSettings
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
    window.demoRequested.connect(partial(load_demo_data, window))
    window.settingsRequested.connect(partial(edit_settings, window))
    window.show()
    QTimer.singleShot(0, window, partial(open_database, window, db_path))
    return window


def open_database(window: MainWindow, path: Path) -> AppContext | None:
    """Open ``path`` and show its workbench in ``window``; the data layer is imported here.

    Importing SQLModel costs ~0.7 s, so it happens after the first paint, never at the
    top of a GUI module.
    """
    from meihao_desktop.domain.errors import MeihaoError
    from meihao_desktop.gui.errors import show_error

    window.set_database_path(path)
    try:
        context = _open_context(window, path)
    except MeihaoError as error:
        window.welcome_panel.show_failed(path, str(error))
        show_error(window, error)
        return None
    from meihao_desktop.gui.pages import build_pages

    previous = getattr(window, "context", None)
    if previous is not None:
        previous.services.db.close()
    window.context = context  # type: ignore[attr-defined]
    window.show_database_opened(not context.services.communities.list())
    window.show_workbench(build_pages(context))
    window.show_inspector(context.inspector_name, context.inspector_unit)
    context.save_state.changed.connect(window.show_save_state)
    return context


def _open_context(window: MainWindow, path: Path) -> AppContext:
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.services import Actor, Services
    from meihao_desktop.store.db import Database

    settings = UserSettings.load()
    db = Database.open(path)
    actor = Actor(settings.inspector_name or getpass.getuser(), "gui")
    return AppContext(
        services=Services.create(db, actor),
        jobs=JobRunner(window),
        save_state=SaveState(window),
        inspector_name=settings.inspector_name,
        inspector_unit=settings.inspector_unit,
        show_page=window.show_page,
    )


def load_demo_data(window: MainWindow) -> None:
    """Write the demo campaign into the open database (in the background), then reload."""
    context: AppContext | None = getattr(window, "context", None)
    if context is None:
        return
    from meihao_desktop.services import Actor
    from meihao_desktop.services.demo import load_demo

    services = context.services

    def work(_progress: object) -> object:
        return load_demo(services.db, services.catalog, Actor("演示数据", "gui"))

    context.jobs.run(
        QCoreApplication.translate("App", "Loading demo data"),
        work,
        lambda _result: open_database(window, services.db.path),
        cancellable=False,
    )


def edit_settings(window: MainWindow) -> QDialog:
    """Open the Settings dialog; after OK, the running program uses the new values."""
    from meihao_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: apply_settings(window, dialog.saved_settings))
    dialog.open()
    return dialog


def apply_settings(window: MainWindow, settings: UserSettings | None) -> None:
    """Show the new inspector and make future edits (and the audit trail) carry the name."""
    if settings is None:
        return
    window.show_inspector(settings.inspector_name, settings.inspector_unit)
    language = window.findChild(QAction, f"language_{i18n.saved_language()}_Action")
    if language is not None:
        language.setChecked(True)
    context: AppContext | None = getattr(window, "context", None)
    if context is None:
        return
    from meihao_desktop.services import Actor, Services

    context.inspector_name = settings.inspector_name
    context.inspector_unit = settings.inspector_unit
    # Services are cheap to build; pages reach them through ``context.services``.
    services = context.services
    actor = Actor(settings.inspector_name or getpass.getuser(), "gui")
    context.services = Services.create(services.db, actor, services.catalog)
