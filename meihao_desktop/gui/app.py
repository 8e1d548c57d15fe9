"""Starting the desktop application: the Qt application, font, language, main window.

The window is shown first and the heavier work (the data layer: SQLModel costs
~0.7 s to import) runs right after, from the event loop, so that the reviewer sees
the window at once. After that come the day's automatic backup (in the background),
the offer of a crash log that an earlier run left behind, and, two seconds later, the
start of the worker processes that draw a district's PDF forms (``gui.signing.render_pool``).

``run_gui`` also sets up the diagnostics (log file, crash log, Qt's messages into the
log, uncaught exceptions into the crash dialog). With ``MEIHAO_STARTUP_PROBE=1`` it
reports the first paint for ``benchmarks/bench_startup.py`` and quits.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from meihao_desktop.gui import i18n, testing_hooks
from meihao_desktop.gui.exchange.window_actions import connect_exchange_menus
from meihao_desktop.gui.fonts import install_bundled_font
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.signing.window_actions import connect_signing_menus
from meihao_desktop.paths import configure_application_identity, data_dir

if TYPE_CHECKING:  # imported when first used: each import before the first paint costs
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.gui.run_diagnostics import GuiDiagnostics
    from meihao_desktop.gui.settings import UserSettings

STARTUP_PROBE_ENV = "MEIHAO_STARTUP_PROBE"
log = logging.getLogger(__name__)


def run_gui(db_path: Path, argv: list[str]) -> int:
    """Run the desktop application on ``db_path`` until its window closes; the exit code."""
    from meihao_desktop.gui.run_diagnostics import GuiDiagnostics
    from meihao_desktop.gui.termination import quit_on_terminate

    configure_application_identity()
    # Before the QApplication, so that its own warnings reach the log too.
    diagnostics = GuiDiagnostics(data_dir())
    try:
        app = QApplication(argv)
        prepare_application(app)
        quit_on_terminate(app)
        # Held in a local so that the window lives as long as the event loop runs.
        window = start_main_window(
            db_path,
            before_open=diagnostics.start_logging,
            after_open=partial(after_start, diagnostics=diagnostics),
        )
        if os.environ.get(STARTUP_PROBE_ENV):
            from meihao_desktop.diagnostics.startup_probe import install

            install(window)
        return app.exec()
    except Exception as error:  # before the event loop ran: no dialog can show it
        diagnostics.record_fatal(error)
        raise
    finally:
        diagnostics.close()


def after_start(window: MainWindow, diagnostics: GuiDiagnostics) -> None:
    """Once the window shows: offer earlier crash logs, back up (once a day), and a
    moment later start the PDF workers (district exports)."""
    from meihao_desktop.gui.backup_dialog import start_startup_backup
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.gui.signing.render_pool import render_pool_owner

    context: AppContext | None = getattr(window, "context", None)
    diagnostics.offer_crash_logs(window, context.jobs if context else JobRunner(window))
    if context is not None:
        start_startup_backup(context, window)
        render_pool_owner(window).start_later(context.jobs)


def prepare_application(app: QApplication) -> list[QTranslator]:
    """Bundled font and the saved language; returns the translators installed."""
    configure_application_identity()
    install_bundled_font(app)
    return i18n.install_translators(app, i18n.saved_language())


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, from the event loop, right after the window's first paint.

    A zero timer started at ``show()`` may fire before the window system asks for the
    first paint (it did, on X11 and offscreen alike), and the data layer's import would
    then keep the window blank for a second. A window never painted (started minimised)
    gets its callback after ``FALLBACK_MS``.
    """

    FALLBACK_MS = 1000

    def __init__(self, window: MainWindow, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], object] | None = callback
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._run)  # once this paint has reached the screen
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            self._window.removeEventFilter(self)
            callback()


def start_main_window(
    db_path: Path,
    *,
    before_open: Callable[[MainWindow], object] | None = None,
    after_open: Callable[[MainWindow], object] | None = None,
) -> MainWindow:
    """Show the main window on ``db_path``, then open the database from the event loop.

    After the first paint: ``before_open(window)``, opening the database, then
    ``after_open(window)`` (also when the database could not be opened).
    """
    window = MainWindow(db_path)
    window.databaseChangeRequested.connect(partial(open_database, window))
    window.demoRequested.connect(partial(load_demo_data, window))
    window.settingsRequested.connect(partial(edit_settings, window))
    window.backupsRequested.connect(partial(open_backups, window))
    window.exportDataFolderRequested.connect(partial(export_data_folder, window))
    window.importDataFolderRequested.connect(partial(import_data_folder, window))
    connect_signing_menus(window)
    connect_exchange_menus(window)
    window.show()

    def open_first_database() -> None:
        if before_open is not None:
            before_open(window)
        open_database(window, db_path)
        if after_open is not None:
            after_open(window)

    _AfterFirstPaint(window, open_first_database)
    testing_hooks.start_test_driver(window)  # inert unless MEIHAO_TEST_DRIVER is set
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
        # The first query: a read-only folder or a full disk shows up here at the latest.
        is_empty = not context.services.communities.list()
    except (MeihaoError, OSError) as raised:
        error = raised if isinstance(raised, MeihaoError) else _storage_error(raised, path)
        window.welcome_panel.show_failed(path, str(error))
        show_error(window, error)
        return None
    from meihao_desktop.gui.pages import build_pages

    previous = getattr(window, "context", None)
    if previous is not None:
        previous.services.db.close()
    window.context = context  # type: ignore[attr-defined]
    window.show_database_opened(is_empty)
    window.show_workbench(build_pages(context))
    window.show_inspector(context.inspector_name, context.inspector_unit)
    context.save_state.changed.connect(window.show_save_state)
    _tidy_photo_store(context)
    return context


def _tidy_photo_store(context: AppContext) -> None:
    """Remove photo files left behind by an import that a crash interrupted.

    In the background (it lists the photo folder), once per opening; the service keeps
    files written since the program started, so an import running meanwhile is safe.
    Failing to tidy costs only disk space, so a failure is logged, not shown.
    """
    photos = context.services.photos

    def tidied(removed: list[Path]) -> None:
        if removed:
            log.info("removed %d orphaned photo files", len(removed))

    context.jobs.run(
        QCoreApplication.translate("App", "Tidying the photo folder"),
        lambda _progress: photos.clean_orphans(),
        tidied,
        lambda error: log.warning("could not tidy the photo folder: %s", error),
        cancellable=False,
        show_progress=False,
    )


def _storage_error(error: OSError, path: Path) -> Exception:
    """Creating the data folder failed (read-only, full): the user's problem, in Chinese."""
    from meihao_desktop.domain.errors import MeihaoError
    from meihao_desktop.store.errors import storage_error_from

    return storage_error_from(error, path) or MeihaoError(
        str(error), where=f"数据目录 {path.parent}"
    )


def _open_context(window: MainWindow, path: Path) -> AppContext:
    import getpass

    from meihao_desktop.gui.context import AppContext, SaveState
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.gui.settings import UserSettings
    from meihao_desktop.gui.signing.render_pool import render_pool_owner
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
        render_pool=render_pool_owner(window).pool,  # one for the window's lifetime
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


def open_backups(window: MainWindow) -> QDialog | None:
    """文件 → 备份与恢复…: the backups of the open database; after a restore, reopen it."""
    context: AppContext | None = getattr(window, "context", None)
    if context is None:
        return None
    from meihao_desktop.gui.backup_dialog import BackupDialog

    dialog = BackupDialog(context, partial(open_database, window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_data_folder(window: MainWindow) -> None:
    context: AppContext | None = getattr(window, "context", None)
    if context is not None:
        from meihao_desktop.gui.data_folder_actions import ask_export_data_folder

        ask_export_data_folder(window, context)


def import_data_folder(window: MainWindow) -> None:
    context: AppContext | None = getattr(window, "context", None)
    if context is not None:
        from meihao_desktop.gui.data_folder_actions import ask_import_data_folder

        ask_import_data_folder(window, context, partial(open_database, window))


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
    import getpass

    from meihao_desktop.services import Actor, Services

    context.inspector_name = settings.inspector_name
    context.inspector_unit = settings.inspector_unit
    # Services are cheap to build; pages reach them through ``context.services``.
    services = context.services
    actor = Actor(settings.inspector_name or getpass.getuser(), "gui")
    context.services = Services.create(services.db, actor, services.catalog)
