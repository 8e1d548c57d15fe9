"""Inspectors (users of the program) and campaigns (评选活动)."""

from __future__ import annotations

from sqlmodel import col, select

from meihao_desktop.domain.errors import InvalidValueError, NotFoundError
from meihao_desktop.services.audit import Actor, log_create
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import INSPECTOR_ROLES, Campaign, Inspector

MIN_YEAR, MAX_YEAR = 2000, 2100  # campaigns are yearly; anything else is a typing slip


class InspectorService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def create(
        self, name: str, unit: str = "", role: str = "inspector", phone: str = ""
    ) -> Inspector:
        if not name.strip():
            raise InvalidValueError("不能为空", where="考察人员姓名")
        if role not in INSPECTOR_ROLES:
            raise InvalidValueError(f"未知角色 {role!r}", where="考察人员角色")
        with self._db.session() as session:
            inspector = Inspector(name=name.strip(), unit=unit.strip(), role=role, phone=phone)
            session.add(inspector)
            log_create(session, self._actor, "inspector", inspector.id, inspector.name)
            session.commit()
            return inspector

    def get_or_create(self, name: str, unit: str = "") -> Inspector:
        with self._db.session() as session:
            found = session.exec(select(Inspector).where(Inspector.name == name.strip())).first()
        return found or self.create(name, unit)

    def list(self) -> list[Inspector]:
        with self._db.session() as session:
            return list(session.exec(select(Inspector).order_by(col(Inspector.name))).all())


class CampaignService:
    def __init__(self, db: Database, actor: Actor, catalog: StandardsCatalog) -> None:
        self._db = db
        self._actor = actor
        self._catalog = catalog

    def create(self, name: str, year: int, standard_id: str, district: str = "") -> Campaign:
        """A new campaign; the name is required and unique within its year and district."""
        name, district = name.strip(), district.strip()
        if not name:
            raise InvalidValueError("评选活动名称不能为空", where="名称")
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise InvalidValueError(f"年度 {year} 不在 {MIN_YEAR}–{MAX_YEAR} 之间", where="年度")
        standard = self._catalog.get(standard_id)
        with self._db.session() as session:
            same = select(Campaign.id).where(
                Campaign.name == name, Campaign.year == year, Campaign.district == district
            )
            if session.exec(same).first() is not None:
                raise InvalidValueError(f"{year} 年已有名为「{name}」的评选活动", where="名称")
            campaign = Campaign(
                name=name,
                year=year,
                standard_id=standard.id,
                standard_version=standard.version,
                district=district,
            )
            session.add(campaign)
            log_create(session, self._actor, "campaign", campaign.id, name)
            session.commit()
            return campaign

    def get(self, campaign_id: str) -> Campaign:
        with self._db.session() as session:
            campaign = session.get(Campaign, campaign_id)
            if campaign is None:
                raise NotFoundError(f"没有编号为 {campaign_id} 的评选活动")
            return campaign

    def list(self) -> list[Campaign]:
        with self._db.session() as session:
            query = select(Campaign).order_by(col(Campaign.year).desc(), col(Campaign.name))
            return list(session.exec(query).all())
