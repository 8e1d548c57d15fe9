"""The diagnostics of one run of the GUI: crash log, Qt's messages, log file, crash dialog.

Started in two steps, because the window must show at once: ``GuiDiagnostics(...)``
before the QApplication exists (``faulthandler`` into the crash log, Qt's messages into
a buffer: next to nothing), ``start_logging(window)`` right after the first paint (the
logging module and its rotating file, the exception hooks and the crash dialog: some
25 ms that the first paint does not wait for).
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from meihao_desktop.diagnostics import logs_dir
from meihao_desktop.diagnostics.crash_log import CrashLog
from meihao_desktop.diagnostics.qt_messages import QtMessageRouting

if TYPE_CHECKING:
    from meihao_desktop.diagnostics.logs import LogSetup
    from meihao_desktop.gui.crash_dialog import CrashHandler
    from meihao_desktop.gui.jobs import JobRunner


class GuiDiagnostics:
    """What ``run_gui`` sets up for the run and takes down at its end (``close``)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.logs_dir = logs_dir(data_dir)
        self._crash_log = CrashLog.enable(self.logs_dir)
        self._qt_messages = QtMessageRouting().install(buffered=True)
        self._logs: LogSetup | None = None
        self._handler: CrashHandler | None = None

    def start_logging(self, window: QWidget) -> None:
        """The log file (and the Qt messages so far); uncaught exceptions → crash dialog."""
        from meihao_desktop.diagnostics.logs import setup_logging
        from meihao_desktop.gui.crash_dialog import CrashHandler

        if self._logs is None:
            self._logs = setup_logging(self.data_dir)
            self._qt_messages.attach()
            self._handler = CrashHandler(window)

    def offer_crash_logs(self, window: QWidget, jobs: JobRunner) -> None:
        """Read (in the background) and offer the crash logs earlier runs left behind."""
        from meihao_desktop.gui.crash_dialog import offer_crash_logs, read_crash_logs

        folder = self.logs_dir

        def offer(found: list[tuple[Path, str]]) -> None:
            if found:
                offer_crash_logs(window, found, jobs)

        title = QCoreApplication.translate("CrashDialog", "Reading crash logs")
        jobs.run(title, lambda _progress: read_crash_logs(folder), offer, show_progress=False)

    def record_fatal(self, error: BaseException) -> None:
        """The program is ending with ``error``: keep it for the offer at the next start."""
        if self._crash_log is not None:
            self._crash_log.record("".join(traceback.format_exception(error)))

    def close(self) -> None:
        if self._handler is not None:
            self._handler.hooks.uninstall()
        self._qt_messages.uninstall()
        if self._crash_log is not None:
            self._crash_log.close()
        if self._logs is not None:
            self._logs.close()
