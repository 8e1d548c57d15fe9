"""Crash-test worker: verifies and imports an exchange package (``read_package``,
``apply_package``), as the bureau's import does.

Prints ``landed n`` as the photo originals are copied into the store (inside the
import's transaction), ``applied`` once ``apply_package`` has returned (rows committed,
display copies made). The test kills it somewhere in between.
"""

from __future__ import annotations

import sys
from pathlib import Path

from meihao_desktop.exchange import apply_package, read_package
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.store.db import Database
from tests.crash.scenarios import TESTER


def main(db_path: Path, package: Path) -> None:
    db = Database.open(db_path)
    preview = read_package(package, db)
    print("verified", flush=True)

    def progress(done: int, _total: int, _member: str) -> None:
        print(f"landed {done}", flush=True)

    apply_package(preview, db, PhotoStore.beside(db_path), TESTER, progress=progress)
    print("applied", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
