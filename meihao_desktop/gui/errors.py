"""Turning exceptions into dialogs: a user's mistake gets a plain message, a bug a report.

``MeihaoError`` (bad spreadsheet row, corrupt photo, signed record …) carries a Chinese
message naming the file, row or field; anything else is a bug in this program.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from meihao_desktop.domain.errors import MeihaoError, StandardFileError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """Show ``error`` in a window-modal message box and return it (tests read it)."""
    box = QMessageBox(parent)
    if isinstance(error, MeihaoError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Cannot do that"))
        box.setText(str(error))
        if isinstance(error, StandardFileError) and len(error.problems) > 1:
            box.setDetailedText("\n".join(error.problems))
    else:
        log.error("unexpected error", exc_info=error)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Program error"))
        box.setText(
            QCoreApplication.translate(
                "ErrorDialog",
                "Something went wrong inside the program. Your saved work is safe.\n\n{error}",
            ).format(error=f"{type(error).__name__}: {error}")
        )
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setObjectName("errorBox")
    box.open()
    return box
