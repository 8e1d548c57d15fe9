"""Benchmark: importing a package of 5 inspections with 200 photos, against copying it.

    .venv/bin/python benchmarks/bench_exchange.py [--photos 200] [--repeat 3]

Setup (not measured): a laptop database with 5 scored inspections and 200 distinct
photo originals of phone size (~3 MB JPEGs, 40 per inspection), exported to a package;
the package's members extracted to a folder.

Measured in the same run, each repeat into a fresh copy of the bureau's database and
an empty photo store, each step starting after ``settle()`` (``os.sync()`` and a
second's pause, so that no step pays for the disk still writing out the previous
step's files):

* import proper: ``read_package`` (the signature, every member's size and sha256 and
  every photo's structure, each photo read once and staged beside the store, flushed to
  disk in the background; plans the merge) + ``apply_package`` without derivatives
  (the staged originals renamed into the store, its folders flushed, then the rows in
  one transaction);
* baseline: ``shutil.copy`` of the package's extracted members to an empty folder
  (the same bytes, no hashing, no fsync: the data may still be in the page cache);
* durable baseline: the same copy followed by ``os.sync()``, i.e. on disk, as the photo
  store's originals are (each is fsynced before its row is committed);
* floor: per member, read + SHA-256 + ``write_atomically`` (fsync, rename), one after
  the other — a plain way to check every byte and keep it durable, once;
* hash only: read + SHA-256 of the same bytes on 2 threads, nothing written — what
  checking every byte costs by itself, compared with the copy;
* derivatives, reported apart: the display copies and thumbnails made afterwards by
  the photo importer's process pool (``render_missing_derivatives``).

Target: import proper ÷ copy ≤ 2. Writes ``benchmarks/results/bench_exchange.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from meihao_desktop.exchange import (
    apply_package,
    device_signer,
    export_package,
    read_package,
    render_missing_derivatives,
)
from meihao_desktop.media.photo_store import PhotoStore, write_atomically
from meihao_desktop.services import Actor, Services
from meihao_desktop.store import models
from meihao_desktop.store.db import Database
from meihao_desktop.store.types import new_id, utcnow

RESULTS = Path(__file__).with_name("results")
INSPECTIONS = 5
ACTOR = Actor("基准测试", "bench")


def phone_photo() -> bytes:
    """One 4000×3000 JPEG of ~3 MB: a smooth scene with sensor-like noise."""
    scene = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
    noise = Image.effect_noise((4000, 3000), 24).convert("RGB")
    picture = Image.blend(scene, noise, 0.35)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def variant(jpeg: bytes, number: int) -> bytes:
    """The same picture with a comment segment after SOI: a distinct file, still valid."""
    comment = f"meihao bench photo {number}".encode()
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    return jpeg[:2] + segment + jpeg[2:]


def build_laptop(folder: Path, photos: int) -> tuple[Path, list[str]]:
    """A base database (copied for the bureau) and a laptop that scored and photographed."""
    base = folder / "base.sqlite"
    with Database.open(base) as db:
        services = Services.create(db, ACTOR)
        campaign = services.campaigns.create("基准", 2024, "meihao-2024").id
        inspector = services.inspectors.create("周雯").id
        places = [
            services.communities.create(name=f"小区{n}", district="海州区").id
            for n in range(INSPECTIONS)
        ]
    laptop = folder / "laptop" / "meihao.sqlite"
    laptop.parent.mkdir()
    shutil.copy(base, laptop)
    with Database.open(laptop) as db:
        services = Services.create(db, ACTOR)
        ids = []
        for place in places:
            inspection = services.inspections.start(place, campaign, inspector, date(2024, 9, 3)).id
            for item in services.inspections.detail(inspection).standard.items:
                services.inspections.record_finding(inspection, item.code, points="8")
            ids.append(inspection)
        _add_photos(db, PhotoStore.beside(laptop), ids, photos)
    return base, ids


def _add_photos(db: Database, store: PhotoStore, inspections: list[str], count: int) -> None:
    original = phone_photo()
    rows = []
    for number in range(count):
        data = variant(original, number)
        sha256 = hashlib.sha256(data).hexdigest()
        store.put_original(sha256, "jpg", data)
        now = utcnow()
        rows.append(
            {"id": new_id(), "created_at": now, "updated_at": now, "version": 1,
             "inspection_id": inspections[number % len(inspections)], "item_code": None,
             "sha256": sha256, "original_name": f"IMG_{number:04}.jpg", "media_type": "image/jpeg",
             "caption": "", "taken_at": None, "camera": "", "gps_lat": None, "gps_lon": None,
             "width": 4000, "height": 3000, "position": number // len(inspections),
             "deleted_at": None}
        )  # fmt: skip
    with db.engine.begin() as connection:
        connection.execute(sa.insert(models.Photo.__table__), rows)  # type: ignore[attr-defined]


def settle() -> None:
    """No dirty pages left by the previous step, and a moment for the disk to finish."""
    os.sync()
    time.sleep(1.0)


def import_once(base: Path, package: Path, target: Path) -> tuple[float, float, Any]:
    target.mkdir()
    shutil.copy(base, target / "meihao.sqlite")
    store = PhotoStore.beside(target / "meihao.sqlite")
    with Database.open(target / "meihao.sqlite") as db:
        settle()
        start = time.perf_counter()
        preview = read_package(package, db)
        verified = time.perf_counter()
        result = apply_package(preview, db, store, ACTOR, {}, derivatives=False)
        done = time.perf_counter()
    assert result.photos_added == len(preview.photos)
    return verified - start, done - start, store


def copy_once(members: list[Path], target: Path, *, durable: bool = False) -> float:
    target.mkdir()
    settle()
    start = time.perf_counter()
    for member in members:
        shutil.copy(member, target / member.name)
    if durable:
        os.sync()
    return time.perf_counter() - start


def floor_once(members: list[Path], target: Path) -> float:
    target.mkdir()
    settle()
    start = time.perf_counter()
    for member in members:
        data = member.read_bytes()
        hashlib.sha256(data).hexdigest()
        write_atomically(target / member.name, data)
    return time.perf_counter() - start


def hash_only_once(members: list[Path]) -> float:
    """Reading and hashing the same bytes on 2 threads, nothing written: the part of any
    import that checks every byte, which no copy does."""
    from concurrent.futures import ThreadPoolExecutor

    def digest(member: Path) -> str:
        return hashlib.sha256(member.read_bytes()).hexdigest()

    settle()
    with ThreadPoolExecutor(2) as pool:
        start = time.perf_counter()
        list(pool.map(digest, members))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=Path(__file__).parent) as scratch:
        folder = Path(scratch)
        base, ids = build_laptop(folder, args.photos)
        laptop = folder / "laptop" / "meihao.sqlite"
        package = folder / "周雯.meihao"
        start = time.perf_counter()
        with Database.open(laptop) as db:
            export_package(
                db, PhotoStore.beside(laptop), package, ids, device_signer(folder / "keys", "周雯")
            )
        export_s = time.perf_counter() - start
        extracted = folder / "extracted"
        with zipfile.ZipFile(package) as archive:
            archive.extractall(extracted)
        members = sorted(p for p in extracted.rglob("*") if p.is_file())
        imports, verifies, copies, durable, floors, hashing = [], [], [], [], [], []
        store = None
        for run in range(args.repeat):
            copies.append(copy_once(members, folder / f"copy-{run}"))
            durable.append(copy_once(members, folder / f"durable-{run}", durable=True))
            floors.append(floor_once(members, folder / f"floor-{run}"))
            hashing.append(hash_only_once(members))
            verify_s, import_s, store = import_once(base, package, folder / f"bureau-{run}")
            imports.append(import_s)
            verifies.append(verify_s)
            for used in (f"copy-{run}", f"durable-{run}", f"floor-{run}"):
                shutil.rmtree(folder / used)
        assert store is not None
        start = time.perf_counter()
        hashes = [(p.name.split(".")[0], "jpg") for p in (extracted / "photos").iterdir()]
        report = render_missing_derivatives(store, hashes)
        derivatives_s = time.perf_counter() - start
        assert report.rendered == args.photos
        assert not report.failures
        size = package.stat().st_size
    import_s, copy_s, durable_s, floor_s = min(imports), min(copies), min(durable), min(floors)
    result = {
        "benchmark": "exchange import",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "inspections": INSPECTIONS,
        "photos": args.photos,
        "package_mb": round(size / 2**20, 1),
        "export_s": round(export_s, 3),
        "import_proper_s": {
            "min": round(import_s, 3),
            "median": round(statistics.median(imports), 3),
        },
        "of_which_verify_and_plan_s": round(min(verifies), 3),
        "copy_members_s": {"min": round(copy_s, 3), "median": round(statistics.median(copies), 3)},
        "copy_members_then_sync_s": {
            "min": round(durable_s, 3),
            "median": round(statistics.median(durable), 3),
        },
        "hash_only_2_threads_s": {
            "min": round(min(hashing), 3),
            "median": round(statistics.median(hashing), 3),
        },
        "ratio_hash_only_to_copy": round(min(hashing) / copy_s, 2),
        "floor_read_hash_write_fsync_s": {
            "min": round(floor_s, 3),
            "median": round(statistics.median(floors), 3),
        },
        "ratio_import_to_copy": round(import_s / copy_s, 2),
        "ratio_import_to_durable_copy": round(import_s / durable_s, 2),
        "ratio_import_to_floor": round(import_s / floor_s, 2),
        "target_ratio": 2.0,
        "within_target": import_s / copy_s <= 2.0,
        "derivatives_after_import_s": round(derivatives_s, 2),
        "ratio_with_derivatives_to_copy": round((import_s + derivatives_s) / copy_s, 1),
        "notes": (
            "import proper = read_package (signature; every photo read once from its place "
            "in the zip, sha256 and structure checked in a reused buffer on 2 threads, "
            "written to a staging folder beside the store and fdatasync'ed on 2 more "
            "threads; merge plan) + apply_package without derivatives (staged originals "
            "renamed into the store, folders fsynced, rows in one transaction). The copy "
            "baseline is shutil.copy, an in-kernel copy_file_range into the page cache with "
            "nothing hashed and nothing on disk yet; the durable copy adds os.sync(). "
            "Derivatives are made after the commit by the photo importer's process pool "
            "(2 cores) and reported apart."
        ),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_exchange.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    )
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
