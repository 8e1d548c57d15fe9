"""Damaged, altered and hostile packages: each is refused with a precise Chinese message,
and the database file and the photo store stay byte for byte as they were."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from meihao_desktop.exchange import PackageError, apply_package, read_package
from meihao_desktop.exchange.layout import DATA, MANIFEST, SIGNATURE
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.store.db import Database
from tests.exchange import crafting as c
from tests.exchange.conftest import (
    BUREAU,
    Base,
    add_photos,
    file_digest,
    open_laptop,
    picture,
    score,
    start,
    tree_digest,
)


@dataclass(frozen=True)
class Target:
    """A bureau database that already holds the valid package (so its photo store is not
    empty), and the valid package itself."""

    folder: Path
    package: Path
    base: Base


@pytest.fixture(scope="module")
def target(base_template: Base, tmp_path_factory: pytest.TempPathFactory) -> Target:
    root = tmp_path_factory.mktemp("hostile")
    laptop = open_laptop(base_template, root / "laptop", "周雯", "周雯")
    inspection = start(laptop, base_template, base_template.dongfang, base_template.zhou)
    score(laptop.services, inspection, "8")
    add_photos(laptop, inspection, [picture(310)], root / "camera")
    package = laptop.export(root / "valid.meihao")
    laptop.db.close()
    bureau = open_laptop(base_template, root / "bureau", "刘科长", BUREAU.name)
    preview = read_package(package, bureau.db)
    apply_package(preview, bureau.db, bureau.store, BUREAU, {})
    bureau.db.close()
    return Target(root / "bureau", package, base_template)


Build = Callable[[dict[str, bytes], Path, Target], None]


def members_of(valid: dict[str, bytes], *extra: tuple[zipfile.ZipInfo | str, bytes]) -> c.Members:
    return [*valid.items(), *extra]


def photo_name(valid: dict[str, bytes]) -> str:
    return next(name for name in valid if name.startswith("photos/"))


def edit_data(valid: dict[str, bytes], change: Callable[[dict], None]) -> dict[str, bytes]:  # type: ignore[type-arg]
    data = c.data_of(valid)
    change(data)
    return c.resign(c.with_data(valid, data))


def not_a_zip(valid: dict[str, bytes], out: Path, t: Target) -> None:
    out.write_bytes(b"%PDF-1.7\n" + os.urandom(2000))


def empty_file(valid: dict[str, bytes], out: Path, t: Target) -> None:
    out.write_bytes(b"")


def truncated(valid: dict[str, bytes], out: Path, t: Target) -> None:
    data = t.package.read_bytes()
    out.write_bytes(data[: len(data) // 2])


def zip_slip(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, members_of(valid, ("../../evil.sh", b"rm -rf ~")))


def absolute_path(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, members_of(valid, ("/etc/cron.d/evil", b"* * * * * root sh")))


def drive_letter(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, members_of(valid, ("C:\\Windows\\evil.dll", b"MZ")))


def symlink(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, members_of(valid, (c.info("photos/link.jpg", mode=0o120777), b"/etc/passwd")))


def folder_entry(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, members_of(valid, (c.info("photos/sub/", mode=0o040755), b"")))


def duplicate_member(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, members_of(valid, (DATA, b"{}")))


def encrypted_member(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, list(valid.items()))
    c.set_flags(out, DATA, 0x1)


def extra_member(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, members_of(valid, ("readme.txt", "请导入".encode())))


def missing_listed_photo(valid: dict[str, bytes], out: Path, t: Target) -> None:
    kept = {k: v for k, v in valid.items() if k != photo_name(valid)}
    c.pack(out, list(kept.items()))


def photo_without_file(valid: dict[str, bytes], out: Path, t: Target) -> None:
    kept = {k: v for k, v in valid.items() if k != photo_name(valid)}
    c.pack(out, list(c.resign(kept).items()))


def hash_mismatch(valid: dict[str, bytes], out: Path, t: Target) -> None:
    data = valid[DATA].replace("东方瑞园".encode(), "东方瑞圆".encode(), 1)
    assert len(data) == len(valid[DATA])
    assert data != valid[DATA]
    c.pack(out, list({**valid, DATA: data}.items()))


def size_lie_in_manifest(valid: dict[str, bytes], out: Path, t: Target) -> None:
    def grow(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["members"][0]["size"] += 1

    c.pack(out, list(c.resign(valid, grow).items()))


def size_lie_in_zip_header(valid: dict[str, bytes], out: Path, t: Target) -> None:
    """The zip's headers and the manifest agree on a size, but more bytes follow."""
    real = len(valid[DATA])

    def shrink(manifest: dict) -> None:  # type: ignore[type-arg]
        next(m for m in manifest["members"] if m["name"] == DATA)["size"] = real - 100

    c.pack(out, list(c.resign(valid, shrink).items()), zipfile.ZIP_STORED)
    c.lie_about_size(out, DATA, real - 100)


def declared_too_large(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, list(c.resign(valid).items()))
    c.lie_about_size(out, DATA, 300 * 2**20)


def zip_bomb(valid: dict[str, bytes], out: Path, t: Target) -> None:
    bomb = b"[" + b" " * (40 * 2**20) + b"]"
    c.pack(out, list(c.resign({**valid, DATA: bomb}).items()))


def altered_manifest(valid: dict[str, bytes], out: Path, t: Target) -> None:
    manifest = c.manifest_of(valid)
    manifest["exported_by"]["inspector"] = "孙嘉树"
    altered = json.dumps(manifest, ensure_ascii=False).encode()
    c.pack(out, list({**valid, MANIFEST: altered}.items()))


def missing_signature(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, [(k, v) for k, v in valid.items() if k != SIGNATURE])


def signer_not_in_manifest(valid: dict[str, bytes], out: Path, t: Target) -> None:
    original = c.manifest_of(valid)["signer"]

    def claim(manifest: dict) -> None:  # type: ignore[type-arg]
        manifest["signer"] = original  # claims the laptop's key, signed with another

    c.pack(out, list(c.resign(valid, claim).items()))


def unknown_format_version(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, list(c.resign(valid, lambda m: m.update(format_version=2)).items()))


def unknown_schema(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, list(c.resign(valid, lambda m: m.update(schema_revision="9999")).items()))


def duplicate_json_key(valid: dict[str, bytes], out: Path, t: Target) -> None:
    manifest = valid[MANIFEST].replace(b'"format":', b'"format": "x", "format":', 1)
    assert manifest != valid[MANIFEST]
    c.pack(out, list({**valid, MANIFEST: manifest}.items()))


def malformed_data(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, list(c.resign({**valid, DATA: valid[DATA][:-20]}).items()))


def points_as_float(valid: dict[str, bytes], out: Path, t: Target) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["finding"][0]["points"] = 7.5

    c.pack(out, list(edit_data(valid, change).items()))


def version_as_text(valid: dict[str, bytes], out: Path, t: Target) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["inspection"][0]["version"] = "2"

    c.pack(out, list(edit_data(valid, change).items()))


def missing_field(valid: dict[str, bytes], out: Path, t: Target) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        del data["community"][0]["name"]

    c.pack(out, list(edit_data(valid, change).items()))


def dangling_reference(valid: dict[str, bytes], out: Path, t: Target) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["finding"][0]["inspection_id"] = "00000000-0000-4000-8000-000000000000"

    c.pack(out, list(edit_data(valid, change).items()))


def id_of_another_kind(valid: dict[str, bytes], out: Path, t: Target) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["finding"][0]["id"] = t.base.cangwu  # a community of the bureau's

    c.pack(out, list(edit_data(valid, change).items()))


def id_of_another_record(valid: dict[str, bytes], out: Path, t: Target) -> None:
    def change(data: dict) -> None:  # type: ignore[type-arg]
        # Pretend the inspected community is the bureau's 苍梧小区 (created at another time).
        old = data["community"][0]["id"]
        data["community"][0]["id"] = t.base.cangwu
        data["community"][0]["created_at"] = "2020-01-01T00:00:00+00:00"
        for table in ("inspection", "rectification"):
            for row in data[table]:
                if row["community_id"] == old:
                    row["community_id"] = t.base.cangwu

    c.pack(out, list(edit_data(valid, change).items()))


def _swap_photo(valid: dict[str, bytes], content: bytes) -> dict[str, bytes]:
    old_name = photo_name(valid)
    old_sha = old_name.split("/")[1].split(".")[0]
    new_sha = hashlib.sha256(content).hexdigest()
    members = {k: v for k, v in valid.items() if k != old_name}
    members[f"photos/{new_sha}.jpg"] = content
    data = c.data_of(members)
    for row in data["photo"]:
        if row["sha256"] == old_sha:
            row["sha256"] = new_sha
    return c.resign(c.with_data(members, data))


def photo_not_an_image(valid: dict[str, bytes], out: Path, t: Target) -> None:
    c.pack(out, list(_swap_photo(valid, b"#!/bin/sh\necho pwned\n" * 50).items()))


def photo_cut_short(valid: dict[str, bytes], out: Path, t: Target) -> None:
    jpeg = valid[photo_name(valid)]
    c.pack(out, list(_swap_photo(valid, jpeg[: len(jpeg) // 2]).items()))


def _stored_photo(package: Path, valid: dict[str, bytes]) -> tuple[int, int]:
    """Where the (uncompressed) photo's local header and its data start in the file."""
    with zipfile.ZipFile(package) as archive:
        member = archive.getinfo(photo_name(valid))
    assert member.compress_type == zipfile.ZIP_STORED
    header = package.read_bytes()[member.header_offset : member.header_offset + 30]
    name_length, extra_length = (int.from_bytes(header[i : i + 2], "little") for i in (26, 28))
    return member.header_offset, member.header_offset + 30 + name_length + extra_length


def photo_changed_in_place(valid: dict[str, bytes], out: Path, t: Target) -> None:
    """One byte of a stored photo changed in the file itself: no zip tool involved."""
    raw = bytearray(t.package.read_bytes())
    _header, data = _stored_photo(t.package, valid)
    raw[data + 1000] ^= 0x55
    out.write_bytes(bytes(raw))


def local_header_disagrees(valid: dict[str, bytes], out: Path, t: Target) -> None:
    """The photo's local header names another file than the zip's directory does."""
    raw = bytearray(t.package.read_bytes())
    header, _data = _stored_photo(t.package, valid)
    first_hex = header + 30 + len("photos/")
    raw[first_hex] = ord("0") if raw[first_hex] != ord("0") else ord("1")
    out.write_bytes(bytes(raw))


CASES: list[tuple[Build, str]] = [
    (not_a_zip, "不是美好家园数据包"),
    (empty_file, "不是美好家园数据包"),
    (truncated, "文件不完整或已损坏"),
    (zip_slip, "非法路径"),
    (absolute_path, "非法路径"),
    (drive_letter, "非法路径"),
    (symlink, "符号链接"),
    (folder_entry, "文件夹"),
    (duplicate_member, "重名"),
    (encrypted_member, "加密"),
    (extra_member, "清单未列出的文件：readme.txt"),
    (missing_listed_photo, "缺少清单所列的文件：photos/"),
    (photo_without_file, "缺少照片文件：IMG_0000.jpg"),
    (hash_mismatch, "data.json 的校验值不符"),
    (size_lie_in_manifest, "data.json 的大小与清单不符"),
    (size_lie_in_zip_header, "data.json 已损坏"),
    (declared_too_large, "包中的文件过大：data.json"),
    (zip_bomb, "压缩比异常"),
    (altered_manifest, "签名无效"),
    (missing_signature, "缺少签名文件"),
    (signer_not_in_manifest, "签名人与清单所列不符"),
    (unknown_format_version, "格式版本 2 不受支持"),
    (unknown_schema, "数据库版本 '9999'"),
    (duplicate_json_key, "键 'format' 重复"),
    (malformed_data, "data.json 不是有效的 JSON"),
    (points_as_float, "字段 points 应为数字文字"),
    (version_as_text, "字段 version 应为不小于 1 的整数"),
    (missing_field, "缺少字段 name"),
    (dangling_reference, "不在包中"),
    (id_of_another_kind, "在本机是另一类记录（小区）"),
    (id_of_another_record, "不是同一条（created_at 不同）"),
    (photo_not_an_image, "不是图片"),
    (photo_cut_short, "已损坏或不完整"),
    (photo_changed_in_place, "校验值不符"),
    (local_header_disagrees, "已损坏"),
]


@pytest.mark.parametrize(("build", "message"), CASES, ids=[b.__name__ for b, _ in CASES])
def test_hostile_package_is_refused_and_nothing_changes(
    target: Target, tmp_path: Path, build: Build, message: str
) -> None:
    bureau = tmp_path / "bureau"
    shutil.copytree(target.folder, bureau)
    db_path, store = bureau / "meihao.sqlite", PhotoStore.beside(bureau / "meihao.sqlite")
    hostile = tmp_path / "来自U盘.meihao"
    build(c.unpack(target.package), hostile, target)
    before = (file_digest(db_path), tree_digest(store.root))

    with Database.open(db_path) as db, pytest.raises(PackageError) as refused:
        read_package(hostile, db)

    assert message in str(refused.value)
    assert refused.value.where == "来自U盘.meihao"
    assert (file_digest(db_path), tree_digest(store.root)) == before
    assert not list(bureau.glob(f"{store.staging_prefix}*")), "no staged photo is left"


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 15
