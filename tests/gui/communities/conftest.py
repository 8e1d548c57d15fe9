"""A communities page on its own database, with the Chinese interface."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.gui.pages.communities import CommunitiesPage
from meihao_desktop.services import Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database
from tests.gui.communities.helpers import TESTER, Shown


@pytest.fixture(scope="session")
def demo_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo data set, built once; tests use copies."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Database.open(path) as db:
        load_demo(db, Services.create(db, TESTER).catalog, TESTER)
    return path


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "communities.sqlite")
    yield db
    db.close()


@pytest.fixture
def demo_db(demo_database: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "demo-copy.sqlite"
    shutil.copy(demo_database, path)
    db = Database.open(path)
    yield db
    db.close()


@pytest.fixture
def make_page(
    prepared_app: QApplication, qtbot: QtBot
) -> Iterator[Callable[[Database], CommunitiesPage]]:
    pages: list[CommunitiesPage] = []

    def make(db: Database) -> CommunitiesPage:
        host = QWidget()
        qtbot.addWidget(host)
        context = AppContext(
            services=Services.create(db, TESTER),
            jobs=JobRunner(host),
            save_state=SaveState(host),
            inspector_name=TESTER.name,
            inspector_unit="",
            show_page=Shown(),
        )
        page = CommunitiesPage(context)
        qtbot.addWidget(page)
        page.resize(1100, 600)
        page.show()
        qtbot.waitExposed(page)
        pages.append(page)
        return page

    yield make
    for page in pages:  # no background work may outlive its database
        page.context.jobs.wait_for_done()


@pytest.fixture
def page(make_page: Callable[[Database], CommunitiesPage], database: Database) -> CommunitiesPage:
    return make_page(database)


@pytest.fixture
def demo_page(
    make_page: Callable[[Database], CommunitiesPage], demo_db: Database
) -> CommunitiesPage:
    return make_page(demo_db)
