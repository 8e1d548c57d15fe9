"""Properties of the scoring engine that must hold for any findings."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from meihao_desktop.domain.scoring import ItemScore, score_inspection
from meihao_desktop.domain.standard_file import load_standard_file
from tests.domain.conftest import STANDARDS

MEIHAO = load_standard_file(STANDARDS / "meihao-2024.toml")
HALF_POINTS = st.integers(min_value=0, max_value=20).map(lambda n: Decimal(n) / 2)
FINDING_STATE = st.one_of(st.none(), st.just("NA"), HALF_POINTS)


@st.composite
def inspections(draw: st.DrawFn) -> list[ItemScore]:
    result = []
    for item in MEIHAO.items:
        state = draw(FINDING_STATE)
        if state == "NA":
            result.append(ItemScore(item.code, na=True))
        elif state is not None:
            result.append(ItemScore(item.code, state))
    return result


@settings(max_examples=300, deadline=None)
@given(inspections())
def test_total_is_within_0_and_100(items: list[ItemScore]) -> None:
    total = score_inspection(MEIHAO, items).total
    assert total is None or 0 <= total <= 100


@settings(max_examples=200, deadline=None)
@given(inspections(), st.randoms(use_true_random=False))
def test_order_of_findings_is_irrelevant(items: list[ItemScore], rnd: object) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    a, b = score_inspection(MEIHAO, items), score_inspection(MEIHAO, shuffled)
    assert a.total == b.total
    assert [s.score for s in a.sections] == [s.score for s in b.sections]


@settings(max_examples=300, deadline=None)
@given(inspections(), st.data())
def test_raising_one_score_never_lowers_the_total(
    items: list[ItemScore], data: st.DataObject
) -> None:
    scored = [i for i, f in enumerate(items) if f.points is not None]
    if not scored:
        return
    index = data.draw(st.sampled_from(scored))
    finding = items[index]
    assert finding.points is not None
    raised_to = data.draw(HALF_POINTS.filter(lambda p: p >= finding.points))
    raised = list(items)
    raised[index] = ItemScore(finding.item_code, raised_to)
    before, after = score_inspection(MEIHAO, items).total, score_inspection(MEIHAO, raised).total
    assert before is not None
    assert after is not None
    assert after >= before
