"""The audit trail in words: every audited field has a Chinese name, and stored values
read as the rest of the program shows them."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import SQLModel

from meihao_desktop.exchange.rows import BY_NAME
from meihao_desktop.services import Services
from meihao_desktop.services.audit_labels import (
    AUDITED_MODELS,
    EMPTY,
    META,
    Names,
    code_text,
    deleted_text,
    field_label,
    local_time_text,
    summary_text,
    value_text,
)
from meihao_desktop.services.catalog import default_catalog
from meihao_desktop.store.models import AuditEntry

# Tables that are bookkeeping, not records a reviewer edits: never in the trail.
NOT_AUDITED = {"audit_entry", "exchange_state", "exchange_alias"}


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock in China (UTC+8), as on the reviewers' laptops."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_every_table_that_holds_records_is_audited() -> None:
    tables = set(SQLModel.metadata.tables) - NOT_AUDITED
    assert set(AUDITED_MODELS) == tables
    assert set(BY_NAME) <= set(AUDITED_MODELS)  # the package import audits these


def test_every_audited_column_has_a_chinese_label() -> None:
    missing = [
        f"{table}.{column.name}"
        for table, model in AUDITED_MODELS.items()
        for column in model.__table__.columns
        if column.name not in META and field_label(table, column.name) == column.name
    ]
    assert missing == []
    # The package import also pairs ids ("match") and records a conflict's copies.
    assert {field_label(table, "id") for table in BY_NAME} == {"编号"}
    assert {field_label(table, "version") for table in BY_NAME} == {"版本"}


def test_every_field_in_a_real_trail_has_a_label(demo_services: Services) -> None:
    """Fields the services log beyond the columns ("reason" of an unlock) too."""
    services = demo_services
    signed = next(i for i in services.inspections.list() if i.status != "draft")
    services.signatures.unlock_inspection(signed.id, "补充照片")
    audit: sa.Table = AuditEntry.__table__  # type: ignore[attr-defined]
    with services.db.engine.connect() as connection:
        query = sa.select(audit.c.entity, audit.c.field).distinct()
        pairs = [tuple(row) for row in connection.execute(query)]
    assert ("inspection", "reason") in pairs
    unnamed = [(e, f) for e, f in pairs if f and field_label(e, f) == f]
    assert unnamed == []


def test_field_labels_use_the_editor_and_ledger_words() -> None:
    assert field_label("finding", "points") == "得分"
    assert field_label("finding", "na") == "不适用"
    assert field_label("finding", "text") == "考察意见"
    assert field_label("rectification", "deadline") == "整改期限"
    assert field_label("photo", "caption") == "照片说明"
    assert field_label("community", "contact_phone") == "联系电话"
    assert field_label("community", "version") == "版本"  # a conflict's two copies
    assert field_label("finding", "") == ""


def test_coded_values_read_as_in_the_ledger_and_the_editor() -> None:
    assert value_text("rectification", "status", "open") == "待整改"
    assert value_text("rectification", "status", "verified") == "已销号"
    assert value_text("inspection", "status", "signed") == "已签名"
    assert value_text("recommendation", "decision", "not_recommend") == "不推荐"
    assert value_text("recommendation", "decision", None) == "未定"
    assert value_text("requirement_check", "passed", "true") == "通过"
    assert value_text("requirement_check", "passed", "false") == "不通过"
    assert value_text("requirement_check", "passed", None) == "未核查"
    assert value_text("finding", "na", "true") == "是"
    assert value_text("community", "cross_appointment", "false") == "否"
    assert value_text("inspection", "status", "someday") == "someday"  # unknown: as stored


def test_numbers_dates_and_empty_values() -> None:
    assert value_text("finding", "points", "8.0") == "8"
    assert value_text("finding", "points", "8.50") == "8.5"
    assert value_text("finding", "points", "10") == "10"
    assert value_text("community", "occupancy_rate", "92.500") == "92.5"
    assert value_text("rectification", "deadline", "2024-10-01") == "2024-10-01"
    assert value_text("finding", "points", None) == EMPTY
    assert value_text("finding", "text", "") == EMPTY
    assert value_text("photo", "position", "0") == "第 1 张"


@pytest.mark.usefixtures("shanghai")
def test_timestamps_are_local_to_the_minute() -> None:
    stored = "2024-09-03 06:05:17.123456+00:00"  # as services.audit writes a datetime
    assert value_text("rectification", "verified_at", stored) == "2024-09-03 14:05"
    assert value_text("photo", "deleted_at", "2024-09-03T06:05:17+00:00") == "2024-09-03 14:05"
    conflict = "本机 v2 2024-09-03T06:05:17.5+00:00 刘科长"
    assert value_text("community", "version", conflict) == "本机 v2 2024-09-03 14:05 刘科长"
    assert value_text("photo", "taken_at", "not a time") == "not a time"


def test_references_and_codes_are_named() -> None:
    standard = default_catalog().get("meihao-2024")
    names = Names({"c-1": "东方瑞园", "p-1": "IMG_0001.jpg"}, standard)
    assert value_text("inspection", "community_id", "c-1", names) == "东方瑞园"
    assert value_text("rectification", "after_photo_id", "p-1", names) == "IMG_0001.jpg"
    gone = "0b6a4e9e-1111-2222-3333-444455556666"
    assert value_text("rectification", "after_photo_id", gone, names) == "0b6a4e9e…"
    item = value_text("photo", "item_code", "1.1", names)
    assert item == "1.1 所在街道健全街道党（工…"
    assert code_text(standard, "item_code", "9.9") == "9.9"  # not in the standard
    assert code_text(None, "item_code", "1.1") == "1.1"


def test_whole_row_entries() -> None:
    names = Names({"c-1": "东方瑞园"})
    assert summary_text("inspection", "create", "c-1", names) == "东方瑞园"
    assert summary_text("community", "create", "东方瑞园") == "东方瑞园"
    assert summary_text("photo", "delete", "IMG_0001.jpg") == "IMG_0001.jpg"
    deleted = {
        "_community": "东方瑞园",
        "_inspector": "周雯",
        "id": "i-1",
        "version": 3,
        "community_id": "c-1",
        "visit_date": "2024-09-03",
        "status": "draft",
        "summary": "",
    }
    text = summary_text("inspection", "delete", json.dumps(deleted), names)
    assert text == "东方瑞园 · 周雯；考察日期 2024-09-03；状态 草稿"
    finding = {"item_code": "3.5", "points": "8.50", "na": False, "text": "台账不全"}
    assert deleted_text("finding", finding) == "评分项 3.5；得分 8.5；考察意见 台账不全"


@pytest.mark.usefixtures("shanghai")
def test_local_time_text_treats_naive_times_as_utc() -> None:
    assert local_time_text(datetime(2024, 9, 3, 6, 5)) == "2024-09-03 14:05"
    assert local_time_text(datetime(2024, 9, 3, 6, 5, tzinfo=UTC)) == "2024-09-03 14:05"
