"""The 汇总 page on the demo campaign: ranking, gates and eligibility, filters, the detail
panel with its chart, and the recommendation saved and audited."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.compile.detail_panel import CommunityDetailPanel
from meihao_desktop.gui.compile.ranking_model import (
    COL_COMMUNITY,
    COL_RANK,
    VALUE_ROLE,
    Kind,
)
from meihao_desktop.gui.pages.summary import SummaryPage
from meihao_desktop.services import Services
from meihao_desktop.services.audit_log import AuditFilter


def shown_rows(page: SummaryPage) -> list[dict[str, object]]:
    """What the table shows, row by row, in the view's order."""
    model, proxy = page.model, page.proxy
    rows = []
    for row in range(proxy.rowCount()):

        def cell(column: int, role: int = 0, row: int = row) -> object:
            return proxy.index(row, column).data(role)

        rows.append(
            {
                "rank": cell(COL_RANK),
                "community": cell(COL_COMMUNITY),
                "total": cell(model.column_of(Kind.TOTAL), VALUE_ROLE),
                "gates": cell(model.column_of(Kind.GATES)),
                "eligibility": cell(model.column_of(Kind.ELIGIBILITY)),
            }
        )
    return rows


def select(page: SummaryPage, community: str) -> str:
    [row] = [r for r in page.model.rows() if r.community == community]
    assert page.select(row.community_id)
    return row.community_id


def test_the_demo_campaign_is_ranked_with_gates_and_eligibility(page: SummaryPage) -> None:
    rows = shown_rows(page)
    assert len(rows) == 14
    assert [r["rank"] for r in rows] == [*(str(n) for n in range(1, 13)), *["不参与排名"] * 2]
    totals = [r["total"] for r in rows[:12]]
    assert rows[0]["total"] == max(totals)  # type: ignore[type-var]
    assert totals == sorted(totals, reverse=True)  # type: ignore[type-var]
    by_name = {r["community"]: r for r in rows}
    assert by_name["蔷薇湖畔"]["gates"] == "未通过"
    assert by_name["锦屏家园"]["eligibility"] == "不符合"
    assert by_name["东方瑞园"]["gates"] == "通过"
    assert by_name["东方瑞园"]["eligibility"] == "符合"
    assert page.count_label.text() == "14 个小区，12 个已排名"


def test_a_vetoed_community_says_why_it_is_not_ranked(page: SummaryPage) -> None:
    proxy = page.proxy
    rank_of = {
        proxy.index(row, COL_COMMUNITY).data(): proxy.index(row, COL_RANK)
        for row in range(proxy.rowCount())
    }
    gate_tip = rank_of["蔷薇湖畔"].data(Qt.ItemDataRole.ToolTipRole)
    assert gate_tip.startswith("不符合原则要求或申报条件的小区不参与排名")
    assert "原则要求 R7 未通过（" in gate_tip
    assert "红色物业星级" in rank_of["锦屏家园"].data(Qt.ItemDataRole.ToolTipRole)
    colour = rank_of["锦屏家园"].data(Qt.ItemDataRole.ForegroundRole).color()
    assert colour.name() == "#a8071a"
    assert rank_of["东方瑞园"].data(Qt.ItemDataRole.ToolTipRole) is None

    page.table.sortByColumn(COL_RANK, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(row, COL_RANK).data() for row in (0, 1, 2)] == [
        "不参与排名",
        "不参与排名",
        "12",
    ]
    page.table.sortByColumn(COL_RANK, Qt.SortOrder.AscendingOrder)
    ranks = [proxy.index(row, COL_RANK).data() for row in range(proxy.rowCount())]
    assert ranks == [*(str(n) for n in range(1, 13)), *["不参与排名"] * 2]


def test_district_filter_ranks_within_the_district(page: SummaryPage) -> None:
    combo = page.district_combo
    assert {combo.itemText(i) for i in range(combo.count())} == {
        "全部区县",
        "海州区",
        "秦淮区",
        "栖霞区",
    }
    combo.setCurrentIndex(combo.findData("海州区"))
    combo.activated.emit(combo.currentIndex())
    rows = shown_rows(page)
    assert len(rows) == 12
    assert rows[0]["rank"] == "1"
    assert {row.district for row in page.model.rows()} == {"海州区"}
    streets = {page.street_combo.itemData(i) for i in range(page.street_combo.count())}
    assert "龙潭街道" not in streets  # 栖霞区's street is not offered any more


def test_the_detail_panel_shows_inspectors_reasons_and_chart(page: SummaryPage) -> None:
    select(page, "蔷薇湖畔")
    detail: CommunityDetailPanel = page.detail
    row = detail.row
    assert row is not None
    assert row.community == "蔷薇湖畔"
    assert detail.scores_model.rowCount() == len(row.scores) == 5
    assert "原则要求 R7 未通过" in detail.reasons_label.text()
    assert detail.reasons_label.isVisibleTo(page)
    values = detail.chart.values()
    assert [title.split()[0] for title, _percent in values] == ["1", "2", "3", "4"]
    standard = page.compilation.standard if page.compilation else None
    assert standard is not None
    for (_title, percent), section in zip(values, standard.sections, strict=True):
        expected = float(row.sections[section.code] or 0) / float(section.weight) * 100
        assert percent is not None
        assert abs(percent - expected) < 1e-9
    assert not detail.chart.grab().isNull()

    select(page, "锦屏家园")
    assert "红色物业星级" in detail.reasons_label.text()
    assert detail.title_label.text().startswith("锦屏家园 — 不参与排名，总分 71.07")


def test_recommendation_is_saved_audited_and_shown(
    page: SummaryPage, services: Services, qtbot: QtBot
) -> None:
    community_id = select(page, "东方瑞园")
    detail = page.detail
    assert not detail.save_button.isEnabled()
    detail.set_decision("recommend")
    detail.opinion_edit.setPlainText("同意推荐。")
    assert detail.save_button.isEnabled()
    assert detail.save()
    assert not detail.save_button.isEnabled()
    row = next(r for r in page.model.rows() if r.community_id == community_id)
    assert (row.decision, row.bureau_opinion) == ("recommend", "同意推荐。")
    column = page.model.column_of(Kind.DECISION)
    source_row = page.model.row_of(community_id)
    assert source_row is not None
    assert page.model.index(source_row, column).data() == "推荐"
    entries = services.audit_log.page(AuditFilter(entity="recommendation"))
    ours = {(e.field, e.new) for e in entries if e.actor == "刘科长"}  # not the demo's own
    assert ("bureau_opinion", "同意推荐。") in ours
    assert ("decision", "recommend") in {(e.field, e.new) for e in entries}


def test_an_unsaved_opinion_is_kept_when_moving_on(page: SummaryPage) -> None:
    first = select(page, "新海花园")
    page.detail.opinion_edit.setPlainText("建议推荐")
    page.detail.set_decision("not_recommend")
    select(page, "怡江苑")
    row = next(r for r in page.model.rows() if r.community_id == first)
    assert (row.decision, row.bureau_opinion) == ("not_recommend", "建议推荐")
    select(page, "新海花园")
    assert page.detail.opinion_edit.toPlainText() == "建议推荐"
    assert page.detail.decision() == "not_recommend"
