"""A private folder where a package's photo originals wait between preview and import.

Checking a package reads every photo once: the bytes are hashed and checked where they
are read, and written here (and flushed to disk in the background) at the same time.
Importing then only moves the staged files into the photo store by rename, so no byte is
read, hashed or written a second time, and what is imported is exactly what was checked
even if the package file changes after the preview.

The folder sits beside the photo store (same filesystem: a rename is atomic) and is not
part of it: the store and the database are untouched until the import. It is removed
when the preview is discarded, when its owner is garbage-collected, and at the next
start if the program died (``PhotoStore.clean_orphans`` removes stale ones).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from pathlib import Path

from meihao_desktop.media.photo_store import PhotoStore


class Staging:
    """The staging folder of one package preview."""

    def __init__(self, store: PhotoStore) -> None:
        store.root.parent.mkdir(parents=True, exist_ok=True)
        self._folder = Path(tempfile.mkdtemp(prefix=store.staging_prefix, dir=store.root.parent))
        self._finalizer = weakref.finalize(self, shutil.rmtree, self._folder, True)

    @property
    def folder(self) -> Path:
        return self._folder

    def path(self, sha256: str, extension: str) -> Path:
        """Where the original ``sha256`` is staged (the name is the store's)."""
        return self._folder / f"{sha256}.{extension}"

    def has(self, sha256: str, extension: str) -> bool:
        return self.path(sha256, extension).is_file()

    def create(self, sha256: str, extension: str) -> int:
        """A new file for the original ``sha256``, open for writing (a descriptor)."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        return os.open(self.path(sha256, extension), flags, 0o600)

    @property
    def discarded(self) -> bool:
        return not self._finalizer.alive

    def discard(self) -> None:
        """Remove the folder and what is still in it (idempotent)."""
        self._finalizer()
