"""The after-photo of a rectification: importing one, and reading its thumbnail.

Both touch files, so both run as background jobs; this module holds the work functions
(no widgets), the page hands them to ``context.jobs``.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from meihao_desktop.domain.errors import InvalidValueError, NotFoundError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.ledger.rectified_dialog import PhotoImporter

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.photos import PhotoImportResult, PhotoService
    from meihao_desktop.services.rectifications import LedgerRow


def photo_importer(context: AppContext, row: LedgerRow) -> PhotoImporter | None:
    """Imports a file as a photo of ``row``'s inspection and item; None without a photo service.

    The photo service is looked up as ``services.photos`` at run time: until the services
    bundle carries one, the rectified dialog offers no photo.
    """
    photos: PhotoService | None = getattr(context.services, "photos", None)
    if photos is None:
        return None

    def import_one(path: Path) -> str:
        result = photos.add(row.inspection_id, [path], row.item_code, rectification_evidence=True)
        return _photo_id(photos, row.inspection_id, path, result)

    return import_one


def _photo_id(
    photos: PhotoService, inspection_id: str, path: Path, result: PhotoImportResult
) -> str:
    """The id of the photo ``path`` became (or already was) in the inspection."""
    for failure in result.failures:
        raise InvalidValueError(failure.reason, where=failure.name)
    for photo in (*result.added, *result.restored):
        return photo.id
    # Already among the inspection's photos: find it by content, as the store names it.
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    for photo in photos.list(inspection_id):
        if photo.sha256 == sha256:
            return photo.id
    raise NotFoundError("照片未能导入", where=path.name)


def thumbnail_file(database_path: Path, sha256: str) -> Path:
    # Imported here: the media package loads Pillow, which the ledger rarely needs.
    from meihao_desktop.media.photo_store import PhotoStore

    return PhotoStore.beside(database_path).thumb_path(sha256)


def read_thumbnail(path: Path) -> QImage:
    """For a worker thread (QImage, unlike QPixmap, may be made there); null if unreadable."""
    return QImage(str(path))
