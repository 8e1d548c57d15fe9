"""The 汇总 page on the demo data, with a context as the main window would give it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.gui.pages.summary import SummaryPage
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database

TESTER = Actor("刘科长", "gui")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("compile") / "demo.sqlite"
    db = Database.open(path)
    load_demo(db, Services.create(db, TESTER).catalog, Actor("演示数据", "test"))
    db.close()
    return path


@pytest.fixture
def services(demo_template: Path, tmp_path: Path) -> Iterator[Services]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    db = Database.open(path)
    yield Services.create(db, TESTER)
    db.close()


@pytest.fixture
def host(prepared_app: QApplication, qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def context(services: Services, host: QWidget) -> Iterator[AppContext]:
    context = AppContext(
        services=services,
        jobs=JobRunner(host),
        save_state=SaveState(host),
        inspector_name="刘科长",
        inspector_unit="海州区住房和城乡建设局",
        show_page=lambda _key: host,
    )
    yield context
    context.jobs.wait_for_done()


@pytest.fixture
def page(context: AppContext, host: QWidget, qtbot: QtBot) -> SummaryPage:
    page = SummaryPage(context, host)
    page.resize(1300, 700)
    host.show()
    qtbot.waitExposed(host)
    return page


def error_box(parent: QWidget) -> QMessageBox:
    box = parent.findChild(QMessageBox, "errorBox")
    assert box is not None, "no error was shown"
    return box
