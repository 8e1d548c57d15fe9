"""Crash-test worker: imports a folder of photos into an inspection with ``PhotoService.add``.

Prints ``progress n`` after each photo is processed (its files are in the store, no row
yet) and ``committed n`` once the rows are committed. The test kills it in between.
"""

from __future__ import annotations

import sys
from pathlib import Path

from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.store.db import Database
from tests.crash.scenarios import TESTER


def main(db_path: Path, inspection_id: str, folder: Path) -> None:
    db = Database.open(db_path)
    photos = PhotoService(db, TESTER, PhotoStore.beside(db_path))

    def progress(done: int, _total: int, _name: str) -> None:
        print(f"progress {done}", flush=True)

    result = photos.add(inspection_id, sorted(folder.glob("*.jpg")), progress=progress, workers=2)
    print(f"committed {len(result.added)}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]))
