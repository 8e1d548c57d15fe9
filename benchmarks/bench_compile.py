"""Benchmark: compiling a city-sized campaign (500 communities × 5 inspectors).

    .venv/bin/python benchmarks/bench_compile.py [--communities 500] [--repeat 7]

The rows are bulk-inserted with SQLAlchemy Core in one transaction (62,500 findings,
20,000 requirement checks). Measured in the same run, so the machine's drift cancels:

* compile: ``CompileService.compile`` — every inspection scored by the domain engine,
  aggregated, gated, ranked (target: well under 1 s);
* baseline: one SQL ``GROUP BY`` over the same findings (a sum per inspection, as
  floats) — the least any compile must do to read the rows.

Writes ``benchmarks/results/bench_compile.json``.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from meihao_desktop.resources import standards_dir
from meihao_desktop.services.catalog import StandardsCatalog
from meihao_desktop.services.compile import CompileService
from meihao_desktop.store import models
from meihao_desktop.store.db import Database
from meihao_desktop.store.types import new_id

RESULTS = Path(__file__).with_name("results")
INSPECTORS = 5


def _row(**values: Any) -> dict[str, Any]:
    now = datetime(2024, 9, 1, tzinfo=UTC)
    return {"id": new_id(), "created_at": now, "updated_at": now, "version": 1, **values}


def populate(db: Database, catalog: StandardsCatalog, communities: int) -> str:
    """Insert a campaign of ``communities`` × 5 inspections, fully scored; return its id."""
    standard = catalog.get("meihao-2024")
    rnd = random.Random(2024)
    campaign = _row(
        name="全市选树", year=2024, standard_id=standard.id,
        standard_version=standard.version, district="", trim_min_scorers=None,
    )  # fmt: skip
    inspectors = [
        _row(name=f"考察员{n}", unit="", role="inspector", phone="") for n in range(INSPECTORS)
    ]
    places, inspections, findings, checks = [], [], [], []
    for number in range(communities):
        place = _row(**_community(number))
        places.append(place)
        quality = rnd.uniform(6, 9.5)
        for inspector in inspectors:
            inspection = _row(
                community_id=place["id"], campaign_id=campaign["id"],
                inspector_id=inspector["id"], visit_date=date(2024, 9, 3),
                status="signed", summary="", signed_at=None,
            )  # fmt: skip
            inspections.append(inspection)
            for item in standard.items:
                na = rnd.random() < 0.03
                points = (
                    None if na else Decimal(round(min(10, max(0, rnd.gauss(quality, 1))) * 2)) / 2
                )
                findings.append(
                    _row(inspection_id=inspection["id"], item_code=item.code, points=points,
                         level=None, na=na, text="")
                )  # fmt: skip
            for requirement in standard.requirements:
                checks.append(
                    _row(inspection_id=inspection["id"], requirement_code=requirement.code,
                         passed=rnd.random() > 0.002, note="")
                )  # fmt: skip
    tables = [
        (models.Campaign, [campaign]),
        (models.Inspector, inspectors),
        (models.Community, places),
        (models.Inspection, inspections),
        (models.Finding, findings),
        (models.RequirementCheck, checks),
    ]
    with db.engine.begin() as connection:  # one transaction, Core inserts
        for model, rows in tables:
            connection.execute(sa.insert(model.__table__), rows)  # type: ignore[attr-defined]
    return str(campaign["id"])


def _community(number: int) -> dict[str, Any]:
    return {
        "name": f"小区{number:04}", "district": f"区{number % 6}", "street": f"街道{number % 40}",
        "admin_community": "", "address": "", "property_company": "", "manager_name": "",
        "households": None, "buildings": None, "year_built": None,
        "occupancy_rate": Decimal(90), "fee_collection_rate": Decimal(96),
        "contact_name": "", "contact_phone": "", "description": "",
        "red_property_stars": 5, "cross_appointment": True, "joint_party_org": True,
        "demonstration_level": "市级",
    }  # fmt: skip


def timed(repeat: int, action: Any) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times


def baseline_query(db: Database, campaign_id: str) -> list[Any]:
    finding, inspection = models.Finding.__table__, models.Inspection.__table__  # type: ignore[attr-defined]
    query = (
        sa.select(finding.c.inspection_id, sa.func.sum(sa.cast(finding.c.points, sa.Float)))
        .join(inspection, inspection.c.id == finding.c.inspection_id)
        .where(inspection.c.campaign_id == campaign_id)
        .group_by(finding.c.inspection_id)
    )
    with db.engine.connect() as connection:
        return list(connection.execute(query))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--communities", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    catalog = StandardsCatalog([standards_dir()])
    with (
        tempfile.TemporaryDirectory() as scratch,
        Database.open(Path(scratch) / "bench.sqlite") as db,
    ):
        start = time.perf_counter()
        campaign_id = populate(db, catalog, args.communities)
        insert_s = time.perf_counter() - start
        service = CompileService(db, catalog)
        rows = service.compile(campaign_id).rows  # warm: imports, statement cache
        assert len(rows) == args.communities
        assert len(baseline_query(db, campaign_id)) == args.communities * INSPECTORS
        compile_times = timed(args.repeat, lambda: service.compile(campaign_id))
        baseline_times = timed(args.repeat, lambda: baseline_query(db, campaign_id))
    compile_s, baseline_s = min(compile_times), min(baseline_times)
    result = {
        "benchmark": "compile",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "communities": args.communities,
        "inspections": args.communities * INSPECTORS,
        "findings": args.communities * INSPECTORS * 25,
        "bulk_insert_s": round(insert_s, 3),
        "compile_s": {
            "min": round(compile_s, 4),
            "median": round(statistics.median(compile_times), 4),
        },
        "baseline_group_by_s": {
            "min": round(baseline_s, 4),
            "median": round(statistics.median(baseline_times), 4),
        },
        "ratio_compile_to_baseline": round(compile_s / baseline_s, 2),
        "target_s": 1.0,
        "within_target": compile_s < 1.0,
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "bench_compile.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False) + "\n"
    )
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
