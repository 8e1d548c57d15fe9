"""The application's warm worker processes for the district's recommendation forms.

A worker process needs about 0.2 s to import reportlab and load the font, as long as
drawing eight forms, so a pool started for each export spent much of a district export
starting. The main window therefore owns one ``RenderPool`` for as long as it lives: it
starts in the background a moment after start-up (after the workbench is shown and the
start-up work has begun), every district export draws in it, and it is closed when the
application quits or the window goes, without waiting, so quitting never hangs on it.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from meihao_desktop.reports.batch import RenderPool

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import JobRunner

WORKERS = 2  # a laptop stays usable while the forms are drawn
WARM_UP_DELAY_MS = 2000  # opening the database and the day's backup go first
log = logging.getLogger(__name__)


def render_workers() -> int:
    """Two worker processes, or one on a single-core machine."""
    return max(1, min(WORKERS, os.cpu_count() or 1))


def _close(pool: RenderPool, closed: threading.Event) -> None:
    closed.set()  # first: a start under way sees it and closes what it started
    pool.close(wait=False)


class RenderPoolOwner(QObject):
    """The window's pool: started on request, closed at quit or when the window goes."""

    def __init__(self, window: QObject) -> None:
        super().__init__(window)
        self.setObjectName("renderPoolOwner")
        self.pool = RenderPool(render_workers())
        self._closed = threading.Event()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        pool, closed = self.pool, self._closed
        # Also when only the window goes (a test's window): no worker outlives it.
        window.destroyed.connect(lambda *_args: _close(pool, closed))

    def close(self) -> None:
        """Stop the workers without waiting for them."""
        _close(self.pool, self._closed)

    def start_later(self, jobs: JobRunner, delay_ms: int = WARM_UP_DELAY_MS) -> None:
        """Start the workers in the background (through ``jobs``) after ``delay_ms``."""
        QTimer.singleShot(delay_ms, self, lambda: self._start(jobs))

    def _start(self, jobs: JobRunner) -> None:
        pool, closed = self.pool, self._closed
        if closed.is_set():
            return

        def start(_progress: object) -> None:
            pool.start()  # blocks a few tenths of a second the first time
            if closed.is_set():  # the application quit meanwhile
                pool.close(wait=False)

        jobs.run(
            self.tr("Preparing the PDF export"),
            start,
            lambda _result: None,
            lambda error: log.warning("could not start the form renderers: %s", error),
            cancellable=False,
            show_progress=False,
        )


def render_pool_owner(window: QObject) -> RenderPoolOwner:
    """The window's ``RenderPoolOwner``, made on first use (no process starts here)."""
    owner = window.findChild(RenderPoolOwner, "renderPoolOwner")
    return owner if isinstance(owner, RenderPoolOwner) else RenderPoolOwner(window)
