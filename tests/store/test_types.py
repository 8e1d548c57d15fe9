"""Exact decimals, UTC timestamps and the version counter, through a real database file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import StatementError
from sqlmodel import select

from meihao_desktop.store import Community, Database, Finding
from meihao_desktop.store.types import DecimalText, UTCDateTime, new_id, utcnow

OLD = datetime(2024, 1, 1, tzinfo=UTC)


def _reloaded(database: Database, community: Community) -> Community:
    with database.session() as session:
        found = session.get(Community, community.id)
        assert found is not None
        return found


def _stored(database: Database, column: str) -> object:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT {column} FROM community").scalar_one()


@pytest.mark.parametrize("text", ["87.125", "90.50", "0", "-3.5", "100"])
def test_decimal_is_stored_as_exact_text(db: Database, text: str) -> None:
    with db.session() as session:
        community = Community(name="幸福里", occupancy_rate=Decimal(text))
        session.add(community)
        session.commit()
    assert _stored(db, "occupancy_rate") == text
    loaded = _reloaded(db, community).occupancy_rate
    assert loaded == Decimal(text)
    assert str(loaded) == text


@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=50, database=None
)
@given(st.decimals(allow_nan=False, allow_infinity=False, places=3))
def test_any_finite_decimal_round_trips(db: Database, value: Decimal) -> None:
    with db.session() as session:
        community = Community(name="幸福里", fee_collection_rate=value)
        session.add(community)
        session.commit()
        session.refresh(community)
        assert community.fee_collection_rate == value


def test_decimal_column_refuses_floats_and_nan() -> None:
    dialect = sqlite.dialect()
    with pytest.raises(TypeError):
        DecimalText().process_bind_param(87.125, dialect)
    with pytest.raises(ValueError, match="NaN"):
        DecimalText().process_bind_param(Decimal("NaN"), dialect)


def test_naive_datetime_is_rejected(db: Database) -> None:
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2025, 5, 1, 9, 30), sqlite.dialect())
    with db.session() as session:
        session.add(Community(name="幸福里", created_at=datetime(2025, 5, 1, 9, 30)))
        with pytest.raises(StatementError) as caught:
            session.commit()
    assert isinstance(caught.value.orig, ValueError)


def test_aware_datetime_comes_back_as_the_same_instant_in_utc(db: Database) -> None:
    beijing = timezone(timedelta(hours=8))
    local = datetime(2025, 5, 1, 9, 30, 15, 123456, tzinfo=beijing)
    with db.session() as session:
        community = Community(name="幸福里", created_at=local)
        session.add(community)
        session.commit()
    loaded = _reloaded(db, community).created_at
    assert loaded == local
    assert loaded.tzinfo is UTC
    assert loaded.hour == 1


def test_update_bumps_version_and_updated_at(db: Database) -> None:
    with db.session() as session:
        community = Community(name="幸福里", created_at=OLD, updated_at=OLD)
        session.add(community)
        session.commit()
        assert community.version == 1

        community.name = "幸福里小区"
        session.commit()
        assert community.version == 2
        assert community.updated_at > OLD
        assert community.created_at == OLD

        community.name = "幸福里小区"  # same value: not a change
        session.add(community)
        session.commit()
        assert community.version == 2
    assert _reloaded(db, community).version == 2


def test_explicit_version_is_kept_for_merges(db: Database) -> None:
    with db.session() as session:
        community = Community(name="幸福里")
        session.add(community)
        session.commit()
        community.name = "从另一台电脑合并"
        community.version = 7
        community.updated_at = OLD
        session.commit()
    loaded = _reloaded(db, community)
    assert (loaded.version, loaded.updated_at) == (7, OLD)


def test_core_insert_fills_the_common_columns(db: Database, inspection_id: str) -> None:
    # Bulk paths use Core inserts; ids, timestamps and defaults must still be filled.
    before = utcnow()
    with db.engine.begin() as connection:
        connection.execute(insert(Finding), [{"inspection_id": inspection_id, "item_code": "1.1"}])
    with db.session() as session:
        [finding] = session.exec(select(Finding)).all()
    assert len(finding.id) == len(new_id())
    assert finding.created_at >= before
    assert (finding.version, finding.na, finding.text, finding.points) == (1, False, "", None)
