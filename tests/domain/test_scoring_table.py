"""Hand-computed scoring cases: each row's expected figure was worked out on paper.

meihao-2024 has sections weighted 20/20/40/20 with 5/4/9/7 items, each scored 0–10.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from meihao_desktop.domain.aggregation import AggregateMethod, aggregate
from meihao_desktop.domain.eligibility import RuleStatus
from meihao_desktop.domain.numbers import shown
from meihao_desktop.domain.scoring import ItemScore, composite_total, score_inspection
from meihao_desktop.domain.standard_file import load_standard_text
from meihao_desktop.domain.standards import Standard

NA = "NA"
SECTION_SIZES = {"1": 5, "2": 4, "3": 9, "4": 7}


def findings(**sections: list[object]) -> list[ItemScore]:
    """Build findings per section: s1=[10, 8, NA, None, …]; omitted sections all 10."""
    result = []
    for code, size in SECTION_SIZES.items():
        values = sections.get(f"s{code}", [10] * size)
        assert len(values) == size
        for index, value in enumerate(values, start=1):
            item = f"{code}.{index}"
            if value == NA:
                result.append(ItemScore(item, na=True))
            elif value is not None:
                result.append(ItemScore(item, D(str(value))))
    return result


CASES = [
    # (case, findings, expected total shown, expected section scores shown)
    ("everything full marks", findings(), "100.00", ["20.00", "20.00", "40.00", "20.00"]),
    (
        "everything 8 of 10",
        findings(s1=[8] * 5, s2=[8] * 4, s3=[8] * 9, s4=[8] * 7),
        "80.00",
        ["16.00", "16.00", "32.00", "16.00"],
    ),
    (
        "everything zero",
        findings(s1=[0] * 5, s2=[0] * 4, s3=[0] * 9, s4=[0] * 7),
        "0.00",
        ["0.00", "0.00", "0.00", "0.00"],
    ),
    ("nothing scored counts as zero", [], "0.00", ["0.00", "0.00", "0.00", "0.00"]),
    (
        "an N/A item leaves the denominator",
        findings(s1=[10, 10, 10, 10, NA]),
        "100.00",
        ["20.00", "20.00", "40.00", "20.00"],
    ),
    # s1: 24 of 30 → 20 × 24/30 = 16
    (
        "N/A items with partial marks",
        findings(s1=[10, 8, 6, NA, NA]),
        "96.00",
        ["16.00", "20.00", "40.00", "20.00"],
    ),
    # s2 N/A; weighted 10 + 40 + 20 = 70 of 80 → 87.5
    (
        "all-N/A section: weight shared out",
        findings(s1=[5] * 5, s2=[NA] * 4),
        "87.50",
        ["10.00", None, "40.00", "20.00"],
    ),
    # s3 N/A; 20 + 0 + 20 = 40 of 60 → 66.666…
    (
        "the 40% section N/A",
        findings(s2=[0] * 4, s3=[NA] * 9),
        "66.67",
        ["20.00", "0.00", None, "20.00"],
    ),
    # s3: 80 of 90 → 40 × 8/9 = 35.555…; 20 + 20 + 35.555… + 20
    (
        "a repeating decimal rounds only at the end",
        findings(s3=[10] * 7 + [5, 5]),
        "95.56",
        ["20.00", "20.00", "35.56", "20.00"],
    ),
    # s4: 7 items, 63.5 of 70 → 20 × 63.5/70 = 18.142857…
    (
        "half points",
        findings(s4=[10, 10, 10, 10, 10, 7.5, 6]),
        "98.14",
        ["20.00", "20.00", "40.00", "18.14"],
    ),
    # unscored items in s1 count as 0: 30 of 50 → 12
    (
        "partly scored section",
        findings(s1=[10, 10, 10, None, None]),
        "92.00",
        ["12.00", "20.00", "40.00", "20.00"],
    ),
]


@pytest.mark.parametrize(("case", "items", "total", "sections"), CASES, ids=[c[0] for c in CASES])
def test_hand_computed(
    meihao: Standard, case: str, items: list[ItemScore], total: str, sections: list[str | None]
) -> None:
    result = score_inspection(meihao, items)
    assert result.total is not None
    assert str(shown(result.total)) == total
    assert [None if s.score is None else str(shown(s.score)) for s in result.sections] == sections


def test_all_na_section_is_reported_as_na(meihao: Standard) -> None:
    result = score_inspection(meihao, findings(s2=[NA] * 4))
    section = result.sections[1]
    assert section.na
    assert section.score is None
    assert section.effective_weight == 0
    # the 80 remaining weight points are stretched to 100: 20 → 25, 40 → 50
    assert [shown(s.effective_weight) for s in result.sections] == [
        D("25.00"),
        0,
        D("50.00"),
        D("25.00"),
    ]


def test_every_section_na_gives_no_total(meihao: Standard) -> None:
    items = [ItemScore(i.code, na=True) for i in meihao.items]
    result = score_inspection(meihao, items)
    assert result.total is None
    assert result.completeness == "25/25"


def test_half_up_rounding_not_bankers() -> None:
    standard = load_standard_text(
        'id="x"\nversion="1"\ntitle="x"\n[[sections]]\ncode="1"\ntitle="甲"\nweight="100"\n'
        '[[sections.items]]\ncode="1.1"\ntext="一"\nmax_points=400\n',
        origin="x.toml",
    )
    result = score_inspection(standard, [ItemScore("1.1", D("348.5"))])
    assert result.total == D("87.125")
    assert str(shown(result.total)) == "87.13"


def test_failed_gate_whatever_the_points(meihao: Standard) -> None:
    checks: dict[str, bool | None] = {r.code: True for r in meihao.requirements}
    checks["R7"] = False
    result = score_inspection(meihao, findings(), checks)
    assert result.total == 100
    assert result.gates_passed is False
    assert [r.code for r in result.failed_requirements] == ["R7"]
    assert result.verdict == "不符合原则要求"


def test_unchecked_gates_are_not_passed(meihao: Standard) -> None:
    result = score_inspection(meihao, findings(), {"R1": True})
    assert result.gates_passed is None
    assert len(result.unchecked_requirements) == 7


def test_eligibility_lists_failed_and_unknown_rules(meihao: Standard) -> None:
    facts = {
        "red_property_stars": 3,
        "cross_appointment": True,
        "joint_party_org": True,
        "demonstration_level": "市级",
        "fee_collection_rate": D("96.5"),
    }
    result = score_inspection(meihao, findings(), community_facts=facts)
    statuses = {r.rule.field: r.status for r in result.eligibility}
    assert statuses["red_property_stars"] is RuleStatus.FAILED
    assert statuses["occupancy_rate"] is RuleStatus.UNKNOWN
    assert statuses["fee_collection_rate"] is RuleStatus.MET
    assert not result.eligible
    assert [r.rule.code for r in result.failed_eligibility] == ["E1", "E5"]
    assert "实际：3" in result.failed_eligibility[0].reason


def test_composite_wenming(wenming: Standard) -> None:
    checklist = score_inspection(wenming, [ItemScore(i.code, D(9)) for i in wenming.items])
    assert checklist.total == 90
    # 0.3 × 80 + 0.3 × 70 + 0.4 × 90 = 24 + 21 + 36
    result = composite_total(wenming, checklist.total, {"survey": D(80), "vote": D(70)})
    assert result.total == D(81)
    partial = composite_total(wenming, checklist.total, {"survey": D(80)})
    assert partial.total is None
    assert [c.code for c in partial.missing] == ["vote"]


@pytest.mark.parametrize(
    ("totals", "value", "method"),
    [
        (["80", "90", "85", "70", "95"], "85.00", AggregateMethod.TRIMMED_MEAN),  # drop 70, 95
        (["80", "90", "85", "70"], "81.25", AggregateMethod.MEAN),  # too few to trim
        (["60", "80", "80", "90", "90", "100"], "85.00", AggregateMethod.TRIMMED_MEAN),
        (["77.5"], "77.50", AggregateMethod.MEAN),
    ],
)
def test_aggregation(totals: list[str], value: str, method: AggregateMethod) -> None:
    result = aggregate([D(t) for t in totals], trim_min_scorers=5)
    assert result is not None
    assert str(shown(result.value)) == value
    assert result.method is method
    assert result.minimum == min(D(t) for t in totals)
    assert result.spread == max(D(t) for t in totals) - min(D(t) for t in totals)


def test_trim_threshold_is_configurable() -> None:
    result = aggregate([D(70), D(80), D(90)], trim_min_scorers=3)
    assert result is not None
    assert result.value == 80
    assert result.method is AggregateMethod.TRIMMED_MEAN


def test_levels_scale(meihao: Standard) -> None:
    from meihao_desktop.domain.scoring import level_points

    levels4 = next(s for s in meihao.scales if s.id == "levels4")
    item = meihao.items[0]
    from dataclasses import replace

    levelled = replace(item, scale=levels4)
    assert level_points(levelled) == {"好": 10, "较好": 8, "一般": 6, "差": 3}
