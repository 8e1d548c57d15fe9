"""Reading photo files into images on worker threads, and the thumbnail cache.

The GUI thread never decodes a file (see PERFORMANCE.md): ``ImageLoader`` reads a file
with ``QImageReader`` on a thread of its own pool (a ``QImage`` may be made on any
thread) and hands the image back through a queued signal; only the cheap
``QPixmap.fromImage`` of a small image happens on the GUI thread. ``ThumbnailCache``
keeps the most recently shown thumbnails as pixmaps, already shrunk to the size the
strip draws them at, so scrolling never waits for the disk.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter, QPixmap

CACHE_CAPACITY = 300  # thumbnails kept as pixmaps: 100 KB each at 160 px


class _Relay(QObject):
    """Lives on the GUI thread; a worker emits through it, so delivery is queued."""

    loaded = Signal(str, QImage)


class _ReadImage(QRunnable):
    def __init__(self, path: str, box: QSize, relay: _Relay, pad: bool) -> None:
        super().__init__()
        self._path = path
        self._box = box
        self._relay = relay
        self._pad = pad

    def run(self) -> None:
        image = read_image(self._path, self._box)
        if self._pad and not image.isNull():
            image = padded(image, self._box)
        self._relay.loaded.emit(self._path, image)


def read_image(path: str, box: QSize) -> QImage:
    """The image in ``path``, upright, shrunk to fit ``box`` (an invalid box: full size);
    a null image if the file cannot be read. For worker threads."""
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    size = reader.size()
    if (
        box.isValid()
        and size.isValid()
        and (size.width() > box.width() or size.height() > box.height())
    ):
        # JPEG readers then decode at a reduced scale: far cheaper than a full decode.
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def padded(image: QImage, box: QSize) -> QImage:
    """``image`` centred on a transparent ``box``: list views then give every photo,
    portrait or landscape, the same cell and put each caption at the same height."""
    canvas = QImage(box, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.drawImage(
        (box.width() - image.width()) // 2, (box.height() - image.height()) // 2, image
    )
    painter.end()
    return canvas


class ImageLoader(QObject):
    """Reads image files on its own threads; ``loaded(path, image)`` on the GUI thread
    (a null image when the file is missing or unreadable)."""

    loaded = Signal(str, QImage)

    def __init__(self, parent: QObject, threads: int = 2) -> None:
        super().__init__(parent)
        # Created before the relay, so destroyed first: its destructor waits for the
        # running reads, and no worker emits through a relay already gone.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.loaded.connect(self.loaded)

    def load(self, path: Path | str, box: QSize | None = None, *, pad: bool = False) -> None:
        """Read ``path`` shrunk to fit ``box`` (None: full size); ``pad``: centred on
        a transparent image of exactly ``box``."""
        self._pool.start(_ReadImage(str(path), box or QSize(), self._relay, pad))

    def drop_pending(self) -> None:
        """Forget the reads no thread has started (the list they were for is gone)."""
        self._pool.clear()

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        return self._pool.waitForDone(msecs)


class ThumbnailCache(QObject):
    """Thumbnails as pixmaps of ``side``×``side`` points (the photo centred in the
    square), read in the background.

    ``pixmap(path)`` answers at once: the pixmap, or None while it is being read (then
    ``ready(path)`` follows). A file that cannot be read gives a null pixmap, so that
    a missing thumbnail is asked for once, not at every repaint.
    """

    ready = Signal(str)

    def __init__(self, side: int, parent: QObject, capacity: int = CACHE_CAPACITY) -> None:
        super().__init__(parent)
        self.side = side
        self._capacity = capacity
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._loader = ImageLoader(self)
        self._loader.loaded.connect(self._store)

    def pixmap(self, path: Path | str) -> QPixmap | None:
        key = str(path)
        pixmap = self._pixmaps.get(key)
        if pixmap is not None:
            self._pixmaps.move_to_end(key)
            return pixmap
        if key not in self._pending:
            self._pending.add(key)
            ratio = _device_pixel_ratio()
            box = QSize(round(self.side * ratio), round(self.side * ratio))
            self._loader.load(key, box, pad=True)
        return None

    def drop_pending(self) -> None:
        self._loader.drop_pending()
        self._pending.clear()

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """For tests: wait for the reads under way (their results still need the loop)."""
        return self._loader.wait_for_done(msecs)

    @Slot(str, QImage)
    def _store(self, key: str, image: QImage) -> None:
        if key not in self._pending:
            return  # dropped meanwhile
        self._pending.discard(key)
        pixmap = QPixmap() if image.isNull() else QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(_device_pixel_ratio())
        self._pixmaps[key] = pixmap
        while len(self._pixmaps) > self._capacity:
            self._pixmaps.popitem(last=False)
        self.ready.emit(key)


def _device_pixel_ratio() -> float:
    app = QGuiApplication.instance()
    return app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
