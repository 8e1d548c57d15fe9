"""Importing a community spreadsheet through the GUI: preview first, write only on confirm."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.communities.import_dialog import ImportPreviewDialog
from meihao_desktop.gui.communities.import_flow import CommunityImport
from meihao_desktop.gui.communities.import_model import ERROR, UPDATE, PreviewLine
from meihao_desktop.gui.pages.communities import CommunitiesPage
from meihao_desktop.store.models import Community
from tests.gui.communities.helpers import audit_entries, error_box

HEADERS = ["序号", "小区名称", "区县", "街道", "物业服务企业", "户数", "入住率（%）", "楼宇数量"]
ROWS = [
    [1, "新海花园", "海州区", "新海街道", "迎宾物业", 1200, 95, 20],  # exists: households change
    [2, "朝阳小区", "海州区", "朝阳街道", "朝阳物业", 600, 90, 12],
    [3, "幸福里", "海州区", "新南街道", "恒安物业", 450, 88, 8],
    [4, "锦绣苑", "海州区", "新海街道", "锦绣物业", 300, 120, 6],  # bad rate
    [5, None, "海州区", "朝阳街道", "无名物业", 200, 80, 4],  # no name
    [6, "云台家园", "海州区", "云台街道", "云台物业", 700, 85, 10],
]


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """A bureau list: a title row, the header in row 2, data from row 3."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["海州区美好家园小区名单（2024 年）"])
    sheet.merge_cells("A1:H1")
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    path = tmp_path / "小区名单.xlsx"
    book.save(path)
    return path


@pytest.fixture
def existing(page: CommunitiesPage) -> Community:
    community = page.context.services.communities.create(
        name="新海花园", district="海州区", households=800
    )
    page.refresh()
    return community


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    chosen = (str(path), "") if path else ("", "")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: chosen)


def open_preview(
    page: CommunitiesPage, qtbot: QtBot
) -> tuple[CommunityImport, ImportPreviewDialog]:
    page.import_action.trigger()
    flow = page.current_import
    assert flow is not None
    qtbot.waitUntil(lambda: flow.dialog is not None and flow.dialog.isVisible())
    assert flow.dialog is not None
    return flow, flow.dialog


def lines(dialog: ImportPreviewDialog) -> dict[int, PreviewLine]:
    model = dialog.model
    found = [model.line(r) for r in range(model.rowCount())]
    return {line.row: line for line in found}


def names_in_database(page: CommunitiesPage) -> set[str]:
    return {c.name for c in page.context.services.communities.list()}


def test_preview_shows_counts_and_the_bad_rows(
    page: CommunitiesPage,
    existing: Community,
    workbook: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, workbook)
    _flow, dialog = open_preview(page, qtbot)

    assert dialog.count_text() == "新增 3 / 更新 1 / 无变化 0 / 有错误 2"
    shown = lines(dialog)
    assert sorted(shown) == [3, 4, 5, 6, 7, 8]
    assert shown[6].action == ERROR
    assert shown[6].details == ("G 列（入住率（%））：120 超出 0–100 的范围",)
    assert shown[7].action == ERROR
    assert shown[7].details == ("B 列（小区名称）：不能为空",)
    assert shown[3].action == UPDATE
    assert "户数：800 → 1200" in shown[3].details
    # Errors are red and say where they are.
    model = dialog.model
    error_row = next(r for r in range(model.rowCount()) if model.line(r).row == 6)
    assert model.index(error_row, 0).data() == "6"
    assert model.index(error_row, 1).data() == "有错误"
    assert model.index(error_row, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "跳过" in dialog.ui.noteLabel.text()
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "导入"
    # The unknown header is offered for mapping; nothing was written yet.
    assert list(dialog.mapping_combos) == ["H"]
    assert dialog.mapping() == {"H": None}
    assert names_in_database(page) == {"新海花园"}
    assert page.context.services.communities.get(existing.id).households == 800


def test_confirming_writes_the_good_rows_only(
    page: CommunitiesPage,
    existing: Community,
    workbook: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, workbook)
    flow, dialog = open_preview(page, qtbot)
    with qtbot.waitSignal(flow.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert names_in_database(page) == {"新海花园", "朝阳小区", "幸福里", "云台家园"}
    updated = page.context.services.communities.get(existing.id)
    assert updated.households == 1200
    assert updated.street == "新海街道"
    sources = {entry.source for entry in audit_entries(page.context.services.db, existing.id)}
    assert "import:小区名单.xlsx" in sources
    assert page.model.rowCount() == 4  # the table was refreshed
    assert flow.summary_box is not None
    summary = flow.summary_box.text()
    assert "新增 3 个小区，更新 1 个" in summary
    assert "有错误的 2 行已跳过" in summary


def test_cancelling_the_preview_writes_nothing(
    page: CommunitiesPage,
    existing: Community,
    workbook: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, workbook)
    flow, dialog = open_preview(page, qtbot)
    cancel = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    with qtbot.waitSignal(flow.finished):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    page.context.jobs.wait_for_done()
    assert names_in_database(page) == {"新海花园"}
    assert page.context.services.communities.get(existing.id).households == 800


def test_an_unknown_column_can_be_mapped_and_read_again(
    page: CommunitiesPage,
    existing: Community,
    workbook: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, workbook)
    flow, dialog = open_preview(page, qtbot)
    first = dialog.preview
    combo = dialog.mapping_combos["H"]
    combo.setCurrentIndex(combo.findText("楼栋数"))
    qtbot.mouseClick(dialog.ui.rereadButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not first)

    assert dialog.mapping() == {"H": "buildings"}  # the choice is still shown
    assert "楼栋数：（空） → 20" in lines(dialog)[3].details
    with qtbot.waitSignal(flow.imported, timeout=10_000):
        dialog.accept()
    assert page.context.services.communities.get(existing.id).buildings == 20


def test_a_file_that_is_not_a_workbook_is_named_in_the_error(
    page: CommunitiesPage, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "名单.xlsx"
    fake.write_text("小区名称,区县\n新海花园,海州区\n", "utf-8")
    choose_file(monkeypatch, fake)
    page.import_action.trigger()
    qtbot.waitUntil(lambda: _has_error(page))
    text = error_box(page).text()
    assert "名单.xlsx" in text
    assert "不是有效的 Excel 文件" in text
    assert page.context.services.communities.list() == []


def _has_error(page: CommunitiesPage) -> bool:
    try:
        error_box(page)
    except AssertionError:
        return False
    return True


def test_choosing_no_file_does_nothing(
    page: CommunitiesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose_file(monkeypatch, None)
    page.import_action.trigger()
    assert page.context.jobs.busy is False
    assert page.current_import is not None
    assert page.current_import.dialog is None


def test_preview_models_pass_the_model_tester_and_filter_by_action(
    page: CommunitiesPage,
    existing: Community,
    workbook: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_file(monkeypatch, workbook)
    _flow, dialog = open_preview(page, qtbot)
    fatal = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [QAbstractItemModelTester(model, fatal) for model in (dialog.model, dialog.proxy)]
    dialog.set_preview(dialog.preview)  # a reset, as after "Read Again"
    combo = dialog.ui.filterCombo
    combo.setCurrentIndex(combo.findText("有错误"))
    rows = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert rows == ["6", "7"]
    combo.setCurrentIndex(combo.findText("全部行"))
    assert dialog.proxy.rowCount() == 6
    dialog.ui.previewView.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # by action
    actions = [dialog.proxy.index(r, 1).data() for r in range(dialog.proxy.rowCount())]
    assert actions == ["新增", "新增", "新增", "更新", "有错误", "有错误"]
    assert len(testers) == 2


def test_import_is_disabled_when_no_row_is_good(
    page: CommunitiesPage, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(ROWS[3])  # bad rate
    sheet.append(ROWS[4])  # no name
    path = tmp_path / "全是错误.xlsx"
    book.save(path)
    choose_file(monkeypatch, path)
    _flow, dialog = open_preview(page, qtbot)
    assert dialog.count_text() == "新增 0 / 更新 0 / 无变化 0 / 有错误 2"
    assert not dialog.import_button.isEnabled()
    assert "没有可以导入的行" in dialog.ui.noteLabel.text()


def test_cancelling_the_reading_shows_no_preview(
    page: CommunitiesPage,
    workbook: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    communities = page.context.services.communities
    release = threading.Event()
    read_sheet = communities.read_sheet

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return read_sheet(*args, **kwargs)

    monkeypatch.setattr(communities, "read_sheet", slow_read)
    choose_file(monkeypatch, workbook)
    page.import_action.trigger()
    flow = page.current_import
    assert flow is not None
    assert page.context.jobs.busy
    job = flow._read_job
    assert job is not None
    assert job.dialog is not None
    assert page.import_from_excel() is flow  # Ctrl+I again while reading: the same import
    with qtbot.waitSignal(flow.finished):
        cancel = job.dialog.findChild(QPushButton)
        assert cancel is not None
        assert cancel.text() == "取消"
        cancel.click()
        release.set()
    assert flow.dialog is None
    assert page.findChild(ImportPreviewDialog) is None
