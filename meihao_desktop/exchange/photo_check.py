"""Checking a package's photos: each byte read once, checked where it lies, and staged.

A package holds hundreds of phone photos (a few MB each); checking them is most of an
import's time. Each photo is read straight from its place in the zip into a buffer the
thread reuses (photos are stored uncompressed, so no inflating and no zip CRC: the
SHA-256 from the signed manifest is the stronger check), hashed, sniffed and its
structure checked in that buffer, then written to the preview's staging folder, whose
flush to disk runs on other threads while the next photo is read. Hashing, reading,
writing and flushing release the GIL, so two readers keep both cores busy.

Photos the photo store already has are checked but not staged.
"""

from __future__ import annotations

import os
import struct
import threading
import zipfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from hashlib import sha256
from io import BufferedReader
from pathlib import Path

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.exchange.archive import open_zip, read_member
from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.manifest import MemberEntry
from meihao_desktop.exchange.staging import Staging
from meihao_desktop.media.formats import JPEG, PhotoFormat, sniff
from meihao_desktop.media.integrity import isobmff_problem, jpeg_problem

Progress = Callable[[int, int, str], None]  # (done, total, member name)
READERS = 2
FLUSHERS = 2
_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, …, name length, extra length
_LOCAL_SIGNATURE = b"PK\x03\x04"


@dataclass(frozen=True)
class PhotoFile:
    """A photo original in the package."""

    sha256: str
    extension: str
    member: str  # its name in the zip
    size: int


@dataclass(frozen=True)
class PhotoToCheck:
    entry: MemberEntry
    member: zipfile.ZipInfo
    stage: bool  # False: the photo store has it; check only


class _Reader(threading.local):
    """One thread's handle on the package and its reusable buffer."""

    file: BufferedReader | None = None
    archive: zipfile.ZipFile | None = None
    buffer: bytearray = bytearray()


class PhotoChecker:
    """Checks (and stages) a package's photos on a few threads; use as a context."""

    def __init__(self, path: Path, where: str, staging: Staging | None) -> None:
        self._path, self._where, self._staging = path, where, staging
        self._reader = _Reader()
        self._lock = threading.Lock()
        self._handles = ExitStack()
        self._flushes: list[Future[None]] = []
        self._done = 0

    def check(
        self, photos: Sequence[PhotoToCheck], progress: Progress | None = None
    ) -> dict[str, PhotoFile]:
        """Every photo checked (and staged where asked), by sha256; raises the first
        problem in the manifest's order."""
        # Exits in reverse: the readers finish, then the flushes, then the files close.
        with (
            self._handles,
            ThreadPoolExecutor(FLUSHERS, thread_name_prefix="flush-photos") as flushers,
            ThreadPoolExecutor(READERS, thread_name_prefix="check-photos") as readers,
        ):
            try:
                found = dict(self._results(readers, flushers, photos, progress))
            except BaseException:
                readers.shutdown(cancel_futures=True)
                raise
        for flush in self._flushes:
            flush.result()  # a flush that failed (disk full) fails the check
        return found

    def _results(
        self,
        readers: ThreadPoolExecutor,
        flushers: ThreadPoolExecutor,
        photos: Sequence[PhotoToCheck],
        progress: Progress | None,
    ) -> Iterator[tuple[str, PhotoFile]]:
        def one(photo: PhotoToCheck) -> PhotoFile:
            checked = self._check_one(photo, flushers)
            with self._lock:
                self._done += 1
                if progress is not None:
                    progress(self._done, len(photos), photo.entry.name)
            return checked

        for checked in readers.map(one, photos):
            yield checked.sha256, checked

    def _check_one(self, photo: PhotoToCheck, flushers: ThreadPoolExecutor) -> PhotoFile:
        entry = photo.entry
        # A view of the thread's buffer: never released explicitly, as slices of it may
        # live on in a traceback; the buffer is replaced, not resized, when too small.
        data = self._read(photo)
        if sha256(data).hexdigest() != entry.sha256:
            raise PackageError(
                f"文件 {entry.name} 的校验值不符：包在导出后被修改或已损坏",
                where=self._where,
                kind="hash",
            )
        checked = _check_content(data, entry, self._where)
        if photo.stage and self._staging is not None:
            self._stage(data, checked, flushers)
        return checked

    def _read(self, photo: PhotoToCheck) -> memoryview:
        """The member's bytes: in the thread's buffer when stored uncompressed."""
        member, size = photo.member, photo.entry.size
        if member.compress_type != zipfile.ZIP_STORED or member.compress_size != size:
            return memoryview(read_member(self._archive(), member, size, self._where))
        file = self._file()
        file.seek(member.header_offset)
        header = file.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size:
            raise self._damaged(member)
        signature, name_length, extra_length = _LOCAL_HEADER.unpack(header)
        name = file.read(name_length)
        if signature != _LOCAL_SIGNATURE or name != member.filename.encode():
            raise self._damaged(member)
        file.seek(member.header_offset + _LOCAL_HEADER.size + name_length + extra_length)
        if len(self._reader.buffer) < size:
            self._reader.buffer = bytearray(size)
        view = memoryview(self._reader.buffer)[:size]
        filled = 0
        while filled < size and (got := file.readinto(view[filled:])):
            filled += got
        if filled != size:
            raise self._damaged(member)
        return view

    def _stage(self, data: memoryview, photo: PhotoFile, flushers: ThreadPoolExecutor) -> None:
        assert self._staging is not None
        try:
            descriptor = self._staging.create(photo.sha256, photo.extension)
        except OSError as error:
            raise self._cannot_stage(error) from error
        try:
            written = 0
            while written < len(data):
                written += os.write(descriptor, data[written:])
        except OSError as error:
            os.close(descriptor)
            raise self._cannot_stage(error) from error
        with self._lock:
            self._flushes.append(flushers.submit(self._flush, descriptor))

    def _flush(self, descriptor: int) -> None:
        try:
            _datasync(descriptor)
        except OSError as error:
            raise self._cannot_stage(error) from error
        finally:
            os.close(descriptor)

    def _cannot_stage(self, error: OSError) -> MeihaoError:
        assert self._staging is not None
        return MeihaoError(
            f"无法暂存包中的照片：{error.strerror or error}",
            where=str(self._staging.folder.parent),
        )

    def _file(self) -> BufferedReader:
        if self._reader.file is None:
            with self._lock:
                self._reader.file = self._handles.enter_context(self._path.open("rb"))
        return self._reader.file

    def _archive(self) -> zipfile.ZipFile:
        if self._reader.archive is None:
            with self._lock:
                self._reader.archive = self._handles.enter_context(open_zip(self._path))
        return self._reader.archive

    def _damaged(self, member: zipfile.ZipInfo) -> PackageError:
        return PackageError(
            f"包中的文件 {member.filename} 已损坏", where=self._where, kind="damaged"
        )


def _check_content(data: memoryview, entry: MemberEntry, where: str) -> PhotoFile:
    """The photo is a complete image of the type its name says."""
    extension = entry.name.rsplit(".", 1)[1]
    found = sniff(data)
    if not isinstance(found, PhotoFormat):
        raise PackageError(f"照片 {entry.name} 不是图片", where=where, kind="not_image")
    if found.extension != extension:
        raise PackageError(
            f"照片 {entry.name} 的实际格式与文件名不符", where=where, kind="not_image"
        )
    problem = (
        jpeg_problem(data) if found is JPEG else isobmff_problem(data) if found.is_heif else None
    )
    if problem is not None:
        raise PackageError(f"照片 {entry.name} 已损坏或不完整", where=where, kind="not_image")
    return PhotoFile(entry.sha256, extension, entry.name, entry.size)


def _datasync(descriptor: int) -> None:
    sync = getattr(os, "fdatasync", os.fsync)  # Windows and macOS have only fsync
    sync(descriptor)
