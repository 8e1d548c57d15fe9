"""A composite (2019 文明示范小区) campaign: the survey and vote scores typed into the
ranking table make the composite total; and the comparison with the last inspection."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.compile.comparison import TREND_ROLE, ComparisonDialog
from meihao_desktop.gui.compile.ranking_model import VALUE_ROLE, Kind
from meihao_desktop.gui.pages.summary import SummaryPage
from meihao_desktop.services import Services
from tests.exchange.conftest import score as score_all
from tests.gui.compile.conftest import error_box


def wenming(services: Services) -> tuple[str, str]:
    """A 2019 campaign; 东方瑞园 scored 8 of 10 everywhere by one inspector (80)."""
    campaign = services.campaigns.create("2019年度文明示范小区", 2019, "wenming-2019").id
    place = next(c for c in services.communities.list() if c.name == "东方瑞园").id
    who = services.inspectors.list()[0].id
    inspection = services.inspections.start(place, campaign, who, date(2019, 10, 8)).id
    score_all(services, inspection, "8")
    return campaign, place


def choose_campaign(page: SummaryPage, campaign_id: str) -> None:
    page.refresh()
    combo = page.campaign_combo
    combo.setCurrentIndex(combo.findData(campaign_id))
    combo.activated.emit(combo.currentIndex())


def test_entered_scores_update_the_composite_total(
    page: SummaryPage, services: Services, qtbot: QtBot
) -> None:
    campaign, place = wenming(services)
    choose_campaign(page, campaign)
    model = page.model
    survey, vote = model.column_of(Kind.ENTERED, "survey"), model.column_of(Kind.ENTERED, "vote")
    composite = model.column_of(Kind.COMPOSITE)
    assert model.headerData(survey, Qt.Orientation.Horizontal) == "千家万户访文明调查（30%）"
    assert model.headerData(composite, Qt.Orientation.Horizontal) == "综合得分"
    assert model.flags(model.index(0, survey)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(0, composite).data() == "—"  # survey and vote missing

    def cell(column: int) -> object:
        row = model.row_of(place)
        assert row is not None
        return model.index(row, column).data(VALUE_ROLE)

    for column, typed in ((survey, "90"), (vote, "70.5")):
        row = page.proxy.mapFromSource(model.index(model.row_of(place) or 0, column))
        assert page.proxy.setData(row, typed)
        qtbot.waitUntil(lambda column=column: cell(column) is not None)
    # 30% × 90 + 30% × 70.5 + 40% × 80
    assert cell(composite) == Decimal("80.15")
    assert page.current_community_id() == place

    row = page.proxy.mapFromSource(model.index(model.row_of(place) or 0, survey))
    assert not page.proxy.setData(row, "120")
    assert "分数 120 超出范围（0–100）" in error_box(page).text()
    assert services.entered_scores.list(campaign)[place]["survey"] == 90


def test_compare_with_the_last_inspection(
    page: SummaryPage, services: Services, qtbot: QtBot
) -> None:
    place = next(c for c in services.communities.list() if c.name == "东方瑞园").id
    previous = services.campaigns.create("2023年度", 2023, "meihao-2024").id
    who = services.inspectors.list()[0].id
    inspection = services.inspections.start(place, previous, who, date(2023, 9, 1)).id
    score_all(services, inspection, "6")
    page.refresh()
    page.select(place)
    page.detail.compare_button.click()
    dialog = page.findChild(ComparisonDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert "2023年度" in dialog.summary_label.text()
    trends = {dialog.model.index(r, 0).data(TREND_ROLE) for r in range(dialog.model.rowCount())}
    assert "improved" in trends  # 6 then, 7–10 now
    dialog.close()


def test_no_earlier_inspection_is_said_in_chinese(page: SummaryPage) -> None:
    page.detail.compare_button.click()
    assert "没有考察记录" in error_box(page).text()
    assert page.findChild(ComparisonDialog) is None
