"""The ledger page: filters, overdue rows, the detail panel and each action."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.ledger.after_photo import thumbnail_file
from meihao_desktop.gui.ledger.problem_dialog import EditProblemDialog
from meihao_desktop.gui.ledger.rectified_dialog import RectifiedDialog
from meihao_desktop.gui.ledger.table_model import COL_PROBLEM, OVERDUE_ROLE, ROW_ROLE
from meihao_desktop.gui.pages.ledger import LedgerPage
from meihao_desktop.media.photo_store import PhotoStore
from meihao_desktop.services import Services
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.services.rectifications import LedgerRow
from meihao_desktop.store.models import Photo
from tests.gui.ledger.conftest import TESTER, TODAY, first_open

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[LedgerPage]:
    page = LedgerPage(context, today=lambda: TODAY)
    QAbstractItemModelTester(page.proxy, FATAL)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    yield page
    context.jobs.wait_for_done()


def shown(page: LedgerPage) -> list[LedgerRow]:
    return [page.proxy.index(r, 0).data(ROW_ROLE) for r in range(page.proxy.rowCount())]


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def press_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def test_every_problem_is_listed_and_overdue_ones_counted(
    page: LedgerPage, services: Services
) -> None:
    everything = services.rectifications.list()
    assert page.proxy.rowCount() == len(everything)
    overdue = sum(row.overdue(TODAY) for row in everything)
    assert overdue > 0
    assert page.count_label.text() == f"{len(everything)} problems, {overdue} overdue"
    red = [r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data(OVERDUE_ROLE)]
    assert len(red) == overdue
    brush = page.proxy.index(red[0], COL_PROBLEM).data(Qt.ItemDataRole.ForegroundRole)
    assert brush is not None


def test_filter_widgets(page: LedgerPage, services: Services) -> None:
    bar = page.filter_bar
    bar.overdue_check.setChecked(True)
    assert shown(page)
    assert all(row.overdue(TODAY) for row in shown(page))
    bar.overdue_check.setChecked(False)
    target = services.rectifications.list()[-1]
    bar.choose_community(target.community_id)
    assert bar.community_combo.currentText() == target.community
    assert {row.community for row in shown(page)} == {target.community}
    bar.choose_community(None)
    bar.choose_status("verified")
    assert shown(page)
    assert {row.status for row in shown(page)} == {"verified"}
    bar.choose_status(None)
    bar.choose_deadline("week")  # Monday to Sunday of TODAY's week
    monday = TODAY - timedelta(days=TODAY.weekday())
    this_week = {
        row.deadline
        for row in services.rectifications.list()
        if row.deadline and monday <= row.deadline <= monday + timedelta(days=6)
    }
    assert this_week
    assert {row.deadline for row in shown(page)} == this_week
    assert bar.first_edit.isHidden()
    bar.choose_deadline("range")
    assert not bar.first_edit.isHidden()


def test_problems_recorded_elsewhere_appear_when_the_page_is_shown(
    page: LedgerPage, services: Services
) -> None:
    before = page.proxy.rowCount()
    page.hide()
    inspection = services.inspections.list()[0]
    deadline = TODAY + timedelta(days=14)
    services.rectifications.record(inspection.id, None, "小区出入口公示牌破损", deadline)
    page.show()
    assert page.proxy.rowCount() == before + 1
    assert "小区出入口公示牌破损" in [row.problem for row in shown(page)]


def test_actions_follow_the_status(page: LedgerPage, services: Services) -> None:
    actions = page.actions_by_name
    assert not actions["mark"].isEnabled()  # nothing selected
    first = first_open(services)
    assert page.select(first.id)
    assert actions["mark"].isEnabled()
    assert actions["edit"].isEnabled()
    assert not actions["verify"].isEnabled()
    assert not actions["reopen"].isEnabled()
    assert page.detail.problem_label.text() == first.problem


def mark_rectified(qtbot: QtBot, page: LedgerPage, row_id: str) -> None:
    assert page.select(row_id)
    page.actions_by_name["mark"].trigger()
    dialog = page.findChild(RectifiedDialog)
    assert dialog is not None
    dialog.ui.noteEdit.setPlainText("楼道杂物已清理")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)


def test_mark_rectified_then_close_after_confirming(
    qtbot: QtBot, page: LedgerPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = first_open(services)
    mark_rectified(qtbot, page, first.id)
    assert services.rectifications.get(first.id).status == "rectified"
    assert page.current_row() is not None
    assert page.current_row().status == "rectified"  # type: ignore[union-attr]
    assert page.actions_by_name["verify"].isEnabled()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert page.verify() is False
    assert first.problem in asked[0]
    assert services.rectifications.get(first.id).status == "rectified"
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.context.save_state.changed):
        page.actions_by_name["verify"].trigger()
    closed = services.rectifications.get(first.id)
    assert (closed.status, closed.verified_by) == ("verified", "周雯")
    assert page.detail.status_label.text().startswith("Closed by 周雯")
    history = page.detail.history_model
    actions = [history.index(r, 2).data() for r in range(history.rowCount())]
    assert actions[-1] == "Closed"
    assert "Marked rectified" in actions


def test_closing_needs_the_inspector_name(
    qtbot: QtBot, page: LedgerPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = first_open(services)
    mark_rectified(qtbot, page, first.id)
    page.context.inspector_name = ""
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.verify() is False
    boxes = [b for b in page.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    assert "销号人" in boxes[0].text()
    assert services.rectifications.get(first.id).status == "rectified"


def test_reopen_asks_why(
    qtbot: QtBot, page: LedgerPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = first_open(services)
    mark_rectified(qtbot, page, first.id)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a: ("复查仍有杂物", True))
    assert page.reopen()
    assert services.rectifications.get(first.id).status == "open"
    history = services.rectifications.history(first.id)
    assert ("reason", "复查仍有杂物") in [(e.field, e.new) for e in history]
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_a: ("", False))
    assert page.reopen() is False  # open now: nothing to reopen


def test_edit_an_open_problem(qtbot: QtBot, page: LedgerPage, services: Services) -> None:
    first = first_open(services)
    assert page.select(first.id)
    dialog = page.edit()
    assert isinstance(dialog, EditProblemDialog)
    assert dialog.problem == first.problem
    dialog.ui.problemEdit.setPlainText("楼道堆放纸箱和旧家具")
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert services.rectifications.get(first.id).problem == "楼道堆放纸箱和旧家具"
    assert page.detail.problem_label.text() == "楼道堆放纸箱和旧家具"


def test_keyboard_shortcuts_reach_the_actions(
    qtbot: QtBot, page: LedgerPage, services: Services
) -> None:
    first = first_open(services)
    page.activateWindow()
    assert page.select(first.id)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: page.findChild(EditProblemDialog) is not None)
    page.findChild(EditProblemDialog).reject()  # type: ignore[union-attr]
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.findChild(RectifiedDialog) is not None)
    shortcuts = {name: a.shortcut().toString() for name, a in page.actions_by_name.items()}
    assert shortcuts == {
        "mark": "Ctrl+R",
        "verify": "Ctrl+Shift+V",
        "reopen": "Ctrl+Shift+O",
        "edit": "F2",
        "refresh": "F5",
    }


def test_after_photo_thumbnail_is_shown(qtbot: QtBot, page: LedgerPage, services: Services) -> None:
    first = first_open(services)
    sha = "c" * 64
    thumb = thumbnail_file(services.db.path, sha)
    thumb.parent.mkdir(parents=True)
    Image.new("RGB", (64, 48), "green").save(thumb, "JPEG")
    photo = Photo(inspection_id=first.inspection_id, sha256=sha, original_name="after.jpg")
    with services.db.session() as session:
        session.add(photo)
        session.commit()
    services.rectifications.mark_rectified(first.id, "已清理", photo.id)
    page.refresh()
    assert page.select(first.id)
    label = page.detail.photo_label
    qtbot.waitUntil(lambda: not label.pixmap().isNull())
    assert label.isVisible()


def test_after_photo_imported_through_the_photo_service(
    qtbot: QtBot,
    page: LedgerPage,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    photos = PhotoService(services.db, TESTER, PhotoStore.beside(services.db.path))
    monkeypatch.setattr(services, "photos", photos, raising=False)
    picture = tmp_path / "整改后.jpg"
    Image.new("RGB", (320, 240), "green").save(picture, "JPEG")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(picture), ""))
    first = first_open(services)
    assert page.select(first.id)
    page.actions_by_name["mark"].trigger()
    dialog = page.findChild(RectifiedDialog)
    assert dialog is not None
    dialog.ui.choosePhotoButton.click()
    assert dialog.photo_path == picture
    dialog.ui.noteEdit.setPlainText("楼道杂物已清理")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(dialog)
    row = services.rectifications.get(first.id)
    assert row.status == "rectified"
    assert row.after_photo_id is not None
    photo = photos.get(row.after_photo_id)
    assert (photo.original_name, photo.item_code) == ("整改后.jpg", first.item_code)
    qtbot.waitUntil(lambda: not page.detail.photo_label.pixmap().isNull())
