"""The ledger table and history models: consistency, overdue highlight, filters, sorting."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QAbstractItemModelTester

from meihao_desktop.gui.ledger.history_model import HistoryModel, change_text
from meihao_desktop.gui.ledger.table_model import (
    COL_DAYS_LEFT,
    COL_DEADLINE,
    COL_PROBLEM,
    COL_STATUS,
    OVERDUE_ROLE,
    OVERDUE_TEXT,
    ROW_ROLE,
    LedgerFilterProxy,
    LedgerTableModel,
)
from meihao_desktop.services import Services
from meihao_desktop.services.rectifications import HistoryEntry, LedgerRow
from tests.gui.ledger.conftest import TODAY, first_open

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def ledger(services: Services, today: date = TODAY) -> tuple[LedgerTableModel, LedgerFilterProxy]:
    model = LedgerTableModel()
    QAbstractItemModelTester(model, FATAL)
    proxy = LedgerFilterProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(proxy, FATAL)
    model.set_rows(services.rectifications.list(), today)
    return model, proxy


def shown(proxy: LedgerFilterProxy) -> list[LedgerRow]:
    return [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]


def test_overdue_rows_are_red(services: Services) -> None:
    model, _ = ledger(services)
    rows = model.rows()
    late = [r for r in range(len(rows)) if rows[r].overdue(TODAY)]
    on_time = [r for r in range(len(rows)) if r not in late]
    assert late
    assert on_time
    for row in late:
        index = model.index(row, COL_PROBLEM)
        assert index.data(OVERDUE_ROLE) is True
        brush = index.data(Qt.ItemDataRole.ForegroundRole)
        assert isinstance(brush, QBrush)
        assert brush.color() == OVERDUE_TEXT
        assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    for row in on_time:
        index = model.index(row, COL_PROBLEM)
        assert index.data(OVERDUE_ROLE) is False
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_closed_problem_is_not_highlighted(services: Services) -> None:
    first, still_open = services.rectifications.list(status="open")[:2]
    services.rectifications.mark_rectified(first.id, "已整改")
    services.rectifications.verify(first.id, "周雯")
    model, _ = ledger(services, today=TODAY + timedelta(days=365))  # every deadline past
    row = model.row_of(first.id)
    assert row is not None
    assert model.index(row, COL_STATUS).data() == "Closed"
    assert model.index(row, COL_DAYS_LEFT).data() == ""
    assert model.index(row, COL_DAYS_LEFT).data(Qt.ItemDataRole.ForegroundRole) is None
    other = model.row_of(still_open.id)
    assert other is not None
    assert model.index(other, COL_DAYS_LEFT).data(OVERDUE_ROLE) is True


def test_days_left_texts(services: Services) -> None:
    model, _ = ledger(services)
    row = model.row_of(first_open(services).id)
    assert row is not None
    deadline = model.ledger_row(row).deadline
    assert deadline is not None
    for today, text in [
        (deadline - timedelta(days=3), "3 days"),
        (deadline, "Due today"),
        (deadline + timedelta(days=2), "2 days overdue"),
    ]:
        model.set_rows(model.rows(), today)
        assert model.index(row, COL_DAYS_LEFT).data() == text


def test_filters_status_community_overdue_and_range(services: Services) -> None:
    opened = services.rectifications.list(status="open")
    rectified = {row.id for row in services.rectifications.list(status="rectified")}
    first = opened[0]
    services.rectifications.mark_rectified(first.id, "已整改")
    model, proxy = ledger(services)
    total = model.rowCount()
    proxy.set_status("rectified")
    assert {row.id for row in shown(proxy)} == rectified | {first.id}
    proxy.set_status("open")
    assert proxy.rowCount() == len(opened) - 1
    proxy.set_status(None)
    proxy.set_community(first.community_id)
    assert proxy.rowCount() > 0
    assert {row.community_id for row in shown(proxy)} == {first.community_id}
    proxy.set_community(None)
    proxy.set_overdue_only(True)
    assert all(row.deadline and row.deadline < TODAY for row in shown(proxy))
    assert 0 < proxy.rowCount() < total
    proxy.set_overdue_only(False)
    deadlines = sorted({row.deadline for row in model.rows() if row.deadline})
    first_day, last_day = deadlines[1], deadlines[3]
    proxy.set_deadline_range(first_day, last_day)
    assert {row.deadline for row in shown(proxy)} == set(deadlines[1:4])
    proxy.set_deadline_range(None, None)
    assert proxy.rowCount() == total


def test_sorting_by_deadline_and_days_left(services: Services) -> None:
    _, proxy = ledger(services)
    proxy.sort(COL_DEADLINE, Qt.SortOrder.DescendingOrder)
    deadlines = [row.deadline for row in shown(proxy)]
    assert deadlines == sorted(deadlines, reverse=True)
    proxy.sort(COL_DAYS_LEFT, Qt.SortOrder.AscendingOrder)
    rows = shown(proxy)
    days = [row.days_left(TODAY) for row in rows if row.status == "open"]
    assert days == sorted(days)  # numbers, not "10 days" before "2 days"
    done = [row.status != "open" for row in rows]
    assert done == sorted(done)  # rectified and closed problems count no days: last
    rectified = [n for n, row in enumerate(rows) if row.status == "rectified"]
    assert rectified, "the demo has problems reported rectified"
    for line in rectified:
        # its deadline may have passed, but it is no longer the community's to do
        assert proxy.index(line, COL_DAYS_LEFT).data() == ""


def test_history_model_reads_like_a_reviewer_speaks(services: Services) -> None:
    first = first_open(services)
    services.rectifications.mark_rectified(first.id, "已清理")
    model = HistoryModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_entries(services.rectifications.history(first.id))
    changes = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert "Status: Open → Rectified" in changes
    assert "Rectification note: (empty) → 已清理" in changes
    assert {model.index(r, 1).data() for r in range(model.rowCount())} == {"周雯"}
    assert model.rowCount(model.index(0, 0)) == 0
    model.set_entries([])
    assert model.rowCount(QModelIndex()) == 0


def test_a_first_value_has_no_arrow() -> None:
    entry = HistoryEntry(
        at=datetime(2024, 10, 5, 8, 0, tzinfo=UTC),
        actor="周雯",
        action="create",
        field="deadline",
        old=None,
        new="2024-10-02",
        source="gui",
    )
    assert change_text(entry) == "Deadline: 2024-10-02"
