"""The start page: which database is open and, if it is empty, how to fill it.

A placeholder for the workbench (communities, inspections, rectifications, summary)
that will take the main window's centre.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from meihao_desktop.paths import default_db_path


def demo_command(path: Path) -> str:
    """The ``meihao`` command line that fills ``path`` with demo data.

    ``--db`` is an option of ``meihao`` itself, before the subcommand.
    """
    if path == default_db_path():
        return "meihao demo"
    return f'meihao --db "{path}" demo'


class WelcomePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.heading = self._label("welcomeHeading", self.tr("Beautiful Homes Review"))
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.8)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.database_label = self._label("welcomeDatabase", "")
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = self._label("welcomeStatus", "")

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.heading, self.database_label, self.status_label):
            layout.addWidget(label)
        layout.addStretch(2)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def show_opening(self, path: Path) -> None:
        self.database_label.setText(
            self.tr("Database: {name}\n{folder}").format(name=path.name, folder=path.parent)
        )
        self.status_label.setText(self.tr("Opening the database…"))

    def show_failed(self, path: Path, reason: str) -> None:
        self.status_label.setText(
            self.tr("The database could not be opened:\n{reason}").format(reason=reason)
        )

    def show_opened(self, path: Path, is_empty: bool) -> None:
        if not is_empty:
            self.status_label.setText(self.tr("The database is open."))
            return
        hint = self.tr(
            "This database is empty. To fill it with demo data, choose File → Load Demo Data, "
            "or run “{command}” in a terminal."
        )
        self.status_label.setText(hint.format(command=demo_command(path)))
