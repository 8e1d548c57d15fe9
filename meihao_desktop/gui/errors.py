"""Turning exceptions into dialogs: a user's mistake gets a plain message, a bug a report.

``MeihaoError`` (bad spreadsheet row, corrupt photo, signed record, full disk …) carries
a Chinese message naming the file, row or field; anything else is a bug in this program
and gets the crash dialog (``gui.crash_dialog``), with a report to copy.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from meihao_desktop.domain.errors import MeihaoError, StandardFileError
from meihao_desktop.gui.crash_dialog import show_crash

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> QDialog:
    """Show ``error`` window-modal and return the dialog (tests read it): a message box
    for a ``MeihaoError``, the crash dialog for anything else."""
    if not isinstance(error, MeihaoError):
        log.error("unexpected error", exc_info=error)
        return show_crash(parent, error)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Cannot do that"))
    box.setText(str(error))
    if isinstance(error, StandardFileError) and len(error.problems) > 1:
        box.setDetailedText("\n".join(error.problems))
    box.setObjectName("errorBox")
    box.open()
    return box
