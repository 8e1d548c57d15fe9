"""The next start's tidying of the photo store, in a fresh process: ``clean_orphans``.

A new process, so that ``meihao_desktop.PROCESS_STARTED`` is later than every file the
killed worker wrote (files newer than the process start are kept). Prints the number of
files removed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.store.db import Database
from tests.crash.scenarios import TESTER


def main(db_path: Path) -> None:
    with Database.open(db_path) as db:
        removed = PhotoService(db, TESTER, PhotoStore.beside(db_path)).clean_orphans()
    print(len(removed))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
