"""Qt's own warnings end up in the log file, at the matching level."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLoggingCategory, qCCritical, qWarning
from PySide6.QtWidgets import QApplication

from meihao_desktop.diagnostics.logs import last_lines, setup_logging
from meihao_desktop.diagnostics.qt_messages import QtMessageRouting


def test_qt_warnings_land_in_the_log_file(qapp: QApplication, tmp_path: Path) -> None:
    logs = setup_logging(tmp_path, stderr_level=None)
    routing = QtMessageRouting().install()
    try:
        qWarning("QPixmap: it is not safe to use pixmaps outside the GUI thread")
        qCCritical(QLoggingCategory("qt.qpa.xcb"), "could not connect to display")
        lines = last_lines(logs.log_file)
    finally:
        routing.uninstall()
        logs.close()
    assert len(lines) == 2
    assert "WARNING qt [MainThread] QPixmap: it is not safe" in lines[0]
    assert "ERROR qt.qpa.xcb [MainThread] could not connect to display" in lines[1]
