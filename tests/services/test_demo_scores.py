"""On the demo data, every inspection's score equals an independent recomputation.

The recomputation reads the raw rows with plain sqlite3 and applies the published rule
(section = weight × earned ÷ possible over applicable items; N/A sections' weight shared
out) with ``fractions.Fraction`` — no code from the scoring engine.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from meihao_desktop.cli.output import score_json
from meihao_desktop.services import Services

WEIGHTS = {"1": 20, "2": 20, "3": 40, "4": 20}
ITEMS = {"1": 5, "2": 4, "3": 9, "4": 7}


def recompute(rows: list[tuple[str, str | None, int]]) -> str:
    earned: dict[str, Fraction] = defaultdict(Fraction)
    possible: dict[str, Fraction] = {s: Fraction(10 * n) for s, n in ITEMS.items()}
    for item_code, points, na in rows:
        section = item_code.split(".")[0]
        if na:
            possible[section] -= 10
        elif points is not None:
            earned[section] += Fraction(points)
    applicable = [s for s in WEIGHTS if possible[s] > 0]
    weighted = sum(WEIGHTS[s] * earned[s] / possible[s] for s in applicable)
    total = 100 * weighted / sum(WEIGHTS[s] for s in applicable)
    exact = Decimal(total.numerator) / Decimal(total.denominator)
    return str(exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def test_every_demo_score_matches_recomputation(demo_services: Services) -> None:
    inspections = demo_services.inspections.list()
    assert len(inspections) >= 36
    connection = sqlite3.connect(demo_services.db.path)
    try:
        for summary in inspections:
            rows = connection.execute(
                "SELECT item_code, points, na FROM finding WHERE inspection_id = ?", (summary.id,)
            ).fetchall()
            assert len(rows) == 25
            result = score_json(demo_services.inspections.score(summary.id))
            assert result["total"] == recompute(rows), summary.community
    finally:
        connection.close()


def test_demo_has_what_the_campaign_needs(demo_services: Services) -> None:
    communities = demo_services.communities.list()
    names = {c.name for c in communities}
    assert {"东方瑞园", "新海花园", "瑞金新村", "怡江苑"} <= names
    assert len(communities) >= 12
    per_community: dict[str, set[str]] = defaultdict(set)
    for summary in demo_services.inspections.list():
        per_community[summary.community].add(summary.inspector)
    assert all(len(inspectors) >= 3 for inspectors in per_community.values())
    assert any(len(inspectors) >= 5 for inspectors in per_community.values())

    verdicts = {
        s.community: demo_services.inspections.score(s.id) for s in demo_services.inspections.list()
    }
    assert any(r.gates_passed is False for r in verdicts.values())
    assert any(not r.eligible for r in verdicts.values())
    assert any(
        any(sec.scored and sec.earned < sec.possible for sec in r.sections)
        for r in verdicts.values()
    )
    connection = sqlite3.connect(demo_services.db.path)
    try:
        (na_count,) = connection.execute("SELECT count(*) FROM finding WHERE na").fetchone()
    finally:
        connection.close()
    assert na_count > 0


def test_demo_is_not_loaded_twice(demo_services: Services) -> None:
    from meihao_desktop.services.demo import load_demo
    from tests.services.conftest import TESTER

    before = len(demo_services.inspections.list())
    result = load_demo(demo_services.db, demo_services.catalog, TESTER)
    assert not result.created
    assert len(demo_services.inspections.list()) == before
