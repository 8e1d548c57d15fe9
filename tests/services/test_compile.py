"""Compiling a campaign: aggregates by hand, ties, gates, eligibility, filters, composite
totals, agreement with per-inspection scoring, and the re-inspection comparison."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from meihao_desktop.domain.aggregation import AggregateMethod
from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.domain.scoring import ItemScore, score_inspection
from meihao_desktop.services import Services
from meihao_desktop.services.compile import CompileService, _score
from meihao_desktop.services.reinspection import Trend
from meihao_desktop.store.models import Campaign, EnteredScore, Recommendation
from tests.exchange.conftest import FACTS
from tests.exchange.conftest import score as score_all


def community(services: Services, name: str, street: str = "新南街道", **facts: object) -> str:
    fields = {**FACTS, **facts}
    return services.communities.create(name=name, district="海州区", street=street, **fields).id


def inspectors(services: Services, count: int) -> list[str]:
    names = ["周雯", "孙嘉树", "吴喆", "郑思远", "冯玥"]
    return [services.inspectors.create(name).id for name in names[:count]]


def inspect(
    services: Services,
    campaign: str,
    place: str,
    who: str,
    points: str,
    visit: date = date(2024, 9, 3),
    **kw: object,
) -> str:
    inspection = services.inspections.start(place, campaign, who, visit).id
    score_all(services, inspection, points, **kw)  # type: ignore[arg-type]
    return inspection


def test_five_inspectors_trimmed_mean_by_hand(services: Services) -> None:
    # Totals 50, 70, 80, 85, 100: trimmed (70 + 80 + 85) / 3 = 78.33…, mean 77.
    campaign = services.campaigns.create("2024", 2024, "meihao-2024").id
    place = community(services, "东方瑞园")
    for who, points in zip(inspectors(services, 5), ["5", "7", "8", "8.5", "10"], strict=True):
        inspect(services, campaign, place, who, points)
    [row] = CompileService(services.db, services.catalog).compile(campaign).rows
    assert row.aggregate is not None
    assert row.aggregate.method is AggregateMethod.TRIMMED_MEAN
    assert row.total == Decimal(235) / 3
    assert (row.aggregate.minimum, row.aggregate.maximum, row.aggregate.mean) == (50, 100, 77)
    assert row.sections["3"] == Decimal(94) / 3  # 40 × (0.7 + 0.8 + 0.85) / 3
    assert (row.rank, row.scorers, row.gates_passed, row.eligible) == (1, 5, True, True)

    with services.db.session() as session:  # the campaign overrides the standard's rule
        stored = session.get(Campaign, campaign)
        assert stored is not None
        stored.trim_min_scorers = 6
        session.commit()
    [row] = CompileService(services.db, services.catalog).compile(campaign).rows
    assert row.total == 77


def test_ties_share_a_rank_among_the_eligible_only(services: Services) -> None:
    campaign = services.campaigns.create("2024", 2024, "meihao-2024").id
    zhou, sun = inspectors(services, 2)
    a = community(services, "东方瑞园")
    b = community(services, "新海花园", street="新海街道")
    c = community(services, "花果山庄")
    vetoed = community(services, "蔷薇湖畔")
    inspect(services, campaign, a, zhou, "8")  # 80
    inspect(services, campaign, b, zhou, "9")  # (90 + 70) / 2 = 80: a tie
    inspect(services, campaign, b, sun, "7")
    inspect(services, campaign, vetoed, sun, "8.5", failed=["R7", "R2"])  # 85, above both
    inspect(services, campaign, c, sun, "6")  # 60: third, not fourth
    compiled = CompileService(services.db, services.catalog).compile(campaign)
    assert [(row.community, row.rank) for row in compiled.rows][2:] == [
        ("花果山庄", 3),
        ("蔷薇湖畔", None),
    ]
    assert {row.community: row.rank for row in compiled.rows[:2]} == {"东方瑞园": 1, "新海花园": 1}
    assert [(g.code, g.inspectors) for g in compiled.rows[3].failed_gates] == [
        ("R2", ("孙嘉树",)),
        ("R7", ("孙嘉树",)),
    ]

    filtered = CompileService(services.db, services.catalog).compile(campaign, street="新海街道")
    assert [row.community for row in filtered.rows] == ["新海花园"]
    assert CompileService(services.db, services.catalog).latest_campaign_id() == campaign


def test_failed_or_unknown_gates_and_prerequisites_keep_a_community_unranked(
    services: Services,
) -> None:
    campaign = services.campaigns.create("2024", 2024, "meihao-2024").id
    zhou, sun = inspectors(services, 2)
    ranked = community(services, "东方瑞园")
    vetoed = community(services, "蔷薇湖畔")
    three_stars = community(services, "锦屏家园", red_property_stars=3)
    unrecorded = community(services, "凤凰星城", red_property_stars=None)
    half_checked = community(services, "花果山庄")
    nothing_yet = community(services, "苍梧小区")
    never_scored = community(services, "盐河新苑")
    inspect(services, campaign, ranked, zhou, "6")  # 60: the lowest total, yet first
    inspect(services, campaign, vetoed, zhou, "9", failed=["R7"])
    inspect(services, campaign, vetoed, sun, "9")  # one inspector's failure is enough
    inspect(services, campaign, three_stars, sun, "9.5")
    inspect(services, campaign, unrecorded, zhou, "8.5")
    inspect(services, campaign, half_checked, zhou, "8")
    partial = services.inspections.start(half_checked, campaign, sun, date(2024, 9, 4)).id
    services.inspections.record_finding(partial, "1.1", points="8")  # no requirement checked
    services.inspections.start(nothing_yet, campaign, zhou)
    with services.db.session() as session:  # in the campaign, but nobody inspected it
        session.add(Recommendation(campaign_id=campaign, community_id=never_scored))
        session.commit()

    compiled = CompileService(services.db, services.catalog).compile(campaign)
    shown = [(r.community, r.rank, str(r.standing), r.unranked_reasons) for r in compiled.rows]
    assert shown == [
        ("东方瑞园", 1, "ranked", ()),
        ("锦屏家园", None, "excluded", ("申报条件 E1 不满足",)),
        ("蔷薇湖畔", None, "excluded", ("原则要求 R7 未通过",)),
        ("凤凰星城", None, "pending", ("申报条件 E1 未填写",)),
        ("花果山庄", None, "pending", ("原则要求尚未全部核查：孙嘉树",)),
        ("苍梧小区", None, "pending", ("原则要求尚未全部核查：周雯",)),
        ("盐河新苑", None, "unscored", ()),
    ]
    assert [r.total for r in compiled.rows[1:6]] == [95, 90, 85, Decimal("41.6"), 0]


def test_composite_total_uses_entered_scores(services: Services) -> None:
    # 0.3 × 90 (survey) + 0.3 × 70 (vote) + 0.4 × 80 (checklist) = 80
    campaign = services.campaigns.create("2019 文明示范小区", 2019, "wenming-2019").id
    [who] = inspectors(services, 1)
    entered, missing = community(services, "东方瑞园"), community(services, "新海花园")
    inspect(services, campaign, entered, who, "8")
    inspect(services, campaign, missing, who, "9")
    with services.db.session() as session:
        session.add(
            EnteredScore(
                campaign_id=campaign,
                community_id=entered,
                component_code="survey",
                value=Decimal(90),
            )
        )
        session.add(
            EnteredScore(
                campaign_id=campaign, community_id=entered, component_code="vote", value=Decimal(70)
            )
        )
        session.add(
            EnteredScore(
                campaign_id=campaign,
                community_id=missing,
                component_code="survey",
                value=Decimal(95),
            )
        )
        session.add(
            Recommendation(
                campaign_id=campaign,
                community_id=entered,
                decision="recommend",
                bureau_opinion="同意推荐",
            )
        )
        session.commit()

    rows = {
        r.community: r for r in CompileService(services.db, services.catalog).compile(campaign).rows
    }
    assert rows["东方瑞园"].total == 80
    assert rows["东方瑞园"].aggregate is not None
    assert rows["东方瑞园"].aggregate.value == 80
    assert (rows["东方瑞园"].decision, rows["东方瑞园"].bureau_opinion) == ("recommend", "同意推荐")
    assert rows["新海花园"].total is None
    assert rows["新海花园"].rank is None
    assert rows["新海花园"].composite is not None
    assert [c.code for c in rows["新海花园"].composite.missing] == ["vote"]


def test_compiled_totals_agree_with_scoring_each_inspection(demo_services: Services) -> None:
    compiled = CompileService(demo_services.db, demo_services.catalog).compile()
    assert len(compiled.rows) == 14
    for row in compiled.rows:
        for inspector in row.scores:
            result = demo_services.inspections.score(inspector.inspection_id)
            assert inspector.total == result.total
            assert inspector.failed_requirements == tuple(
                r.code for r in result.failed_requirements
            )


def test_demo_vetoed_communities_are_unranked_and_the_eligible_ranked_by_total(
    demo_services: Services,
) -> None:
    compiled = CompileService(demo_services.db, demo_services.catalog).compile()
    ranked = [row for row in compiled.rows if row.rank is not None]
    unranked = {row.community: row for row in compiled.rows if row.rank is None}
    assert set(unranked) == {"蔷薇湖畔", "锦屏家园"}  # R7 failed; 3-star 红色物业
    assert unranked["蔷薇湖畔"].unranked_reasons == ("原则要求 R7 未通过",)
    assert unranked["锦屏家园"].unranked_reasons == ("申报条件 E1 不满足",)
    assert all(str(row.standing) == "excluded" for row in unranked.values())
    assert compiled.rows[-2:] == tuple(unranked.values())  # listed after the ranked
    assert all(row.gates_passed and row.eligible for row in ranked)
    assert [row.rank for row in ranked] == list(range(1, len(ranked) + 1)) == list(range(1, 13))
    totals = [row.total for row in ranked]
    assert totals == sorted(totals, reverse=True)  # type: ignore[type-var]
    # 蔷薇湖畔 (73.79) scored above the last eligible community, yet does not push it down.
    assert unranked["蔷薇湖畔"].total > ranked[-1].total  # type: ignore[operator]


def test_compare_with_previous_campaign(services: Services) -> None:
    earlier = services.campaigns.create("2023", 2023, "meihao-2024").id
    later = services.campaigns.create("2024", 2024, "meihao-2024").id
    place = community(services, "东方瑞园")
    [who] = inspectors(services, 1)
    first = inspect(services, earlier, place, who, "8", overrides={"1.1": "5"})
    problem = services.rectifications.record(first, "1.1", "党建活动场所未挂牌", date(2024, 10, 1))
    services.rectifications.mark_rectified(problem.id, "已挂牌")
    services.rectifications.verify(problem.id, "刘科长")
    # The re-inspection comes after the problem was closed (today).
    inspect(services, later, place, who, "8", date.today(), overrides={"1.1": "8", "1.2": "6"})
    compiler = CompileService(services.db, services.catalog)

    comparison = compiler.compare_with_previous(place, later)
    items = {item.item_code: item for item in comparison.items}
    assert (items["1.1"].previous, items["1.1"].current, items["1.1"].trend) == (
        5,
        8,
        Trend.IMPROVED,
    )
    assert (items["1.2"].previous, items["1.2"].current, items["1.2"].trend) == (8, 6, Trend.WORSE)
    assert items["2.1"].trend is Trend.SAME
    assert [r.problem for r in items["1.1"].closed] == ["党建活动场所未挂牌"]
    assert [r.id for r in comparison.closed] == [problem.id]
    assert comparison.previous_campaign == "2023"
    # Section 一: 20 × (5 + 4 × 8) / 50 = 14.8 before, 20 × (8 + 6 + 3 × 8) / 50 = 15.2 now.
    assert (comparison.previous_total, comparison.current_total) == (
        Decimal("78.8"),
        Decimal("79.2"),
    )
    with pytest.raises(NotFoundError, match="没有考察记录"):
        compiler.compare_with_previous(place, earlier)


@pytest.mark.parametrize("standard_id", ["meihao-2024", "wenming-2019"])
def test_one_pass_scoring_equals_the_domain_engine(services: Services, standard_id: str) -> None:
    """The compile's own section sums agree with ``score_inspection`` exactly, including
    N/A items, whole N/A sections (weight shared out) and unscored items."""
    rnd = random.Random(7)
    standard = services.catalog.get(standard_id)
    for _ in range(300):
        findings: dict[str, tuple[Decimal | None, bool]] = {}
        skip_section = rnd.choice([None, *standard.sections])
        for section in standard.sections:
            for item in section.items:
                roll = rnd.random()
                if section is skip_section or roll < 0.1:
                    findings[item.code] = (None, True)
                elif roll < 0.2:
                    continue  # unscored
                else:
                    findings[item.code] = (Decimal(rnd.randint(0, 20)) / 2, False)
        total, sections, done = _score(standard.sections, findings)
        expected = score_inspection(
            standard, [ItemScore(code, p, na) for code, (p, na) in findings.items()]
        )
        assert total == expected.total
        assert sections == {s.section.code: s.score for s in expected.sections}
        assert done == expected.items_done
