"""The photo folder: where files go, stored once, never half-written, orphans cleaned."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meihao_desktop.media.importer import import_file
from meihao_desktop.media.photo_store import TEMP_PREFIX, PhotoStore, write_atomically
from tests.media.photo_samples import asymmetric_picture, jpeg_bytes

SHA = "ab" + "0" * 62


def test_store_sits_beside_the_database(tmp_path: Path) -> None:
    store = PhotoStore.beside(tmp_path / "meihao.sqlite")
    assert store.root == tmp_path / "meihao.photos"
    assert store.original_path(SHA, "heic") == store.root / "originals" / "ab" / f"{SHA}.heic"
    assert store.display_path(SHA) == store.root / "display" / f"{SHA}.jpg"
    assert store.thumb_path(SHA) == store.root / "thumbs" / f"{SHA}.jpg"
    assert not store.root.exists()  # nothing is created until a photo is stored


@pytest.mark.parametrize("bad", ["../../etc/passwd", "AB" + "0" * 62, "abc"])
def test_only_real_hashes_name_files(tmp_path: Path, bad: str) -> None:
    store = PhotoStore(tmp_path)
    with pytest.raises(ValueError, match="SHA-256"):
        store.display_path(bad)


def test_original_kept_byte_for_byte_and_stored_once(tmp_path: Path, store: PhotoStore) -> None:
    data = jpeg_bytes(asymmetric_picture((900, 600)))
    first = tmp_path / "IMG_1.jpg"
    second = tmp_path / "copy of IMG_1.jpg"
    first.write_bytes(data)
    second.write_bytes(data)
    one = import_file(first, store)
    two = import_file(second, store)
    assert one.sha256 == two.sha256 == hashlib.sha256(data).hexdigest()
    assert (one.reused, two.reused) == (False, True)  # the second one was not decoded
    assert one.info == two.info
    assert store.original_path(one.sha256, "jpg").read_bytes() == data
    files = sorted(path.relative_to(store.root) for path in store.root.rglob("*") if path.is_file())
    assert [str(path.parent) for path in files] == [
        "display",
        f"originals/{one.sha256[:2]}",
        "thumbs",
    ]


def test_a_failed_write_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "display" / f"{SHA}.jpg"

    def disk_full(_descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"x" * 100_000)
    assert list(target.parent.iterdir()) == []


def test_a_crash_while_writing_leaves_only_a_temporary_file(tmp_path: Path) -> None:
    """Kill the process between writing and renaming: the final name must not exist."""
    target = tmp_path / "display" / f"{SHA}.jpg"
    script = (
        "import os, signal\n"
        "from pathlib import Path\n"
        "from meihao_desktop.media import photo_store\n"
        "photo_store.os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"photo_store.write_atomically(Path({str(target)!r}), b'x' * 1_000_000)\n"
    )
    if not hasattr(os, "kill") or sys.platform == "win32":
        pytest.skip("needs SIGKILL")
    finished = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert finished.returncode != 0
    leftovers = list(target.parent.iterdir())
    assert len(leftovers) == 1
    assert leftovers[0].name.startswith(TEMP_PREFIX)
    assert not target.exists()

    removed = PhotoStore(tmp_path).clean_orphans([])
    assert removed == leftovers
    assert list(target.parent.iterdir()) == []


def test_clean_orphans_keeps_referenced_photos(tmp_path: Path, store: PhotoStore) -> None:
    kept = tmp_path / "kept.jpg"
    dropped = tmp_path / "dropped.jpg"
    kept.write_bytes(jpeg_bytes(asymmetric_picture((300, 200))))
    dropped.write_bytes(jpeg_bytes(asymmetric_picture((200, 300))))
    keep = import_file(kept, store)
    drop = import_file(dropped, store)
    stray = store.root / "thumbs" / f"{TEMP_PREFIX}abc"
    stray.write_bytes(b"half a thumbnail")
    foreign = store.root / "display" / "notes.txt"  # not ours to delete
    foreign.write_text("keep me", "utf-8")

    removed = store.clean_orphans([keep.sha256])

    assert sorted(removed) == sorted(
        [
            store.original_path(drop.sha256, "jpg"),
            store.display_path(drop.sha256),
            store.thumb_path(drop.sha256),
            stray,
        ]
    )
    assert store.has_derivatives(keep.sha256)
    assert store.original_path(keep.sha256, "jpg").is_file()
    assert foreign.exists()
    assert not (store.root / "originals" / drop.sha256[:2]).exists() or (
        drop.sha256[:2] == keep.sha256[:2]
    )


def test_remove_deletes_every_copy(tmp_path: Path, store: PhotoStore) -> None:
    source = tmp_path / "a.jpg"
    source.write_bytes(jpeg_bytes())
    photo = import_file(source, store)
    assert len(store.remove(photo.sha256)) == 3
    assert not store.has_derivatives(photo.sha256)
    assert not store.original_path(photo.sha256, "jpg").exists()
