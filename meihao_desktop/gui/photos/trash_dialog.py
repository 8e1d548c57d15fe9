"""回收站: the photos of an inspection put in the trash, to restore or delete for good.

Restoring is a quick edit. Emptying the trash asks first (it cannot be undone) and runs
in the background, because it deletes the photos' files. ``changed`` fires after
either, so the strip and the editor's counts follow.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.photos.images import ThumbnailCache
from meihao_desktop.gui.photos.model import PhotoEntry, PhotoListModel
from meihao_desktop.gui.photos.strip_view import PhotoListView


class TrashDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        inspection_id: str,
        thumbnails: ThumbnailCache,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("photoTrashDialog")
        self.setWindowTitle(self.tr("Photo trash"))
        self._context = context
        self._inspection_id = inspection_id
        self._busy = False  # emptying: stay open until it is done, to report it
        self.model = PhotoListModel(thumbnails, self)
        self.view = PhotoListView(thumbnails.side, self, wrapping=True)
        self.view.setObjectName("trashList")
        self.view.setModel(self.model)
        self.view.empty_text = self.tr("The trash is empty.")
        hint = self.tr("Photos in the trash are left out of reports; emptying deletes them.")
        self.hint_label = QLabel(hint, self)
        self.hint_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        self.restore_button.setObjectName("restorePhotosButton")
        self.restore_button.setDefault(True)  # Enter restores the selected photos
        self.empty_button = QPushButton(self.tr("Empty trash…"), self)
        self.empty_button.setObjectName("emptyTrashButton")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.view.doubleClicked.connect(self.restore_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(760, 480)
        self.refresh()

    def refresh(self) -> None:
        photos = self._context.services.photos
        try:
            listed = photos.list(self._inspection_id, include_trash=True)
        except MeihaoError as error:
            show_error(self, error)
            listed = []
        entries = [PhotoEntry.of(p, photos) for p in listed if p.deleted_at is not None]
        self.model.set_entries(entries, show_item_codes=True, editable=False)
        if entries:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedIndexes()))
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    @Slot()
    def restore_selected(self) -> None:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        if not rows:
            return
        photos = self._context.services.photos
        try:
            for row in rows:
                photos.restore(self.model.entry(row).id)
        except MeihaoError as error:
            show_error(self, error)
        self._context.save_state.saved()
        self.refresh()
        self.changed.emit()

    @Slot()
    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if not count:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Empty trash"),
            self.tr("Delete the {n} photos in the trash for good? This cannot be undone.").format(
                n=count
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        photos, inspection_id = self._context.services.photos, self._inspection_id
        self._busy = True
        self.setEnabled(False)
        self._context.jobs.run(
            self.tr("Emptying the trash"),
            lambda _progress: photos.empty_trash(inspection_id),
            self._emptied,
            self._empty_failed,
            cancellable=False,
        )

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _emptied(self, _count: object) -> None:
        if not Shiboken.isValid(self):
            return
        self._busy = False
        self.setEnabled(True)
        self._context.save_state.saved()
        self.refresh()
        self.changed.emit()

    def _empty_failed(self, error: BaseException) -> None:
        if not Shiboken.isValid(self):
            return
        self._busy = False
        self.setEnabled(True)
        show_error(self, error)
        self.refresh()
