"""Backups for the GUI and the CLI: list, make, restore, the keep setting; moving folders.

A thin service over ``store.backup`` (the files and SQLite's backup API) and
``services.data_folder`` (the zip for moving to a new laptop). No Qt.

Where the backups come from:

* "startup": ``BackupService.startup()`` once the program runs (at most one a day);
* "migration": the store copies the file before a schema upgrade (``store.migrate``);
* "package-import": the package importer calls ``backup_before(db, "package-import")``;
* "manual": the user asks (文件 → 备份与恢复…, ``meihao backup create``);
* "before-restore": ``restore`` (and importing a data folder over data) makes it first.

Everything here reads or writes files: the GUI runs it on the job helper.
"""

from __future__ import annotations

import builtins
from datetime import datetime
from pathlib import Path

from meihao_desktop.services.data_folder import (
    DataFolderCheck,
    DataFolderImport,
    check_data_folder,
    export_data_folder,
    import_data_folder,
)
from meihao_desktop.store import backup
from meihao_desktop.store.backup import (
    DEFAULT_KEEP,
    REASONS,
    Backup,
    BackupPreview,
    backup_before,
    read_preview,
)
from meihao_desktop.store.errors import BackupError


class BackupService:
    """The backups of the database file at ``db_path``.

    Built on the path, not on an open ``Database``: restoring needs every connection to
    the file closed, which only the owner of the ``Database`` can do.
    """

    def __init__(self, db_path: Path) -> None:
        self._db_path = Path(db_path)

    @property
    def db_path(self) -> Path:
        return self._db_path

    @property
    def folder(self) -> Path:
        return backup.backups_dir(self._db_path)

    @property
    def keep(self) -> int:
        """How many backups of each reason are kept."""
        return backup.keep_count(self._db_path)

    def set_keep(self, keep: int) -> None:
        backup.set_keep_count(self._db_path, keep)

    def list(self) -> builtins.list[Backup]:
        """Every backup, newest first, with what each holds."""
        return backup.list_backups(self._db_path)

    def current(self) -> BackupPreview:
        """What the live database holds (for "this will be replaced by …")."""
        return read_preview(self._db_path)

    def create(self, reason: str = "manual", *, now: datetime | None = None) -> Path:
        return backup.create_backup(self._db_path, reason, now=now)

    def startup(self, *, now: datetime | None = None) -> Path | None:
        """The day's automatic backup; None if there is one from today already."""
        if not self._db_path.is_file():
            return None
        return backup.startup_backup(self._db_path, now=now)

    def find(self, name_or_path: str) -> Backup:
        """A backup by file name (as ``list`` shows it) or by path."""
        wanted = Path(name_or_path).name
        for candidate in self.list():
            if candidate.name == wanted:
                return candidate
        raise BackupError("没有这个备份", where=f"备份 {name_or_path}")

    def restore(self, chosen: Backup | Path, *, now: datetime | None = None) -> Path | None:
        """Replace the database by ``chosen``; returns the backup of the state replaced.

        Close the program's connections to the database first, reopen it afterwards.
        """
        path = chosen.path if isinstance(chosen, Backup) else Path(chosen)
        return backup.restore(path, self._db_path, now=now)


__all__ = [
    "DEFAULT_KEEP",
    "REASONS",
    "Backup",
    "BackupPreview",
    "BackupService",
    "DataFolderCheck",
    "DataFolderImport",
    "backup_before",
    "check_data_folder",
    "export_data_folder",
    "import_data_folder",
]
