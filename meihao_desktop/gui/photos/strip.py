"""The photo strip under the editor's item panel: the photos of the item shown.

On an item or requirement it shows that item's photos; on a section or group row, all
the inspection's photos, each with its item code. Photos come in with 添加照片… (Ctrl+
Shift+P) or by dropping files and folders on the strip or anywhere in the editor; the
import runs in the background. Captions are edited in place (F2), photos linked to
another item, moved (Ctrl+Left/Right), put in the trash (Delete) and opened large
(Enter, double-click). A signed inspection's photos can only be looked at.

``photosChanged`` fires when the number of photos on an item may have changed (the
editor's tree shows those counts).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.jobs import Job
from meihao_desktop.gui.photos.files import DIALOG_PATTERNS, FileDropCatcher
from meihao_desktop.gui.photos.images import ThumbnailCache
from meihao_desktop.gui.photos.import_flow import ImportOutcome, PhotoImporter
from meihao_desktop.gui.photos.model import PhotoEntry, PhotoListModel
from meihao_desktop.gui.photos.strip_menu import (
    StripActions,
    context_menu,
    link_menu,
    make_action,
)
from meihao_desktop.gui.photos.strip_view import PhotoListView
from meihao_desktop.gui.photos.trash_dialog import TrashDialog
from meihao_desktop.gui.photos.viewer import PhotoViewer

if TYPE_CHECKING:
    from meihao_desktop.domain.standards import Standard
    from meihao_desktop.services.photos import PhotoService

THUMB_SIDE = 160  # drawn from the stored 256 px thumbnails, shrunk while read


class PhotoStrip(QWidget):
    photosChanged = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photoStrip")
        self._context = context
        self.inspection_id = ""
        self.item_code = ""
        self.read_only = True
        self._order: list[str] = []  # the inspection's photos (not trashed), in order
        self._standard: tuple[str, Standard | None] = ("", None)
        self._last_folder = ""
        self.thumbnails = ThumbnailCache(THUMB_SIDE, self)
        self.model = PhotoListModel(self.thumbnails, self)
        self.model.caption_saver = self._save_caption
        self.view = PhotoListView(THUMB_SIDE, self)
        self.view.setObjectName("photoList")
        self.view.setModel(self.model)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.strip_actions = self._build_actions()
        self._build_layout()
        self.importer = PhotoImporter(context, self)
        self.importer.finished.connect(self._imported)
        self.drops = FileDropCatcher(self.editable, self)
        self.drops.watch(self)
        self.drops.dropped.connect(self.import_paths)
        self.view.doubleClicked.connect(self._open_index)
        self.view.customContextMenuRequested.connect(self._show_menu)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._show_context_state()

    def _build_actions(self) -> StripActions:
        on_view = partial(make_action, self.view)  # keys work while the list has the focus
        delete = QKeySequence(QKeySequence.StandardKey.Delete)
        everywhere = Qt.ShortcutContext.WidgetWithChildrenShortcut
        add = make_action(
            self, "addPhotosAction", self.tr("Add photos…"), ["Ctrl+Shift+P"], self.choose_files
        )
        add.setShortcutContext(everywhere)
        return StripActions(
            add=add,
            open=on_view("openPhotoAction", self.tr("Open"), ["Return", "Enter"], self.open_viewer),
            caption=on_view(
                "editCaptionAction", self.tr("Edit caption"), ["F2"], self.edit_caption
            ),
            move_left=on_view(
                "moveLeftAction",
                self.tr("Move left"),
                ["Ctrl+Left"],
                partial(self.move_current, -1),
            ),
            move_right=on_view(
                "moveRightAction",
                self.tr("Move right"),
                ["Ctrl+Right"],
                partial(self.move_current, 1),
            ),
            trash=on_view(
                "trashPhotoAction", self.tr("Move to trash"), [delete], self.trash_selected
            ),
            show_trash=make_action(self, "showTrashAction", self.tr("Trash…"), [], self.open_trash),
        )

    def _build_layout(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("photoStripTitle")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("photoStripStatus")
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("Add photos…"), self)
        self.add_button.setObjectName("addPhotosButton")
        self.add_button.setToolTip(self.strip_actions.add.toolTip())
        self.add_button.clicked.connect(self.strip_actions.add.trigger)
        self.trash_button = QPushButton(self.tr("Trash…"), self)
        self.trash_button.setObjectName("photoTrashButton")
        self.trash_button.clicked.connect(self.strip_actions.show_trash.trigger)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.trash_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def attach_to(self, editor: QWidget) -> None:
        """Take files dropped anywhere on ``editor``; Ctrl+Shift+P works all over it."""
        self.drops.watch(editor)
        editor.addAction(self.strip_actions.add)

    # -- what is shown -----------------------------------------------------------------

    @Slot(str, str, bool)
    def show_context(self, inspection_id: str, item_code: str, read_only: bool) -> None:
        """The editor shows another item (``item_code`` "" for a group row)."""
        if (inspection_id, item_code) != (self.inspection_id, self.item_code):
            self.status_label.clear()  # it spoke of the item shown before
        if inspection_id != self.inspection_id:
            self.thumbnails.drop_pending()
        self.inspection_id, self.item_code, self.read_only = inspection_id, item_code, read_only
        self._show_context_state()
        self.refresh()

    def editable(self) -> bool:
        return bool(self.inspection_id) and not self.read_only

    def refresh(self, select: list[str] | None = None) -> None:
        """Read the photos again; keep (or make) ``select`` the selected photos."""
        keep = self.selected_ids() if select is None else select
        entries: list[PhotoEntry] = []
        self._order = []
        if self.inspection_id:
            photos = self._photos()
            try:
                listed = photos.list(self.inspection_id)
            except MeihaoError as error:
                show_error(self, error)
                listed = []
            self._order = [photo.id for photo in listed]
            entries = [
                PhotoEntry.of(photo, photos)
                for photo in listed
                if not self.item_code or (photo.item_code or "") == self.item_code
            ]
        self.model.set_entries(
            entries, show_item_codes=not self.item_code, editable=self.editable()
        )
        self._select(keep)
        self._show_count()
        self._update_actions()

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        return [self.model.entry(row).id for row in rows]

    def _select(self, photo_ids: list[str]) -> None:
        selection = self.view.selectionModel()
        rows = [row for row in map(self.model.row_of, photo_ids) if row >= 0]
        if not rows:
            return
        flags = selection.SelectionFlag.ClearAndSelect
        selection.setCurrentIndex(self.model.index(rows[0], 0), flags)
        for row in rows[1:]:
            selection.select(self.model.index(row, 0), selection.SelectionFlag.Select)
        self.view.scrollTo(self.model.index(rows[0], 0))

    def _show_context_state(self) -> None:
        editable = self.editable()
        for action in self.strip_actions.editing:
            action.setVisible(editable)
        self.add_button.setVisible(editable)
        self.trash_button.setVisible(editable)
        if not self.inspection_id:
            self.view.empty_text = ""
        elif editable:
            self.view.empty_text = self.tr(
                "No photos yet. Drop photos or folders here, or press Ctrl+Shift+P."
            )
        else:
            self.view.empty_text = self.tr("No photos.")
        self.view.viewport().update()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if not self.inspection_id:
            self.title_label.clear()
        elif self.item_code:
            self.title_label.setText(
                self.tr("Photos of {code} ({n})").format(code=self.item_code, n=count)
            )
        else:
            self.title_label.setText(self.tr("All photos ({n})").format(n=count))

    @Slot()
    def _update_actions(self) -> None:
        selected = bool(self.selected_ids())
        for action in self.strip_actions.on_selection:
            action.setEnabled(selected)
        self.strip_actions.caption.setEnabled(selected and self.editable())

    # -- adding photos -------------------------------------------------------------------

    def choose_files(self) -> None:
        """添加照片…: pick files in a dialog, then import them."""
        if not self.editable():
            return
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            self._last_folder,
            ";;".join(
                [
                    self.tr("Photos ({patterns})").format(patterns=DIALOG_PATTERNS),
                    self.tr("All files (*)"),
                ]
            ),
        )
        if names:
            self._last_folder = str(Path(names[0]).parent)
            self.import_paths([Path(name) for name in names])

    @Slot(list)
    def import_paths(self, paths: list[Path]) -> Job[ImportOutcome] | None:
        """Import files and folders into the item shown, in the background."""
        if not (self.editable() and paths):
            return None
        if self.importer.busy:
            self.status_label.setText(self.tr("Photos are being imported; try again after."))
            return None
        self.status_label.setText(self.tr("Importing photos…"))
        return self.importer.start(self.inspection_id, self.item_code, paths)

    @Slot(str, list)
    def _imported(self, summary: str, photo_ids: list[str]) -> None:
        self.status_label.setText(summary)
        if photo_ids:
            self.refresh(select=photo_ids[:1])  # scrolled to the first that came in
            self.photosChanged.emit()
            self._context.save_state.saved()

    # -- editing -------------------------------------------------------------------------

    def _photos(self) -> PhotoService:
        return self._context.services.photos  # looked up each time: settings replace it

    def _save_caption(self, photo_id: str, caption: str) -> bool:
        try:
            self._photos().set_caption(photo_id, caption)
        except MeihaoError as error:
            show_error(self, error)
            return False
        self._context.save_state.saved()
        return True

    def edit_caption(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.editable():
            self.view.edit(index)

    def link_selected(self, item_code: str) -> None:
        """Show the selected photos under ``item_code`` ("" = no item)."""
        photo_ids = self.selected_ids()
        if not (photo_ids and self.editable()):
            return
        self._edit_each(photo_ids, lambda photo_id: self._photos().link_item(photo_id, item_code))
        if item_code:
            text = self.tr("{n} photos linked to {code}").format(n=len(photo_ids), code=item_code)
        else:
            text = self.tr("{n} photos linked to no item").format(n=len(photo_ids))
        self.status_label.setText(text)
        self.refresh(select=photo_ids)
        self.photosChanged.emit()

    def move_current(self, step: int) -> None:
        """Ctrl+Left / Ctrl+Right: swap the current photo with its neighbour in the strip."""
        row = self.view.currentIndex().row()
        target = row + step
        if row < 0 or not self.editable() or not 0 <= target < self.model.rowCount():
            return
        moving, neighbour = self.model.entry(row), self.model.entry(target)
        # The service counts positions among all the inspection's photos, and the strip
        # may show only one item's: place it just before / after the neighbour.
        others = [photo_id for photo_id in self._order if photo_id != moving.id]
        position = others.index(neighbour.id) + (1 if step > 0 else 0)
        self._edit_each([moving.id], lambda photo_id: self._photos().move(photo_id, position))
        self.refresh(select=[moving.id])

    def trash_selected(self) -> None:
        photo_ids = self.selected_ids()
        if not (photo_ids and self.editable()):
            return
        first_row = self.model.row_of(photo_ids[0])
        self._edit_each(photo_ids, lambda photo_id: self._photos().trash(photo_id))
        self.refresh(select=[])
        if self.model.rowCount():
            self._select([self.model.entry(min(first_row, self.model.rowCount() - 1)).id])
        self.status_label.setText(
            self.tr("{n} photos moved to the trash (Trash… brings them back)").format(
                n=len(photo_ids)
            )
        )
        self.photosChanged.emit()

    def _edit_each(self, photo_ids: list[str], edit: Callable[[str], object]) -> None:
        """Quick edits (< 15 ms each), so on the GUI thread; stop at the first refusal."""
        try:
            for photo_id in photo_ids:
                edit(photo_id)
        except MeihaoError as error:
            show_error(self, error)
        self._context.save_state.saved()

    # -- dialogs and menu ----------------------------------------------------------------

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self.open_viewer(index.row())

    def open_viewer(self, row: int | None = None) -> PhotoViewer | None:
        """Enter / double-click: the photo large, with the strip's others a key away."""
        row = self.view.currentIndex().row() if row is None else row
        if not 0 <= row < self.model.rowCount():
            return None
        viewer = PhotoViewer(self.model.entries(), row, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer

    def open_trash(self) -> TrashDialog | None:
        if not self.editable():
            return None
        dialog = TrashDialog(self._context, self.inspection_id, self.thumbnails, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._trash_changed)
        dialog.open()
        return dialog

    @Slot()
    def _trash_changed(self) -> None:
        self.refresh()
        self.photosChanged.emit()

    def context_menu(self) -> QMenu:
        current = self.view.currentIndex()
        code = str(current.data(PhotoListModel.ItemCodeRole) or "") if current.isValid() else ""
        if not self.editable():
            return context_menu(self, self.strip_actions, None)
        links = link_menu(self, self.standard(), code, self.link_selected)
        links.setEnabled(bool(self.selected_ids()))
        return context_menu(self, self.strip_actions, links)

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(position))

    def standard(self) -> Standard | None:
        """The inspection's standard (for "Link to item"), looked up once per inspection."""
        if self._standard[0] != self.inspection_id:
            services = self._context.services
            try:
                summary = services.inspections.summary(self.inspection_id)
                self._standard = (self.inspection_id, services.catalog.get(summary.standard_id))
            except MeihaoError as error:
                show_error(self, error)
                return None
        return self._standard[1]
