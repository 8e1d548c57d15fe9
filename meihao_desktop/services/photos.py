"""Photos of an inspection: importing them, captions, linking to a scoring item, order,
trash.

The files live in the photo store beside the database (``media.photo_store``); the rows
say which inspection shows which file, in what order and with what caption. Importing
is slow (it decodes images in worker processes), so ``add`` is meant to run in the GUI's
background job helper; it takes progress and cancel callbacks for that. Everything else
is a quick edit, committed before the call returns and logged in the audit trail.
A signed inspection's photos cannot be changed (``LockedError``).
"""

from __future__ import annotations

import builtins  # PhotoService.list shadows the built-in inside the class
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Final, Literal, NamedTuple

from sqlmodel import Session, col, select

from meihao_desktop import PROCESS_STARTED
from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.media.formats import extension_for
from meihao_desktop.media.importer import (
    Cancelled,
    ImportedPhoto,
    ImportFailure,
    Progress,
    import_photos,
)
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services.audit import Actor, apply_changes, log_change, log_create
from meihao_desktop.store.backup import photo_hashes_in_backups
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Inspection, Photo
from meihao_desktop.store.types import utcnow

ENTITY: Final = "photo"


class _AnyItem(Enum):
    ANY = "any"


ANY_ITEM: Final = _AnyItem.ANY  # ``list``: photos of every item and of none


class PhotoPaths(NamedTuple):
    original: Path
    display: Path  # upright, ≤ 1600 px: for the screen and for PDFs
    thumb: Path  # upright, ≤ 256 px


@dataclass
class PhotoImportResult:
    """What ``add`` did; lists follow the order of the files chosen."""

    added: list[Photo] = field(default_factory=list)
    restored: list[Photo] = field(default_factory=list)  # were in this inspection's trash
    already_attached: list[Path] = field(default_factory=list)  # skipped: shown already
    failures: list[ImportFailure] = field(default_factory=list)
    not_started: list[Path] = field(default_factory=list)  # left out by cancelling
    cancelled: bool = False


class PhotoService:
    def __init__(self, db: Database, actor: Actor, store: PhotoStore) -> None:
        self._db = db
        self._actor = actor
        self._store = store

    @property
    def store(self) -> PhotoStore:
        return self._store

    def add(
        self,
        inspection_id: str,
        paths: Iterable[Path | str],
        item_code: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        workers: int | None = None,
        *,
        rectification_evidence: bool = False,
    ) -> PhotoImportResult:
        """Import files and attach them to the end of the inspection's photos.

        ``rectification_evidence``: an after-photo proving a problem was rectified. It
        comes weeks after the inspection was signed, so a signed inspection accepts it;
        it is not part of what was signed (the score sheet leaves after-photos out).

        Bad files are reported in ``failures`` while the rest are added; all new rows
        are inserted in one transaction. A photo the inspection already shows is not
        added again; one in its trash is taken out of the trash. Slow: call it from a
        background job; ``progress(done, total, name)`` and ``cancelled()`` are called in
        that job's thread. ``workers``: processes to decode with (default: the cores).
        """
        check = _existing_inspection if rectification_evidence else _editable_inspection
        with self._db.session() as session:
            check(session, inspection_id)  # refuse before the slow part
        report = import_photos(paths, self._store, progress, cancelled, workers)
        result = PhotoImportResult(
            failures=report.failures, not_started=report.not_started, cancelled=report.cancelled
        )
        with self._db.session() as session:
            check(session, inspection_id)  # it may have been signed meanwhile
            self._attach(session, inspection_id, report.imported, _item(item_code), result)
            session.commit()
        return result

    def _attach(
        self,
        session: Session,
        inspection_id: str,
        imported: Sequence[ImportedPhoto],
        item_code: str | None,
        result: PhotoImportResult,
    ) -> None:
        existing = {photo.sha256: photo for photo in _photos(session, inspection_id, True)}
        position = max((photo.position for photo in existing.values()), default=-1) + 1
        for item in imported:
            known = existing.get(item.sha256)
            if known is not None and known.deleted_at is not None:
                self._set_trashed(session, known, trashed=False)
                result.restored.append(known)
            elif known is not None:
                result.already_attached.append(item.path)
            else:
                photo = _new_photo(inspection_id, item, item_code, position)
                position += 1
                session.add(photo)
                log_create(session, self._actor, ENTITY, photo.id, photo.original_name)
                existing[item.sha256] = photo
                result.added.append(photo)

    def list(
        self,
        inspection_id: str,
        item_code: str | Literal[_AnyItem.ANY] | None = ANY_ITEM,
        include_trash: bool = False,
    ) -> list[Photo]:
        """The inspection's photos in order; ``item_code=None``: those linked to no item."""
        with self._db.session() as session:
            photos = _photos(session, inspection_id, include_trash)
        if item_code is ANY_ITEM:
            return photos
        return [photo for photo in photos if photo.item_code == item_code]

    def get(self, photo_id: str) -> Photo:
        with self._db.session() as session:
            return _photo(session, photo_id)

    def set_caption(self, photo_id: str, caption: str) -> Photo:
        return self._edit(photo_id, {"caption": caption.strip()})

    def link_item(self, photo_id: str, item_code: str | None) -> Photo:
        """Show the photo under a scoring item (``None``: under no item)."""
        return self._edit(photo_id, {"item_code": _item(item_code)})

    def _edit(self, photo_id: str, changes: dict[str, object]) -> Photo:
        with self._db.session() as session:
            photo = _editable_photo(session, photo_id)
            apply_changes(session, self._actor, photo, ENTITY, changes)
            session.commit()
            return photo

    def move(self, photo_id: str, new_position: int) -> builtins.list[Photo]:
        """Move a photo to index ``new_position`` (0 = first) among the photos not in the
        trash, and return them in their new order."""
        with self._db.session() as session:
            moving = _editable_photo(session, photo_id)
            if moving.deleted_at is not None:
                raise InvalidValueError("照片在回收站中，请先恢复再调整顺序", where="照片")
            order = [p for p in _photos(session, moving.inspection_id, False) if p is not moving]
            order.insert(max(0, min(new_position, len(order))), moving)
            for position, photo in enumerate(order):
                apply_changes(session, self._actor, photo, ENTITY, {"position": position})
            session.commit()
            return order

    def trash(self, photo_id: str) -> Photo:
        """Put a photo in the trash: hidden, its files kept until ``empty_trash``."""
        return self._trash_or_restore(photo_id, trashed=True)

    def restore(self, photo_id: str) -> Photo:
        return self._trash_or_restore(photo_id, trashed=False)

    def _trash_or_restore(self, photo_id: str, *, trashed: bool) -> Photo:
        with self._db.session() as session:
            photo = _editable_photo(session, photo_id)
            self._set_trashed(session, photo, trashed=trashed)
            session.commit()
            return photo

    def _set_trashed(self, session: Session, photo: Photo, *, trashed: bool) -> None:
        if (photo.deleted_at is not None) == trashed:
            return
        old, photo.deleted_at = photo.deleted_at, utcnow() if trashed else None
        action = "trash" if trashed else "restore"
        log_change(
            session, self._actor, ENTITY, photo.id, "deleted_at", old, photo.deleted_at, action
        )

    def empty_trash(self, inspection_id: str | None = None) -> int:
        """Delete trashed photos (of one inspection, or of every unsigned one) and then
        the files no photo refers to any more. Returns the number of photos deleted."""
        with self._db.session() as session:
            query = (
                select(Photo)
                .join(Inspection, col(Photo.inspection_id) == Inspection.id)
                .where(col(Photo.deleted_at).is_not(None), Inspection.status == "draft")
            )
            if inspection_id is not None:
                _editable_inspection(session, inspection_id)
                query = query.where(Photo.inspection_id == inspection_id)
            doomed = list(session.exec(query).all())
            for photo in doomed:
                log_change(
                    session, self._actor, ENTITY, photo.id, "", photo.original_name, None, "delete"
                )
                session.delete(photo)
            session.commit()
            hashes = {photo.sha256 for photo in doomed}
            # Only after the commit: a crash in between leaves files, never dangling rows.
            still_used = set(
                session.exec(select(Photo.sha256).where(col(Photo.sha256).in_(hashes)))
            )
        for sha256 in hashes - still_used:
            self._store.remove(sha256)
        return len(doomed)

    def paths(self, photo: Photo) -> PhotoPaths:
        """Where the photo's original, display copy and thumbnail are stored."""
        return PhotoPaths(
            original=self._store.original_path(photo.sha256, extension_for(photo.media_type)),
            display=self._store.display_path(photo.sha256),
            thumb=self._store.thumb_path(photo.sha256),
        )

    def clean_orphans(self) -> builtins.list[Path]:
        """Remove store files no photo row refers to, left by an earlier process.

        Files written since this process started are kept: they may belong to an import
        whose rows are not committed yet.
        """
        with self._db.session() as session:
            referenced = set(session.exec(select(Photo.sha256).distinct()))
        # A backup may be restored later: the files it refers to must still be there.
        referenced |= photo_hashes_in_backups(self._db.path)
        return self._store.clean_orphans(referenced, older_than=PROCESS_STARTED)


def _item(item_code: str | None) -> str | None:
    return (item_code or "").strip() or None


def _new_photo(
    inspection_id: str, item: ImportedPhoto, item_code: str | None, position: int
) -> Photo:
    info = item.info
    return Photo(
        inspection_id=inspection_id,
        item_code=item_code,
        sha256=item.sha256,
        original_name=item.name,
        media_type=info.media_type,
        taken_at=info.taken_at,
        camera=info.camera,
        gps_lat=info.gps_lat,
        gps_lon=info.gps_lon,
        width=info.width,
        height=info.height,
        position=position,
    )


def _photos(session: Session, inspection_id: str, include_trash: bool) -> list[Photo]:
    query = select(Photo).where(Photo.inspection_id == inspection_id)
    if not include_trash:
        query = query.where(col(Photo.deleted_at).is_(None))
    ordered = query.order_by(col(Photo.position), col(Photo.created_at), col(Photo.id))
    return list(session.exec(ordered).all())


def _photo(session: Session, photo_id: str) -> Photo:
    photo = session.get(Photo, photo_id)
    if photo is None:
        raise NotFoundError(f"没有编号为 {photo_id} 的照片")
    return photo


def _editable_photo(session: Session, photo_id: str) -> Photo:
    photo = _photo(session, photo_id)
    _editable_inspection(session, photo.inspection_id)
    return photo


def _existing_inspection(session: Session, inspection_id: str) -> Inspection:
    inspection = session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFoundError(f"没有编号为 {inspection_id} 的考察记录")
    return inspection


def _editable_inspection(session: Session, inspection_id: str) -> Inspection:
    inspection = _existing_inspection(session, inspection_id)
    if inspection.status != "draft":
        raise LockedError("该考察记录已签名，照片只读；如需修改请先解锁", where="考察记录")
    return inspection
