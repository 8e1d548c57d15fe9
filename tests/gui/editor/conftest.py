"""Fixtures for the inspection editor: a demo database per test, services, an editor."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.resources import standards_dir
from meihao_desktop.services import Actor, Services, StandardsCatalog
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Inspection

TESTER = Actor("测试员", "test")
TEST_STANDARDS = Path(__file__).resolve().parent / "standards"


def editor_catalog() -> StandardsCatalog:
    return StandardsCatalog([standards_dir(), TEST_STANDARDS])


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("editor-demo") / "demo.sqlite"
    db = Database.open(path)
    load_demo(db, editor_catalog(), TESTER)
    db.close()
    return path


@pytest.fixture
def db_file(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "editor.sqlite"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def services(db_file: Path) -> Iterator[Services]:
    db = Database.open(db_file)
    yield Services.create(db, TESTER, editor_catalog())
    db.close()


@pytest.fixture
def context(prepared_app: QApplication, qtbot: QtBot, services: Services) -> AppContext:
    host = QWidget()
    qtbot.addWidget(host)
    return make_context(services, host)


def make_context(services: Services, host: QWidget, inspector_name: str = "测试员") -> AppContext:
    pages: dict[str, QWidget] = {}
    return AppContext(
        services=services,
        jobs=JobRunner(host),
        save_state=SaveState(host),
        inspector_name=inspector_name,
        inspector_unit="测试单位",
        show_page=pages.__getitem__,
    )


def start_inspection(
    services: Services, community: str = "新海花园", standard_id: str = "meihao-2024"
) -> str:
    """A new, empty inspection of a demo community under ``standard_id``."""
    found = next(c for c in services.communities.list() if c.name == community)
    campaign = next((c for c in services.campaigns.list() if c.standard_id == standard_id), None)
    if campaign is None:
        campaign = services.campaigns.create("测试活动", 2024, standard_id)
    inspector = services.inspectors.get_or_create("测试员")
    return services.inspections.start(found.id, campaign.id, inspector.id).id


def complete_inspection(services: Services, community: str = "新海花园") -> str:
    """A new inspection with every item scored and requirement passed: ready to sign,
    whatever the demo data holds."""
    inspection_id = start_inspection(services, community)
    detail = services.inspections.detail(inspection_id)
    for item in detail.standard.items:
        services.inspections.record_finding(inspection_id, item.code, points=item.max_points)
    for requirement in detail.standard.requirements:
        services.inspections.record_requirement(inspection_id, requirement.code, True)
    return inspection_id


def set_status(services: Services, inspection_id: str, status: str) -> None:
    """Sign (or unsign) behind the editor's back: there is no signing service yet."""
    with services.db.session() as session:
        inspection = session.get(Inspection, inspection_id)
        assert inspection is not None
        inspection.status = status
        session.commit()


@pytest.fixture
def new_editor(context: AppContext, qtbot: QtBot) -> Callable[[], InspectionEditor]:
    def make() -> InspectionEditor:
        editor = InspectionEditor(context)
        qtbot.addWidget(editor)
        editor.resize(1200, 700)
        editor.show()
        qtbot.waitExposed(editor)
        # Shortcuts need the window active (several windows exist in one test).
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    return make


@pytest.fixture
def editor(new_editor: Callable[[], InspectionEditor]) -> InspectionEditor:
    return new_editor()


def error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorBox" and w.isVisible()
    ]
