"""Writing a ``.meihao`` package of inspections, for the bureau (or another laptop).

File and database work: run it on the background job helper. The package is written to
a temporary file beside the target and renamed when complete, so a crash or a full disk
never leaves half a package under the chosen name.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from meihao_desktop import __version__
from meihao_desktop.domain.errors import InvalidValueError, MeihaoError
from meihao_desktop.exchange.collect import all_inspection_ids, package_rows
from meihao_desktop.exchange.keys import PackageSigner, SignerInfo
from meihao_desktop.exchange.layout import CHUNK, DATA, MANIFEST, SIGNATURE, photo_member
from meihao_desktop.exchange.manifest import Manifest, MemberEntry
from meihao_desktop.exchange.rows import BY_NAME, RowRecord, to_wire
from meihao_desktop.media.formats import extension_for
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.store.db import Database
from meihao_desktop.store.migrate import head_revision
from meihao_desktop.store.types import utcnow

Progress = Callable[[int, int, str], None]  # (photos done, photos, file name)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    inspections: int
    rows: int
    photos: int
    size: int  # bytes of the package file
    signer: SignerInfo


def export_package(
    db: Database,
    photo_store: PhotoStore,
    path: Path,
    inspection_ids: Sequence[str] | None,
    signer: PackageSigner,
    *,
    inspector: str = "",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the inspections ``inspection_ids`` (``None``: all of them) to ``path``.

    ``inspector`` names who exports in the manifest (default: the inspector of the
    inspections when they share one, else the signer's name).
    """
    path = Path(path)
    with db.engine.connect() as connection:
        ids = list(inspection_ids) if inspection_ids is not None else all_inspection_ids(connection)
        if not ids:
            raise InvalidValueError("没有可导出的考察记录", where="导出数据包")
        rows = package_rows(connection, ids)
    data = _data_json(rows)
    photos = _photo_files(rows["photo"])
    exported_by = inspector or _shared_inspector(rows) or signer.name
    temporary = _temporary_beside(path)
    try:
        header = _Header(exported_by, tuple(row.id for row in rows["inspection"]))
        members = _write(temporary, data, photos, photo_store, signer, header, progress)
        os.replace(temporary, path)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return ExportResult(
        path=path,
        inspections=len(rows["inspection"]),
        rows=sum(len(table) for table in rows.values()),
        photos=len(members) - 1,
        size=path.stat().st_size,
        signer=SignerInfo(signer.name, signer.fingerprint, signer.algorithm),
    )


def _data_json(rows: dict[str, list[RowRecord]]) -> bytes:
    document = {
        table: [
            {**to_wire(BY_NAME[table], row.values), "edited_by": row.edited_by} for row in records
        ]
        for table, records in rows.items()
    }
    return json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _photo_files(photos: list[RowRecord]) -> dict[str, tuple[str, str]]:
    """sha256 → (extension, a file name for messages), once per distinct photo."""
    files: dict[str, tuple[str, str]] = {}
    for photo in photos:
        sha256 = str(photo.values["sha256"])
        extension = extension_for(str(photo.values["media_type"]))
        files.setdefault(sha256, (extension, str(photo.values["original_name"])))
    return files


def _shared_inspector(rows: dict[str, list[RowRecord]]) -> str:
    names = {str(row.values["name"]) for row in rows["inspector"]}
    return names.pop() if len(names) == 1 else ""


@dataclass(frozen=True)
class _Header:
    inspector: str
    inspections: tuple[str, ...]


def _temporary_beside(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".tmp-{path.name}-")
    os.close(descriptor)
    return Path(name)


def _write(
    target: Path,
    data: bytes,
    photos: dict[str, tuple[str, str]],
    store: PhotoStore,
    signer: PackageSigner,
    header: _Header,
    progress: Progress | None,
) -> list[MemberEntry]:
    members = [MemberEntry(DATA, hashlib.sha256(data).hexdigest(), len(data))]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(DATA, data)
        for done, (sha256, (extension, shown_name)) in enumerate(sorted(photos.items()), 1):
            source = store.original_path(sha256, extension)
            name = photo_member(sha256, extension)
            members.append(_copy_photo(archive, source, name, sha256, shown_name))
            if progress is not None:
                progress(done, len(photos), shown_name)
        manifest = Manifest(
            schema_revision=head_revision(),
            created_at=utcnow(),
            inspector=header.inspector,
            device=socket.gethostname(),
            program=f"meihao_desktop {__version__}",
            signer_name=signer.name,
            signer_fingerprint=signer.fingerprint,
            inspections=header.inspections,
            members=tuple(members),
        ).to_bytes()
        archive.writestr(MANIFEST, manifest)
        signature = signer.signature_document(manifest)
        archive.writestr(SIGNATURE, json.dumps(signature, ensure_ascii=False, indent=1))
    with target.open("rb") as file:
        os.fsync(file.fileno())
    return members


def _copy_photo(
    archive: zipfile.ZipFile, source: Path, name: str, sha256: str, shown_name: str
) -> MemberEntry:
    """Copy one original into the package (stored: JPEGs do not compress), checking it."""
    digest, size = hashlib.sha256(), 0
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    try:
        with source.open("rb") as file, archive.open(info, "w") as out:
            while chunk := file.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
    except FileNotFoundError:
        raise MeihaoError("照片原图在照片文件夹中缺失，无法导出", where=shown_name) from None
    if digest.hexdigest() != sha256:
        raise MeihaoError("照片原图已损坏（内容与记录不符），无法导出", where=shown_name)
    return MemberEntry(name, sha256, size)
