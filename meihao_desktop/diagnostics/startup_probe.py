"""Measuring start-up for ``benchmarks/bench_startup.py``. Uses Qt.

With ``MEIHAO_STARTUP_PROBE=1`` in the environment, ``gui.app.run_gui`` installs this on
the main window. It prints one line at the window's first paint and one when the
workbench is shown (the database is open), then quits::

    meihao-startup painted <time.time()> heavy=<heavy modules already imported>
    meihao-startup ready <time.time()>

``time.time()`` rather than a monotonic clock: the benchmark compares it with the
moment it started the process, in another process.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow, QStackedWidget

ENV_VAR = "MEIHAO_STARTUP_PROBE"
PREFIX = "meihao-startup"
# Imported only when first needed; none of them may be loaded at the first paint.
HEAVY_MODULES = ("reportlab", "openpyxl", "pyhanko", "PIL", "sqlmodel")
TIMEOUT_S = 60


def heavy_modules_loaded() -> list[str]:
    return [name for name in HEAVY_MODULES if name in sys.modules]


class StartupProbe(QObject):
    """Event filter on the main window; reports the first paint, then readiness."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._painted = False
        self._started = time.monotonic()
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            heavy = ",".join(heavy_modules_loaded()) or "-"
            print(f"{PREFIX} painted {time.time():.6f} heavy={heavy}", flush=True)
            QTimer.singleShot(0, self, self._wait_until_ready)
        return False

    def _wait_until_ready(self) -> None:
        centre = self._window.centralWidget()
        if isinstance(centre, QStackedWidget) and centre.currentIndex() == 1:
            print(f"{PREFIX} ready {time.time():.6f}", flush=True)
            QCoreApplication.quit()
        elif time.monotonic() - self._started > TIMEOUT_S:
            print(f"{PREFIX} timeout {time.time():.6f}", flush=True)
            QCoreApplication.quit()
        else:
            QTimer.singleShot(5, self, self._wait_until_ready)


def install(window: QMainWindow) -> StartupProbe:
    return StartupProbe(window)
