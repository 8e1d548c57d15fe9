"""The photos of an inspection as a Qt list model: thumbnail, caption, item code.

``PhotoEntry`` is what the GUI keeps of a photo row (plain values, the file paths
worked out once); ``PhotoListModel`` shows a list of them. The caption is edited in
place (``setData`` with the edit role), saved through ``caption_saver``, which the
strip points at the photo service.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from meihao_desktop.gui.photos.images import ThumbnailCache

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.photos import PhotoService
    from meihao_desktop.store.models import Photo

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


@dataclass(frozen=True)
class PhotoEntry:
    id: str
    item_code: str  # "" when linked to no item
    caption: str
    original_name: str
    thumb: Path
    display: Path
    taken_at: datetime | None
    camera: str
    gps: tuple[float, float] | None
    size: tuple[int, int] | None

    @classmethod
    def of(cls, photo: Photo, service: PhotoService) -> PhotoEntry:
        paths = service.paths(photo)
        gps = None
        if photo.gps_lat is not None and photo.gps_lon is not None:
            gps = (photo.gps_lat, photo.gps_lon)
        size = None
        if photo.width and photo.height:
            size = (photo.width, photo.height)
        return cls(
            id=photo.id,
            item_code=photo.item_code or "",
            caption=photo.caption,
            original_name=photo.original_name,
            thumb=paths.thumb,
            display=paths.display,
            taken_at=photo.taken_at,
            camera=photo.camera,
            gps=gps,
            size=size,
        )

    @property
    def taken_text(self) -> str:
        """When it was taken, in the laptop's time zone: "2024-09-02 10:15"."""
        if self.taken_at is None:
            return ""
        return self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")

    @property
    def gps_text(self) -> str:
        """ "34.59683° N, 119.22123° E"."""
        if self.gps is None:
            return ""
        lat, lon = self.gps
        north, east = ("N" if lat >= 0 else "S"), ("E" if lon >= 0 else "W")
        return f"{abs(lat):.5f}° {north}, {abs(lon):.5f}° {east}"


class PhotoListModel(QAbstractListModel):
    """One row per photo, in the inspection's order."""

    PhotoIdRole = Qt.ItemDataRole.UserRole + 1
    EntryRole = Qt.ItemDataRole.UserRole + 2  # the PhotoEntry
    ItemCodeRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._entries: list[PhotoEntry] = []
        self._rows_by_thumb: dict[str, list[int]] = {}
        self._show_item_codes = False
        self._editable = False
        self._placeholder: QIcon | None = None
        self._missing: QIcon | None = None
        self.caption_saver: Callable[[str, str], bool] | None = None
        """(photo_id, caption) → whether it was saved; without one captions are read-only."""
        thumbnails.ready.connect(self._thumbnail_ready)

    # -- filling ---------------------------------------------------------------------

    def set_entries(
        self, entries: Sequence[PhotoEntry], *, show_item_codes: bool, editable: bool
    ) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._show_item_codes = show_item_codes
        self._editable = editable
        self._rows_by_thumb = {}
        for row, entry in enumerate(self._entries):
            self._rows_by_thumb.setdefault(str(entry.thumb), []).append(row)
        self.endResetModel()

    def entries(self) -> list[PhotoEntry]:
        return list(self._entries)

    def entry(self, row: int) -> PhotoEntry:
        return self._entries[row]

    def row_of(self, photo_id: str) -> int:
        return next((row for row, e in enumerate(self._entries) if e.id == photo_id), -1)

    # -- the model interface ---------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if self._editable and self.caption_saver is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = entry.caption or entry.original_name
            if self._show_item_codes and entry.item_code:
                return f"{entry.item_code} · {text}"
            return text
        if role == Qt.ItemDataRole.EditRole:
            return entry.caption
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(entry)
        if role == Qt.ItemDataRole.ForegroundRole and not entry.caption:
            # No caption yet: the file name stands in, greyed so it is not taken for one.
            return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == self.PhotoIdRole:
            return entry.id
        if role == self.EntryRole:
            return entry
        if role == self.ItemCodeRole:
            return entry.item_code
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        entry = self._entries[index.row()]
        caption = str(value or "").strip()
        if caption == entry.caption:
            return True
        assert self.caption_saver is not None  # flags() said editable
        if not self.caption_saver(entry.id, caption):
            return False
        self._entries[index.row()] = replace(entry, caption=caption)
        self.dataChanged.emit(index, index)
        return True

    # -- pictures and texts ----------------------------------------------------------

    def _decoration(self, entry: PhotoEntry) -> QIcon:
        pixmap = self._thumbnails.pixmap(entry.thumb)
        if pixmap is None:
            if self._placeholder is None:
                self._placeholder = QIcon(_blank(self._thumbnails.side, ""))
            return self._placeholder
        if pixmap.isNull():
            if self._missing is None:
                self._missing = QIcon(_blank(self._thumbnails.side, "?"))
            return self._missing
        return QIcon(pixmap)

    def _tooltip(self, entry: PhotoEntry) -> str:
        lines = [entry.caption or self.tr("(no caption)"), entry.original_name]
        if entry.item_code:
            lines.append(self.tr("Item {code}").format(code=entry.item_code))
        if entry.taken_at is not None:
            lines.append(self.tr("Taken {time}").format(time=entry.taken_text))
        return "<br>".join(html.escape(line) for line in lines)

    @Slot(str)
    def _thumbnail_ready(self, path: str) -> None:
        for row in self._rows_by_thumb.get(path, []):
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


def _blank(side: int, mark: str) -> QPixmap:
    """Stands in for a thumbnail still being read (or missing: "?"): a light 4:3 frame
    in the middle of the same square the thumbnails fill."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    frame = QRect(0, side // 8, side, side * 3 // 4)
    painter = QPainter(pixmap)
    painter.fillRect(frame, QColor("#eef0f3"))
    if mark:
        painter.setPen(QColor("#8a8f98"))
        font = painter.font()
        font.setPointSize(font.pointSize() * 2)
        painter.setFont(font)
        painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return pixmap
