"""Problems with the database file that the user can act on (wrong file, newer program,
full disk, read-only folder, a backup that cannot be trusted).

Each error names the file in ``where`` so the GUI can show which file it means.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from meihao_desktop.domain.errors import MeihaoError


class DatabaseError(MeihaoError):
    """The database file cannot be used as it is."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message, where=f"数据库文件 {path}")
        self.path = path


class NotADatabaseError(DatabaseError):
    """The file is not SQLite at all (a spreadsheet, a package, a damaged copy)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "不是有效的 SQLite 数据库")


class ForeignDatabaseError(DatabaseError):
    """A SQLite file with tables but no schema version: some other program's database."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "不是本程序的数据库（没有版本记录），未做任何修改")


class DatabaseTooNewError(DatabaseError):
    """The file was migrated by a newer release whose schema this program does not know."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path, f"由更新版本的程序创建（版本 {revision}），请升级程序")
        self.revision = revision


class StorageError(MeihaoError):
    """The disk refused a write: it is full, or the data folder is read-only.

    Nothing already saved is lost: SQLite rolled the failed transaction back. ``kind``
    is "disk-full", "read-only", "cannot-open" or "io"; ``folder`` is the data folder.
    """

    def __init__(self, kind: str, folder: Path, message: str) -> None:
        super().__init__(message, where=f"数据目录 {folder}")
        self.kind = kind
        self.folder = folder


class BackupError(MeihaoError):
    """A backup or a moved data folder cannot be written, read or trusted."""


# SQLite's result codes (sqlite3.SQLITE_* where Python names them) and stable messages:
# the message is the only clue when an error is raised without its code.
_SQLITE_KINDS = {13: "disk-full", 8: "read-only", 14: "cannot-open", 10: "io"}
_MESSAGE_KINDS = {
    "database or disk is full": "disk-full",
    "attempt to write a readonly database": "read-only",
    "unable to open database file": "cannot-open",
    "disk i/o error": "io",
}
_ERRNO_KINDS = {errno.ENOSPC: "disk-full", getattr(errno, "EDQUOT", errno.ENOSPC): "disk-full"}
_ERRNO_KINDS |= {errno.EROFS: "read-only", errno.EACCES: "read-only", errno.EPERM: "read-only"}
_MESSAGES = {
    "disk-full": "磁盘已满，无法写入（正在进行的修改未保存，之前保存的数据完好）。"
    "请腾出磁盘空间后再试",
    "read-only": "数据目录只读，无法写入（正在进行的修改未保存，之前保存的数据完好）。"
    "请检查文件夹权限，或把数据放到可写的文件夹",
    "cannot-open": "无法打开数据库文件：文件夹不存在或没有访问权限",
    "io": "磁盘读写出错（正在进行的修改未保存，之前保存的数据完好）。请检查磁盘或 U 盘后再试",
}


def storage_error_from(error: BaseException, path: Path) -> StorageError | None:
    """The ``StorageError`` that ``error`` (from sqlite3 or the OS) means; None if another.

    ``path`` is the database file (or a file in the data folder) being written.
    """
    kind = _storage_kind(error)
    if kind is None:
        return None
    folder = Path(path).parent
    if kind == "cannot-open" and folder.is_dir() and not os.access(folder, os.W_OK):
        kind = "read-only"  # WAL needs to create files beside the database
    return StorageError(kind, folder, _MESSAGES[kind])


def _storage_kind(error: BaseException) -> str | None:
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        return _ERRNO_KINDS.get(error.errno or 0)
    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]  # extended codes keep the primary in the low byte
    return _MESSAGE_KINDS.get(str(error).strip().lower())
