"""Exporting a score sheet as PDF, and what every export ends with.

编辑器 → 导出评分表… (Ctrl+P): where to save (the settings' export folder, a file name
saying community, inspector and date), then — if the user has a key — whether to sign
digitally; the PDF is written in the background, and a message offers to open the
folder. A file that cannot be written (no permission, full disk) is said in Chinese,
naming the file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.settings import UserSettings, default_key_file
from meihao_desktop.gui.signing.digital_sign import SignOptionsDialog
from meihao_desktop.gui.signing.keys_io import load_keys, user_keys_dir
from meihao_desktop.gui.signing.lifetime import while_alive
from meihao_desktop.reports.files import safe_file_name

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import Progress
    from meihao_desktop.services.exports import ExportResult
    from meihao_desktop.services.inspections import InspectionSummary
    from meihao_desktop.signing.keys import KeyInfo
    from meihao_desktop.signing.request import SignRequest

SHEET_REASON = "考察评分表签名"  # goes into the PDF's signature: the form's language


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """The file the user chose to write (a .pdf), None if cancelled."""
    file_name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("Export", "PDF files (*.pdf)"),
    )
    if not file_name:
        return None
    path = Path(file_name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")


def open_folder(path: Path) -> None:
    """Show the folder holding ``path`` (or ``path`` itself, if a folder)."""
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_exported(parent: QWidget, text: str, location: Path) -> QMessageBox:
    """Say what was written and offer to open the folder it is in."""
    box = QMessageBox(parent)
    box.setObjectName("exportDoneBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Export", "Export finished"))
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    opener: QPushButton = box.addButton(
        QCoreApplication.translate("Export", "Open Containing Folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    opener.setObjectName("openFolderButton")
    box.addButton(QMessageBox.StandardButton.Close)
    opener.clicked.connect(lambda: open_folder(location))
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A window-modal note that does not block the caller (``open``, not ``exec``)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("exportNoteBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def score_sheet_file_name(summary: InspectionSummary) -> str:
    name = QCoreApplication.translate("Export", "Score sheet-{community}-{inspector}-{date}")
    return (
        safe_file_name(
            name.format(
                community=summary.community,
                inspector=summary.inspector,
                date=summary.visit_date.isoformat(),
            )
        )
        + ".pdf"
    )


def export_score_sheet(context: AppContext, parent: QWidget, inspection_id: str) -> None:
    """Ask where (and whether to sign), then write the inspection's score sheet."""
    try:
        summary = context.services.inspections.summary(inspection_id)
    except MeihaoError as error:
        show_error(parent, error)
        return
    suggested = UserSettings.load().export_folder / score_sheet_file_name(summary)
    title = QCoreApplication.translate("Export", "Export Score Sheet")
    dest = ask_save_path(parent, title, suggested)
    if dest is None:
        return

    def keys_read(keys: list[KeyInfo]) -> None:
        if not keys:
            _write_score_sheet(context, parent, inspection_id, dest, None)
            return
        dialog = SignOptionsDialog(context.jobs, keys, default_key_file(), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: _write_score_sheet(
                context, parent, inspection_id, dest, dialog.box.request(SHEET_REASON)
            )
        )
        dialog.open()

    load_keys(context.jobs, user_keys_dir(), while_alive(parent, keys_read))


def _write_score_sheet(
    context: AppContext,
    parent: QWidget,
    inspection_id: str,
    dest: Path,
    sign: SignRequest | None,
) -> None:
    exports = context.services.exports

    def work(_progress: Progress) -> ExportResult:
        return exports.export_score_sheet(inspection_id, dest, sign)

    def done(result: ExportResult) -> None:
        text = QCoreApplication.translate("Export", "The score sheet was saved as\n{path}")
        if result.signed:
            text += "\n" + QCoreApplication.translate("Export", "It is signed digitally.")
        show_exported(parent, text.format(path=result.path), result.path)

    context.jobs.run(
        QCoreApplication.translate("Export", "Exporting the score sheet"),
        work,
        while_alive(parent, done),
        while_alive(parent, lambda error: show_error(parent, error)),
        cancellable=False,
    )
