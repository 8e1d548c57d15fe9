"""Packages through the dialogs: a laptop exports, the bureau previews and imports; a
conflict shows both sides and the chosen side wins; a tampered package is refused."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.exchange.export_flow import ExportScope, ask_export_package
from meihao_desktop.gui.exchange.import_flow import ask_import_package
from meihao_desktop.gui.exchange.preview_dialog import PackagePreviewDialog
from meihao_desktop.gui.exchange.preview_models import CHOICE_ROLE, INCOMING, KEY_ROLE, LOCAL
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database
from tests.exchange.conftest import BUREAU, build_base, snapshot
from tests.gui.exchange.conftest import OpenContext, answer_files, message
from tests.services.conftest import copy_demo


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exchange") / "demo.sqlite"
    with Database.open(path) as db:
        load_demo(db, Services.create(db, BUREAU).catalog, Actor("演示数据", "test"))
    return path


def export_all(host: QWidget, laptop: AppContext, qtbot: QtBot) -> None:
    dialog = ask_export_package(host, laptop, ExportScope())
    assert dialog is not None
    assert dialog.ui.allRadio.isChecked()
    assert not dialog.ui.selectedRadio.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: message(host, "packageExportedBox") is not None)


def preview(
    host: QWidget, bureau: AppContext, qtbot: QtBot
) -> tuple[PackagePreviewDialog, list[int]]:
    imported: list[int] = []
    ask_import_package(host, bureau, lambda: imported.append(1))
    qtbot.waitUntil(lambda: host.findChild(PackagePreviewDialog) is not None)
    dialog = host.findChild(PackagePreviewDialog)
    assert dialog is not None
    return dialog, imported


def test_export_then_import_adds_the_inspections(
    host: QWidget,
    open_context: OpenContext,
    demo_template: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy_demo(demo_template, tmp_path / "laptop.sqlite")  # with its photos
    laptop = open_context(tmp_path / "laptop.sqlite", "周雯")
    bureau = open_context(tmp_path / "bureau.sqlite", "刘科长")
    package = tmp_path / "周雯-0906"
    answer_files(monkeypatch, save=package, open_=package.with_suffix(".meihao"))
    export_all(host, laptop, qtbot)
    exported = message(host, "packageExportedBox")
    assert exported is not None
    assert str(package.with_suffix(".meihao")) in exported.text()

    dialog, imported = preview(host, bureau, qtbot)
    count = len(laptop.services.inspections.list())
    assert dialog.inspections_model.rowCount() == count
    signer = dialog.ui.signerLabel.text()
    assert "周雯" in signer
    assert dialog.preview.signer.fingerprint in signer
    assert "考察记录" in {dialog.counts_model.index(r, 0).data() for r in range(6)}
    assert not dialog.ui.tabs.isTabEnabled(dialog.ui.tabs.indexOf(dialog.ui.conflictsTab))
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported))
    assert len(bureau.services.inspections.list()) == count
    done = message(host, "packageImportedBox")
    assert done is not None
    assert "已导入 周雯-0906.meihao" in done.text()


def diverged(tmp_path: Path) -> tuple[Path, Path, str]:
    """Two copies of a base holding one scored inspection; the laptop then scores item
    1.1 as 9 and the bureau as 7: a conflict. Returns the two paths and the finding's id."""
    base = build_base(tmp_path / "base.sqlite")
    with Database.open(base.path) as db:
        services = Services.create(db, BUREAU)
        inspection = services.inspections.start(
            base.dongfang, base.campaign_id, base.zhou, date(2024, 9, 3)
        ).id
        finding = services.inspections.record_finding(inspection, "1.1", points="8").id
    paths = []
    for name, points in (("laptop", "9"), ("bureau", "7")):
        path = tmp_path / f"{name}.sqlite"
        shutil.copy(base.path, path)
        with Database.open(path) as db:
            services = Services.create(db, Actor(name, "gui"))
            services.inspections.record_finding(inspection, "1.1", points=points)
        paths.append(path)
    return paths[0], paths[1], finding


@pytest.mark.parametrize(("choice", "points"), [(INCOMING, "9"), (LOCAL, "7")])
def test_a_conflict_is_shown_side_by_side_and_the_chosen_side_wins(
    choice: str,
    points: str,
    host: QWidget,
    open_context: OpenContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    laptop_path, bureau_path, finding = diverged(tmp_path)
    laptop = open_context(laptop_path, "周雯")
    bureau = open_context(bureau_path, "刘科长")
    package = tmp_path / "a.meihao"
    answer_files(monkeypatch, save=package, open_=package)
    export_all(host, laptop, qtbot)
    dialog, imported = preview(host, bureau, qtbot)
    for model in (
        dialog.inspections_model,
        dialog.counts_model,
        dialog.conflicts_model,
        dialog.differences_model,
    ):
        QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    conflicts = dialog.conflicts_model
    keys = [conflicts.index(r, 0).data(KEY_ROLE) for r in range(conflicts.rowCount())]
    assert keys == [f"finding:{finding}"]  # only the score changed on both sides
    assert dialog.ui.tabs.currentWidget() is dialog.ui.conflictsTab
    assert not dialog.import_button.isEnabled()  # nothing chosen yet
    sides = dialog.differences_model
    shown = {
        sides.index(r, 0).data(): (sides.index(r, 1).data(), sides.index(r, 2).data())
        for r in range(sides.rowCount())
    }
    assert shown["得分"] == ("7", "9")
    assert "laptop" in dialog.ui.incomingSideLabel.text()
    assert "bureau" in dialog.ui.localSideLabel.text()
    # One conflict by its own radio button, the other case by "for all".
    button = dialog.ui.takeIncomingRadio if choice == INCOMING else dialog.ui.allLocalButton
    button.click()
    assert dialog.ui.keepLocalRadio.isChecked() == (choice == LOCAL)
    assert conflicts.index(0, 0).data(CHOICE_ROLE) == choice
    assert conflicts.index(0, 2).data() == ("采用数据包" if choice == INCOMING else "保留本机")
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(imported))
    detail = bureau.services.inspections.detail(bureau.services.inspections.list()[0].id)
    assert str(detail.findings["1.1"].points) == points


def test_a_tampered_package_is_refused_in_chinese_and_nothing_changes(
    host: QWidget,
    open_context: OpenContext,
    demo_template: Path,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy_demo(demo_template, tmp_path / "laptop.sqlite")  # with its photos
    laptop = open_context(tmp_path / "laptop.sqlite", "周雯")
    bureau = open_context(tmp_path / "bureau.sqlite", "刘科长")
    package = tmp_path / "tampered.meihao"
    answer_files(monkeypatch, save=package, open_=package)
    export_all(host, laptop, qtbot)
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0x01
    package.write_bytes(bytes(data))
    before = snapshot(bureau.services.db)
    ask_import_package(host, bureau, lambda: pytest.fail("nothing may be imported"))
    qtbot.waitUntil(lambda: message(host, "errorBox") is not None)
    box = message(host, "errorBox")
    assert box is not None
    assert box.text().startswith("tampered.meihao：")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in box.text())
    assert host.findChild(PackagePreviewDialog) is None
    assert snapshot(bureau.services.db) == before
    QApplication.processEvents()
