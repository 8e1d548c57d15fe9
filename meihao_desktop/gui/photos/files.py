"""Which files a drop or a choice of folders means, and catching file drops on widgets.

An inspector drops a camera's whole DCIM folder as readily as three files, so folders
are expanded to the image files inside them (recursively, in name order, hidden files
and AppleDouble "._" leftovers skipped). Files named one by one are kept whatever their
suffix: the import then says by name why one is not a photo. Listing a folder is file
work, so ``image_files`` runs inside the import job, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

IMAGE_SUFFIXES: Final = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif"})
DIALOG_PATTERNS: Final = "*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC *.HEIF"


def image_files(paths: Iterable[Path]) -> list[Path]:
    """``paths`` with every folder replaced by the photo files in it; no duplicates."""
    found: dict[Path, None] = {}  # an ordered set
    for path in paths:
        if path.is_dir():
            found.update(dict.fromkeys(_images_in(path)))
        else:
            found[path] = None
    return list(found)


def _images_in(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.suffix.lower() in IMAGE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    )


def local_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders a drag carries (web addresses are left out)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropCatcher(QObject):
    """Makes widgets accept dropped files and folders and report them as ``dropped``.

    ``accepting()`` says whether a drop is welcome now (an editable inspection is open);
    otherwise the drag shows the "no" cursor. Drags without local files (text moved
    within a text box) are left to the widget.
    """

    dropped = Signal(list)  # list[Path]

    def __init__(self, accepting: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self._accepting = accepting

    def watch(self, widget: QWidget) -> None:
        """Catch files dropped on ``widget`` and on its children that take drops (text
        boxes would otherwise paste the files' addresses as text)."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            if child.acceptDrops():
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        assert isinstance(event, QDropEvent)  # the drag events derive from it
        paths = local_paths(event.mimeData())
        if not paths:
            return False
        if not self._accepting():
            event.ignore()
        elif kind == QEvent.Type.Drop:
            event.acceptProposedAction()
            self.dropped.emit(paths)
        else:
            event.acceptProposedAction()
        return True
