"""The Qt binding itself must not corrupt the interpreter during a long working session.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` for every Qt call that
returns nothing; after some tens of thousands of calls — an afternoon in the editor —
Python aborts with "none_dealloc". pyproject.toml excludes that release; this test
catches any other that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_returning_nothing_keep_none_alive(qapp: QApplication) -> None:
    holder = QObject()
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        holder.setObjectName("x")
        label.setText("美好家园")
    assert sys.getrefcount(None) - before > -100
    label.deleteLater()
