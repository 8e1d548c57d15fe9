"""The demo campaign's rows written in bulk: communities, inspectors, every inspection's
scores, principle-requirement checks and the problems recorded for rectification.

One transaction, straight to the tables: 57 inspections × 25 items through the services
would take many seconds. The scores come from the seeded ``random.Random`` alone, in a
fixed order, so the same seed always gives the same scores whatever the date.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import Session

from meihao_desktop.domain.standards import Standard
from meihao_desktop.services.audit import Actor, log_change, log_create
from meihao_desktop.services.demo.data import (
    ACTIONS,
    COMMUNITIES,
    FOLLOW_UPS,
    GATE_FAILURE,
    GOOD_FACTS,
    INSPECTORS,
    ITEM_PROBLEMS,
    REMARKS_GOOD,
)
from meihao_desktop.store.models import (
    Campaign,
    Community,
    Finding,
    Inspection,
    Inspector,
    Rectification,
    RequirementCheck,
)

DISTRICT = "海州区"
CAMPAIGN_SUFFIX = "年度海州区“美好家园”小区选树"


@dataclass(frozen=True)
class Visit:
    """One inspection of the demo, as the later steps (photos, signing) need it."""

    inspection_id: str
    community_id: str
    community: str
    inspector: str
    visit_date: date
    not_applicable: frozenset[str]  # codes of the items the inspector marked N/A


def contact_phone(name: str) -> str:
    """The community's (made-up) property service number: the same on every run."""
    return f"0518-8{zlib.crc32(name.encode()) % 10_000_000:07d}"


def write_campaign(
    session: Session,
    standard: Standard,
    rnd: random.Random,
    visits: dict[str, date],
    actor: Actor,
) -> tuple[Campaign, list[Visit]]:
    """Write the campaign and its inspections (``visits``: community → visit date)."""
    year = min(visits.values()).year
    campaign = Campaign(
        name=f"{year}{CAMPAIGN_SUFFIX}",
        year=year,
        standard_id=standard.id,
        standard_version=standard.version,
        district=DISTRICT,
    )
    inspectors = [Inspector(name=n, unit=u) for n, u in INSPECTORS]
    communities = [_community(row) for row in COMMUNITIES]
    session.add_all([campaign, *inspectors, *communities])
    session.flush()  # tables without ORM relationships: parents must exist first
    writer = _Inspections(session, standard, rnd, actor)
    written = []
    for index, community in enumerate(communities):
        quality = rnd.uniform(7.0, 9.6)
        panel = inspectors if index % 3 == 0 else rnd.sample(inspectors, 3 + index % 2)
        for inspector in panel:
            inspection = Inspection(
                community_id=community.id,
                campaign_id=campaign.id,
                inspector_id=inspector.id,
                visit_date=visits[community.name],
            )
            session.add(inspection)
            session.flush()
            not_applicable = writer.score(inspection, community, quality)
            writer.check_requirements(inspection, community)
            written.append(
                Visit(
                    inspection.id,
                    community.id,
                    community.name,
                    inspector.name,
                    inspection.visit_date,
                    not_applicable,
                )
            )
    return campaign, written


def _description(row: tuple[Any, ...]) -> str:
    """A 小区简介 as an application states it, from the community's own facts (for the
    communities whose press-report text the demo does not have)."""
    name, district, street, company, manager, built, buildings, households, occ, fee, _ = row
    return (
        f"{name}位于{district}{street}，建成于{built}年，共有住宅楼{buildings}幢、"
        f"住户{households}户，入住率{occ}%。小区由{company}提供物业服务，项目负责人{manager}。"
        f"小区党支部与社区党组织、业主委员会、物业服务企业每月召开联席会议，"
        f"建立“红色物业”议事协商机制，物业服务标准和收费信息在小区显著位置公示，"
        f"物业费收缴率{fee}%。近年来完成雨污分流、电动车集中充电棚和消防通道改造，"
        f"组织开展垃圾分类宣传、邻里节和志愿服务活动，业主满意度逐年提高。"
    )


def _community(row: tuple[Any, ...]) -> Community:
    name, district, street, company, manager, built, buildings, households, occ, fee, extra = row
    facts = {**GOOD_FACTS, **extra}
    facts.setdefault("description", _description(row))
    return Community(
        name=name,
        district=district,
        street=street,
        admin_community=f"{street.removesuffix('街道')}社区",
        address=f"连云港市{district}{street}{name}"
        if district == DISTRICT
        else f"南京市{district}{name}",
        property_company=company,
        manager_name=manager,
        year_built=built,
        buildings=buildings,
        households=households,
        occupancy_rate=Decimal(occ),
        fee_collection_rate=Decimal(fee),
        contact_name=manager,
        contact_phone=contact_phone(name),
        **facts,
    )


@dataclass
class _Inspections:
    """Writes what an inspector found, drawing from ``rnd`` in the order the scores have
    always been drawn in (so that they stay the same from version to version)."""

    session: Session
    standard: Standard
    rnd: random.Random
    actor: Actor

    def score(self, inspection: Inspection, community: Community, quality: float) -> frozenset[str]:
        """Every item scored (or N/A) near ``quality``; returns the N/A items' codes."""
        rnd = self.rnd
        not_applicable: set[str] = set()
        for item in self.standard.items:
            if rnd.random() < 0.05 and item.na_allowed:
                not_applicable.add(item.code)
                self.session.add(
                    Finding(
                        inspection_id=inspection.id,
                        item_code=item.code,
                        na=True,
                        text="本小区不涉及该项。",
                    )
                )
                continue
            raw = min(10.0, max(3.0, rnd.gauss(quality, 1.2)))
            points = Decimal(round(raw * 2)) / 2
            kind, problem = ITEM_PROBLEMS[item.code]
            remark = problem + rnd.choice(ACTIONS) if points <= 6 else rnd.choice(REMARKS_GOOD)
            finding = Finding(
                inspection_id=inspection.id, item_code=item.code, points=points, text=remark
            )
            self.session.add(finding)
            if points <= 5:
                self._record_problem(inspection, community, item.code, remark, kind)
        return frozenset(not_applicable)

    def _record_problem(
        self, inspection: Inspection, community: Community, item_code: str, text: str, kind: str
    ) -> None:
        """Into the ledger, as ``RectificationService.record`` does (and audits) it."""
        rectification = Rectification(
            inspection_id=inspection.id,
            community_id=community.id,
            item_code=item_code,
            problem=text,
            # A fire risk gets a week, planting two months.
            deadline=inspection.visit_date + timedelta(days=FOLLOW_UPS[kind].days),
        )
        self.session.add(rectification)
        log_create(self.session, self.actor, "rectification", rectification.id, text)
        log_change(
            self.session,
            self.actor,
            "rectification",
            rectification.id,
            "deadline",
            None,
            rectification.deadline,
            "create",
        )

    def check_requirements(self, inspection: Inspection, community: Community) -> None:
        for requirement in self.standard.requirements:
            passed = not (community.name == GATE_FAILURE and requirement.code == "R7")
            note = "" if passed else "现场发现消防车通道被私家车占用堵塞。"
            self.session.add(
                RequirementCheck(
                    inspection_id=inspection.id,
                    requirement_code=requirement.code,
                    passed=passed,
                    note=note,
                )
            )
