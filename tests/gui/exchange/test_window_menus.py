"""The menu entries in the real main window: where they are, what the export takes as
"selected" and "current", and an import that re-opens the database on the same page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.audit.audit_dialog import AuditDialog
from meihao_desktop.gui.exchange.export_flow import ExportPackageDialog, scope_from_window
from meihao_desktop.gui.exchange.preview_dialog import PackagePreviewDialog
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.pages.communities import CommunitiesPage
from meihao_desktop.gui.pages.inspections import InspectionsPage
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database
from tests.gui.exchange.conftest import answer_files, message


@pytest.fixture
def demo_window(db_path: Path, request: pytest.FixtureRequest) -> MainWindow:
    """The main window on a database holding the demo campaign."""
    with Database.open(db_path) as db:
        load_demo(db, Services.create(db, Actor("x", "test")).catalog, Actor("演示数据", "test"))
    window: MainWindow = request.getfixturevalue("main_window")
    return window


def action(window: MainWindow, menu: str, name: str) -> QAction:
    found = window.findChild(QMenu, menu)
    assert found is not None
    [match] = [a for a in found.actions() if a.objectName() == name]
    return match


def test_the_entries_are_in_their_menus(main_window: MainWindow) -> None:
    texts = {
        ("fileMenu", "exportPackageAction"): "导出数据包…",
        ("fileMenu", "importPackageAction"): "导入数据包…",
        ("fileMenu", "exportSummaryAction"): "导出汇总表 (Excel)…",
        ("toolsMenu", "importStandardAction"): "导入评分标准 (Excel)…",
        ("toolsMenu", "exportStandardAction"): "导出评分标准 (Excel)…",
        ("viewMenu", "auditLogAction"): "操作记录…",
    }
    for (menu, name), text in texts.items():
        assert action(main_window, menu, name).text() == text
    action(main_window, "viewMenu", "auditLogAction").trigger()
    assert main_window.findChild(AuditDialog) is not None


def test_export_the_current_community_then_import_it_again(
    demo_window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    context = window.context  # type: ignore[attr-defined]
    inspections = window.show_page("inspections")
    assert isinstance(inspections, InspectionsPage)
    selected = inspections.selected_inspection_id()
    communities = window.show_page("communities")
    assert isinstance(communities, CommunitiesPage)
    place = next(c for c in context.services.communities.list() if c.name == "东方瑞园")
    communities.select_community(place.id)
    scope = scope_from_window(window, context)
    assert scope.selected_ids == (selected,)
    assert (scope.community_id, scope.community) == (place.id, "东方瑞园")

    package = tmp_path / "东方瑞园.meihao"
    answer_files(monkeypatch, save=package, open_=package)
    action(window, "fileMenu", "exportPackageAction").trigger()
    dialog = window.findChild(ExportPackageDialog)
    assert dialog is not None
    dialog.ui.communityRadio.setChecked(True)
    expected = len(context.services.inspections.list(place.id))
    assert dialog.inspection_ids() is not None
    assert len(dialog.inspection_ids() or []) == expected == 5
    dialog.accept()
    qtbot.waitUntil(lambda: message(window, "packageExportedBox") is not None)
    exported = message(window, "packageExportedBox")
    assert exported is not None
    assert "已导出 5 次考察" in exported.text()

    row = window.navigation.currentRow()
    action(window, "fileMenu", "importPackageAction").trigger()
    qtbot.waitUntil(lambda: window.findChild(PackagePreviewDialog) is not None)
    preview = window.findChild(PackagePreviewDialog)
    assert preview is not None
    assert "没有新内容" in preview.ui.summaryLabel.text()
    preview.import_button.click()
    qtbot.waitUntil(lambda: message(window, "packageImportedBox") is not None)
    assert window.context is not context  # type: ignore[attr-defined]
    assert window.navigation.currentRow() == row
