"""The communities table: a well-behaved model, search, numeric sorting, what cells say."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from meihao_desktop.gui.communities.table_model import (
    COL_DISTRICT,
    COL_FEE_COLLECTION,
    COL_HOUSEHOLDS,
    COL_INSPECTIONS,
    COL_NAME,
    COL_OCCUPANCY,
    COL_RED_STARS,
    COMMUNITY_ID_ROLE,
    CommunityFilterProxy,
    CommunityTableModel,
)
from meihao_desktop.gui.pages.communities import CommunitiesPage
from meihao_desktop.services import Services
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import Community
from tests.gui.communities.helpers import TESTER

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def community(name: str, **fields: object) -> Community:
    return Community(name=name, **fields)  # type: ignore[arg-type]


def column(proxy: CommunityFilterProxy, col: int) -> list[str]:
    return [str(proxy.index(row, col).data()) for row in range(proxy.rowCount())]


@pytest.fixture
def sample() -> list[Community]:
    return [
        community(
            "新海花园",
            district="海州区",
            street="新海街道",
            property_company="Yingbin Property 迎宾物业",
            households=900,
            occupancy_rate=Decimal("95.50"),
            red_property_stars=3,
        ),
        community(
            "怡江苑",
            district="栖霞区",
            street="龙潭街道",
            property_company="恒安物业",
            households=12000,
            occupancy_rate=Decimal(100),
        ),
        community(
            "朝阳小区",
            district="海州区",
            street="朝阳街道",
            property_company="朝阳物业",
            households=50,
            occupancy_rate=Decimal("8"),
            red_property_stars=0,
        ),
        community("未填信息的小区"),
    ]


@pytest.fixture
def proxy(sample: list[Community]) -> CommunityFilterProxy:
    proxy = CommunityFilterProxy()
    # The proxy owns the model: Python keeps only the proxy.
    model = CommunityTableModel(proxy)
    model.set_communities(sample, {sample[0].id: 4, sample[2].id: 1})
    proxy.setSourceModel(model)
    return proxy


def test_models_pass_the_model_tester(proxy: CommunityFilterProxy, demo_db: Database) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, CommunityTableModel)
    testers = [QAbstractItemModelTester(m, FATAL) for m in (model, proxy)]
    services = Services.create(demo_db, TESTER)
    model.set_communities(services.communities.list(), services.communities.inspection_counts())
    proxy.set_search("海州")
    proxy.sort(COL_HOUSEHOLDS, Qt.SortOrder.DescendingOrder)
    proxy.set_search("")
    model.set_communities([], {})
    assert proxy.rowCount() == 0
    assert len(testers) == 2  # alive until here


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("新海", ["新海花园"]),  # name
        ("海州区", ["新海花园", "朝阳小区"]),  # district
        ("龙潭", ["怡江苑"]),  # street
        ("恒安", ["怡江苑"]),  # property company
        ("yingbin PROPERTY", ["新海花园"]),  # case does not matter
        ("  朝阳 ", ["朝阳小区"]),
        ("", ["新海花园", "怡江苑", "朝阳小区", "未填信息的小区"]),
        ("不存在", []),
    ],
)
def test_search_filters_on_name_district_street_and_company(
    proxy: CommunityFilterProxy, search: str, expected: list[str]
) -> None:
    proxy.set_search(search)
    assert column(proxy, COL_NAME) == expected


def test_search_does_not_look_at_other_columns(proxy: CommunityFilterProxy) -> None:
    proxy.set_search("900")  # the households of 新海花园
    assert proxy.rowCount() == 0


def test_numbers_sort_as_numbers(proxy: CommunityFilterProxy) -> None:
    proxy.sort(COL_HOUSEHOLDS, Qt.SortOrder.AscendingOrder)
    # As text, "12000" would come before "50" and "900"; unknown comes first.
    assert column(proxy, COL_HOUSEHOLDS) == ["", "50", "900", "12000"]
    proxy.sort(COL_OCCUPANCY, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_OCCUPANCY) == ["100%", "95.5%", "8%", ""]
    proxy.sort(COL_INSPECTIONS, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_INSPECTIONS) == ["4", "1", "0", "0"]


def test_cells_say_what_a_reviewer_reads(proxy: CommunityFilterProxy) -> None:
    model = proxy.sourceModel()
    first = [model.index(0, col).data() for col in (COL_OCCUPANCY, COL_RED_STARS)]
    assert first == ["95.5%", "★★★☆☆"]
    assert model.index(2, COL_RED_STARS).data() == "☆☆☆☆☆"  # rated, no stars
    assert model.index(3, COL_RED_STARS).data() == ""
    assert model.index(3, COL_RED_STARS).data(Qt.ItemDataRole.ToolTipRole) == "Not rated"
    assert model.index(3, COL_FEE_COLLECTION).data() == ""
    assert model.headerData(COL_DISTRICT, Qt.Orientation.Horizontal) == "District"
    assert model.index(0, COL_NAME).data(COMMUNITY_ID_ROLE) == model.community(0).id
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) is not None
    assert model.data(QModelIndex()) is None


def test_inspection_counts_come_from_the_database(demo_page: CommunitiesPage) -> None:
    services = demo_page.context.services
    model = demo_page.model
    assert model.rowCount() == len(services.communities.list()) > 0
    for row in range(model.rowCount()):
        expected = len(services.inspections.list(model.community(row).id))
        assert model.index(row, COL_INSPECTIONS).data() == str(expected)
    assert model.headerData(COL_INSPECTIONS, Qt.Orientation.Horizontal) == "考察次数"
