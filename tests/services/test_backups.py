"""The backup service and moving the data folder to a new laptop (and refusing bad zips)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from meihao_desktop.services import Services
from meihao_desktop.services.backups import (
    BackupService,
    check_data_folder,
    export_data_folder,
    import_data_folder,
)
from meihao_desktop.store import Database
from meihao_desktop.store.backup import read_preview
from meihao_desktop.store.errors import BackupError, StorageError
from tests.services.conftest import TESTER

Manifest = dict[str, Any]
PHOTO = b"\xff\xd8\xff\xe0 not really a jpeg, but bytes all the same"


def test_the_preview_counts_what_the_demo_database_holds(demo_services: Services) -> None:
    service = BackupService(demo_services.db.path)
    service.create()
    [made] = service.list()
    assert made.preview is not None
    assert made.preview.communities == len(demo_services.communities.list()) == 14
    assert made.preview.inspections == 57
    assert made.preview.findings > 57
    assert made.preview.newest_inspection is not None
    assert service.find(made.name) == made
    assert service.current() == made.preview
    with pytest.raises(BackupError, match="没有这个备份"):
        service.find("meihao-nothing.sqlite")


def test_the_service_restores_a_backup(demo_services: Services) -> None:
    service = BackupService(demo_services.db.path)
    saved = service.create()
    demo_services.communities.create(name="新建小区")
    demo_services.db.close()
    before = service.restore(service.find(saved.name))
    assert service.current().communities == 14
    assert before is not None
    assert read_preview(before).communities == 15


@pytest.fixture
def data_folder(demo_services: Services) -> tuple[Path, Path]:
    """The demo database with a photo in its store and a key; returns (db, keys folder)."""
    db_path = demo_services.db.path
    shutil.rmtree(db_path.with_name("demo.photos"))  # the demo's: one photo is easier to follow
    photo = db_path.with_name("demo.photos") / "originals" / "ab" / f"{'ab' * 32}.jpg"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(PHOTO)
    keys = db_path.parent / "keys"
    keys.mkdir()
    (keys / "王芳-01.p12").write_bytes(b"secret key")
    return db_path, keys


def test_the_data_folder_moves_to_a_new_laptop(
    data_folder: tuple[Path, Path], tmp_path: Path
) -> None:
    db_path, keys = data_folder
    steps: list[tuple[int, int, str]] = []
    zipped = export_data_folder(
        db_path, tmp_path / "搬家.zip", keys_dir=keys, progress=lambda *a: steps.append(a)
    )
    assert steps[0][:2] == (0, 3)
    assert not list(tmp_path.glob(".tmp-*"))

    laptop = tmp_path / "new-laptop"
    check = check_data_folder(zipped, laptop)
    assert check.manifest["counts"]["communities"] == 14
    assert not check.replaces_data
    result = import_data_folder(zipped, laptop)

    assert result.db_path == laptop / "demo.sqlite"
    assert read_preview(result.db_path) == read_preview(db_path)
    photo = laptop / "demo.photos" / "originals" / "ab" / f"{'ab' * 32}.jpg"
    assert photo.read_bytes() == PHOTO
    key = laptop / "keys" / "王芳-01.p12"
    assert key.read_bytes() == b"secret key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert (result.photos_added, result.keys_added) == (1, 1)
    with Database.open(result.db_path) as moved:
        assert moved.integrity_check() == "ok"
    assert sorted(p.name for p in laptop.iterdir()) == ["demo.photos", "demo.sqlite", "keys"]


def test_a_database_with_data_is_replaced_only_when_asked(
    data_folder: tuple[Path, Path], tmp_path: Path
) -> None:
    db_path, keys = data_folder
    zipped = export_data_folder(db_path, tmp_path / "data.zip", keys_dir=keys)
    laptop = tmp_path / "laptop"
    laptop.mkdir()
    existing = laptop / "demo.sqlite"
    with Database.open(existing) as other:
        Services.create(other, TESTER).communities.create(name="本机小区")
    (laptop / "keys").mkdir()
    (laptop / "keys" / "王芳-01.p12").write_bytes(b"this laptop's own key")

    with pytest.raises(BackupError, match="已有数据"):
        import_data_folder(zipped, laptop)
    assert read_preview(existing).communities == 1

    result = import_data_folder(zipped, laptop, replace=True)
    assert read_preview(existing).communities == 14
    assert result.replaced_backup is not None
    assert read_preview(result.replaced_backup).communities == 1
    assert result.keys_kept == ["王芳-01.p12"]
    assert (laptop / "keys" / "王芳-01.p12").read_bytes() == b"this laptop's own key"


def test_an_empty_database_is_replaced_without_asking(
    data_folder: tuple[Path, Path], tmp_path: Path
) -> None:
    db_path, keys = data_folder
    zipped = export_data_folder(db_path, tmp_path / "data.zip", keys_dir=keys)
    laptop = tmp_path / "laptop"
    Database.open(laptop / "demo.sqlite").close()  # what a first start creates
    assert import_data_folder(zipped, laptop).replaced_backup is None
    assert read_preview(laptop / "demo.sqlite").communities == 14


def _rewrite(
    source: Path, target: Path, change: Callable[[zipfile.ZipFile, Manifest], None]
) -> Path:
    """Copy a real export, letting ``change`` add members or edit the manifest."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as out:
        manifest = json.loads(original.read("manifest.json"))
        for info in original.infolist():
            if info.filename != "manifest.json":
                out.writestr(info, original.read(info))
        change(out, manifest)
        out.writestr("manifest.json", json.dumps(manifest))
    return target


def _listed(manifest: Manifest, name: str, data: bytes) -> None:
    manifest["files"].append(
        {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    )


def _escape(name: str) -> Callable[[zipfile.ZipFile, Manifest], None]:
    def change(out: zipfile.ZipFile, manifest: Manifest) -> None:
        out.writestr(name, b"owned")
        _listed(manifest, name, b"owned")

    return change


def _symlink(out: zipfile.ZipFile, manifest: Manifest) -> None:
    info = zipfile.ZipInfo("keys/link")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    out.writestr(info, "/etc/passwd")
    _listed(manifest, "keys/link", b"/etc/passwd")


def _unlisted(out: zipfile.ZipFile, _manifest: Manifest) -> None:
    out.writestr("photos/extra.jpg", b"not in the manifest")


def _tampered(_out: zipfile.ZipFile, manifest: Manifest) -> None:
    for entry in manifest["files"]:
        if entry["path"].startswith("photos/"):
            entry["sha256"] = "0" * 64


def _bad_database(out: zipfile.ZipFile, manifest: Manifest) -> None:
    garbage = b"SQLite format 3\x00" + b"\x01" * 8192
    out.writestr("database/evil.sqlite", garbage)
    _listed(manifest, "database/evil.sqlite", garbage)
    manifest["database"] = "evil.sqlite"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (_escape("../../outside.txt"), "不安全的路径"),
        (_escape("/tmp/absolute.txt"), "不安全的路径"),
        (_escape("photos/../../outside.txt"), "不安全的路径"),
        (_escape("C:/Windows/evil.txt"), "不安全的路径"),
        (_escape("autostart/evil.desktop"), "意外的文件"),
        (_symlink, "符号链接"),
        (_unlisted, "文件与清单不符"),
        (_tampered, "内容与清单不符"),
        (_bad_database, "数据库校验未通过"),
    ],
    ids=[
        "dotdot",
        "absolute",
        "dotdot-inside",
        "drive",
        "other-folder",
        "symlink",
        "unlisted",
        "tampered",
        "bad-db",
    ],
)
def test_a_malicious_or_damaged_zip_is_refused_and_writes_nothing(
    data_folder: tuple[Path, Path],
    tmp_path: Path,
    change: Callable[[zipfile.ZipFile, Manifest], None],
    message: str,
) -> None:
    db_path, keys = data_folder
    good = export_data_folder(db_path, tmp_path / "good.zip", keys_dir=keys)
    bad = _rewrite(good, tmp_path / "bad.zip", change)
    laptop = tmp_path / "laptop"
    laptop.mkdir()

    with pytest.raises(BackupError, match=message) as raised:
        import_data_folder(bad, laptop)

    assert "bad.zip" in str(raised.value)
    assert list(laptop.iterdir()) == []
    assert not (tmp_path / "outside.txt").exists()


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "data.zip"
    fake.write_bytes(b"PK but not really")
    with pytest.raises(BackupError, match="不是有效的数据文件夹压缩包"):
        check_data_folder(fake, tmp_path / "laptop")


def test_export_leaves_nothing_behind_when_the_disk_is_full(
    data_folder: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path, keys = data_folder
    real_replace = os.replace

    def full(source: Path, target: Path) -> None:
        if str(target).endswith(".zip"):  # simulated: the final rename hits a full disk
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", full)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StorageError, match="磁盘已满"):
        export_data_folder(db_path, out / "data.zip", keys_dir=keys)
    assert list(out.iterdir()) == []


def test_the_command_line_makes_lists_and_restores_backups(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from meihao_desktop.cli.main import main

    def run(*args: str) -> object:
        assert main([*args, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    run("demo")
    made = run("backup", "create")
    assert isinstance(made, dict)
    assert made["reason"] == "manual"
    assert made["preview"]["communities"] == 14
    assert run("backup", "list") == [made]
    restored = run("backup", "restore", made["name"])
    assert isinstance(restored, dict)
    assert restored["restored"] == made["name"]
    assert restored["before_restore"].endswith("-before-restore.sqlite")
    assert main(["backup", "restore", "nothing.sqlite"]) == 2
    assert "没有这个备份" in capsys.readouterr().err
    zipped = tmp_path / "move.zip"
    assert run("backup", "export", "-o", str(zipped)) == {"path": str(zipped)}
    moved = run("backup", "import", str(zipped), "--into", str(tmp_path / "laptop"))
    assert isinstance(moved, dict)
    assert read_preview(Path(moved["database"])).communities == 14
