"""Reporting a problem rectified (整改完成): what was done, when, and an after-photo.

The photo is optional. Importing it decodes the image, so it runs as a background job;
the rectification is recorded only once the photo is in, and a photo that cannot be
imported leaves the dialog open with the note still in it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_rectified_dialog import Ui_RectifiedDialog
from meihao_desktop.gui.ledger.problem_dialog import to_date, to_qdate

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.gui.jobs import Progress
    from meihao_desktop.services.rectifications import LedgerRow

PhotoImporter = Callable[[Path], str]
"""Imports one photo file for the problem's inspection and returns the photo's id."""

PHOTO_NAME_FILTERS = "*.jpg *.jpeg *.png *.heic *.heif"


class RectifiedDialog(QDialog):
    """Mark ``row`` rectified. Without ``import_photo`` no after-photo can be attached."""

    def __init__(
        self,
        context: AppContext,
        row: LedgerRow,
        import_photo: PhotoImporter | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.row = row
        self._import_photo = import_photo
        self._busy = False
        self.ui = Ui_RectifiedDialog()
        # uic writes no annotations.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.errorLabel.hide()
        self.ui.problemLabel.setText(row.problem)
        self._today = today = today or date.today()
        self.ui.dateEdit.setDateRange(to_qdate(min(row.visit_date, today)), to_qdate(today))
        self.ui.dateEdit.setDate(to_qdate(today))
        self.ui.choosePhotoButton.clicked.connect(self.choose_photo)
        self.ui.clearPhotoButton.clicked.connect(self.ui.photoPathEdit.clear)
        if import_photo is None:
            for widget in (self.ui.choosePhotoButton, self.ui.clearPhotoButton):
                widget.setEnabled(False)
            self.ui.photoPathEdit.setPlaceholderText(self.tr("(photo import is not available)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        self.ui.noteEdit.setFocus()

    @property
    def note(self) -> str:
        return self.ui.noteEdit.toPlainText().strip()

    @property
    def photo_path(self) -> Path | None:
        text = self.ui.photoPathEdit.text()
        return Path(text) if text else None

    def set_photo_path(self, path: Path | None) -> None:
        self.ui.photoPathEdit.setText("" if path is None else str(path))

    @Slot()
    def choose_photo(self) -> None:
        start = str(self.photo_path.parent) if self.photo_path else ""
        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the After-Photo"),
            start,
            self.tr("Photos ({patterns});;All files (*)").format(patterns=PHOTO_NAME_FILTERS),
        )
        if file_name:
            self.set_photo_path(Path(file_name))

    @Slot()
    def accept(self) -> None:
        if self._busy:
            return
        if not self.note:
            self.ui.errorLabel.setText(self.tr("Say what was done first."))
            self.ui.errorLabel.show()
            self.ui.noteEdit.setFocus()
            return
        path = self.photo_path
        if path is None or self._import_photo is None:
            self._record(None)
            return
        self._set_busy(True)
        importer = self._import_photo

        def work(_progress: Progress) -> str:
            return importer(path)

        self.context.jobs.run(
            self.tr("Importing the after-photo"),
            work,
            self._record,
            self._photo_failed,
            cancellable=False,
        )

    @Slot()
    def reject(self) -> None:
        if not self._busy:  # the photo is being imported: wait for it
            super().reject()

    def _record(self, photo_id: str | None) -> None:
        self._set_busy(False)
        try:
            self.context.services.rectifications.mark_rectified(
                self.row.id, self.note, photo_id, when=self._when()
            )
        except MeihaoError as error:
            show_error(self, error)
            return
        self.context.save_state.saved()
        super().accept()

    def _photo_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    def _when(self) -> datetime | None:
        """None (now) when rectified today; otherwise noon, local time, of the chosen day."""
        chosen = to_date(self.ui.dateEdit.date())
        if chosen >= self._today:
            return None
        return datetime.combine(chosen, time(12)).astimezone()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)
        self.ui.noteEdit.setReadOnly(busy)
