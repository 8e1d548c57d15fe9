"""Moving to a new laptop: the whole data folder as one zip file, and back. No Qt.

The zip holds::

    manifest.json             format, program version, schema, counts, every file's size and SHA-256
    database/<name>.sqlite    a consistent copy of the database (SQLite's backup API)
    photos/…                  the photo store folder (``<db stem>.photos/``)
    keys/…                    the signing keys and the device key

Importing trusts nothing in the zip: member names must be relative, without ``..``,
under those three folders, not links, and exactly the files the manifest lists with
their sizes and hashes; the database must pass ``PRAGMA integrity_check`` and be a
database of this program not newer than it. Everything is unpacked into a staging
folder first and moved into place only when all of it checked out. An existing
database holding data is replaced only when the caller says so, and backed up first.

Both functions do file work for seconds or minutes: run them on the job helper.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from meihao_desktop import __version__
from meihao_desktop.store import backup, migrate
from meihao_desktop.store.backup import BackupPreview
from meihao_desktop.store.errors import BackupError, storage_error_from

Progress = Callable[[int, int, str], None]  # (files done, files in all, file name)
FORMAT = "meihao-data-folder"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FOLDERS = ("database", "photos", "keys")
_CHUNK = 1 << 20
_DB_NAME = re.compile(r"^[^/\\:]+\.(sqlite|db)$")


@dataclass(frozen=True)
class DataFolderCheck:
    """What a zip holds and what importing it into a folder would replace."""

    zip_path: Path
    manifest: dict[str, Any]
    target_db: Path
    target_preview: BackupPreview | None  # None: no database there yet

    @property
    def replaces_data(self) -> bool:
        return self.target_preview is not None and self.target_preview.holds_data


@dataclass(frozen=True)
class DataFolderImport:
    db_path: Path
    photos_added: int
    keys_added: int
    keys_kept: list[str] = field(default_factory=list)  # present already: not overwritten
    replaced_backup: Path | None = None  # the backup of the database that was replaced


def export_data_folder(
    db_path: Path, dest_zip: Path, *, keys_dir: Path | None = None, progress: Progress | None = None
) -> Path:
    """Write the database, its photos and the keys into ``dest_zip`` (atomically)."""
    db_path, dest_zip = Path(db_path), Path(dest_zip)
    keys_dir = keys_dir or db_path.parent / "keys"
    snapshot = dest_zip.with_name(f"{backup.TEMP_PREFIX}{db_path.name}")
    temp_zip = dest_zip.with_name(f"{backup.TEMP_PREFIX}{dest_zip.name}")
    try:
        backup.write_copy(db_path, snapshot)
        members = [(f"database/{db_path.name}", snapshot)]
        members += _tree("photos", db_path.with_name(f"{db_path.stem}.photos"))
        members += _tree("keys", keys_dir)
        manifest = _write_zip(temp_zip, members, progress)
        manifest.update(database=db_path.name, **_describe(backup.read_preview(snapshot)))
        with zipfile.ZipFile(temp_zip, "a") as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(temp_zip, dest_zip)
    except OSError as exc:
        raise storage_error_from(exc, dest_zip) or BackupError(
            f"无法写入：{exc.strerror or exc}", where=f"文件 {dest_zip}"
        ) from exc
    finally:
        snapshot.unlink(missing_ok=True)
        temp_zip.unlink(missing_ok=True)
    return dest_zip


def check_data_folder(zip_path: Path, target_dir: Path) -> DataFolderCheck:
    """Check the zip's manifest and names; say what importing it into ``target_dir`` replaces."""
    with _open_zip(zip_path) as archive:
        manifest = _checked_manifest(archive, _where(zip_path))
    target_db = Path(target_dir) / manifest["database"]
    exists = target_db.is_file() and target_db.stat().st_size > 0
    preview = backup.read_preview(target_db) if exists else None
    return DataFolderCheck(Path(zip_path), manifest, target_db, preview)


def import_data_folder(
    zip_path: Path,
    target_dir: Path,
    *,
    keys_dir: Path | None = None,
    replace: bool = False,
    progress: Progress | None = None,
) -> DataFolderImport:
    """Unpack a data-folder zip into ``target_dir`` (the keys into ``keys_dir``).

    Refuses (``BackupError``) to replace a database that holds data unless ``replace``;
    a replaced database is backed up first ("before-restore"). Close every connection
    to the target database before calling.
    """
    target_dir = Path(target_dir)
    check = check_data_folder(zip_path, target_dir)
    if check.replaces_data and not replace:
        raise BackupError(
            "目标文件夹中的数据库已有数据，未做任何修改；如要替换，请明确选择替换（命令行：--replace）",
            where=f"数据库文件 {check.target_db}",
        )
    target_dir.mkdir(parents=True, exist_ok=True)
    staging = target_dir / f"{backup.TEMP_PREFIX}import-{os.getpid()}"
    try:
        with _open_zip(zip_path) as archive:
            _ensure_space(archive, target_dir)
            _extract(archive, check.manifest, staging, progress, _where(zip_path))
        staged_db = staging / "database" / check.target_db.name
        _check_database(staged_db, _where(zip_path))
        return _place(check, staging, keys_dir or target_dir / "keys")
    except OSError as exc:
        raise storage_error_from(exc, check.target_db) or BackupError(
            f"无法写入：{exc.strerror or exc}", where=f"文件夹 {target_dir}"
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _tree(prefix: str, folder: Path) -> list[tuple[str, Path]]:
    if not folder.is_dir():
        return []
    files = sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return [
        (f"{prefix}/{path.relative_to(folder).as_posix()}", path)
        for path in files
        if not path.name.startswith(backup.TEMP_PREFIX)  # a write interrupted by a crash
    ]


def _write_zip(
    temp_zip: Path, members: list[tuple[str, Path]], progress: Progress | None
) -> dict[str, Any]:
    listed = []
    with zipfile.ZipFile(temp_zip, "w", allowZip64=True) as archive:
        for done, (name, path) in enumerate(members):
            if progress is not None:
                progress(done, len(members), path.name)
            # Photos are JPEGs already: deflating them costs time and saves nothing.
            method = zipfile.ZIP_STORED if name.startswith("photos/") else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, datetime.now().timetuple()[:6])
            info.compress_type = method
            digest = hashlib.sha256()
            with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as out:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            listed.append({"path": name, "size": path.stat().st_size, "sha256": digest.hexdigest()})
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "program_version": __version__,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "files": listed,
    }


def _describe(preview: BackupPreview) -> dict[str, Any]:
    newest = preview.newest_inspection
    return {
        "schema_revision": preview.revision,
        "counts": {
            "communities": preview.communities,
            "inspections": preview.inspections,
            "findings": preview.findings,
            "photos": preview.photos,
        },
        "newest_inspection": newest.isoformat() if newest else None,
    }


def _where(zip_path: Path) -> str:
    return f"数据包 {Path(zip_path).name}"


def _open_zip(zip_path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupError("不是有效的数据文件夹压缩包（.zip）", where=_where(zip_path)) from exc


def _bad(where: str, why: str) -> BackupError:
    return BackupError(f"数据包不可信，未做任何修改：{why}", where=where)


def _member_files(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    """The file members by name, once every name has been found safe."""
    files: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        name = info.filename
        parts = PurePosixPath(name).parts
        unsafe = "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name)
        if unsafe or not parts or any(part in ("", ".", "..") for part in parts):
            raise _bad(where, f"不安全的路径 {name!r}")
        if name != MANIFEST and parts[0] not in FOLDERS:
            raise _bad(where, f"意外的文件 {name!r}")
        if (info.external_attr >> 16) & 0o170000 == 0o120000:
            raise _bad(where, f"符号链接 {name!r}")
        if info.is_dir():
            continue
        if name in files:
            raise _bad(where, f"重复的文件 {name!r}")
        files[name] = info
    return files


def _checked_manifest(archive: zipfile.ZipFile, where: str) -> dict[str, Any]:
    files = _member_files(archive, where)
    if MANIFEST not in files:
        raise _bad(where, "缺少 manifest.json")
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        listed = {entry["path"]: entry for entry in manifest["files"]}
        database = str(manifest["database"])
    except (ValueError, KeyError, TypeError, zipfile.BadZipFile) as exc:
        raise _bad(where, "manifest.json 无法读取") from exc
    if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
        raise _bad(where, "不是本程序导出的数据文件夹")
    if set(listed) != set(files) - {MANIFEST}:
        raise _bad(where, "文件与清单不符")
    if not _DB_NAME.match(database) or f"database/{database}" not in listed:
        raise _bad(where, "缺少数据库文件")
    for name, entry in listed.items():
        if files[name].file_size != entry.get("size"):
            raise _bad(where, f"{name} 的大小与清单不符")
    return dict(manifest)


def _ensure_space(archive: zipfile.ZipFile, target_dir: Path) -> None:
    needed = sum(info.file_size for info in archive.infolist())
    if shutil.disk_usage(target_dir).free < needed + (needed >> 3) + (16 << 20):
        error = storage_error_from(OSError(errno.ENOSPC, "disk full"), target_dir / "x")
        assert error is not None
        raise error


def _extract(
    archive: zipfile.ZipFile,
    manifest: dict[str, Any],
    staging: Path,
    progress: Progress | None,
    where: str,
) -> None:
    entries = manifest["files"]
    for done, entry in enumerate(entries):
        name = entry["path"]
        if progress is not None:
            progress(done, len(entries), PurePosixPath(name).name)
        target = staging.joinpath(*PurePosixPath(name).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        try:
            with archive.open(name) as source, target.open("wb") as out:
                while chunk := source.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
        except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
            raise _bad(where, f"{name} 已损坏") from exc
        if digest.hexdigest() != entry.get("sha256"):
            raise _bad(where, f"{name} 的内容与清单不符")


def _check_database(path: Path, where: str) -> None:
    problems = backup.integrity_problems(path)
    if problems is not None:
        raise _bad(where, f"数据库校验未通过（{problems[:120]}）")
    migrate.stored_revision(path)  # DatabaseError: another program's, or a newer one's


def _place(check: DataFolderCheck, staging: Path, keys_dir: Path) -> DataFolderImport:
    target_db = check.target_db
    replaced = None
    if check.replaces_data:
        replaced = backup.create_backup(target_db, "before-restore")
    for suffix in ("-wal", "-shm"):
        Path(f"{target_db}{suffix}").unlink(missing_ok=True)
    os.replace(staging / "database" / target_db.name, target_db)
    photos, _ = _move_tree(staging / "photos", target_db.with_name(f"{target_db.stem}.photos"))
    keys, kept = _move_tree(staging / "keys", keys_dir, private=True)
    return DataFolderImport(target_db, photos, keys, kept, replaced)


def _move_tree(source: Path, target: Path, *, private: bool = False) -> tuple[int, list[str]]:
    """Move files that are not there yet; returns (moved, names kept as they were)."""
    moved, kept = 0, []
    for path in sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else []:
        destination = target / path.relative_to(source)
        if destination.exists():
            kept.append(destination.name)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, destination)
        if private:
            destination.chmod(0o600)  # keys: readable by their owner only
        moved += 1
    return moved, kept
