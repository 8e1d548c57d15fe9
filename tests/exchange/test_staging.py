"""The preview checks every photo once and stages it; the import moves it in by rename.

What the bureau relies on: the preview changes neither the database nor the photo store;
the import keeps exactly the bytes that were checked; a failed import can be retried; a
preview closed without importing, or left behind by a crash, leaves nothing behind.
"""

from __future__ import annotations

import hashlib
import os
import time
import zipfile
from pathlib import Path

import pytest

from meihao_desktop.exchange import (
    PackageError,
    apply_package,
    discard_preview,
    importer,
    read_package,
)
from meihao_desktop.media.photo_store import PhotoStore
from tests.exchange import crafting as c
from tests.exchange.conftest import (
    BUREAU,
    Base,
    Laptop,
    add_photos,
    picture,
    score,
    start,
    tree_digest,
)


@pytest.fixture
def package(laptop_a: Laptop, base: Base, tmp_path: Path) -> Path:
    inspection = start(laptop_a, base, base.dongfang, base.zhou)
    score(laptop_a.services, inspection, "8")
    add_photos(laptop_a, inspection, [picture(320), picture(321)], tmp_path / "camera")
    return laptop_a.export(tmp_path / "周雯.meihao")


def staging_folders(store: PhotoStore) -> list[Path]:
    return sorted(store.root.parent.glob(f"{store.staging_prefix}*"))


def originals(store: PhotoStore) -> dict[str, str]:
    """Stored originals by name, with the sha256 of their content."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in (store.root / "originals").rglob("*.jpg")
    }


def test_the_preview_stages_the_photos_beside_the_store_and_changes_nothing(
    bureau: Laptop, package: Path
) -> None:
    before = tree_digest(bureau.store.root)

    preview = read_package(package, bureau.db)

    assert tree_digest(bureau.store.root) == before
    [folder] = staging_folders(bureau.store)
    staged = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert staged == {f"{p.sha256}.jpg": p.sha256 for p in preview.photos}
    assert len(staged) == 2

    discard_preview(preview)
    assert staging_folders(bureau.store) == []
    with pytest.raises(PackageError, match="预览已关闭"):
        apply_package(preview, bureau.db, bureau.store, BUREAU, {})


def test_the_import_keeps_the_checked_bytes_even_if_the_file_changes_afterwards(
    bureau: Laptop, package: Path
) -> None:
    preview = read_package(package, bureau.db)
    package.write_bytes(b"overwritten after the preview")

    result = apply_package(preview, bureau.db, bureau.store, BUREAU, {}, derivatives=False)

    assert result.photos_added == 2
    assert originals(bureau.store) == {f"{p.sha256}.jpg": p.sha256 for p in preview.photos}
    assert staging_folders(bureau.store) == []


def test_a_failed_import_puts_the_photos_back_and_can_be_retried(
    bureau: Laptop, package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = read_package(package, bureau.db)
    before = tree_digest(bureau.store.root)
    real_write = importer.write_plans

    def failing(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(importer, "write_plans", failing)
    with pytest.raises(OSError, match="No space left"):
        apply_package(preview, bureau.db, bureau.store, BUREAU, {}, derivatives=False)
    assert tree_digest(bureau.store.root) == before
    [folder] = staging_folders(bureau.store)
    assert len(list(folder.iterdir())) == 2

    monkeypatch.setattr(importer, "write_plans", real_write)
    result = apply_package(preview, bureau.db, bureau.store, BUREAU, {}, derivatives=False)
    assert result.photos_added == 2
    assert len(originals(bureau.store)) == 2
    assert staging_folders(bureau.store) == []


def test_photos_the_store_has_are_checked_not_staged(
    bureau: Laptop, laptop_a: Laptop, package: Path, tmp_path: Path
) -> None:
    apply_package(read_package(package, bureau.db), bureau.db, bureau.store, BUREAU, {})
    inspection = laptop_a.services.inspections.list()[0].id
    laptop_a.services.inspections.record_finding(inspection, "1.1", points="6")
    again = laptop_a.export(tmp_path / "again.meihao")

    preview = read_package(again, bureau.db)

    [folder] = staging_folders(bureau.store)
    assert list(folder.iterdir()) == [], "both photos are in the store already"
    # A photo the store loses between preview and import (tidied away) is read again.
    lost = next((bureau.store.root / "originals").rglob("*.jpg"))
    lost.unlink()
    result = apply_package(preview, bureau.db, bureau.store, BUREAU, {}, derivatives=False)
    assert result.photos_added == 1
    assert hashlib.sha256(lost.read_bytes()).hexdigest() == lost.stem


def test_a_stale_staging_folder_is_removed_at_the_next_start(bureau: Laptop, package: Path) -> None:
    crashed = read_package(package, bureau.db)
    [stale] = staging_folders(bureau.store)
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    running = read_package(package, bureau.db)  # another import in progress right now

    removed = bureau.store.clean_orphans([], older_than=time.time() - 60)

    assert stale in removed
    assert not stale.exists()
    assert crashed.package.staging is not None
    assert running.package.staging is not None
    assert staging_folders(bureau.store) == [running.package.staging.folder]


def test_photos_compressed_in_the_zip_are_checked_and_imported_too(
    bureau: Laptop, package: Path, tmp_path: Path
) -> None:
    deflated = c.pack(tmp_path / "deflated.meihao", list(c.unpack(package).items()))
    with zipfile.ZipFile(deflated) as archive:
        photos = [m for m in archive.infolist() if m.filename.startswith("photos/")]
    assert {m.compress_type for m in photos} == {zipfile.ZIP_DEFLATED}

    preview = read_package(deflated, bureau.db)
    result = apply_package(preview, bureau.db, bureau.store, BUREAU, {}, derivatives=False)

    assert result.photos_added == 2
    assert originals(bureau.store) == {f"{p.sha256}.jpg": p.sha256 for p in preview.photos}


def test_progress_follows_every_photo(bureau: Laptop, package: Path) -> None:
    seen: list[tuple[int, int, str]] = []

    preview = read_package(package, bureau.db, progress=lambda *step: seen.append(step))

    assert sorted(done for done, _total, _name in seen) == [1, 2]
    assert {total for _done, total, _name in seen} == {2}
    assert {name for *_, name in seen} == {p.member for p in preview.photos}


def test_importing_again_puts_back_photos_the_store_lost(bureau: Laptop, package: Path) -> None:
    apply_package(read_package(package, bureau.db), bureau.db, bureau.store, BUREAU, {})
    lost = next((bureau.store.root / "originals").rglob("*.jpg"))
    lost.unlink()

    again = read_package(package, bureau.db)
    result = apply_package(again, bureau.db, bureau.store, BUREAU, {}, derivatives=False)

    assert result.counts.audit_entries == 0, "no row changes"
    assert result.photos_added == 1
    assert hashlib.sha256(lost.read_bytes()).hexdigest() == lost.stem
    again_once_more = read_package(package, bureau.db)
    assert not apply_package(again_once_more, bureau.db, bureau.store, BUREAU, {}).changed
