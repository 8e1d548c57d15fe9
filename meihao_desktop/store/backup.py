"""Rolling backups of a database file, made with SQLite's online backup API (no Qt).

The backups of ``/x/meihao.sqlite`` live in ``/x/backups/`` as
``meihao-<UTC time>-<reason>.sqlite`` (``<UTC time>`` like ``20240901T101530.123Z``).
Reasons: "startup" (at most one a day), "package-import" (``backup_before``, called by
the package importer), "manual", "before-restore" (made by ``restore``). The copies the
migrations make beside the database (``meihao.before-<revision>-<UTC time>.sqlite``, see
``migrate.backup_copy``) are listed and rotated as reason "migration".

Rotation keeps the newest N backups *of each reason* (``keep_count``, default 10, stored
in ``backups/backup-settings.json`` so that the CLI, the GUI and the package importer
all honour it): an afternoon of package imports must not push out the last startup
backups, which are the ones to go back to after a bad merge.

Every backup is written under a temporary name, checked with ``PRAGMA integrity_check``
and only then renamed, so a backup file under its final name is always whole. Backups
are plain rollback-journal files (no ``-wal`` beside them) and read read-only.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterable
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from meihao_desktop.store import migrate
from meihao_desktop.store.errors import BackupError, storage_error_from

if TYPE_CHECKING:
    from meihao_desktop.store.db import Database

BACKUP_DIR_NAME = "backups"
SETTINGS_FILE = "backup-settings.json"
REASONS = ("startup", "migration", "package-import", "manual", "before-restore")
DEFAULT_KEEP = 10
TEMP_PREFIX = ".tmp-"
_STAMP_FORMAT = "%Y%m%dT%H%M%S.%fZ"
_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}\.\d{3}Z)-(?P<reason>[a-z-]+)\.sqlite$"
)
_MIGRATION_NAME = re.compile(r"^(?P<stem>.+)\.before-[^-]+-(?P<stamp>\d{8}T\d{6}Z)\.sqlite$")


@dataclass(frozen=True)
class BackupPreview:
    """What a database file holds, in the reviewer's terms."""

    communities: int
    inspections: int
    findings: int
    photos: int  # not in the trash
    newest_inspection: date | None
    revision: str | None  # the schema revision

    @property
    def holds_data(self) -> bool:
        return bool(self.communities or self.inspections or self.findings or self.photos)


@dataclass(frozen=True)
class Backup:
    """One backup file of a database; ``preview`` is None when the file cannot be read."""

    path: Path
    created_at: datetime  # aware UTC
    reason: str
    size: int
    preview: BackupPreview | None

    @property
    def name(self) -> str:
        return self.path.name


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / BACKUP_DIR_NAME


def keep_count(db_path: Path) -> int:
    """How many backups of each reason are kept (the setting, or ``DEFAULT_KEEP``)."""
    try:
        settings = json.loads((backups_dir(db_path) / SETTINGS_FILE).read_text("utf-8"))
        return max(1, int(settings["keep"]))
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT_KEEP


def set_keep_count(db_path: Path, keep: int) -> None:
    """Save the setting; it applies from the next backup on (nothing is deleted now)."""
    folder = backups_dir(db_path)
    _make_folder(folder, db_path)
    target = folder / SETTINGS_FILE
    temp = folder / f"{TEMP_PREFIX}{SETTINGS_FILE}"
    try:
        temp.write_text(json.dumps({"keep": max(1, int(keep))}) + "\n", "utf-8")
        os.replace(temp, target)
    except OSError as exc:
        raise _storage_or_backup_error(exc, target, "无法保存备份设置") from exc


def backup_before(db: Database, reason: str) -> Path:
    """Back up the open database ``db`` before a risky change ("package-import").

    Call it before the change's transaction begins; raises ``BackupError`` or
    ``StorageError`` (then do not go on: the user has no way back).
    """
    return create_backup(db.path, reason)


def create_backup(
    db_path: Path,
    reason: str,
    *,
    keep: int | None = None,
    now: datetime | None = None,
    protect: Iterable[Path] = (),
) -> Path:
    """Copy the database into its backups folder, then rotate; returns the new file.

    Rotation never deletes the new file nor the files in ``protect``.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    db_path = Path(db_path)
    folder = backups_dir(db_path)
    _make_folder(folder, db_path)
    target = _free_name(folder, db_path.stem, reason, now or _now())
    write_copy(db_path, target)
    kept = keep if keep is not None else keep_count(db_path)
    prune(db_path, kept, protect={target, *(Path(p) for p in protect)})
    return target


def restore(backup_path: Path, db_path: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the database at ``db_path`` by the backup; returns the "before-restore" copy.

    Close every connection to ``db_path`` first. The backup is checked before anything
    is touched (damaged, another program's or a newer program's file: refused), the
    current database is backed up, then the backup is copied into the live file with the
    backup API (one transaction: an interruption leaves the old content).
    """
    backup_path, db_path = Path(backup_path), Path(db_path)
    problems = integrity_problems(backup_path)
    if problems is not None:
        message = f"备份已损坏，未做任何修改：{problems[:200]}"
        raise BackupError(message, where=f"备份 {backup_path}")
    migrate.stored_revision(backup_path)  # DatabaseError for a foreign or too new file
    before = _save_current(db_path, now, backup_path)
    _replace_live(backup_path, db_path)
    return before


def _save_current(db_path: Path, now: datetime | None, restoring: Path) -> Path | None:
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    try:
        return create_backup(db_path, "before-restore", now=now, protect=[restoring])
    except BackupError:
        # The very case restoring is for: the current file is damaged. Keep its bytes.
        target = _free_name(backups_dir(db_path), db_path.stem, "before-restore", now or _now())
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.is_file():
                Path(f"{target}{suffix}").write_bytes(source.read_bytes())
        return target


def _replace_live(backup_path: Path, db_path: Path) -> None:
    try:
        with (
            closing(connect_read_only(backup_path)) as origin,
            closing(sqlite3.connect(db_path, timeout=5)) as live,
        ):
            origin.backup(live)
        if integrity_problems(db_path) is None:
            return
    except sqlite3.DatabaseError as exc:
        storage = storage_error_from(exc, db_path)
        if storage is not None:
            raise storage from exc
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_BUSY:
            message = "数据库正被其他窗口或程序使用，请先关闭后再恢复（未做任何修改）"
            raise BackupError(message, where=f"数据库文件 {db_path}") from exc
    # The live file is too damaged to be written in place: replace the file itself.
    staged = db_path.with_name(f"{TEMP_PREFIX}restore-{db_path.name}")
    write_copy(backup_path, staged)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    os.replace(staged, db_path)


def startup_backup(db_path: Path, *, now: datetime | None = None) -> Path | None:
    """The day's "startup" backup; None when one was made today already (local date)."""
    now = now or _now()
    today = now.astimezone().date()
    for backup in _backup_files(Path(db_path)):
        if backup.reason == "startup" and backup.created_at.astimezone().date() == today:
            return None
    return create_backup(db_path, "startup", now=now)


def list_backups(db_path: Path) -> list[Backup]:
    """Every backup of the database, newest first, with a preview of each."""
    found = []
    for file in _backup_files(Path(db_path)):
        try:
            preview: BackupPreview | None = read_preview(file.path)
        except BackupError:
            preview = None
        found.append(Backup(file.path, file.created_at, file.reason, file.size, preview))
    return found


def prune(db_path: Path, keep: int, *, protect: Iterable[Path] = ()) -> list[Path]:
    """Delete all but the newest ``keep`` backups of each reason; returns what was deleted."""
    protected = {Path(p) for p in protect}
    seen: dict[str, int] = {}
    deleted = []
    for file in _backup_files(Path(db_path)):
        seen[file.reason] = seen.get(file.reason, 0) + 1
        if seen[file.reason] > max(1, keep) and file.path not in protected:
            with suppress(FileNotFoundError):
                file.path.unlink()
                deleted.append(file.path)
    _remove_stale_temporaries(backups_dir(db_path))
    return deleted


def read_preview(path: Path) -> BackupPreview:
    """Counts of what the database file at ``path`` holds, read read-only."""
    try:
        with closing(connect_read_only(path)) as connection:
            return BackupPreview(
                communities=_count(connection, "SELECT count(*) FROM community"),
                inspections=_count(connection, "SELECT count(*) FROM inspection"),
                findings=_count(connection, "SELECT count(*) FROM finding"),
                photos=_count(connection, "SELECT count(*) FROM photo WHERE deleted_at IS NULL"),
                newest_inspection=_newest_visit(connection),
                revision=_revision(connection),
            )
    except sqlite3.DatabaseError as exc:
        raise BackupError("无法读取：文件已损坏或不是数据库", where=f"备份 {path.name}") from exc


def photo_hashes_in_backups(db_path: Path) -> set[str]:
    """The photo files (by SHA-256) that some backup of ``db_path`` refers to.

    Whoever removes unreferenced photo files must keep these too: restoring a backup
    does not bring back photo files, so one deleted since would be lost for good.
    """
    hashes: set[str] = set()
    for file in _backup_files(Path(db_path)):
        with suppress(sqlite3.DatabaseError), closing(connect_read_only(file.path)) as db:
            hashes.update(str(row[0]) for row in db.execute("SELECT sha256 FROM photo"))
    return hashes


def integrity_problems(path: Path) -> str | None:
    """None when ``PRAGMA integrity_check`` finds the file sound, else what it found."""
    try:
        with closing(connect_read_only(path)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    text = "\n".join(str(row[0]) for row in rows)
    return None if text == "ok" else text


def connect_read_only(path: Path) -> sqlite3.Connection:
    if not Path(path).is_file():
        raise sqlite3.OperationalError("unable to open database file")
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def write_copy(source: Path, target: Path) -> None:
    """Copy the database ``source`` to ``target``: temp name, backup API, check, rename."""
    temp = target.with_name(f"{TEMP_PREFIX}{target.name}")
    try:
        with closing(connect_read_only(source)) as origin, closing(sqlite3.connect(temp)) as copy:
            origin.backup(copy)
            # A self-contained file: no -wal beside it, readable on a read-only medium.
            copy.execute("PRAGMA journal_mode=DELETE")
        problems = integrity_problems(temp)
        if problems is not None:
            raise BackupError(f"备份校验未通过：{problems[:200]}", where=f"数据库文件 {source}")
        os.replace(temp, target)
    except sqlite3.DatabaseError as exc:
        temp.unlink(missing_ok=True)
        raise _storage_or_backup_error(exc, target, "无法备份：数据库已损坏或无法读取") from exc
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _storage_or_backup_error(exc, target, "无法写入备份文件") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class _BackupFile:
    path: Path
    created_at: datetime
    reason: str
    size: int


def _backup_files(db_path: Path) -> list[_BackupFile]:
    """The backup files of ``db_path`` (newest first), from their names alone."""
    candidates = [(p, _BACKUP_NAME, "%Y%m%dT%H%M%S.%fZ") for p in _files(backups_dir(db_path))]
    candidates += [(p, _MIGRATION_NAME, "%Y%m%dT%H%M%SZ") for p in _files(db_path.parent)]
    found = []
    for path, pattern, stamp_format in candidates:
        match = pattern.match(path.name)
        if match is None or match["stem"] != db_path.stem:
            continue
        reason = match.groupdict().get("reason") or "migration"
        try:
            created = datetime.strptime(match["stamp"], stamp_format).replace(tzinfo=UTC)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(_BackupFile(path, created, reason, size))
    return sorted(found, key=lambda file: (file.created_at, file.path.name), reverse=True)


def _files(folder: Path) -> list[Path]:
    try:
        return [path for path in folder.iterdir() if path.suffix == ".sqlite"]
    except OSError:
        return []


def _free_name(folder: Path, stem: str, reason: str, now: datetime) -> Path:
    """A name not taken yet: two backups in one millisecond get consecutive stamps."""
    moment = now.astimezone(UTC)
    while True:
        stamp = moment.strftime(_STAMP_FORMAT)[:-4] + "Z"  # milliseconds: drop 3 of %f
        target = folder / f"{stem}-{stamp}-{reason}.sqlite"
        if not target.exists():
            return target
        moment += timedelta(milliseconds=1)


def _make_folder(folder: Path, db_path: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _storage_or_backup_error(exc, db_path, "无法创建备份文件夹") from exc


def _remove_stale_temporaries(folder: Path) -> None:
    """Leftovers of a backup interrupted by a crash (an hour old: not one being written)."""
    limit = datetime.now().timestamp() - 3600
    for path in folder.glob(f"{TEMP_PREFIX}*"):
        with suppress(OSError):
            if path.stat().st_mtime < limit:
                path.unlink()


def _storage_or_backup_error(exc: BaseException, path: Path, message: str) -> Exception:
    return storage_error_from(exc, path) or BackupError(message, where=f"文件 {path}")


def _count(connection: sqlite3.Connection, query: str) -> int:
    try:
        return int(connection.execute(query).fetchone()[0])
    except sqlite3.OperationalError:  # an old schema without that table or column
        return 0


def _newest_visit(connection: sqlite3.Connection) -> date | None:
    try:
        value = connection.execute("SELECT max(visit_date) FROM inspection").fetchone()[0]
        return date.fromisoformat(str(value)[:10]) if value else None
    except (sqlite3.OperationalError, ValueError):
        return None


def _revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return str(row[0]) if row else None


def _now() -> datetime:
    return datetime.now(UTC)
