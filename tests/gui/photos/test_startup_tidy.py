"""Opening a database tidies its photo folder in the background: files that no photo
refers to (left by an import a crash interrupted in an earlier run) are removed."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.app import start_main_window
from meihao_desktop.media.photo_store import PhotoStore

ORPHAN = "ab" * 32


def test_orphaned_photo_files_are_removed_when_the_database_opens(
    prepared_app: QApplication, qtbot: QtBot, db_path: Path
) -> None:
    store = PhotoStore.beside(db_path)
    orphan = store.thumb_path(ORPHAN)
    orphan.parent.mkdir(parents=True)
    orphan.write_bytes(b"left behind")
    leftover = orphan.with_name(".tmp-half-written")
    leftover.write_bytes(b"")
    unrelated = store.root / "notes.txt"  # not the store's own: never touched
    unrelated.write_text("x", "utf-8")
    an_hour_ago = time.time() - 3600  # files of this run may belong to an import going on
    for path in (orphan, leftover, unrelated):
        os.utime(path, (an_hour_ago, an_hour_ago))
    window = start_main_window(db_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: getattr(window, "context", None) is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not orphan.exists() and not leftover.exists(), timeout=30_000)
    assert unrelated.exists()
    window.context.jobs.wait_for_done()  # type: ignore[attr-defined]
