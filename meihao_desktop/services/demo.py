"""A realistic demo data set: one district's 2024 campaign, ready to explore and export.

The four model communities of the 2024 press report (东方瑞园, 新海花园, 瑞金新村, 怡江苑)
and ten more make a district; four or five inspectors score each. One community fails a
principle requirement and one fails an eligibility prerequisite, as real campaigns do.
Written in one transaction (a bulk path), and deterministic: the same seed gives the
same scores.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from meihao_desktop.domain.standards import Standard
from meihao_desktop.services.audit import Actor, log_create
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import (
    Campaign,
    Community,
    Finding,
    Inspection,
    Inspector,
    Rectification,
    RequirementCheck,
)

DEMO_CAMPAIGN = "2024年度海州区“美好家园”小区选树"
GOOD_FACTS: dict[str, Any] = {
    "red_property_stars": 5,
    "cross_appointment": True,
    "joint_party_org": True,
    "demonstration_level": "市级",
}

# name, district, street, company, manager, built, buildings, households, occupancy, fee, extra
COMMUNITIES: list[tuple[Any, ...]] = [
    (
        "东方瑞园",
        "海州区",
        "新南街道",
        "江苏杨辉物业服务有限公司",
        "杨丽娟",
        2006,
        28,
        1960,
        "98",
        "97.5",
        {
            "demonstration_level": "省级",
            "description": "小区建立由组织部门、住建部门、街道社区、业主委员会、"
            "物业公司、小区党支部为一体的组织体系，每月至少召开1次联席会议；组建居家养老服务队伍，"
            "为独居困难老年人建立台账，“温馨之家”食堂进驻小区设立爱心餐桌。",
        },
    ),
    (
        "新海花园",
        "海州区",
        "新海街道",
        "江苏迎宾物业管理有限公司",
        "徐迎兵",
        1998,
        22,
        1380,
        "95",
        "96",
        {
            "description": "建于1998年的老旧小区。物业企业进驻后出资300万元改造，增设塑胶步道、篮球场、"
            "健身设施和儿童娱乐设施，设有24小时物业服务热线，业主满意度达到96%。"
        },
    ),
    (
        "瑞金新村",
        "秦淮区",
        "瑞金路街道",
        "明商集团恒兆公司",
        "周喆",
        1976,
        40,
        2800,
        "100",
        "96",
        {
            "demonstration_level": "省级",
            "description": "上世纪70年代的老旧小区，2019年改造后经业委会公开招聘"
            "选聘物业，践行“先服务，后收费，不满意，不收费”的服务承诺，物业费收缴率由20%提高到96%。",
        },
    ),
    (
        "怡江苑",
        "栖霞区",
        "龙潭街道",
        "南京谐扬物业管理有限公司",
        "王堃",
        2012,
        32,
        1450,
        "92",
        "96.2",
        {
            "description": "拆迁安置房小区，共有住宅楼32幢，居住人口约3500人。践行“红色物业”管理模式，"
            "由街道、社区、社会组织、公安部门、建设单位五方力量形成党建联盟。"
        },
    ),
    (
        "苍梧小区",
        "海州区",
        "朐阳街道",
        "连云港苍梧物业有限公司",
        "陈珺",
        2003,
        18,
        1100,
        "93",
        "95.5",
        {},
    ),
    (
        "朐阳花园",
        "海州区",
        "朐阳街道",
        "连云港港城物业服务有限公司",
        "刘赟",
        2010,
        24,
        1620,
        "90",
        "97",
        {},
    ),
    (
        "凤凰星城",
        "海州区",
        "洪门街道",
        "江苏凤凰物业管理有限公司",
        "赵玥",
        2015,
        36,
        2400,
        "88",
        "95.8",
        {},
    ),
    (
        "锦屏家园",
        "海州区",
        "锦屏镇",
        "连云港锦屏物业有限公司",
        "孙建国",
        2008,
        16,
        960,
        "85",
        "95.2",
        {"red_property_stars": 3},
    ),  # fails eligibility: 红色物业 three stars only
    (
        "盐河新苑",
        "海州区",
        "新东街道",
        "连云港盐河物业服务有限公司",
        "钱晓梅",
        2012,
        20,
        1300,
        "91",
        "96.4",
        {},
    ),
    (
        "蔷薇湖畔",
        "海州区",
        "新浦街道",
        "江苏蔷薇物业管理有限公司",
        "吴海涛",
        2017,
        30,
        2100,
        "82",
        "95.1",
        {},
    ),
    (
        "通灌佳苑",
        "海州区",
        "浦西街道",
        "连云港通灌物业有限公司",
        "郑丽",
        2005,
        14,
        820,
        "96",
        "95.9",
        {},
    ),
    (
        "花果山庄",
        "海州区",
        "花果山街道",
        "连云港花果山物业服务有限公司",
        "冯志强",
        2011,
        26,
        1750,
        "89",
        "96.8",
        {},
    ),
    (
        "海宁新村",
        "海州区",
        "海州街道",
        "连云港海宁物业有限公司",
        "何静",
        2000,
        19,
        1200,
        "97",
        "95.3",
        {},
    ),
    (
        "秀逸苏杭",
        "海州区",
        "幸福路街道",
        "江苏秀逸物业服务有限公司",
        "许文博",
        2014,
        27,
        1880,
        "87",
        "96.1",
        {},
    ),
]
GATE_FAILURE = "蔷薇湖畔"  # R7: 占用堵塞消防车通道 found on site
INSPECTORS = [
    ("周雯", "海州区住房和城乡建设局"),
    ("孙嘉树", "海州区住房和城乡建设局"),
    ("吴喆", "连云港市物业管理协会"),
    ("郑思远", "海州区新南街道办事处"),
    ("冯玥", "连云港市物业管理协会"),
]
REMARKS_LOW = [
    "楼道内堆放杂物，现场已要求物业限期清理。",
    "公示栏信息未及时更新，部分收费项目未公示。",
    "电动自行车在楼道内充电，存在消防隐患。",
    "绿化带有黄土裸露和缺株现象。",
    "业委会会议记录不完整，未见报告社区党组织的记录。",
]
REMARKS_GOOD = [
    "台账齐全，现场核实情况良好。",
    "查阅资料与现场情况一致。",
    "居民反映良好，现场抽查无问题。",
]


@dataclass(frozen=True)
class DemoResult:
    created: bool
    communities: int
    inspections: int


def _community(row: tuple[Any, ...]) -> Community:
    name, district, street, company, manager, built, buildings, households, occ, fee, extra = row
    facts = {**GOOD_FACTS, **extra}
    return Community(
        name=name,
        district=district,
        street=street,
        admin_community=f"{street.removesuffix('街道')}社区",
        address=f"连云港市{district}{street}{name}"
        if district == "海州区"
        else f"南京市{district}{name}",
        property_company=company,
        manager_name=manager,
        year_built=built,
        buildings=buildings,
        households=households,
        occupancy_rate=Decimal(occ),
        fee_collection_rate=Decimal(fee),
        contact_name=manager,
        contact_phone=f"0518-8{zlib.crc32(name.encode()) % 10_000_000:07d}",
        **facts,
    )


def _score_inspection(
    session: Session,
    rnd: random.Random,
    standard: Standard,
    inspection: Inspection,
    community: Community,
    quality: float,
) -> None:
    for item in standard.items:
        if rnd.random() < 0.05 and item.na_allowed:
            session.add(
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
        remark = rnd.choice(REMARKS_LOW if points <= 6 else REMARKS_GOOD)
        session.add(
            Finding(inspection_id=inspection.id, item_code=item.code, points=points, text=remark)
        )
        if points <= 5:
            session.add(
                Rectification(
                    inspection_id=inspection.id,
                    community_id=community.id,
                    item_code=item.code,
                    problem=remark,
                    deadline=inspection.visit_date + timedelta(days=30),
                )
            )
    for requirement in standard.requirements:
        passed = not (community.name == GATE_FAILURE and requirement.code == "R7")
        note = "" if passed else "现场发现消防车通道被私家车占用堵塞。"
        session.add(
            RequirementCheck(
                inspection_id=inspection.id,
                requirement_code=requirement.code,
                passed=passed,
                note=note,
            )
        )


def load_demo(
    db: Database, catalog: StandardsCatalog, actor: Actor, seed: int = 2024
) -> DemoResult:
    """Fill the database with the demo campaign, unless it is already there."""
    standard = catalog.get("meihao-2024")
    rnd = random.Random(seed)
    with db.session() as session:
        if session.exec(select(Campaign).where(Campaign.name == DEMO_CAMPAIGN)).first():
            return DemoResult(False, 0, 0)
        campaign = Campaign(
            name=DEMO_CAMPAIGN,
            year=2024,
            standard_id=standard.id,
            standard_version=standard.version,
            district="海州区",
        )
        inspectors = [Inspector(name=n, unit=u) for n, u in INSPECTORS]
        communities = [_community(row) for row in COMMUNITIES]
        session.add_all([campaign, *inspectors, *communities])
        session.flush()  # tables without ORM relationships: parents must exist first
        count = 0
        for index, community in enumerate(communities):
            quality = rnd.uniform(7.0, 9.6)
            panel = inspectors if index % 3 == 0 else rnd.sample(inspectors, 3 + index % 2)
            for inspector in panel:
                inspection = Inspection(
                    community_id=community.id,
                    campaign_id=campaign.id,
                    inspector_id=inspector.id,
                    visit_date=date(2024, 9, 2) + timedelta(days=index // 2),
                )
                session.add(inspection)
                session.flush()
                _score_inspection(session, rnd, standard, inspection, community, quality)
                count += 1
        log_create(session, actor, "campaign", campaign.id, f"演示数据：{DEMO_CAMPAIGN}")
        session.commit()
    return DemoResult(True, len(communities), count)
