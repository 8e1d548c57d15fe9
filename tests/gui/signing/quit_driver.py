"""Driver inside the real GUI: quits once the warm PDF workers run (see test_render_pool).

Started with ``MEIHAO_TEST_DRIVER=tests.gui.signing.quit_driver:drive``. Once the
database is open and the application's render pool has started its workers, it prints
``workers PID…``, ``descendants PID…`` (every process below the application: the
workers, the fork server, multiprocessing's resource tracker) and ``quitting TIME``,
then quits the application as the menu's Quit does. Should the application hang before
or after that, the stacks of its threads are printed to stderr and it exits.
"""

from __future__ import annotations

import faulthandler
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

TIMEOUT_S = 60


def descendants(root: int) -> list[int]:
    """The live processes below ``root``, from /proc."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[0] != "Z":
                parents[int(entry.name)] = int(fields[1])
    found: list[int] = []
    layer = [root]
    while layer:
        layer = [pid for pid, parent in parents.items() if parent in layer]
        found += layer
    return sorted(found)


class QuitDriver(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._started = time.monotonic()
        # Should the application hang, its threads' stacks reach the test's failure.
        faulthandler.dump_traceback_later(TIMEOUT_S + 30, exit=True)
        QTimer.singleShot(0, self, self._check)

    def _check(self) -> None:
        context = getattr(self._window, "context", None)
        pool = context.render_pool if context is not None else None
        if time.monotonic() - self._started > TIMEOUT_S:
            print("driver: no workers after", TIMEOUT_S, "s", context, pool, flush=True)
            QCoreApplication.exit(3)
            return
        if pool is None or len(pool.worker_pids()) < pool.workers:
            QTimer.singleShot(50, self, self._check)
            return
        print("workers", *pool.worker_pids(), flush=True)
        print("descendants", *descendants(os.getpid()), flush=True)
        print("quitting", time.time(), flush=True)
        faulthandler.dump_traceback_later(30, exit=True)
        QCoreApplication.quit()


def drive(window: Any) -> None:
    QuitDriver(window)
