"""What the crash tests (and the build test) start from: databases, photos, a package.

Plain helpers, no fixtures: the workers that get killed run in other processes and
only receive paths and ids.
"""

from __future__ import annotations

import io
import random
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from meihao_desktop.exchange import device_signer, export_package
from meihao_desktop.media.formats import extension_for
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.store.db import Database

TESTER = Actor("崩溃测试", "test")


def photo_files(folder: Path, count: int, size: tuple[int, int] = (1200, 900)) -> list[Path]:
    """``count`` different JPEGs of noise (they compress badly: ~1 MB each at 1200×900)."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(count * 7919 + size[0])
    paths = []
    for number in range(count):
        noise = Image.frombytes("RGB", size, rnd.randbytes(size[0] * size[1] * 3))
        buffer = io.BytesIO()
        noise.save(buffer, "JPEG", quality=85)
        path = folder / f"IMG_{number:04}.jpg"
        path.write_bytes(buffer.getvalue())
        paths.append(path)
    return paths


def base_database(path: Path) -> None:
    """A campaign, one community and one inspector: what a laptop starts from."""
    with Database.open(path) as db:
        services = Services.create(db, TESTER)
        services.communities.create(name="崩溃测试小区", district="海州区")
        services.inspectors.create("冯玥", "海州区住建局")
        services.campaigns.create("崩溃测试", 2024, "meihao-2024", "海州区")


def start_inspection(path: Path) -> str:
    """A new, empty inspection in the database at ``path`` (its first community,
    inspector and a meihao-2024 campaign)."""
    with Database.open(path) as db:
        services = Services.create(db, TESTER)
        community = services.communities.list()[0]
        campaign = next(c for c in services.campaigns.list() if c.standard_id == "meihao-2024")
        inspector = services.inspectors.get_or_create("冯玥")
        return services.inspections.start(community.id, campaign.id, inspector.id).id


@dataclass(frozen=True)
class Package:
    path: Path
    inspection_id: str
    photos: int


def laptop_package(base: Path, folder: Path, photos: int) -> Package:
    """A laptop's work on a copy of ``base`` — one inspection, every item scored,
    ``photos`` photos — exported as a signed package to ``folder/work.meihao``."""
    folder.mkdir(parents=True, exist_ok=True)
    laptop = folder / "laptop.sqlite"
    shutil.copy(base, laptop)
    inspection_id = start_inspection(laptop)
    with Database.open(laptop) as db:
        services = Services.create(db, TESTER)
        standard = services.inspections.detail(inspection_id).standard
        for number, item in enumerate(standard.items):
            services.inspections.record_finding(
                inspection_id, item.code, points=f"{number % 11}", text=f"发现 {item.code}"
            )
        store = PhotoStore.beside(laptop)
        result = PhotoService(db, TESTER, store).add(
            inspection_id, photo_files(folder / "camera", photos), workers=1
        )
        assert not result.failures, result.failures
        path = folder / "work.meihao"
        export_package(db, store, path, [inspection_id], device_signer(folder / "keys", "冯玥"))
    return Package(path, inspection_id, photos)


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def photo_rows(path: Path) -> list[tuple[str, str]]:
    """(sha256, media type) of every photo row, trash included."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.execute("SELECT sha256, media_type FROM photo"))


def store_problems(db_path: Path, *, derivatives: bool) -> list[str]:
    """What is wrong between the photo rows and the photo store (nothing: ``[]``).

    Every file must belong to a row (no orphans, no temporary leftovers); every row
    must have its original, and with ``derivatives`` its display copy and thumbnail.
    """
    store = PhotoStore.beside(db_path)
    rows = photo_rows(db_path)
    known = {sha for sha, _type in rows}
    files = [p for p in store.root.rglob("*") if p.is_file()] if store.root.exists() else []
    problems = [f"orphan {p.relative_to(store.root)}" for p in files if p.name[:64] not in known]
    for sha, media_type in rows:
        wanted = [store.original_path(sha, extension_for(media_type))]
        if derivatives:
            wanted += [store.display_path(sha), store.thumb_path(sha)]
        problems += [f"missing {p.relative_to(store.root)}" for p in wanted if not p.is_file()]
    return problems
