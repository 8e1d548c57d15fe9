"""What the communities page shows while the database holds no community: three ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class CommunitiesEmptyState(QWidget):
    demoRequested = Signal()
    importRequested = Signal()
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("communitiesEmptyState")
        heading = QLabel(self.tr("No communities yet"), self)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr(
                "Load the demo data to try the program, import the district's community "
                "list from an Excel workbook, or add a community by hand."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_button = self._button("loadDemoButton", self.tr("Load Demo Data"))
        self.import_button = self._button("importButton", self.tr("Import from Excel…"))
        self.new_button = self._button("newCommunityButton", self.tr("New Community…"))
        self.demo_button.clicked.connect(self.demoRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.new_button.clicked.connect(self.newRequested)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.demo_button, self.import_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button
