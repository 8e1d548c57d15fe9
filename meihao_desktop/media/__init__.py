"""Photos: checking, decoding and storing the pictures inspectors take on site.

No Qt and no database here, so the GUI can run it from a worker thread, the CLI can run
it directly, and its worker processes start quickly. ``services.photos`` connects it to
inspections.

- ``photo_store``: the content-addressed folder of originals, display copies, thumbnails
- ``processing``: one file → metadata + upright copies, or a ``PhotoError``
- ``importer``: a batch of files through a process pool, with progress and cancel
"""

from __future__ import annotations

from meihao_desktop.media.errors import PhotoError
from meihao_desktop.media.importer import ImportedPhoto, ImportFailure, ImportReport, import_photos
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.media.processing import PhotoInfo

__all__ = [
    "ImportFailure",
    "ImportReport",
    "ImportedPhoto",
    "PhotoError",
    "PhotoInfo",
    "PhotoStore",
    "import_photos",
]
