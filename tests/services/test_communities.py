"""Community records: validation with field names in Chinese, search, audit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.services import Services


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": " "}, "小区名称：不能为空"),
        ({"name": "甲", "occupancy_rate": "120"}, "入住率（%）：120 超出 0–100 的范围"),
        ({"name": "甲", "fee_collection_rate": "九成"}, "物业费收缴率（%）：'九成' 不是数字"),
        ({"name": "甲", "year_built": "1850"}, "建成年份：1850 超出 1900–"),
        ({"name": "甲", "households": "12.5"}, "户数：'12.5' 不是整数"),
        ({"name": "甲", "red_property_stars": 6}, "红色物业星级：6 超出 0–5 的范围"),
        (
            {"name": "甲", "demonstration_level": "国家级"},
            "示范项目级别：'国家级' 应为“省级”“市级”或留空",
        ),
    ],
)
def test_invalid_fields_are_named(
    services: Services, fields: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        services.communities.create(**fields)
    assert str(info.value).startswith(message)
    assert services.communities.list() == []


def test_create_search_update(services: Services) -> None:
    created = services.communities.create(
        name="新海花园",
        district="海州区",
        street="新海街道",
        property_company="江苏迎宾物业管理有限公司",
        occupancy_rate="95%",
        cross_appointment="是",
    )
    assert created.occupancy_rate == Decimal(95)
    assert created.cross_appointment is True
    services.communities.create(name="怡江苑", district="栖霞区", street="龙潭街道")
    assert [c.name for c in services.communities.list("迎宾")] == ["新海花园"]
    assert [c.name for c in services.communities.list("龙潭")] == ["怡江苑"]
    updated = services.communities.update(created.id, households="1380")
    assert updated.households == 1380
    assert updated.version == 2
    assert services.communities.find("新海花园", "海州区") is not None
