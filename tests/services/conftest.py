from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database

TESTER = Actor("测试员", "test")


def copy_demo(source: Path, dest: Path) -> Path:
    """Copy the database at ``source`` and its photo folder (the demo has photos) to
    ``dest``; returns ``dest``."""
    shutil.copy(source, dest)
    photos = PhotoStore.beside(source).root
    if photos.is_dir():
        shutil.copytree(photos, PhotoStore.beside(dest).root)
    return dest


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once; tests get their own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(path)
    services = Services.create(db, TESTER)
    load_demo(db, services.catalog, TESTER)
    db.close()
    return path


@pytest.fixture
def demo_services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    db = Database.open(copy_demo(demo_template, tmp_path / "demo.sqlite"))
    yield Services.create(db, TESTER)
    db.close()


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    db = Database.open(tmp_path / "empty.sqlite")
    yield Services.create(db, TESTER)
    db.close()
