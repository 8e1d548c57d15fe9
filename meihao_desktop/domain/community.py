"""What a community (小区) record must satisfy, with the Chinese names of its fields.

Used by every path that writes communities — the edit dialog, the spreadsheet import,
the CLI — so that a bad value gets the same message wherever it comes from.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from meihao_desktop.domain.errors import InvalidValueError

FIELD_LABELS: dict[str, str] = {
    "name": "小区名称",
    "district": "区县",
    "street": "街道",
    "admin_community": "社区",
    "address": "地址",
    "property_company": "物业服务企业",
    "manager_name": "负责人",
    "households": "户数",
    "buildings": "楼栋数",
    "year_built": "建成年份",
    "occupancy_rate": "入住率（%）",
    "fee_collection_rate": "物业费收缴率（%）",
    "contact_name": "联系人",
    "contact_phone": "联系电话",
    "description": "小区简介",
    "red_property_stars": "红色物业星级",
    "cross_appointment": "交叉任职",
    "joint_party_org": "联合党组织",
    "demonstration_level": "示范项目级别",
}
TEXT_FIELDS = (
    "name",
    "district",
    "street",
    "admin_community",
    "address",
    "property_company",
    "manager_name",
    "contact_name",
    "contact_phone",
    "description",
)
RATE_FIELDS = ("occupancy_rate", "fee_collection_rate")
COUNT_FIELDS = ("households", "buildings")
FLAG_FIELDS = ("cross_appointment", "joint_party_org")
DEMONSTRATION_LEVELS = ("省级", "市级")
EARLIEST_YEAR = 1900


def _bad(field: str, message: str) -> InvalidValueError:
    return InvalidValueError(message, where=FIELD_LABELS.get(field, field))


def _rate(field: str, value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        rate = Decimal(str(value).strip().rstrip("%"))
    except InvalidOperation:
        raise _bad(field, f"{value!r} 不是数字") from None
    if not rate.is_finite() or not 0 <= rate <= 100:
        raise _bad(field, f"{value} 超出 0–100 的范围")
    return rate


def _whole(field: str, value: Any, low: int, high: int) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise _bad(field, f"{value!r} 不是整数") from None
    if not number.is_finite() or number != number.to_integral_value():
        raise _bad(field, f"{value!r} 不是整数")
    if not low <= number <= high:
        raise _bad(field, f"{value} 超出 {low}–{high} 的范围")
    return int(number)


def _flag(field: str, value: Any) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("是", "有", "yes", "y", "true", "1", "√", "✓"):
        return True
    if text in ("否", "无", "no", "n", "false", "0", "×"):
        return False
    raise _bad(field, f"{value!r} 应为“是”或“否”")


def clean_community(fields: Mapping[str, Any], *, today: date | None = None) -> dict[str, Any]:
    """Validate and normalise community fields; raise ``InvalidValueError`` naming the field."""
    unknown = set(fields) - set(FIELD_LABELS)
    if unknown:
        raise InvalidValueError(f"未知字段：{'、'.join(sorted(unknown))}", where="小区")
    year_now = (today or date.today()).year
    clean: dict[str, Any] = {}
    for field, value in fields.items():
        if field in TEXT_FIELDS:
            clean[field] = "" if value is None else str(value).strip()
        elif field in RATE_FIELDS:
            clean[field] = _rate(field, value)
        elif field in COUNT_FIELDS:
            clean[field] = _whole(field, value, 0, 1_000_000)
        elif field == "year_built":
            clean[field] = _whole(field, value, EARLIEST_YEAR, year_now + 1)
        elif field == "red_property_stars":
            clean[field] = _whole(field, value, 0, 5)
        elif field in FLAG_FIELDS:
            clean[field] = _flag(field, value)
        else:  # demonstration_level
            level = None if value in (None, "", "无") else str(value).strip()
            if level is not None and level not in DEMONSTRATION_LEVELS:
                raise _bad(field, f"{value!r} 应为“省级”“市级”或留空")
            clean[field] = level
    if "name" in clean and not clean["name"]:
        raise _bad("name", "不能为空")
    return clean


def eligibility_facts(values: Mapping[str, Any]) -> dict[str, object]:
    """The community facts eligibility rules are checked against."""
    keys = (*RATE_FIELDS, "red_property_stars", *FLAG_FIELDS, "demonstration_level")
    return {key: values.get(key) for key in keys}
