"""A ledger on the demo data, with a context as the main window would give it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.services.rectifications import LedgerRow
from meihao_desktop.store.db import Database

TESTER = Actor("周雯", "test")
# The demo counts its dates back from this day: overdue, due-soon, rectified and closed
# problems, the same on every run.
TODAY = date(2026, 11, 18)


def first_open(services: Services) -> LedgerRow:
    """The ledger's first problem still open (the demo has closed some)."""
    return services.rectifications.list(status="open")[0]


@pytest.fixture(scope="session")
def demo_ledger_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ledger") / "demo.sqlite"
    db = Database.open(path)
    load_demo(db, Services.create(db, TESTER).catalog, TESTER, today=TODAY)
    db.close()
    return path


@pytest.fixture
def services(demo_ledger_template: Path, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_ledger_template, path)
    db = Database.open(path)
    yield Services.create(db, TESTER)
    db.close()


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def context(services: Services, host: QWidget) -> Iterator[AppContext]:
    context = AppContext(
        services=services,
        jobs=JobRunner(host),
        save_state=SaveState(host),
        inspector_name="周雯",
        inspector_unit="海州区住房和城乡建设局",
        show_page=lambda _key: host,
    )
    yield context
    context.jobs.wait_for_done()
