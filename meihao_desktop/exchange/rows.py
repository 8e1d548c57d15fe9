"""Rows of the exchanged tables as JSON, and back, with every value's type checked.

The table specifications are derived from the SQLModel tables, so a column added to a
model travels in packages without code here; only what the merge needs beyond the
columns is spelled out (identity fields, allowed values, Chinese names).

A row's *content hash* covers every column except the bookkeeping ones (id, created_at,
updated_at, version): two copies with the same hash hold the same data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from meihao_desktop.domain.community import DEMONSTRATION_LEVELS
from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.layout import DATA
from meihao_desktop.store import models
from meihao_desktop.store.types import DecimalText, UTCDateTime

META = ("id", "created_at", "updated_at", "version")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_INT = 2**63 - 1
PHOTO_MEDIA_TYPES = ("image/jpeg", "image/png", "image/heic", "image/heif")


class Kind(StrEnum):
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DECIMAL = "decimal"
    DATE = "date"
    DATETIME = "datetime"
    BYTES = "bytes"


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: Kind
    nullable: bool


@dataclass(frozen=True)
class TableSpec:
    """One exchanged table: its columns and what the merge checks beyond them."""

    name: str  # the table name; also the key in data.json and AuditEntry.entity
    label: str  # what a reviewer calls it
    table: sa.Table
    columns: tuple[ColumnSpec, ...]
    identity: tuple[str, ...]  # fields that never change: same id, same values
    unique_keys: tuple[tuple[str, ...], ...]
    references: tuple[tuple[str, str], ...]  # (column, referenced table)
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def column(self, name: str) -> ColumnSpec:
        return next(c for c in self.columns if c.name == name)


def _kind(column: sa.Column[Any]) -> Kind:
    kinds: tuple[tuple[type[Any], Kind], ...] = (
        (DecimalText, Kind.DECIMAL),
        (UTCDateTime, Kind.DATETIME),
        (sa.Boolean, Kind.BOOL),
        (sa.Integer, Kind.INT),
        (sa.Float, Kind.FLOAT),
        (sa.LargeBinary, Kind.BYTES),
        (sa.Date, Kind.DATE),
        (sa.String, Kind.TEXT),
    )
    column_type = column.type
    if isinstance(column_type, sa.TypeDecorator) and not isinstance(
        column_type, DecimalText | UTCDateTime
    ):
        column_type = column_type.impl_instance  # SQLModel's AutoString is a String
    for sa_type, kind in kinds:
        if isinstance(column_type, sa_type):
            return kind
    raise TypeError(f"column {column} has a type the exchange does not know")


def _spec(
    model: Any, label: str, identity: tuple[str, ...], choices: Mapping[str, tuple[str, ...]]
) -> TableSpec:
    table: sa.Table = model.__table__
    return TableSpec(
        name=table.name,
        label=label,
        table=table,
        columns=tuple(ColumnSpec(c.name, _kind(c), bool(c.nullable)) for c in table.columns),
        identity=identity,
        unique_keys=tuple(
            tuple(c.name for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, sa.UniqueConstraint)
        ),
        references=tuple(sorted((k.parent.name, k.column.table.name) for k in table.foreign_keys)),
        choices=choices,
    )


# In foreign-key order: a row's parents come before it.
TABLES: tuple[TableSpec, ...] = (
    _spec(models.Community, "小区", (), {"demonstration_level": DEMONSTRATION_LEVELS}),
    _spec(models.Inspector, "考察人员", (), {"role": models.INSPECTOR_ROLES}),
    _spec(models.Campaign, "评选活动", (), {}),
    _spec(
        models.Inspection,
        "考察记录",
        ("community_id", "campaign_id", "inspector_id"),
        {"status": models.INSPECTION_STATUSES},
    ),
    _spec(models.Finding, "评分记录", ("inspection_id", "item_code"), {}),
    _spec(models.RequirementCheck, "原则要求检查", ("inspection_id", "requirement_code"), {}),
    _spec(models.Photo, "照片", ("inspection_id", "sha256"), {"media_type": PHOTO_MEDIA_TYPES}),
    _spec(
        models.Rectification,
        "整改问题",
        ("inspection_id", "community_id"),
        {"status": models.RECTIFICATION_STATUSES},
    ),
    _spec(
        models.Recommendation,
        "推荐意见",
        ("campaign_id", "community_id"),
        {"decision": models.RECOMMENDATION_DECISIONS},
    ),
    _spec(models.EnteredScore, "录入分数", ("campaign_id", "community_id", "component_code"), {}),
    _spec(models.Signature, "签名", ("inspection_id", "recommendation_id"), {}),
)
BY_NAME: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}


@dataclass(frozen=True)
class RowRecord:
    """One row as exchanged: Python values ready for the database, and its content hash."""

    table: str
    values: Mapping[str, Any]
    content_hash: str
    edited_by: str = ""  # who last changed it on the exporting laptop, if known

    @property
    def id(self) -> str:
        return str(self.values["id"])

    @property
    def version(self) -> int:
        return int(self.values["version"])

    @property
    def updated_at(self) -> datetime:
        value = self.values["updated_at"]
        assert isinstance(value, datetime)
        return value


def record(spec: TableSpec, values: Mapping[str, Any], edited_by: str = "") -> RowRecord:
    """A ``RowRecord`` of a row read from this database."""
    clean = {c.name: values[c.name] for c in spec.columns}
    return RowRecord(spec.name, clean, content_hash(spec, clean), edited_by)


# ── Python → JSON ──────────────────────────────────────────────────────────────────


def to_wire(spec: TableSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: _wire_value(c.kind, values[c.name]) for c in spec.columns}


def _wire_value(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.DECIMAL:
        return format(value, "f")
    if kind is Kind.DATETIME:
        return value.astimezone(UTC).isoformat()
    if kind is Kind.DATE:
        return value.isoformat()
    if kind is Kind.BYTES:
        return base64.b64encode(value).decode("ascii")
    return value


def content_hash(spec: TableSpec, values: Mapping[str, Any]) -> str:
    canonical = {
        c.name: _canonical(c.kind, values[c.name]) for c in spec.columns if c.name not in META
    }
    text = json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _canonical(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind is Kind.DECIMAL:
        return format(Decimal(value).normalize(), "f")  # 7.50 and 7.5 are the same score
    if kind is Kind.BYTES:
        return hashlib.sha256(value).hexdigest()
    if kind is Kind.FLOAT:
        return repr(float(value))
    return _wire_value(kind, value)


def display(kind: Kind, value: Any) -> str | None:
    """A value as the audit log and the conflict view show it."""
    if value is None:
        return None
    if kind is Kind.BOOL:
        return "true" if value else "false"
    if kind is Kind.BYTES:
        return f"<PNG 图片 {len(value)} 字节>"
    return str(value)


# ── JSON → Python, checked ─────────────────────────────────────────────────────────


class _BadValueError(Exception):
    """A value of the wrong type or form; turned into a PackageError with its place."""


def from_wire(spec: TableSpec, raw: object, position: int, where: str) -> RowRecord:
    """Check one row object of data.json and turn it into a ``RowRecord``."""
    place = f"{DATA} 中{spec.label}第 {position} 条"
    if not isinstance(raw, dict):
        raise PackageError(f"{place}应为对象（JSON object）", where=where, kind="types")
    names = {c.name for c in spec.columns}
    unknown = sorted(set(raw) - names - {"edited_by"})
    missing = sorted(names - set(raw))
    if unknown or missing:
        detail = f"缺少字段 {'、'.join(missing)}" if missing else f"未知字段 {'、'.join(unknown)}"
        raise PackageError(f"{place}：{detail}", where=where, kind="types")
    values: dict[str, Any] = {}
    for column in spec.columns:
        try:
            values[column.name] = _value(spec, column, raw[column.name])
        except _BadValueError as bad:
            message = f"{place}的字段 {column.name} {bad}，实际为 {_shown(raw[column.name])}"
            raise PackageError(message, where=where, kind="types") from None
    edited_by = raw.get("edited_by", "")
    if not isinstance(edited_by, str):
        raise PackageError(f"{place}的字段 edited_by 应为文字", where=where, kind="types")
    return RowRecord(spec.name, values, content_hash(spec, values), edited_by)


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else f"{text[:37]}…"


def _value(spec: TableSpec, column: ColumnSpec, value: object) -> Any:
    if value is None:
        if column.nullable:
            return None
        raise _BadValueError("不能为空")
    if column.name == "id" or column.name in dict(spec.references):
        return _uuid(value)
    if column.name == "version" and (not isinstance(value, int) or value < 1):
        raise _BadValueError("应为不小于 1 的整数")
    parsed = _PARSERS[column.kind](value)
    allowed = spec.choices.get(column.name)
    if allowed is not None and parsed not in allowed:
        raise _BadValueError(f"应为 {'、'.join(allowed)} 之一")
    if column.name == "sha256" and not re.fullmatch(r"[0-9a-f]{64}", parsed):
        raise _BadValueError("应为 64 位十六进制 SHA-256")
    return parsed


def _uuid(value: object) -> str:
    if not isinstance(value, str):
        raise _BadValueError("应为编号（UUID 文字）")
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        raise _BadValueError("应为编号（UUID 文字）") from None
    if canonical != value:
        raise _BadValueError("应为小写、带连字符的 UUID")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise _BadValueError("应为文字")
    return value


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > _MAX_INT:
        raise _BadValueError("应为整数")
    return value


def _float(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _BadValueError("应为数字")
    number = float(value)
    if not math.isfinite(number):
        raise _BadValueError("应为有限数字")
    return number


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _BadValueError("应为 true 或 false")
    return value


def _decimal(value: object) -> Decimal:
    # Scores travel as text ("8.5") so that no float ever touches them.
    if not isinstance(value, str) or len(value) > 40:
        raise _BadValueError('应为数字文字（如 "8.5"）')
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise _BadValueError('应为数字文字（如 "8.5"）') from None
    if not number.is_finite():
        raise _BadValueError("应为有限数字")
    return number


def _date(value: object) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise _BadValueError("应为日期（YYYY-MM-DD）")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _BadValueError("应为日期（YYYY-MM-DD）") from None


def _datetime(value: object) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise _BadValueError("应为带时区的时间（ISO 8601）")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _BadValueError("应为带时区的时间（ISO 8601）") from None
    if moment.utcoffset() is None:
        raise _BadValueError("应为带时区的时间（ISO 8601）")
    return moment.astimezone(UTC)


def _bytes(value: object) -> bytes:
    if not isinstance(value, str):
        raise _BadValueError("应为 Base64 文字")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise _BadValueError("应为 Base64 文字") from None
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):  # the only binary column: signature images
        raise _BadValueError("应为 PNG 图片")
    return data


_PARSERS: dict[Kind, Any] = {
    Kind.TEXT: _text,
    Kind.INT: _int,
    Kind.FLOAT: _float,
    Kind.BOOL: _bool,
    Kind.DECIMAL: _decimal,
    Kind.DATE: _date,
    Kind.DATETIME: _datetime,
    Kind.BYTES: _bytes,
}
