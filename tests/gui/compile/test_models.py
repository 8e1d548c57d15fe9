"""The compile screens' Qt models under QAbstractItemModelTester, and what they show."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from meihao_desktop.gui.compile.comparison import TREND_ROLE, ComparisonModel
from meihao_desktop.gui.compile.inspector_model import InspectorScoresModel
from meihao_desktop.gui.compile.ranking_model import (
    COL_COMMUNITY,
    COL_RANK,
    SORT_ROLE,
    Kind,
    RankingModel,
    RankingProxy,
)
from meihao_desktop.services import Services
from meihao_desktop.services.reinspection import ClosedRectification, ItemComparison, Trend

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def test_ranking_model_and_proxy_pass_the_model_tester(services: Services) -> None:
    saved: list[tuple[str, str, str]] = []
    model = RankingModel(lambda *args: saved.append(args) or True)
    proxy = RankingProxy()
    proxy.setSourceModel(model)
    QAbstractItemModelTester(model, FATAL)
    QAbstractItemModelTester(proxy, FATAL)
    compilation = services.compile.compile()
    model.set_compilation(compilation)
    assert model.rowCount() == 14
    assert model.columnCount() == 4 + 4 + 5 + 3  # no composite columns for meihao-2024
    assert model.column_of(Kind.ENTERED) == -1
    assert model.headerData(model.column_of(Kind.SECTION, "3"), Qt.Orientation.Horizontal) == (
        "3 物业管理\n（40）"
    )
    proxy.sort(model.column_of(Kind.TOTAL), Qt.SortOrder.AscendingOrder)
    assert proxy.index(0, COL_COMMUNITY).data() == compilation.rows[-1].community
    proxy.sort(COL_RANK, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, COL_RANK).data(SORT_ROLE) for r in range(3)] == [1.0, 2.0, 3.0]
    assert not model.flags(model.index(0, model.column_of(Kind.TOTAL))) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert not model.setData(model.index(0, COL_RANK), "1")
    assert saved == []
    model.set_compilation(None)
    assert model.rowCount() == 0


@pytest.mark.usefixtures("prepared_app")
def test_a_community_still_being_checked_is_not_yet_ranked(services: Services) -> None:
    compilation = services.compile.compile()
    first = compilation.rows[0]
    scores = (replace(first.scores[0], requirements_checked=False), *first.scores[1:])
    unchecked = replace(first, rank=None, gates_passed=None, scores=scores)
    model = RankingModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_compilation(replace(compilation, rows=(unchecked,)))
    cell = model.index(0, COL_RANK)
    assert cell.data() == "暂不排名"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines() == [
        "原则要求全部核查、申报条件全部填写后参与排名，目前：",
        f"原则要求尚未全部核查：{first.scores[0].inspector}",
    ]
    assert cell.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#ad6800"
    assert cell.data(SORT_ROLE) == float("inf")  # after the ranked when sorted by rank


@pytest.mark.usefixtures("prepared_app")
def test_inspector_scores_model(services: Services) -> None:
    compilation = services.compile.compile()
    row = next(r for r in compilation.rows if r.community == "蔷薇湖畔")
    model = InspectorScoresModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_scores(list(row.scores), list(compilation.standard.sections))
    assert model.rowCount() == 5
    assert model.columnCount() == 4 + 4 + 2
    assert model.index(0, model.failed_column).data() == "R7"
    assert model.index(0, model.completeness_column).data() == "25/25"
    status = {"draft": "草稿", "signed": "已签名", "submitted": "已提交"}[row.scores[0].status]
    assert model.index(0, 2).data() == status


def closed(problem: str) -> ClosedRectification:
    return ClosedRectification("r1", "3.5", problem, datetime(2024, 5, 1, tzinfo=UTC), "刘科长")


@pytest.mark.usefixtures("prepared_app")
def test_comparison_model_colours_better_and_worse() -> None:
    model = ComparisonModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_items(
        (
            ItemComparison(
                "3.5",
                "消防通道",
                Decimal(6),
                Decimal("8.5"),
                Trend.IMPROVED,
                (closed("消防通道堵塞"),),
            ),
            ItemComparison("1.1", "党组织", Decimal(9), Decimal(7), Trend.WORSE, ()),
            ItemComparison("1.2", "联席会议", None, Decimal(7), None, ()),
        )
    )
    better, worse, new = (model.index(row, 4) for row in range(3))
    assert (better.data(), worse.data(), new.data()) == ("+2.50", "-2.00", "")
    assert better.data(TREND_ROLE) == "improved"
    assert better.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#237804"
    assert worse.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a8071a"
    assert new.data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 5).data() == "消防通道堵塞"
    assert model.index(2, 2).data() == "—"
