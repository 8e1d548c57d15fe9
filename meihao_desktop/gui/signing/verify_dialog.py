"""工具 → 验证 PDF 签名…: does a PDF's digital signature still hold?

Choose a file or drop one onto the dialog; ``verify_pdf`` checks it in the background.
The verdict comes in large text, green when every signature holds and red otherwise,
above a table with one row per signature.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_verify_dialog import Ui_VerifyDialog
from meihao_desktop.gui.signing.lifetime import while_alive
from meihao_desktop.gui.signing.verify_model import (
    BAD,
    COL_SIGNER,
    COL_VERDICT,
    GOOD,
    SignatureCheckModel,
    verdict_text,
)
from meihao_desktop.signing.verify import verify_pdf

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.signing.verify import VerifyReport


def _pdf_in(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local PDF file dragged, if that is what is dragged."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".pdf" else None


class VerifyDialog(QDialog):
    """``verified(ok)`` once a file has been checked."""

    verified = Signal(bool)

    def __init__(self, jobs: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.report: VerifyReport | None = None
        self._busy = False
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.model = SignatureCheckModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SignatureCheckModel.SortRole)
        table = self.ui.signatureTable
        table.setModel(self.proxy)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SIGNER, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_VERDICT, QHeaderView.ResizeMode.Stretch)
        font = QFont(self.ui.verdictLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.verdictLabel.setFont(font)
        self.ui.verdictLabel.setText(self.tr("Drop a signed PDF here, or choose one."))
        self.ui.chooseButton.clicked.connect(self.choose)
        self.ui.chooseButton.setFocus()

    @property
    def verdict(self) -> str:
        return self.ui.verdictLabel.text()

    @Slot()
    def choose(self) -> None:
        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a PDF File"),
            self.ui.fileEdit.text(),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if file_name:
            self.check(Path(file_name))

    def check(self, path: Path) -> None:
        """Verify the signatures of ``path`` in the background, then show them."""
        if self._busy:
            return
        self._busy = True
        self.ui.fileEdit.setText(str(path))
        self.ui.verdictLabel.setStyleSheet("")
        self.ui.verdictLabel.setText(self.tr("Checking…"))
        self.model.set_checks([])
        self.jobs.run(
            self.tr("Verifying the signatures"),
            lambda _progress: verify_pdf(path),
            while_alive(self, self._show),
            while_alive(self, self._failed),
            cancellable=False,
        )

    def _show(self, report: VerifyReport) -> None:
        self._busy = False
        self.report = report
        self.model.set_checks(list(report.signatures))
        colour = GOOD if report.ok else BAD
        self.ui.verdictLabel.setStyleSheet(f"color: {colour.name()};")
        self.ui.verdictLabel.setText(verdict_text(report.summary))
        self.verified.emit(report.ok)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.ui.verdictLabel.setStyleSheet("")
        self.ui.verdictLabel.setText("")
        show_error(self, error)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _pdf_in(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _pdf_in(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.check(path)
