"""操作记录: the lazily fetched table under the model tester, and the dialog's filters."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.audit.audit_dialog import AuditDialog
from meihao_desktop.gui.audit.audit_model import (
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

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def entry(number: int) -> AuditRow:
    return AuditRow(
        id=str(number),
        at=datetime(2024, 9, 1, tzinfo=UTC) - timedelta(minutes=number),
        actor="周雯",
        action="update",
        entity="finding",
        entity_id=f"f{number}",
        field="points",
        old="8",
        new="9",
        source="package:周雯.meihao",
        subject="东方瑞园 / 周雯 / 1.1",
    )


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
    assert first[COL_SOURCE] == "数据包 周雯.meihao"
    assert first[COL_ENTITY] == "评分"
    assert first[COL_SUBJECT] == "东方瑞园 / 周雯 / 1.1"
    assert first[COL_FIELD] == "得分"
    assert first[COL_CHANGE] == "8 → 9"


@pytest.fixture
def context(prepared_app: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[AppContext]:
    host = QWidget()
    qtbot.addWidget(host)
    db = Database.open(tmp_path / "demo.sqlite")
    services = Services.create(db, Actor("刘科长", "gui"))
    load_demo(db, services.catalog, Actor("演示数据", "cli"))
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

    source = dialog.ui.sourceCombo
    assert source.findText("界面") >= 0
    source.setCurrentIndex(source.findText("命令行"))
    assert dialog.model.total == 0


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
