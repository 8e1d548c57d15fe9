"""The audit trail in a reviewer's words: the Chinese name of every audited field, per
table, and stored values shown as the rest of the program shows them (待整改, 是/否,
"2024-09-03 14:05", 8.5 not 8.50, a community's name instead of its id).

The trail keeps values as text (``services.audit``, ``exchange.rows.display``): booleans
as "true"/"false", decimals as written, dates and timestamps in ISO form, the ids of
referenced rows, and the values of a deleted row as JSON. Nothing here reads the
database: ``audit_titles`` finds what the ids of a page stand for and hands them in as
``Names``. No Qt either, so the wording is tested in milliseconds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from meihao_desktop.domain.community import FIELD_LABELS as COMMUNITY_LABELS
from meihao_desktop.domain.names import DECISION_NAMES, INSPECTION_STATUS_NAMES
from meihao_desktop.domain.standards import Standard
from meihao_desktop.services.rectifications import STATUS_NAMES as RECTIFICATION_STATUS_NAMES
from meihao_desktop.store import models
from meihao_desktop.store.types import DecimalText, UTCDateTime

EMPTY = "—"
TIME_FORMAT = "%Y-%m-%d %H:%M"
META = ("id", "created_at", "updated_at", "version")
CODE_LENGTH = 12  # characters of an item's text after its code: "3.5 物业服务企业…"

# The tables whose rows the services and the package import audit, by table name.
_MODELS: tuple[Any, ...] = (
    models.Community,
    models.Inspector,
    models.Campaign,
    models.Inspection,
    models.Finding,
    models.RequirementCheck,
    models.Photo,
    models.Rectification,
    models.Recommendation,
    models.EnteredScore,
    models.Signature,
)
AUDITED_MODELS: dict[str, Any] = {model.__table__.name: model for model in _MODELS}

# Fields any row may have in the trail: a package's id paired with ours ("match"), and
# the two copies of a conflict ("version").
COMMON_LABELS = {"id": "编号", "version": "版本"}
_INSPECTION_CHILD = {"inspection_id": "考察记录"}
FIELD_LABELS: dict[str, dict[str, str]] = {
    "community": dict(COMMUNITY_LABELS),
    "inspector": {"name": "姓名", "unit": "单位", "role": "角色", "phone": "电话"},
    "campaign": {
        "name": "名称",
        "year": "年度",
        "standard_id": "评分标准",
        "standard_version": "标准版本",
        "district": "区县",
        "trim_min_scorers": "去掉最高最低分的最少人数",
    },
    "inspection": {
        "community_id": "小区",
        "campaign_id": "评选活动",
        "inspector_id": "考察人员",
        "visit_date": "考察日期",
        "status": "状态",
        "summary": "考察小结",
        "signed_at": "签名时间",
        "reason": "解锁原因",  # only in the trail (signatures.unlock)
    },
    "finding": {
        **_INSPECTION_CHILD,
        "item_code": "评分项",
        "points": "得分",
        "level": "等级",
        "na": "不适用",
        "text": "考察意见",  # what the editor calls it
    },
    "requirement_check": {
        **_INSPECTION_CHILD,
        "requirement_code": "原则要求",
        "passed": "核查结果",
        "note": "备注",
    },
    "photo": {
        **_INSPECTION_CHILD,
        "item_code": "评分项",
        "sha256": "文件校验值",
        "original_name": "文件名",
        "media_type": "文件类型",
        "caption": "照片说明",
        "taken_at": "拍摄时间",
        "camera": "相机",
        "gps_lat": "纬度",
        "gps_lon": "经度",
        "width": "宽（像素）",
        "height": "高（像素）",
        "position": "照片顺序",
        "deleted_at": "移入回收站时间",
    },
    "rectification": {  # the ledger's words
        **_INSPECTION_CHILD,
        "community_id": "小区",
        "item_code": "评分项",
        "problem": "问题",
        "deadline": "整改期限",
        "status": "状态",
        "rectified_at": "整改时间",
        "rectified_note": "整改说明",
        "after_photo_id": "整改后照片",
        "verified_at": "销号时间",
        "verified_by": "销号人",
        "reason": "退回原因",  # only in the trail (rectifications.reopen)
    },
    "recommendation": {
        "campaign_id": "评选活动",
        "community_id": "小区",
        "decision": "推荐结论",
        "bureau_opinion": "主管部门意见",
        "company_opinion": "物业服务单位意见",
        "rank": "排名",
    },
    "entered_score": {
        "campaign_id": "评选活动",
        "community_id": "小区",
        "component_code": "分项",
        "value": "分数",
    },
    "signature": {
        **_INSPECTION_CHILD,
        "recommendation_id": "推荐意见",
        "signer_name": "签名人",
        "role": "身份",
        "purpose": "用途",
        "signed_at": "签名时间",
        "image_png": "签名图片",
    },
}

CHOICE_NAMES: dict[tuple[str, str], Mapping[str, str]] = {
    ("inspection", "status"): INSPECTION_STATUS_NAMES,
    ("rectification", "status"): RECTIFICATION_STATUS_NAMES,
    ("recommendation", "decision"): DECISION_NAMES,
    ("inspector", "role"): {"inspector": "考察人员", "bureau": "主管部门"},
    ("signature", "purpose"): {
        "inspection": "考察记录",
        "bureau": "主管部门意见",
        "company": "物业服务单位意见",
    },
    ("requirement_check", "passed"): {"true": "通过", "false": "不通过"},  # the panel's words
}
# What an empty value means where it is not simply "nothing".
EMPTY_NAMES = {("requirement_check", "passed"): "未核查", ("recommendation", "decision"): "未定"}
# Services log the community's id as the summary of these rows' creation.
CREATED_FOR_COMMUNITY = ("inspection", "recommendation")
CODE_FIELDS = ("item_code", "requirement_code", "component_code")


class Kind(StrEnum):
    TEXT = "text"
    NUMBER = "number"
    BOOL = "bool"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    BYTES = "bytes"


def _kind(column: sa.Column[Any]) -> Kind:
    column_type = column.type
    if isinstance(column_type, DecimalText):
        return Kind.DECIMAL
    if isinstance(column_type, UTCDateTime):
        return Kind.DATETIME
    kinds = (
        (sa.Boolean, Kind.BOOL),
        (sa.Integer, Kind.NUMBER),
        (sa.Float, Kind.NUMBER),
        (sa.LargeBinary, Kind.BYTES),
        (sa.Date, Kind.DATE),
    )
    return next((kind for sa_type, kind in kinds if isinstance(column_type, sa_type)), Kind.TEXT)


def _columns(table: str) -> dict[str, sa.Column[Any]]:
    return {c.name: c for c in AUDITED_MODELS[table].__table__.columns}


KINDS: dict[str, dict[str, Kind]] = {
    table: {name: _kind(column) for name, column in _columns(table).items()}
    for table in AUDITED_MODELS
}
# table → column → the table its ids belong to
REFERENCES: dict[str, dict[str, str]] = {
    table: {
        name: next(iter(column.foreign_keys)).column.table.name
        for name, column in _columns(table).items()
        if column.foreign_keys
    }
    for table in AUDITED_MODELS
}


@dataclass(frozen=True)
class Names:
    """What the ids and codes in one entry stand for (see ``audit_titles``)."""

    records: Mapping[str, str] = field(default_factory=dict)  # row id → its name
    standard: Standard | None = None  # the entry's standard, for item codes


NO_NAMES = Names()


def field_label(entity: str, name: str) -> str:
    """The Chinese name of a field; the stored name if it has none."""
    return FIELD_LABELS.get(entity, {}).get(name) or COMMON_LABELS.get(name) or name


def reference_table(entity: str, name: str) -> str | None:
    """The table whose ids ``entity.name`` holds, if it holds ids."""
    if name == "id":
        return entity if entity in AUDITED_MODELS else None
    return REFERENCES.get(entity, {}).get(name)


def short(text: str, length: int) -> str:
    """``text`` on one line, cut to ``length`` characters with "…"."""
    line = " ".join(text.split())
    return line if len(line) <= length else f"{line[: length - 1]}…"


def short_id(row_id: str) -> str:
    return f"{row_id[:8]}…" if len(row_id) > 8 else row_id


def local_time_text(moment: datetime) -> str:
    """A timestamp on this computer's clock, to the minute; naive ones are UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime(TIME_FORMAT)


def decimal_text(value: Decimal) -> str:
    """As the editor shows scores: 8, 8.5, 92.5 (never 8.0 or 1E+1)."""
    return format(value.normalize(), "f")


def code_text(standard: Standard | None, name: str, code: str) -> str:
    """ "3.5 物业服务企业…": a code with the start of its text in the standard."""
    if standard is None:
        return code
    found: str | None = None
    if name == "item_code":
        item = standard.item(code)
        found = item.text if item else None
    elif name == "requirement_code":
        requirement = standard.requirement(code)
        found = requirement.text if requirement else None
    elif name == "component_code":
        found = next((c.title for c in standard.components if c.code == code), None)
    return f"{code} {short(found, CODE_LENGTH)}" if found else code


def value_text(entity: str, name: str, raw: str | None, names: Names = NO_NAMES) -> str:
    """A stored value of ``entity.name`` as a reviewer reads it; "—" for nothing."""
    if raw is None or raw == "":
        return EMPTY_NAMES.get((entity, name), EMPTY)
    choices = CHOICE_NAMES.get((entity, name))
    if choices is not None:
        return choices.get(raw, raw)
    if reference_table(entity, name) is not None:
        return names.records.get(raw) or short_id(raw)
    if name in CODE_FIELDS:
        return code_text(names.standard, name, raw)
    if name == "version":  # "本机 v2 2024-09-03T06:05:00+00:00 周雯": the times made local
        return _ISO_TIME.sub(lambda match: _time_text(match.group()), raw)
    if (entity, name) == ("photo", "position") and raw.isdigit():
        return f"第 {int(raw) + 1} 张"  # 0 is the first
    return _kind_text(KINDS.get(entity, {}).get(name, Kind.TEXT), raw)


_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}:\d{2}|Z)?")


def _time_text(raw: str) -> str:
    try:
        return local_time_text(datetime.fromisoformat(raw))
    except ValueError:
        return raw


def _kind_text(kind: Kind, raw: str) -> str:
    if kind is Kind.BOOL:
        return {"true": "是", "false": "否"}.get(raw.lower(), raw)
    if kind is Kind.DECIMAL:
        try:
            return decimal_text(Decimal(raw))
        except InvalidOperation:
            return raw
    if kind is Kind.DATETIME:
        return _time_text(raw)
    if kind is Kind.DATE:
        try:
            return date.fromisoformat(raw[:10]).isoformat()
        except ValueError:
            return raw
    return raw


def summary_text(entity: str, action: str, raw: str | None, names: Names = NO_NAMES) -> str:
    """The value of an entry about a whole row (no field): what was created, deleted,
    restored or imported."""
    if raw is None or raw == "":
        return EMPTY
    if action == "delete":
        values = _json_object(raw)
        if values is not None:
            return deleted_text(entity, values, names)
    if action == "create" and entity in CREATED_FOR_COMMUNITY:
        return names.records.get(raw) or short_id(raw)
    if action == "create" and entity in ("finding", "requirement_check"):
        code = "item_code" if entity == "finding" else "requirement_code"
        return code_text(names.standard, code, raw)
    return raw


def _json_object(raw: str) -> dict[str, Any] | None:
    if not raw.startswith("{"):
        return None
    try:
        values = json.loads(raw)
    except ValueError:
        return None
    return values if isinstance(values, dict) else None


def deleted_text(entity: str, values: Mapping[str, Any], names: Names = NO_NAMES) -> str:
    """A deleted row's values ("东方瑞园 · 周雯；考察日期 2024-09-03；状态 草稿"): the
    names it was saved with first, then its fields, without ids and bookkeeping."""
    kinds = KINDS.get(entity, {})
    saved_names = " · ".join(str(v) for k, v in values.items() if k.startswith("_") and v)
    parts = [saved_names] if saved_names else []
    for name, value in values.items():
        if name.startswith("_") or name in META or name == "sha256" or value in (None, ""):
            continue
        if reference_table(entity, name) or kinds.get(name) is Kind.BYTES:
            continue
        if value is False and kinds.get(name) is Kind.BOOL:  # "不适用 否" says nothing
            continue
        text = value_text(entity, name, stored_text(value), names)
        parts.append(f"{field_label(entity, name)} {text}")
    return "；".join(parts)


def stored_text(value: Any) -> str | None:
    """A value as the trail stores it (``services.audit``): "true"/"false" for booleans."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
