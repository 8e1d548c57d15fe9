"""Runs INSIDE the bundled program, loaded by path through ``MEIHAO_TEST_DRIVER``.

Waits until the database is open, prints one line ``bundle-report {json}`` with what the
frozen program found (its resources, translation, font, menus) and quits. Only what the
bundle itself contains may be imported here.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase

PREFIX = "bundle-report"


def _facts(window: Any) -> dict[str, object]:
    from meihao_desktop import resources
    from meihao_desktop.gui import i18n

    return {
        "frozen": bool(getattr(sys, "frozen", False)),
        "resources": str(resources.resources_dir()),
        "translation": str(i18n.app_translation_file("zh_CN")),
        "qt_translation": str(i18n.qt_translation_file("zh_CN")),
        "menus": [action.text() for action in window.menuBar().actions()],
        "fonts": [f for f in QFontDatabase.families() if "WenQuanYi" in f],
        "title": window.windowTitle(),
    }


def report(window: Any) -> None:
    def check() -> None:
        if getattr(window, "context", None) is None:
            QTimer.singleShot(20, check)
            return
        print(f"{PREFIX} {json.dumps(_facts(window), ensure_ascii=False)}", flush=True)
        QCoreApplication.quit()

    QTimer.singleShot(0, check)
