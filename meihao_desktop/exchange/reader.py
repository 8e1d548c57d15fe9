"""Verifying a package completely before anything of it is used.

In order: the zip's structure (``archive``), the manifest (format, schema revision),
the signature over the manifest, the list of members against the manifest (nothing
missing, nothing extra), data.json's size and sha256 and then its rows (``content``),
and last every photo's size and sha256 and that it is a complete JPEG, PNG or HEIC/HEIF
of the type its name says (``photo_check``, which also stages the photos the store
lacks, so the import does not read them again). The database and the photo store are
not touched; the staging folder is the caller's to discard.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from meihao_desktop.exchange.archive import check_members, open_zip, read_member
from meihao_desktop.exchange.content import check_consistency, parse_data
from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.keys import SignerInfo, verify_signature
from meihao_desktop.exchange.layout import DATA, MANIFEST, PHOTO_NAME, SIGNATURE
from meihao_desktop.exchange.manifest import Manifest, MemberEntry, parse_manifest, strict_json
from meihao_desktop.exchange.photo_check import PhotoChecker, PhotoFile, PhotoToCheck, Progress
from meihao_desktop.exchange.rows import RowRecord
from meihao_desktop.exchange.staging import Staging

__all__ = ["FileIdentity", "PhotoFile", "VerifiedPackage", "verify_package"]
InStore = Callable[[str, str], bool]  # (sha256, extension): the photo store has it


@dataclass(frozen=True)
class FileIdentity:
    """Size and modification time of the package file when it was verified."""

    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity:
        status = path.stat()
        return cls(status.st_size, status.st_mtime_ns)


@dataclass(frozen=True)
class VerifiedPackage:
    path: Path
    identity: FileIdentity
    manifest: Manifest
    signer: SignerInfo
    rows: dict[str, tuple[RowRecord, ...]]
    photos: dict[str, PhotoFile]  # by sha256
    staging: Staging | None = None  # the checked photos the store lacked, ready to move in

    @property
    def file_name(self) -> str:
        return self.path.name


def verify_package(
    path: Path,
    known_revisions: frozenset[str],
    staging: Staging | None = None,
    *,
    in_store: InStore | None = None,
    progress: Progress | None = None,
) -> VerifiedPackage:
    """Check everything in the package at ``path``; raise ``PackageError`` at the first
    problem. ``known_revisions``: the schema revisions this program can read.

    With ``staging``, the photos for which ``in_store`` is false are written there as they
    are checked. ``progress(done, total, member)`` follows the photos, from threads.
    """
    path = Path(path)
    where = path.name
    with open_zip(path) as archive:
        identity = FileIdentity.of(path)
        members = check_members(archive, where)
        if MANIFEST not in members:
            raise PackageError(f"缺少清单文件 {MANIFEST}", where=where, kind="missing")
        manifest_bytes = read_member(archive, members[MANIFEST], members[MANIFEST].file_size, where)
        manifest = parse_manifest(manifest_bytes, where, known_revisions)
        signer = _check_signature(archive, members, manifest_bytes, manifest, where)
        _check_listing(members, manifest, where)
        entries = {entry.name: entry for entry in manifest.members}
        data = _read_checked(archive, members[DATA], entries[DATA], where)
    rows = parse_data(data, where)
    photo_entries = [entry for entry in manifest.members if entry.name != DATA]
    extensions = {entry.sha256: entry.name.rsplit(".", 1)[1] for entry in photo_entries}
    check_consistency(rows, manifest, extensions, where)
    wanted = [
        PhotoToCheck(
            entry,
            members[entry.name],
            stage=not (in_store and in_store(entry.sha256, extensions[entry.sha256])),
        )
        for entry in photo_entries
    ]
    photos = PhotoChecker(path, where, staging).check(wanted, progress)
    return VerifiedPackage(path, identity, manifest, signer, rows, photos, staging)


def _check_signature(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    manifest_bytes: bytes,
    manifest: Manifest,
    where: str,
) -> SignerInfo:
    member = members.get(SIGNATURE)
    if member is None:
        raise PackageError("缺少签名文件，无法确认包未被修改", where=where, kind="signature")
    document = strict_json(read_member(archive, member, member.file_size, where), SIGNATURE, where)
    signer = verify_signature(document, manifest_bytes, where)
    if (signer.fingerprint, signer.name) != (manifest.signer_fingerprint, manifest.signer_name):
        raise PackageError("签名人与清单所列不符", where=where, kind="signature")
    return signer


def _check_listing(members: dict[str, zipfile.ZipInfo], manifest: Manifest, where: str) -> None:
    listed = {entry.name: entry for entry in manifest.members}
    if DATA not in listed:
        raise PackageError(f"清单中没有 {DATA}", where=where, kind="missing")
    for name, entry in sorted(listed.items()):
        match = PHOTO_NAME.fullmatch(name)
        if name != DATA and (match is None or match.group(1) != entry.sha256):
            raise PackageError(f"清单中有不符合约定的文件名：{name}", where=where, kind="path")
    present = set(members) - {MANIFEST, SIGNATURE}
    missing, extra = sorted(listed.keys() - present), sorted(present - listed.keys())
    if missing:
        raise PackageError(f"缺少清单所列的文件：{missing[0]}", where=where, kind="missing")
    if extra:
        raise PackageError(f"包中有清单未列出的文件：{extra[0]}", where=where, kind="extra")
    for entry in manifest.members:
        if members[entry.name].file_size != entry.size:
            raise PackageError(f"文件 {entry.name} 的大小与清单不符", where=where, kind="size")


def _read_checked(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, entry: MemberEntry, where: str
) -> bytes:
    data = read_member(archive, member, entry.size, where)
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise PackageError(
            f"文件 {entry.name} 的校验值不符：包在导出后被修改或已损坏", where=where, kind="hash"
        )
    return data
