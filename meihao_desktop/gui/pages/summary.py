"""汇总 (compile and rank): built by the exchange-and-compile issue; says so until then."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from meihao_desktop.gui.context import AppContext


class SummaryPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPage")
        self.context = context
        label = QLabel(
            self.tr(
                "Compiling and ranking every inspector's results comes with the exchange "
                "packages (importing inspectors' results). Until then, use "
                "“meihao score” per inspection."
            ),
            self,
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
