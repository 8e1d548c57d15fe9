"""A demo database with photos and signatures, built once per session; tests get a copy."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.services.exports import ExportService
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.services.signatures import SignatureService
from meihao_desktop.store.db import Database
from tests.reports.pdftools import handwriting_png, site_photo

TESTER = Actor("测试员", "test")
SIGNED_COMMUNITY = "瑞金新村"  # its manager is 周喆
CAPTIONS = ["小区主大门", "小区内环境：绿化整洁", "楼道堆放杂物", "消防车通道"]


@dataclass
class Demo:
    services: Services
    exports: ExportService
    signatures: SignatureService
    photos: PhotoService
    inspection_id: str  # of SIGNED_COMMUNITY: photos, two signatures
    campaign_id: str
    community_id: str

    @property
    def db(self) -> Database:
        return self.services.db


def _decorate(db: Database, services: Services, folder: Path) -> None:
    """Photos (some stored sideways), captions, an item link and two signatures."""
    inspection = next(i for i in services.inspections.list() if i.community == SIGNED_COMMUNITY)
    photos = PhotoService(db, TESTER, PhotoStore.beside(db.path))
    files = []
    for number, orientation in enumerate((1, 6, 8, 3)):
        files.append(folder / f"site_{number}.jpg")
        files[-1].write_bytes(site_photo(orientation, number))
    added = photos.add(inspection.id, files, workers=1).added
    for photo, caption in zip(added, CAPTIONS, strict=False):
        photos.set_caption(photo.id, caption)
    photos.link_item(added[2].id, "3.4")
    signatures = SignatureService(db, TESTER, services.catalog)
    signatures.sign_inspection(
        inspection.id, inspection.inspector, "考察人员", handwriting_png("冯玥")
    )
    signatures.sign_inspection(inspection.id, "王堃", "考察组长", handwriting_png("王堃"))


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo-forms")
    camera = tmp_path_factory.mktemp("camera")
    with Database.open(folder / "meihao.sqlite") as db:
        services = Services.create(db, TESTER)
        load_demo(db, services.catalog, TESTER)
        _decorate(db, services, camera)
    return folder


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[Demo]:
    folder = tmp_path / "data"
    shutil.copytree(demo_folder, folder)
    with Database.open(folder / "meihao.sqlite") as db:
        services = Services.create(db, TESTER)
        store = PhotoStore.beside(db.path)
        inspection = next(i for i in services.inspections.list() if i.community == SIGNED_COMMUNITY)
        yield Demo(
            services=services,
            exports=ExportService(db, services.catalog, store.root),
            signatures=SignatureService(db, TESTER, services.catalog),
            photos=PhotoService(db, TESTER, store),
            inspection_id=inspection.id,
            campaign_id=inspection.campaign_id,
            community_id=inspection.community_id,
        )
