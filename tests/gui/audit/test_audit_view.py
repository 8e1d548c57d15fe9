"""操作记录: the lazily fetched table under the model tester, and the dialog's filters."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.audit.audit_dialog import AuditDialog
from meihao_desktop.gui.audit.audit_model import (
    COL_ACTOR,
    COL_AT,
    COL_CHANGE,
    COL_ENTITY,
    COL_FIELD,
    COL_SOURCE,
    COL_SUBJECT,
    PAGE_SIZE,
    ROW_ROLE,
    AuditTableModel,
)
from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.audit_log import AuditFilter, AuditRow
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import AuditEntry
from tests.services.conftest import copy_demo

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def entry(number: int, **changes: Any) -> AuditRow:
    row = AuditRow(
        id=str(number),
        at=datetime(2024, 9, 1, tzinfo=UTC) - timedelta(minutes=number),
        actor="周雯",
        action="update",
        entity="finding",
        entity_id=f"f{number}",
        field="points",
        old="8.0",
        new="9",
        source="package:周雯.meihao",
        subject="东方瑞园 · 周雯 / 1.1 所在街道…",
        field_label="得分",
        old_text="8",
        new_text="9",
    )
    return replace(row, **changes)


@pytest.mark.usefixtures("prepared_app")
def test_the_model_fetches_a_page_at_a_time() -> None:
    entries = [entry(n) for n in range(PAGE_SIZE + 50)]
    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[AuditRow]:
        asked.append((offset, limit))
        return entries[offset : offset + limit]

    model = AuditTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.reset(len(entries), fetch)
    root = QModelIndex()
    assert model.rowCount() == 0
    assert model.canFetchMore(root)
    model.fetchMore(root)
    assert model.rowCount() == PAGE_SIZE
    model.fetchMore(root)
    assert model.rowCount() == len(entries)
    assert not model.canFetchMore(root)
    assert asked == [(0, PAGE_SIZE), (PAGE_SIZE, PAGE_SIZE)]
    first = [model.index(0, column).data() for column in range(model.columnCount())]
    assert first[COL_AT] == entries[0].at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert first[COL_SOURCE] == "数据包 周雯.meihao"
    assert first[COL_ENTITY] == "评分"
    assert first[COL_SUBJECT] == "东方瑞园 · 周雯 / 1.1 所在街道…"
    assert first[COL_FIELD] == "得分"
    assert first[COL_CHANGE] == "8 → 9"


@pytest.mark.usefixtures("prepared_app")
def test_stored_values_stay_at_hand(qtbot: QtBot) -> None:
    status = entry(
        1,
        entity="rectification",
        entity_id="r-1",
        field="status",
        old="open",
        new="rectified",
        source="gui",
        field_label="状态",
        old_text="待整改",
        new_text="已整改",
    )
    created = entry(2, action="create", field="", old=None, new="c-1", new_text="东方瑞园")
    deleted = entry(
        3, action="delete", field="", old='{"points": "8"}', new=None, old_text="得分 8"
    )
    model = AuditTableModel()
    QAbstractItemModelTester(model, FATAL)
    model.reset(3, lambda offset, limit: [status, created, deleted][offset : offset + limit])
    model.fetchMore(QModelIndex())

    def cell(row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(row, column).data(role)

    assert (cell(0, COL_SOURCE), cell(0, COL_FIELD), cell(0, COL_CHANGE)) == (
        "本机",
        "状态",
        "待整改 → 已整改",
    )
    assert cell(1, COL_CHANGE) == "东方瑞园"  # what was created, without an arrow
    assert cell(2, COL_CHANGE) == "得分 8"  # what was deleted
    tip = cell(0, COL_CHANGE, Qt.ItemDataRole.ToolTipRole)
    assert tip == "待整改\n→\n已整改\n\n原始值：\nopen\n→\nrectified"
    assert cell(0, COL_SUBJECT, Qt.ItemDataRole.ToolTipRole).endswith("\nr-1")
    assert cell(0, COL_FIELD, Qt.ItemDataRole.ToolTipRole) == "状态\nstatus"

    with qtbot.waitSignal(model.dataChanged):
        model.set_raw(True)
    assert cell(0, COL_CHANGE) == "open → rectified"
    assert (cell(0, COL_SOURCE), cell(0, COL_FIELD), cell(0, COL_SUBJECT)) == (
        "gui",
        "status",
        "r-1",
    )
    assert cell(0, COL_AT) == status.at.isoformat()
    model.set_raw(False)
    assert cell(0, COL_CHANGE) == "待整改 → 已整改"


@pytest.mark.usefixtures("prepared_app")
def test_long_values_are_cut_in_the_cell_and_whole_in_the_tooltip() -> None:
    text = "楼道堆物较多，消防通道被电动车占用。" * 10
    model = AuditTableModel()
    model.reset(
        1,
        lambda _offset, _limit: [
            entry(1, field="text", old="", new=text, old_text="—", new_text=text)
        ],
    )
    model.fetchMore(QModelIndex())
    cell = model.index(0, COL_CHANGE)
    assert len(cell.data()) < 70
    assert cell.data().endswith("…")
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.replace("\n", "") == f"—→{text}"
    assert max(len(line) for line in tip.splitlines()) <= 50  # Qt does not wrap it


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo written once by the command line; each test edits its own copy."""
    path = tmp_path_factory.mktemp("audit-demo") / "demo.sqlite"
    with Database.open(path) as db:
        load_demo(db, Services.create(db, Actor("x", "cli")).catalog, Actor("演示数据", "cli"))
    return path


@pytest.fixture
def context(
    prepared_app: QApplication, qtbot: QtBot, tmp_path: Path, demo_template: Path
) -> Iterator[AppContext]:
    host = QWidget()
    qtbot.addWidget(host)
    db = Database.open(copy_demo(demo_template, tmp_path / "demo.sqlite"))
    services = Services.create(db, Actor("刘科长", "gui"))
    place = next(c for c in services.communities.list() if c.name == "东方瑞园")
    services.communities.update(place.id, contact_phone="0518-85551234")
    context = AppContext(services, JobRunner(host), SaveState(host), "刘科长", "", lambda _k: host)
    yield context
    context.jobs.wait_for_done()
    db.close()


def shown(dialog: AuditDialog) -> list[AuditRow]:
    model = dialog.model
    return [model.index(row, 0).data(ROW_ROLE) for row in range(model.rowCount())]


def test_the_dialog_filters_by_record_and_text(context: AppContext, qtbot: QtBot) -> None:
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    total = context.services.audit_log.count()
    assert dialog.ui.countLabel.text() == f"共 {total} 条记录"
    rows = shown(dialog)
    assert rows[0].field == "contact_phone"  # newest first
    assert [r.at for r in rows] == sorted((r.at for r in rows), reverse=True)

    combo = dialog.ui.entityCombo
    assert combo.findText("小区") >= 0
    combo.setCurrentIndex(combo.findText("小区"))
    assert {r.entity for r in shown(dialog)} == {"community"}
    assert dialog.model.total == context.services.audit_log.count(AuditFilter(entity="community"))

    dialog.ui.searchEdit.setText("85551234")
    qtbot.waitUntil(lambda: dialog.model.total == 1)
    [change] = shown(dialog)
    assert (change.actor, change.subject, change.new) == ("刘科长", "东方瑞园", "0518-85551234")
    assert dialog.ui.countLabel.text() == "共 1 条记录"

    assert change.field_label == "联系电话"
    assert dialog.model.index(0, COL_CHANGE).data() == "0518-88433663 → 0518-85551234"

    source = dialog.ui.sourceCombo
    assert source.findText("本机") >= 0
    source.setCurrentIndex(source.findText("命令行"))
    assert dialog.model.total == 0


def test_the_dialog_separates_packages_from_this_computer(
    context: AppContext, qtbot: QtBot
) -> None:
    with context.services.db.session() as session:
        session.add(
            AuditEntry(
                actor="刘科长",
                action="conflict:incoming",
                entity="rectification",
                entity_id="r-gone",
                field="status",
                old="open",
                new="rectified",
                source="package:周雯.meihao",
            )
        )
        session.commit()
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    everything = dialog.model.total
    source = dialog.ui.sourceCombo
    source.setCurrentIndex(source.findText("所有数据包"))
    [taken] = shown(dialog)
    texts = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert texts[COL_SOURCE] == "数据包 周雯.meihao"
    # both copies of the field in conflict; the action says which one stayed
    assert texts[COL_CHANGE] == "本机：待整改  |  数据包：已整改"
    source.setCurrentIndex(source.findText("本机所有修改"))
    assert dialog.model.total == everything - 1
    assert taken.entity_id not in {r.entity_id for r in shown(dialog)}
    source.setCurrentIndex(source.findText("数据包 周雯.meihao"))
    assert dialog.model.total == 1

    dialog.raw_check.setChecked(True)  # for support: the values as stored
    assert dialog.model.index(0, COL_CHANGE).data() == "open → rectified"
    stored_time = dialog.model.index(0, COL_AT).data()
    width = dialog.ui.auditTable.horizontalHeader().sectionSize(COL_AT)
    assert width > dialog.ui.auditTable.fontMetrics().horizontalAdvance(stored_time)


def click_header(qtbot: QtBot, dialog: AuditDialog, column: int) -> None:
    header = dialog.ui.auditTable.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_the_time_header_turns_the_order_round(context: AppContext, qtbot: QtBot) -> None:
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    newest = shown(dialog)[0]
    header = dialog.ui.auditTable.horizontalHeader()
    click_header(qtbot, dialog, COL_AT)
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    rows = shown(dialog)
    assert [r.at for r in rows] == sorted(r.at for r in rows)
    assert rows[0].at < newest.at
    click_header(qtbot, dialog, COL_ACTOR)  # the order is by time only
    assert header.sortIndicatorSection() == COL_AT
    assert shown(dialog) == rows
    click_header(qtbot, dialog, COL_AT)
    assert shown(dialog)[0] == newest


def test_the_dialog_filters_by_date(context: AppContext, qtbot: QtBot) -> None:
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    total = dialog.model.total
    dialog.ui.dateCheck.setChecked(True)  # the last 30 days, today included
    assert dialog.model.total == total
    dialog.ui.toDate.setDate(QDate(2020, 1, 31))
    dialog.ui.fromDate.setDate(QDate(2020, 1, 1))
    assert dialog.model.total == 0
    dialog.ui.dateCheck.setChecked(False)
    assert dialog.model.total == total
