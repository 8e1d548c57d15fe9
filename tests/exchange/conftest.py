"""Laptops and a bureau: databases copied from one base, scored through the services.

The base is what the bureau hands out before a campaign (here by copying its database
file): the campaign, the communities and the inspectors. Each laptop then works on its
own copy; packages carry the results back.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from meihao_desktop.exchange import device_signer, export_package
from meihao_desktop.exchange.rows import TABLES
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import AuditEntry
from tests.media.photo_samples import asymmetric_picture, jpeg_bytes

BUREAU = Actor("区住建局 刘科长", "test")
FACTS = {
    "red_property_stars": 5,
    "cross_appointment": True,
    "joint_party_org": True,
    "demonstration_level": "市级",
    "occupancy_rate": Decimal(95),
    "fee_collection_rate": Decimal(97),
}


@dataclass(frozen=True)
class Base:
    path: Path
    campaign_id: str
    dongfang: str  # 东方瑞园
    xinhai: str  # 新海花园
    cangwu: str  # 苍梧小区: registered, never inspected here
    zhou: str  # inspector 周雯 (laptop A)
    sun: str  # inspector 孙嘉树 (laptop B)


@dataclass
class Laptop:
    """One database with its photo store and device key."""

    name: str
    db: Database
    services: Services
    store: PhotoStore
    keys: Path
    actor: Actor

    def export(self, path: Path, inspection_ids: list[str] | None = None) -> Path:
        signer = device_signer(self.keys, self.name)
        export_package(self.db, self.store, path, inspection_ids, signer)
        return path


def build_base(path: Path) -> Base:
    with Database.open(path) as db:
        services = Services.create(db, BUREAU)
        campaign = services.campaigns.create(
            "2024年度海州区美好家园", 2024, "meihao-2024", "海州区"
        )
        dongfang = services.communities.create(
            name="东方瑞园", district="海州区", street="新南街道", **FACTS
        )
        xinhai = services.communities.create(
            name="新海花园", district="海州区", street="新海街道", **FACTS
        )
        cangwu = services.communities.create(
            name="苍梧小区", district="海州区", street="朐阳街道", **FACTS
        )
        zhou = services.inspectors.create("周雯", "海州区住建局")
        sun = services.inspectors.create("孙嘉树", "连云港市物业管理协会")
    return Base(path, campaign.id, dongfang.id, xinhai.id, cangwu.id, zhou.id, sun.id)


@pytest.fixture(scope="session")
def base_template(tmp_path_factory: pytest.TempPathFactory) -> Base:
    return build_base(tmp_path_factory.mktemp("base") / "base.sqlite")


def open_laptop(base: Base, folder: Path, name: str, actor_name: str) -> Laptop:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "meihao.sqlite"
    shutil.copy(base.path, path)
    db = Database.open(path)
    actor = Actor(actor_name, "test")
    services = Services.create(db, actor)
    return Laptop(name, db, services, PhotoStore.beside(path), folder / "keys", actor)


@pytest.fixture
def base(base_template: Base) -> Base:
    return base_template


@pytest.fixture
def laptop_a(base: Base, tmp_path: Path) -> Iterator[Laptop]:
    laptop = open_laptop(base, tmp_path / "a", "周雯", "周雯")
    yield laptop
    laptop.db.close()


@pytest.fixture
def laptop_b(base: Base, tmp_path: Path) -> Iterator[Laptop]:
    laptop = open_laptop(base, tmp_path / "b", "孙嘉树", "孙嘉树")
    yield laptop
    laptop.db.close()


@pytest.fixture
def bureau(base: Base, tmp_path: Path) -> Iterator[Laptop]:
    laptop = open_laptop(base, tmp_path / "bureau", "刘科长", BUREAU.name)
    yield laptop
    laptop.db.close()


def score(
    services: Services,
    inspection_id: str,
    default: str,
    overrides: Mapping[str, str] | None = None,
    na: Iterable[str] = (),
    failed: Iterable[str] = (),
) -> None:
    """Score every item ``default`` points (but ``overrides``, N/A ``na``) and check every
    requirement (passed but ``failed``), through the inspection service."""
    detail = services.inspections.detail(inspection_id)
    not_applicable, failing = set(na), set(failed)
    for item in detail.standard.items:
        if item.code in not_applicable:
            services.inspections.record_finding(inspection_id, item.code, na=True)
        else:
            points = (overrides or {}).get(item.code, default)
            services.inspections.record_finding(inspection_id, item.code, points=points)
    for requirement in detail.standard.requirements:
        services.inspections.record_requirement(
            inspection_id, requirement.code, requirement.code not in failing
        )


def start(laptop: Laptop, base: Base, community_id: str, inspector_id: str) -> str:
    return laptop.services.inspections.start(
        community_id, base.campaign_id, inspector_id, date(2024, 9, 3)
    ).id


def add_photos(laptop: Laptop, inspection_id: str, pictures: list[bytes], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, data in enumerate(pictures):
        path = folder / f"IMG_{number:04}.jpg"
        path.write_bytes(data)
        paths.append(path)
    photos = PhotoService(laptop.db, laptop.actor, laptop.store)
    result = photos.add(inspection_id, paths, item_code="3.5", workers=1)
    assert not result.failures


def picture(width: int) -> bytes:
    return jpeg_bytes(asymmetric_picture((width, 200)))


def snapshot(db: Database) -> dict[str, list[tuple[str, int]]]:
    """(id, version) of every row of every exchanged table, plus audit and exchange state."""
    tables = [spec.table for spec in TABLES]
    tables += [
        AuditEntry.__table__,
        sa.Table("exchange_state", sa.MetaData(), autoload_with=db.engine),
    ]  # type: ignore[list-item]
    with db.engine.connect() as connection:
        return {
            table.name: sorted(
                (row.id, row.version)
                for row in connection.execute(sa.select(table.c.id, table.c.version))
            )
            for table in tables
        }


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (and every folder) with the sha256 of its content."""
    if not folder.exists():
        return {}
    found = {}
    for path in sorted(folder.rglob("*")):
        relative = str(path.relative_to(folder))
        found[relative] = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "/"
    return found


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
