"""Campaigns: what the service refuses, whoever calls it (dialog, CLI, package import)."""

from __future__ import annotations

from pathlib import Path

import pytest

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.services import Actor, Services
from meihao_desktop.store.db import Database


@pytest.fixture
def services(tmp_path: Path) -> Services:
    db = Database.open(tmp_path / "campaigns.sqlite")
    return Services.create(db, Actor("刘科长", "test"))


def test_a_campaign_needs_a_name_and_a_plausible_year(services: Services) -> None:
    with pytest.raises(InvalidValueError, match="名称不能为空") as empty:
        services.campaigns.create("　 ", 2026, "meihao-2024")
    assert empty.value.where == "名称"
    with pytest.raises(InvalidValueError, match="年度 206 不在") as year:
        services.campaigns.create("海州区美好家园", 206, "meihao-2024")
    assert year.value.where == "年度"
    assert services.campaigns.list() == []


def test_the_name_is_unique_within_a_year_and_trimmed(services: Services) -> None:
    first = services.campaigns.create(" 海州区美好家园 ", 2026, "meihao-2024", "海州区")
    assert first.name == "海州区美好家园"
    with pytest.raises(InvalidValueError, match="2026 年已有名为「海州区美好家园」"):
        services.campaigns.create("海州区美好家园", 2026, "meihao-2024", "海州区")
    services.campaigns.create("海州区美好家园", 2027, "meihao-2024")  # next year's is new
    services.campaigns.create("海州区美好家园", 2026, "meihao-2024", "连云区")  # another district's
    found = {(c.year, c.district) for c in services.campaigns.list()}
    assert found == {(2027, ""), (2026, "海州区"), (2026, "连云区")}
