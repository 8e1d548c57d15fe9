"""The database tables of one inspector's laptop, as SQLModel classes.

Every row carries a UUID ``id``, ``created_at``/``updated_at`` (aware UTC) and a
``version`` that grows on each change, so copies from several laptops can be merged.
Allowed values of the status-like text columns are listed in the ``*_VALUES`` tuples;
the domain and services check them, the database does not (adding a value later should
not need a table rebuild).

No ``from __future__ import annotations`` here: SQLModel resolves relationship
annotations at class creation and does not handle postponed ones reliably.
"""

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Index, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapper, object_session
from sqlmodel import Field, Relationship, SQLModel

from meihao_desktop.store.types import DecimalText, UTCDateTime, new_id, utcnow

# Explicit constraint names: SQLite migrations rebuild tables ("batch" mode) and can only
# drop or alter a constraint they can name.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

INSPECTOR_ROLES = ("inspector", "bureau")
DEMONSTRATION_LEVELS = ("省级", "市级")
INSPECTION_STATUSES = ("draft", "signed", "submitted")
RECTIFICATION_STATUSES = ("open", "rectified", "verified")
RECOMMENDATION_DECISIONS = ("recommend", "not_recommend")


def _utc(*, required: bool = True) -> Any:
    """A UTC timestamp column; ``required`` ones default to now."""
    if required:
        return Field(default_factory=utcnow, sa_type=UTCDateTime())
    return Field(default=None, sa_type=UTCDateTime())


def _decimal(*, required: bool = False) -> Any:
    """An exact decimal column (stored as text)."""
    if required:
        return Field(sa_type=DecimalText())
    return Field(default=None, sa_type=DecimalText())


class TableBase(SQLModel):
    """Columns every table has; not a table itself."""

    id: str = Field(default_factory=new_id, primary_key=True)
    created_at: datetime = _utc()
    updated_at: datetime = _utc()
    version: int = 1


def _bump_version(_mapper: Mapper[Any], _connection: Connection, target: TableBase) -> None:
    """Mark a changed row: newer ``updated_at`` and ``version`` + 1.

    SQLAlchemy calls this for every dirty object, even one whose attributes were set back
    to the same values, so only rows with real column changes are bumped. A caller that
    sets ``version`` itself (merging a row from another laptop) keeps its values.
    """
    session = object_session(target)
    if session is None or not session.is_modified(target, include_collections=False):
        return
    if inspect(target).attrs.version.history.has_changes():
        return
    target.updated_at = utcnow()
    target.version += 1


# propagate=True: the listener on the unmapped base reaches every table class.
event.listen(TableBase, "before_update", _bump_version, propagate=True)


class Community(TableBase, table=True):
    """小区: a residential community taking part in the campaign."""

    name: str
    district: str = ""  # 区县
    street: str = ""  # 街道
    admin_community: str = ""  # 社区 (the administrative community, not the estate)
    address: str = ""
    property_company: str = ""  # 物业服务企业
    manager_name: str = ""  # 负责人
    households: int | None = None
    buildings: int | None = None
    year_built: int | None = None
    occupancy_rate: Decimal | None = _decimal()  # 入住率, percent 0–100
    fee_collection_rate: Decimal | None = _decimal()  # 物业费收缴率, percent
    contact_name: str = ""
    contact_phone: str = ""
    description: str = ""  # 小区简介, about 1000 characters
    # Eligibility facts (None = not yet known)
    red_property_stars: int | None = None  # 红色物业星级 0–5
    cross_appointment: bool | None = None  # 交叉任职
    joint_party_org: bool | None = None  # 联合党组织
    demonstration_level: str | None = None  # 示范小区级别: one of DEMONSTRATION_LEVELS


class Inspector(TableBase, table=True):
    """A user of the program: an on-site inspector or a bureau reviewer."""

    name: str
    unit: str = ""  # 单位
    role: str = "inspector"  # one of INSPECTOR_ROLES
    phone: str = ""


class Campaign(TableBase, table=True):
    """评选活动: one year's selection in a district under one scoring standard."""

    name: str
    year: int
    standard_id: str
    standard_version: str
    district: str = ""
    trim_min_scorers: int | None = None  # overrides the standard's trimming rule


class Inspection(TableBase, table=True):
    """One inspector's visit to one community for one campaign."""

    community_id: str = Field(foreign_key="community.id", index=True)
    campaign_id: str = Field(foreign_key="campaign.id", index=True)
    inspector_id: str = Field(foreign_key="inspector.id", index=True)
    visit_date: date
    status: str = "draft"  # one of INSPECTION_STATUSES
    summary: str = ""
    signed_at: datetime | None = _utc(required=False)

    findings: list["Finding"] = Relationship(
        back_populates="inspection", cascade_delete=True, passive_deletes=True
    )
    requirement_checks: list["RequirementCheck"] = Relationship(
        back_populates="inspection", cascade_delete=True, passive_deletes=True
    )
    # passive_deletes="all": deleting an inspection that still has photos must fail in
    # the database instead of the ORM quietly emptying photo.inspection_id.
    photos: list["Photo"] = Relationship(back_populates="inspection", passive_deletes="all")


class Finding(TableBase, table=True):
    """The score or level an inspection gave one item of the standard."""

    __table_args__ = (UniqueConstraint("inspection_id", "item_code"),)

    # The unique constraint's index starts with inspection_id and serves lookups by it.
    inspection_id: str = Field(foreign_key="inspection.id", ondelete="CASCADE")
    item_code: str
    points: Decimal | None = _decimal()
    level: str | None = None
    na: bool = False  # item does not apply to this community
    text: str = ""

    inspection: Inspection | None = Relationship(back_populates="findings")


class RequirementCheck(TableBase, table=True):
    """Whether a hard requirement (一票否决 etc.) was met."""

    __tablename__ = "requirement_check"
    __table_args__ = (UniqueConstraint("inspection_id", "requirement_code"),)

    inspection_id: str = Field(foreign_key="inspection.id", ondelete="CASCADE")
    requirement_code: str
    passed: bool | None = None
    note: str = ""

    inspection: Inspection | None = Relationship(back_populates="requirement_checks")


class EnteredScore(TableBase, table=True):
    """A component score the bureau types in (resident survey, vote) for composite standards."""

    __tablename__ = "entered_score"
    __table_args__ = (UniqueConstraint("campaign_id", "community_id", "component_code"),)

    campaign_id: str = Field(foreign_key="campaign.id")
    community_id: str = Field(foreign_key="community.id", index=True)
    component_code: str
    value: Decimal = _decimal(required=True)


class Photo(TableBase, table=True):
    """A photo taken during an inspection; the file lives in the photo store by sha256."""

    inspection_id: str = Field(foreign_key="inspection.id", index=True)
    item_code: str | None = None
    sha256: str = Field(max_length=64, index=True)
    original_name: str = ""
    media_type: str = ""
    caption: str = ""
    taken_at: datetime | None = _utc(required=False)
    camera: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    width: int | None = None
    height: int | None = None
    position: int = 0  # order within the inspection
    deleted_at: datetime | None = _utc(required=False)  # set = in the trash

    inspection: Inspection | None = Relationship(back_populates="photos")


class Rectification(TableBase, table=True):
    """整改: a problem found on site, followed until the bureau verifies it is fixed."""

    inspection_id: str = Field(foreign_key="inspection.id", index=True)
    community_id: str = Field(foreign_key="community.id", index=True)
    item_code: str | None = None
    problem: str = ""
    deadline: date | None = None
    status: str = "open"  # one of RECTIFICATION_STATUSES
    rectified_at: datetime | None = _utc(required=False)
    rectified_note: str = ""
    after_photo_id: str | None = Field(
        default=None, foreign_key="photo.id", ondelete="SET NULL", index=True
    )
    verified_at: datetime | None = _utc(required=False)
    verified_by: str = ""


class Recommendation(TableBase, table=True):
    """The bureau's decision whether to recommend a community in a campaign."""

    __table_args__ = (UniqueConstraint("campaign_id", "community_id"),)

    campaign_id: str = Field(foreign_key="campaign.id")
    community_id: str = Field(foreign_key="community.id", index=True)
    decision: str | None = None  # one of RECOMMENDATION_DECISIONS; None = undecided
    bureau_opinion: str = ""
    company_opinion: str = ""
    rank: int | None = None


class Signature(TableBase, table=True):
    """A handwritten signature on an inspection or a recommendation form."""

    inspection_id: str | None = Field(default=None, foreign_key="inspection.id", index=True)
    recommendation_id: str | None = Field(default=None, foreign_key="recommendation.id", index=True)
    signer_name: str
    role: str = ""
    purpose: str = ""
    signed_at: datetime = _utc()
    image_png: bytes | None = None


class AuditEntry(TableBase, table=True):
    """One change to one field, who made it and through which path (GUI, CLI, package)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime(), index=True)
    actor: str
    action: str  # create / update / delete / sign / unlock / …
    entity: str  # table name
    entity_id: str
    field: str = ""
    old: str | None = None
    new: str | None = None
    source: str = ""  # "gui", "cli", "package:<file>", …


# Last: it subclasses TableBase. Importing it here registers its table with the metadata.
from meihao_desktop.store.exchange_models import ExchangeState  # noqa: E402, F401
