"""Driver inside the real GUI (see test_termination): says ``ready`` once the database is
open and the PDF workers run, with their pids, then waits to be terminated."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer


class ReadyDriver(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        QTimer.singleShot(0, self, self._check)

    def _check(self) -> None:
        context = getattr(self._window, "context", None)
        pool = context.render_pool if context is not None else None
        if pool is None or len(pool.worker_pids()) < pool.workers:
            QTimer.singleShot(50, self, self._check)
            return
        print("ready", *pool.worker_pids(), flush=True)


def drive(window: Any) -> None:
    ReadyDriver(window)
