"""Photos of an inspection through the service: import, caption, item, order, trash, audit."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import col, select

from meihao_desktop import PROCESS_STARTED
from meihao_desktop.domain.errors import InvalidValueError, LockedError, NotFoundError
from meihao_desktop.media.importer import import_file
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Services
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.store.models import AuditEntry, Inspection, Photo
from tests.media.photo_samples import asymmetric_picture, jpeg_bytes, shared_photos
from tests.services.conftest import TESTER


@pytest.fixture
def photos(services: Services) -> PhotoService:
    return PhotoService(services.db, TESTER, PhotoStore.beside(services.db.path))


def start_inspection(services: Services, name: str = "测试小区") -> str:
    community = services.communities.create(name=name, district="海州区")
    inspector = services.inspectors.get_or_create("吴喆", "海州区住建局")
    existing = [c for c in services.campaigns.list() if c.name == "2024 测试"]
    campaign = (
        existing[0] if existing else services.campaigns.create("2024 测试", 2024, "meihao-2024")
    )
    return services.inspections.start(community.id, campaign.id, inspector.id).id


@pytest.fixture
def inspection_id(services: Services) -> str:
    return start_inspection(services)


@pytest.fixture
def site_photos(tmp_path: Path) -> list[Path]:
    """Four distinct small photos, named in the order an inspector would pick them."""
    folder = tmp_path / "camera"
    folder.mkdir()
    paths = []
    for number in range(4):
        path = folder / f"IMG_{number + 1:04}.jpg"
        path.write_bytes(jpeg_bytes(asymmetric_picture((300 + number, 200)), orientation=6))
        paths.append(path)
    return paths


def sign(services: Services, inspection_id: str) -> None:
    with services.db.session() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        inspection.status = "signed"
        session.commit()


def audit(services: Services, photo_id: str) -> list[tuple[str, str, str | None, str | None]]:
    with services.db.session() as session:
        entries = session.exec(
            select(AuditEntry)
            .where(AuditEntry.entity == "photo", AuditEntry.entity_id == photo_id)
            .order_by(col(AuditEntry.at))
        ).all()
    return [(entry.action, entry.field, entry.old, entry.new) for entry in entries]


def test_add_stores_files_and_rows_in_order(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    result = photos.add(inspection_id, site_photos, item_code="2.3", workers=1)
    assert [photo.original_name for photo in result.added] == [p.name for p in site_photos]
    listed = photos.list(inspection_id)
    assert [photo.id for photo in listed] == [photo.id for photo in result.added]
    assert [photo.position for photo in listed] == [0, 1, 2, 3]
    first = listed[0]
    assert (first.item_code, first.media_type, first.width, first.height) == (
        "2.3",
        "image/jpeg",
        200,
        300,  # stored 300×200 with orientation 6: upright it is portrait
    )
    original, display, thumb = photos.paths(first)
    assert original.read_bytes() == site_photos[0].read_bytes()
    with Image.open(display) as image:
        assert image.size == (200, 300)
    assert thumb.is_file()
    assert audit(services, first.id) == [("create", "", None, "IMG_0001.jpg")]


def test_add_through_the_pool_with_a_bad_file(
    photos: PhotoService, inspection_id: str, site_photos: list[Path], tmp_path: Path
) -> None:
    bad = tmp_path / "notes.jpg"
    bad.write_text("不是照片", "utf-8")
    result = photos.add(inspection_id, [site_photos[0], bad, site_photos[1]], workers=2)
    assert [photo.original_name for photo in result.added] == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert [str(failure) for failure in result.failures] == ["notes.jpg：不是可识别的图片"]
    assert len(photos.list(inspection_id)) == 2


def test_real_photos_keep_their_metadata(photos: PhotoService, inspection_id: str) -> None:
    gps = shared_photos("gps") / "DSCN0010.jpg"
    heic = shared_photos("phone") / "IMG_5195.HEIC"
    result = photos.add(inspection_id, [gps, heic], workers=2)
    nikon, iphone = photos.list(inspection_id)
    assert [photo.id for photo in result.added] == [nikon.id, iphone.id]
    assert nikon.gps_lat == pytest.approx(43.4674483, abs=1e-6)
    assert nikon.camera == "NIKON COOLPIX P6000"
    assert iphone.media_type == "image/heic"
    assert iphone.taken_at is not None
    assert iphone.taken_at.isoformat() == "2021-04-11T20:47:53+00:00"
    assert photos.paths(iphone).original.suffix == ".heic"


def test_same_photo_is_not_attached_twice(
    photos: PhotoService, inspection_id: str, site_photos: list[Path], tmp_path: Path
) -> None:
    photos.add(inspection_id, site_photos[:2], workers=1)
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(site_photos[0].read_bytes())
    result = photos.add(inspection_id, [site_photos[1], copy, site_photos[2]], workers=1)
    assert [photo.original_name for photo in result.added] == ["IMG_0003.jpg"]
    assert result.already_attached == [site_photos[1], copy]
    assert [photo.position for photo in photos.list(inspection_id)] == [0, 1, 2]


def test_same_photo_in_two_inspections_is_stored_once(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    other = start_inspection(services, "另一个小区")
    first = photos.add(inspection_id, site_photos[:1], workers=1).added[0]
    second = photos.add(other, site_photos[:1], workers=1).added[0]
    assert first.sha256 == second.sha256
    assert first.id != second.id
    assert len(list((photos.store.root / "display").iterdir())) == 1


def test_caption_and_item_are_audited(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    photo = photos.add(inspection_id, site_photos[:1], workers=1).added[0]
    photos.set_caption(photo.id, "  楼道堆物已清理  ")
    photos.link_item(photo.id, "3.1")
    photos.link_item(photo.id, None)
    photos.link_item(photo.id, None)  # no change, no entry
    assert photos.get(photo.id).caption == "楼道堆物已清理"
    assert photos.get(photo.id).item_code is None
    assert audit(services, photo.id)[1:] == [
        ("update", "caption", "", "楼道堆物已清理"),
        ("update", "item_code", None, "3.1"),
        ("update", "item_code", "3.1", None),
    ]


def test_list_by_item(photos: PhotoService, inspection_id: str, site_photos: list[Path]) -> None:
    added = photos.add(inspection_id, site_photos[:3], workers=1).added
    photos.link_item(added[1].id, "1.2")
    assert [p.id for p in photos.list(inspection_id, item_code="1.2")] == [added[1].id]
    assert [p.id for p in photos.list(inspection_id, item_code=None)] == [added[0].id, added[2].id]


def test_move_reorders_within_the_inspection(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    a, b, c, d = photos.add(inspection_id, site_photos, workers=1).added
    assert [p.id for p in photos.move(d.id, 0)] == [d.id, a.id, b.id, c.id]
    assert [p.id for p in photos.move(d.id, 99)] == [a.id, b.id, c.id, d.id]
    photos.move(a.id, 2)
    listed = photos.list(inspection_id)
    assert [p.id for p in listed] == [b.id, c.id, a.id, d.id]
    assert [p.position for p in listed] == [0, 1, 2, 3]
    assert ("update", "position", "0", "2") in audit(services, a.id)


def test_trash_restore_and_empty_trash(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    a, b, c = photos.add(inspection_id, site_photos[:3], workers=1).added
    photos.trash(b.id)
    assert [p.id for p in photos.list(inspection_id)] == [a.id, c.id]
    assert [p.id for p in photos.list(inspection_id, include_trash=True)] == [a.id, b.id, c.id]
    with pytest.raises(InvalidValueError):
        photos.move(b.id, 0)
    photos.restore(b.id)
    assert [p.id for p in photos.list(inspection_id)] == [a.id, b.id, c.id]
    photos.trash(b.id)
    photos.trash(c.id)
    assert [entry[0] for entry in audit(services, b.id)] == ["create", "trash", "restore", "trash"]

    files_of_b = photos.paths(b)
    assert photos.empty_trash(inspection_id) == 2
    assert [p.id for p in photos.list(inspection_id, include_trash=True)] == [a.id]
    assert not any(path.exists() for path in files_of_b)
    assert all(path.exists() for path in photos.paths(a))
    assert audit(services, b.id)[-1] == ("delete", "", "IMG_0002.jpg", None)
    with pytest.raises(NotFoundError):
        photos.get(b.id)


def test_empty_trash_keeps_files_another_inspection_shows(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    other = start_inspection(services, "另一个小区")
    here = photos.add(inspection_id, site_photos[:1], workers=1).added[0]
    photos.add(other, site_photos[:1], workers=1)
    photos.trash(here.id)
    assert photos.empty_trash() == 1
    assert all(path.exists() for path in photos.paths(here))


def test_adding_a_trashed_photo_restores_it(
    photos: PhotoService, inspection_id: str, site_photos: list[Path]
) -> None:
    first = photos.add(inspection_id, site_photos[:1], workers=1).added[0]
    photos.trash(first.id)
    result = photos.add(inspection_id, site_photos[:1], workers=1)
    assert (result.added, [p.id for p in result.restored]) == ([], [first.id])
    assert [p.id for p in photos.list(inspection_id)] == [first.id]


def test_signed_inspection_photos_are_read_only(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    photo = photos.add(inspection_id, site_photos[:1], workers=1).added[0]
    photos.trash(photos.add(inspection_id, site_photos[1:2], workers=1).added[0].id)
    sign(services, inspection_id)
    for change in (
        lambda: photos.add(inspection_id, site_photos[2:], workers=1),
        lambda: photos.set_caption(photo.id, "改"),
        lambda: photos.link_item(photo.id, "1.1"),
        lambda: photos.move(photo.id, 1),
        lambda: photos.trash(photo.id),
        lambda: photos.empty_trash(inspection_id),
    ):
        with pytest.raises(LockedError):
            change()
    assert photos.empty_trash() == 0  # every unsigned inspection: this one is skipped
    assert len(photos.list(inspection_id, include_trash=True)) == 2
    stored = {path.stem for path in (photos.store.root / "display").iterdir()}
    assert len(stored) == 2  # the refused import did not even store its files


def test_cancelled_add_keeps_what_finished(
    photos: PhotoService, inspection_id: str, site_photos: list[Path]
) -> None:
    done: list[str] = []
    result = photos.add(
        inspection_id,
        site_photos,
        progress=lambda _done, _total, name: done.append(name),
        cancelled=lambda: len(done) >= 2,
        workers=1,
    )
    assert result.cancelled
    assert [p.original_name for p in photos.list(inspection_id)] == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert result.not_started == site_photos[2:]


def test_unknown_inspection_and_photo(photos: PhotoService, site_photos: list[Path]) -> None:
    with pytest.raises(NotFoundError, match="考察记录"):
        photos.add("nope", site_photos, workers=1)
    with pytest.raises(NotFoundError, match="照片"):
        photos.set_caption("nope", "x")


def test_clean_orphans_at_start_keeps_trashed_photos(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    kept, trashed = photos.add(inspection_id, site_photos[:2], workers=1).added
    photos.trash(trashed.id)
    # Imported by a run that crashed before it inserted its rows (an hour before ours) …
    orphan = import_file(site_photos[3], photos.store)
    for path in photos.store.root.rglob(f"{orphan.sha256}*"):
        os.utime(path, (PROCESS_STARTED - 3600, PROCESS_STARTED - 3600))
    # … and one being imported right now, whose rows are not committed yet.
    running = import_file(site_photos[2], photos.store)
    removed = photos.clean_orphans()
    assert {path.name.split(".")[0] for path in removed} == {orphan.sha256}
    assert photos.store.display_path(running.sha256).exists()
    assert all(path.exists() for photo in (kept, trashed) for path in photos.paths(photo))
    with services.db.session() as session:
        assert len(session.exec(select(Photo)).all()) == 2


def test_display_copy_is_upright_jpeg(photos: PhotoService, inspection_id: str) -> None:
    photo = photos.add(inspection_id, [shared_photos("orientation") / "landscape_8.jpg"], workers=1)
    display = photos.paths(photo.added[0]).display
    with Image.open(display) as image:
        assert (image.format, image.size) == ("JPEG", (600, 450))
        assert image.getexif().get(0x0112) in (None, 1)


def test_clean_orphans_keeps_files_a_backup_still_refers_to(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    from meihao_desktop.store.backup import create_backup

    [photo] = photos.add(inspection_id, site_photos[:1], workers=1).added
    create_backup(services.db.path, "manual")
    # An older backup is restored: the row is gone, the files stay behind …
    with services.db.session() as session:
        session.delete(session.get(Photo, photo.id))
        session.commit()
    for path in photos.paths(photo):
        os.utime(path, (PROCESS_STARTED - 3600, PROCESS_STARTED - 3600))
    # … and must survive, or restoring the newer backup again would lose the photo.
    assert photos.clean_orphans() == []
    assert all(path.exists() for path in photos.paths(photo))


def test_after_photos_of_a_rectification_go_onto_a_signed_inspection_but_not_its_sheet(
    photos: PhotoService, services: Services, inspection_id: str, site_photos: list[Path]
) -> None:
    from meihao_desktop.services.exports import ExportService
    from meihao_desktop.store.models import Inspection

    [seen_on_site] = photos.add(inspection_id, site_photos[:1], "3.5", workers=1).added
    problem = services.rectifications.record(inspection_id, "3.5", "楼道堆物", date(2099, 1, 1))
    with services.db.session() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        inspection.status = "signed"
        session.commit()
    # Weeks later the community sends proof: a signed inspection still takes it …
    with pytest.raises(LockedError):
        photos.add(inspection_id, site_photos[1:2], "3.5", workers=1)
    result = photos.add(
        inspection_id, site_photos[1:2], "3.5", workers=1, rectification_evidence=True
    )
    [after] = result.added
    services.rectifications.mark_rectified(problem.id, "已清理", after.id)
    # … but the score sheet shows only what the inspector saw and signed.
    exports = ExportService(services.db, services.catalog, photos.store.root)
    sheet = exports.score_sheet_data(inspection_id)
    assert [p.sha256 for p in sheet.photos] == [seen_on_site.sha256]
