"""Crash-test driver inside the real GUI: scores items through the editor's widgets.

Started by ``MEIHAO_TEST_DRIVER=tests.crash.editor_driver:drive`` (see
``gui.testing_hooks``) with the inspection in ``MEIHAO_CRASH_INSPECTION``. Once the
database is open it opens the inspection in the editor and, forever, one edit per turn
of the event loop: select item ``code``, type the points into the points box and press
Enter — as a reviewer does. Before edit ``n`` it prints ``try n code points``; once the
status bar was told "all changes saved", i.e. after the service committed it, ``saved n
code points``. The test kills the process with SIGKILL and checks the database.
"""

from __future__ import annotations

import os
import sys
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtTest import QTest

INSPECTION_ENV = "MEIHAO_CRASH_INSPECTION"
READY = "driver ready"


def edit(n: int, codes: list[str]) -> tuple[str, str]:
    """Edit ``n``: which item gets which points (0–10 in steps of 0.5).

    The same item comes back every ``len(codes)`` edits with different points (25
    items: 25 mod 21 ≠ 0), so every edit really changes something and is saved.
    """
    points = Decimal(n % 21) / 2
    return codes[n % len(codes)], f"{points:f}".removesuffix(".0")


class EditorDriver(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self._window = window
        self._n = 0
        self._saves = 0
        self._editor: Any = None
        self._codes: list[str] = []
        QTimer.singleShot(0, self, self._wait_for_database)

    def _wait_for_database(self) -> None:
        context = getattr(self._window, "context", None)
        if context is None:
            QTimer.singleShot(20, self, self._wait_for_database)
            return
        page = context.show_page("inspections")
        if not page.open_inspection(os.environ[INSPECTION_ENV]):
            print("driver: the inspection did not open", file=sys.stderr, flush=True)
            QCoreApplication.exit(3)
            return
        self._editor = page.editor
        self._codes = list(self._editor.state.items)
        context.save_state.changed.connect(self._saved)
        print(READY, flush=True)
        QTimer.singleShot(0, self, self._next_edit)

    def _saved(self, _text: str) -> None:
        self._saves += 1

    def _next_edit(self) -> None:
        code, points = edit(self._n, self._codes)
        print(f"try {self._n} {code} {points}", flush=True)
        self._editor.select(code)
        box = self._editor.item_panel.score_input.points_edit
        box.setFocus()
        box.selectAll()
        QTest.keyClicks(box, points)
        saves = self._saves
        QTest.keyClick(box, Qt.Key.Key_Return)  # saves at once (and moves on)
        if self._saves != saves + 1:
            print(f"driver: edit {self._n} was not saved", file=sys.stderr, flush=True)
            QCoreApplication.exit(4)
            return
        print(f"saved {self._n} {code} {points}", flush=True)
        self._n += 1
        QTimer.singleShot(0, self, self._next_edit)


def drive(window: Any) -> None:
    EditorDriver(window)  # a child of the window: lives as long as it does
