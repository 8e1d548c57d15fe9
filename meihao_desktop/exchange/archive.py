"""Opening a package's zip file without trusting anything it says.

Packages arrive on USB sticks and by e-mail; a damaged or hostile one must be refused
before a byte of it is used. Checked here, from the zip's own directory, before any
member is read: the path of every member (no absolute paths, no ``..``, no drive
letters or backslashes), links and folders, duplicate names, encryption, compression
methods, the number of members, each member's declared size and the total, and the
compression ratio (zip bombs). Members are then read with a hard limit, so a size that
lies in the zip's header cannot make the reader use more memory.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from collections import Counter
from pathlib import Path, PurePosixPath

from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.layout import (
    MAX_MEMBERS,
    MAX_PACKAGE_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    RATIO_CHECK_FROM,
    member_limit,
)

ZIP_SIGNATURE = b"PK\x03\x04"
_DAMAGED = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, OSError)


def open_zip(path: Path) -> zipfile.ZipFile:
    """Open ``path`` as a zip, with a clear message when it is none or is cut short."""
    where = path.name
    try:
        with path.open("rb") as file:
            head = file.read(len(ZIP_SIGNATURE))
            size = file.seek(0, 2)
    except OSError as error:
        raise PackageError(
            f"无法读取文件：{error.strerror or error}", where=where, kind="unreadable"
        ) from error
    if size > MAX_PACKAGE_BYTES:
        raise PackageError("文件过大，不是正常的数据包", where=where, kind="too_large")
    if head != ZIP_SIGNATURE:
        raise PackageError("不是美好家园数据包（.meihao）", where=where, kind="not_zip")
    try:
        return zipfile.ZipFile(path)
    except _DAMAGED:
        raise PackageError(
            "文件不完整或已损坏（可能复制或下载时被截断），请重新获取",
            where=where,
            kind="truncated",
        ) from None


def check_members(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    """Check the zip's directory; return its members by name."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise PackageError(f"包中文件过多（{len(members)} 个）", where=where, kind="too_large")
    duplicates = sorted(name for name, n in Counter(m.filename for m in members).items() if n > 1)
    if duplicates:
        raise PackageError(f"包中有重名的文件：{duplicates[0]}", where=where, kind="duplicate")
    total = 0
    for member in members:
        _check_member(member, where)
        total += member.file_size
    if total > MAX_TOTAL_BYTES:
        raise PackageError("包解压后的总大小超出上限", where=where, kind="too_large")
    return {member.filename: member for member in members}


def _check_member(member: zipfile.ZipInfo, where: str) -> None:
    name = member.filename
    if not _safe_name(name):
        raise PackageError(f"包中有非法路径的文件：{name!r}", where=where, kind="path")
    file_type = stat.S_IFMT(member.external_attr >> 16)  # 0 when the zip tool set none
    if file_type == stat.S_IFLNK:
        raise PackageError(f"包中有符号链接：{name}", where=where, kind="link")
    if member.is_dir() or file_type not in (0, stat.S_IFREG):
        raise PackageError(f"包中有不应出现的文件夹或特殊文件：{name}", where=where, kind="path")
    if member.flag_bits & 0x1:
        raise PackageError(f"包中的文件被加密：{name}", where=where, kind="encrypted")
    if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackageError(f"包中的文件使用了不支持的压缩方式：{name}", where=where)
    if member.file_size > member_limit(name):
        raise PackageError(f"包中的文件过大：{name}", where=where, kind="too_large")
    ratio_limited = member.file_size >= RATIO_CHECK_FROM
    if ratio_limited and member.file_size > MAX_RATIO * max(member.compress_size, 1):
        raise PackageError(
            f"包中的文件压缩比异常（疑似压缩炸弹）：{name}", where=where, kind="bomb"
        )


def _safe_name(name: str) -> bool:
    """A relative POSIX path inside the package: no root, drive, ``..`` or odd characters."""
    if not name or "\\" in name or "\x00" in name or ":" in name or name.startswith("/"):
        return False
    parts = PurePosixPath(name).parts
    return all(part not in ("", ".", "..") for part in parts) and "//" not in name


def read_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, expected_size: int, where: str
) -> bytes:
    """The member's bytes, refusing more than ``expected_size`` (the manifest's size).

    One read of at most ``expected_size + 1`` bytes: a member whose data runs on past
    its size is caught without reading the rest, and memory never exceeds the limit
    already checked for that member.
    """
    name = member.filename
    try:
        with archive.open(member) as stream:
            data = stream.read(expected_size + 1)
    except _DAMAGED:
        raise PackageError(f"包中的文件 {name} 已损坏", where=where, kind="damaged") from None
    if len(data) > expected_size:
        raise PackageError(f"文件 {name} 的实际大小超过清单所列", where=where, kind="size")
    if len(data) != expected_size:
        raise PackageError(f"文件 {name} 的实际大小与清单不符", where=where, kind="size")
    return data
