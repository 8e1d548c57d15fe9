"""What happened after the demo's visits, done through the services as the screens do it:
problems rectified (with after-photos) and closed, score sheets signed and submitted,
and the bureau's recommendation decisions with both opinions and their signatures.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from meihao_desktop.domain.numbers import shown
from meihao_desktop.services import Services
from meihao_desktop.services.compile import CompiledRow
from meihao_desktop.services.demo.campaign import Visit
from meihao_desktop.services.demo.data import BUREAU_SIGNER, COMMUNITIES
from meihao_desktop.services.demo.ink import signature_png
from meihao_desktop.services.demo.photos import DemoCamera, after_photo, follow_up
from meihao_desktop.services.demo.timeline import (
    at,
    decided,
    inspection_status,
    progress,
    rectified_on,
)

VERIFIER = "周雯"  # of the district's housing bureau, who closes rectified problems
PASS_MARK = Decimal(85)  # the district's line for recommending
COMPANY_AGREES = "申报材料真实、准确，同意申报。我公司将持续提升物业服务水平。"
COMPANY_WILL_FIX = "已按考察意见制定整改方案，将在整改期限内完成整改，争取下一年度再行申报。"


def follow_up_problems(
    services: Services, camera: DemoCamera, visits: list[Visit], today: date, rnd: random.Random
) -> None:
    """Move each problem on as far as its deadline suggests (``timeline.progress``)."""
    order = {visit.inspection_id: index for index, visit in enumerate(visits)}
    # The ledger's own order ends with random ids: sort by something fixed instead.
    rows = sorted(
        services.rectifications.list(),
        key=lambda row: (order[row.inspection_id], row.item_code or ""),
    )
    for row in rows:
        assert row.deadline is not None  # the demo gives every problem a deadline
        state = progress(row.deadline, today, rnd)
        if state == "open":
            continue
        day = rectified_on(row.visit_date, row.deadline, today, rnd)
        when = at(day, 15, rnd.randint(0, 59))
        photo_id = after_photo(services.photos, camera, row, when)
        services.rectifications.mark_rectified(row.id, follow_up(row).note, photo_id, when)
        if state == "verified":
            services.rectifications.verify(row.id, VERIFIER)


def sign_inspections(
    services: Services, visits: list[Visit], rnd: random.Random, seed: int
) -> None:
    """Each inspector signs the score sheets of the earlier visits; the first are submitted."""
    inks: dict[str, bytes] = {}
    for visit in visits:
        status = inspection_status(visit.community, rnd)
        if status == "draft":
            continue
        if visit.inspector not in inks:
            inks[visit.inspector] = signature_png(visit.inspector, seed)
        services.signatures.sign_inspection(
            visit.inspection_id, visit.inspector, "考察人员", inks[visit.inspector]
        )
        if status == "submitted":
            services.signatures.submit_inspection(visit.inspection_id)


def decide(services: Services, campaign_id: str, seed: int) -> int:
    """The bureau's decision on the communities it has reviewed; returns how many."""
    managers = {row[0]: row[4] for row in COMMUNITIES}
    bureau_ink = signature_png(BUREAU_SIGNER[0], seed)
    count = 0
    for row in services.compile.compile(campaign_id).rows:
        if not decided(row.community):
            continue
        decision, opinion, company_opinion = _opinions(row)
        recommendations = services.signatures
        recommendations.save_recommendation(
            campaign_id, row.community_id, decision, opinion, company_opinion
        )
        manager = managers[row.community]
        recommendations.add_recommendation_signature(
            campaign_id, row.community_id, manager, "项目负责人",
            signature_png(manager, seed), purpose="company",
        )  # fmt: skip
        recommendations.add_recommendation_signature(
            campaign_id, row.community_id, BUREAU_SIGNER[0], BUREAU_SIGNER[1], bureau_ink
        )
        count += 1
    return count


def _opinions(row: CompiledRow) -> tuple[str, str, str]:
    """(decision, the bureau's opinion, the company's opinion) for a compiled row."""
    if row.failed_eligibility:
        rule = row.failed_eligibility[0].rule
        return (
            "not_recommend",
            f"经核查，该小区未{rule.text}，不符合申报条件，不予推荐。",
            "我公司正对照红色物业星级评定标准整改提升，争取早日达到申报条件。",
        )
    if row.failed_gates:
        gate = row.failed_gates[0]
        return (
            "not_recommend",
            f"现场考察发现消防车通道被私家车占用堵塞，不符合原则要求{gate.code}，"
            "实行一票否决，不予推荐。",
            "已按考察意见清理消防车通道，安排专人每日巡查，申请下一年度再行参评。",
        )
    assert row.total is not None  # every decided community was scored
    total = shown(row.total)
    if row.total < PASS_MARK:
        return (
            "not_recommend",
            f"综合得分{total}分，低于推荐分数线{PASS_MARK}分，暂不推荐。"
            "请物业服务企业对照考察发现的问题限期整改。",
            COMPANY_WILL_FIX,
        )
    return (
        "recommend",
        f"经实地考察和资料核查，该小区党建引领作用突出，物业服务规范，环境整洁有序，"
        f"综合得分{total}分，在全区排名第{row.rank}名，同意推荐。",
        COMPANY_AGREES,
    )
