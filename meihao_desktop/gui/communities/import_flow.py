"""Importing a community spreadsheet, from choosing the file to the summary.

File dialog → read in the background → preview dialog (where the reviewer may pick a
field for unrecognised columns and read again) → only on "Import", write in the
background → summary. Cancelling at any point writes nothing.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from meihao_desktop.gui.communities.import_dialog import ImportPreviewDialog
from meihao_desktop.gui.errors import show_error

if TYPE_CHECKING:
    from collections.abc import Mapping

    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.gui.jobs import Job, Progress
    from meihao_desktop.services.community_import import ImportOutcome, SheetPreview

FOLDER_KEY = "import/communityFolder"
"""QSettings key: the folder the last community spreadsheet was opened from."""


class CommunityImport(QObject):
    """One import. ``imported`` fires after rows were written; ``finished`` either way."""

    imported = Signal(object)
    """The ``ImportOutcome``: how many communities were created, updated, left as they were."""
    finished = Signal()

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.dialog: ImportPreviewDialog | None = None
        self.summary_box: QMessageBox | None = None
        self._read_job: Job[Any] | None = None

    def start(self) -> bool:
        """Ask for a file and read it; False if the reviewer chose none."""
        path = self._ask_for_file()
        if path is None:
            self.finished.emit()
            return False
        self.read(path)
        return True

    def _ask_for_file(self) -> Path | None:
        settings = QSettings()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = str(settings.value(FOLDER_KEY, documents) or documents)
        file_name, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import Communities from Excel"),
            folder,
            # "All files" too: a .xls or a mis-named file then gets a message saying what
            # is wrong with it, instead of being invisible.
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if not file_name:
            return None
        settings.setValue(FOLDER_KEY, str(Path(file_name).parent))
        return Path(file_name)

    def read(
        self,
        path: Path,
        *,
        sheet: str | None = None,
        mapping: Mapping[str, str | None] | None = None,
        default_district: str = "",
    ) -> None:
        """Read ``path`` in the background, then show (or refresh) the preview."""
        communities = self._context.services.communities

        def work(progress: Progress) -> SheetPreview:
            progress.update(0, 0, path.name)
            return communities.read_sheet(
                path, sheet=sheet, mapping=mapping, default_district=default_district
            )

        self._read_job = self._context.jobs.run(
            self.tr("Reading {file}").format(file=path.name),
            work,
            self._show_preview,
            self._read_failed,
        )

    def _cancelled(self) -> bool:
        return self._read_job is not None and self._read_job.progress.cancelled

    def _show_preview(self, preview: SheetPreview) -> None:
        if self._cancelled():  # the reviewer stopped waiting: show nothing
            self._reading_over()
            return
        if self.dialog is not None:
            self.dialog.set_preview(preview)
            return
        dialog = ImportPreviewDialog(preview, self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.rereadRequested.connect(self._reread)
        dialog.accepted.connect(self._apply)
        dialog.rejected.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _read_failed(self, error: BaseException) -> None:
        cancelled = self._cancelled()
        self._reading_over()
        if not cancelled:
            show_error(self.dialog or self._parent, error)

    def _reading_over(self) -> None:
        """A read ended without a new preview: keep the old one usable, or end here."""
        if self.dialog is not None:
            self.dialog.set_busy(False)
        else:
            self.finished.emit()

    @Slot()
    def _reread(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        self.read(
            dialog.preview.path,
            sheet=dialog.sheet_name(),
            mapping=dialog.mapping(),
            default_district=dialog.default_district(),
        )

    @Slot()
    def _closed(self) -> None:
        self.dialog = None
        self.finished.emit()

    @Slot()
    def _apply(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        preview = dialog.preview
        self.dialog = None
        communities = self._context.services.communities
        self._context.jobs.run(
            self.tr("Importing communities from {file}").format(file=preview.file_name),
            lambda _progress: communities.apply_import(preview),
            partial(self._done, preview),
            self._apply_failed,
            cancellable=False,
        )

    def _apply_failed(self, error: BaseException) -> None:
        show_error(self._parent, error)
        self.finished.emit()

    def _done(self, preview: SheetPreview, outcome: ImportOutcome) -> None:
        self._context.save_state.saved()
        text = self.tr(
            "{file}: {created} communities added, {updated} updated, {unchanged} unchanged."
        ).format(
            file=preview.file_name,
            created=outcome.created,
            updated=outcome.updated,
            unchanged=outcome.unchanged,
        )
        if preview.rejected:
            text += "\n" + self.tr("{errors} rows with errors were skipped.").format(
                errors=len(preview.rejected)
            )
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import Finished"), text, parent=self._parent
        )
        box.setObjectName("importSummaryBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.summary_box = box
        self.imported.emit(outcome)
        self.finished.emit()
