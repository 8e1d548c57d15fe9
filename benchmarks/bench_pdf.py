"""How fast are the PDF exports, compared with the least work they must do?

Run: ``.venv/bin/python benchmarks/bench_pdf.py [--rounds N]``

Uses the 40 JPEGs of 4000×3000 at quality 90 that ``bench_photo_import.py`` makes (and
caches); makes them if they are missing. In each round, in the same process, so machine
speed drift cancels out:

(a) baseline: Pillow shrinks each photo to the size a PDF embeds (1600 px, JPEG q80,
    decoded in draft mode, turned upright), one after the other — the least any export
    with these photos has to do;
(b) the score sheet of an inspection with those 40 photos, display copies deleted
    first, so the export makes them (2 processes) before it renders — target ≤ 1.5 × (a),
    file ≤ 15 MB; also timed again with the copies present;
(c) a district export of 30 recommendation forms (2 photos each) with 2 worker
    processes, divided by the same with 1 — target ≤ 0.65. Timed as the application
    does it: in a warm ``RenderPool`` (the application starts one shortly after
    start-up and keeps it), started and warmed up (every worker has imported the
    renderers and loaded the font) before the timing starts; the forms' data is
    gathered inside the timing. For honesty the JSON also holds the cold numbers, a
    pool started inside the timing as the CLI does (``district_cold_*``).

Each round also times a control: the same pure-Python CPU work in 2 processes divided
by it in 1 process. Near 0.5 the machine really gave us two cores; far above, something
else was running and (c) says little.

Prints the numbers and writes ``benchmarks/results/pdf.json``.

The worker processes are spawned and import the main module again, as they do in the
application; so this file imports the program and its libraries only inside functions,
like the application's own light ``__main__``.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meihao_desktop.services import Services
    from meihao_desktop.services.photos import PhotoService
    from meihao_desktop.store.db import Database

TARGET_SHEET_RATIO = 1.5
TARGET_SHEET_MB = 15
TARGET_DISTRICT_RATIO = 0.65
FORMS = 30
RESULTS = Path(__file__).resolve().parent / "results" / "pdf.json"


def _services(db: Database) -> Services:
    from meihao_desktop.services import Actor, Services

    return Services.create(db, Actor("benchmark", "benchmark"))


def _photo_service(db: Database) -> PhotoService:
    from meihao_desktop.media.photo_store import PhotoStore
    from meihao_desktop.services import Actor
    from meihao_desktop.services.photos import PhotoService

    return PhotoService(db, Actor("benchmark", "benchmark"), PhotoStore.beside(db.path))


def baseline(paths: list[Path]) -> float:
    """Seconds to make every photo's 1600 px q80 upright copy, sequentially."""
    from PIL import Image, ImageOps

    start = time.perf_counter()
    for path in paths:
        with Image.open(path) as image:
            size = _fit(image.size, 1600)
            image.draft("RGB", size)  # libjpeg scales by 1/2 while decoding
            small = image.resize(size, Image.Resampling.BICUBIC)
            upright = ImageOps.exif_transpose(small)
            upright.save(io.BytesIO(), "JPEG", quality=80)
    return time.perf_counter() - start


def _burn(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def parallel_control() -> float:
    """Two processes ÷ one on pure CPU work: how parallel the machine is right now."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    work = [3_000_000] * 4
    with ProcessPoolExecutor(2, multiprocessing.get_context("spawn")) as pool:
        list(pool.map(int, [1, 2]))  # both workers started
        start = time.perf_counter()
        list(pool.map(_burn, work))
        two = time.perf_counter() - start
    start = time.perf_counter()
    for count in work:
        _burn(count)
    return two / (time.perf_counter() - start)


def _fit(size: tuple[int, int], edge: int) -> tuple[int, int]:
    scale = edge / max(size)
    return round(size[0] * scale), round(size[1] * scale)


def _complete_inspection(services: Services, community_id: str, campaign_id: str) -> str:
    inspector = services.inspectors.get_or_create("测速员")
    inspection = services.inspections.start(community_id, campaign_id, inspector.id)
    for item in services.catalog.get("meihao-2024").items:
        services.inspections.record_finding(inspection.id, item.code, points="8", text="良好")
    for number in range(1, 9):
        services.inspections.record_requirement(inspection.id, f"R{number}", True)
    return inspection.id


def build_database(folder: Path, paths: list[Path]) -> tuple[Database, str, str]:
    """A campaign of FORMS communities, each with 2 photos; the first has all 40."""
    from meihao_desktop.store.db import Database

    db = Database.open(folder / "meihao.sqlite")
    services = _services(db)
    campaign = services.campaigns.create("测速活动", 2024, "meihao-2024", "海州区")
    photo_service = _photo_service(db)
    first = ""
    for number in range(FORMS):
        community = services.communities.create(
            name=f"测速小区{number:02}", district="海州区", description="小区简介。" * 120
        )
        inspection = _complete_inspection(services, community.id, campaign.id)
        chosen = paths if number == 0 else paths[2 * number % 40 : 2 * number % 40 + 2]
        added = photo_service.add(inspection, chosen, workers=2).added
        photo_service.set_caption(added[0].id, "小区主大门")
        first = first or inspection
    return db, campaign.id, first


def score_sheet(db: Database, inspection_id: str, out: Path) -> tuple[float, float, float]:
    """Seconds with display copies to make, seconds with them present, file MB."""
    from meihao_desktop.media.photo_store import PhotoStore
    from meihao_desktop.services.exports import ExportService

    services = _services(db)
    store = PhotoStore.beside(db.path)
    exports = ExportService(db, services.catalog, store.root)
    for derived in ("display", "thumbs"):
        shutil.rmtree(store.root / derived, ignore_errors=True)
    start = time.perf_counter()
    exports.export_score_sheet(inspection_id, out)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    exports.export_score_sheet(inspection_id, out)
    warm = time.perf_counter() - start
    return cold, warm, out.stat().st_size / 2**20


def district(db: Database, campaign_id: str, folder: Path, workers: int, *, warm: bool) -> float:
    """Seconds for the district export: in a pool warmed up before the timing (``warm``,
    as the application does), or in one started inside it (as the CLI does)."""
    from meihao_desktop.media.photo_store import PhotoStore
    from meihao_desktop.reports.batch import RenderPool
    from meihao_desktop.services.exports import ExportService

    services = _services(db)
    exports = ExportService(db, services.catalog, PhotoStore.beside(db.path).root)
    shutil.rmtree(folder, ignore_errors=True)
    if not warm:
        start = time.perf_counter()
        result = exports.export_district(campaign_id, folder, workers=workers)
        seconds = time.perf_counter() - start
    else:
        with RenderPool(workers) as pool:
            assert pool.wait_until_warm(), "the workers did not start"
            start = time.perf_counter()
            result = exports.export_district(campaign_id, folder, pool=pool)
            seconds = time.perf_counter() - start
    assert len(result.written) == FORMS
    return seconds


def one_round(
    paths: list[Path], db: Database, ids: tuple[str, str], scratch: Path
) -> dict[str, float]:
    campaign_id, inspection_id = ids
    base = baseline(paths)
    cold, warm, megabytes = score_sheet(db, inspection_id, scratch / "score.pdf")
    folder = scratch / "district"
    return {
        "parallel_control": parallel_control(),
        "baseline_s": base,
        "score_sheet_s": cold,
        "score_sheet_copies_present_s": warm,
        "score_sheet_mb": megabytes,
        "district_warm_1_worker_s": district(db, campaign_id, folder, 1, warm=True),
        "district_warm_2_workers_s": district(db, campaign_id, folder, 2, warm=True),
        "district_cold_1_worker_s": district(db, campaign_id, folder, 1, warm=False),
        "district_cold_2_workers_s": district(db, campaign_id, folder, 2, warm=False),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_photo_import import photos as cached_photos  # the shared photo cache

    paths = cached_photos(40)
    rounds = []
    with tempfile.TemporaryDirectory(prefix="meihao-bench-pdf-") as scratch_name:
        scratch = Path(scratch_name)
        print("building the campaign (30 communities, 98 photos) …", file=sys.stderr)
        db, campaign_id, inspection_id = build_database(scratch, paths)
        with db:
            for number in range(args.rounds):
                r = one_round(paths, db, (campaign_id, inspection_id), scratch)
                rounds.append(r)
                print(
                    f"round {number + 1}: baseline {r['baseline_s']:.2f} s, score sheet "
                    f"{r['score_sheet_s']:.2f} s ({r['score_sheet_copies_present_s']:.2f} s "
                    f"with copies, {r['score_sheet_mb']:.1f} MB), district (warm pool) "
                    f"1 worker {r['district_warm_1_worker_s']:.2f} s, 2 workers "
                    f"{r['district_warm_2_workers_s']:.2f} s; cold pool "
                    f"{r['district_cold_1_worker_s']:.2f} s, "
                    f"{r['district_cold_2_workers_s']:.2f} s (machine control 2 ÷ 1: "
                    f"{r['parallel_control']:.2f})"
                )
    report(rounds)


def _pillow_version() -> str:
    from PIL import Image

    return str(Image.__version__)


def report(rounds: list[dict[str, float]]) -> None:
    def median(key: str) -> float:
        return statistics.median(r[key] for r in rounds)

    sheet_ratio = statistics.median(r["score_sheet_s"] / r["baseline_s"] for r in rounds)

    def district_ratio_of(kind: str) -> float:
        return statistics.median(
            r[f"district_{kind}_2_workers_s"] / r[f"district_{kind}_1_worker_s"] for r in rounds
        )

    district_ratio, cold_ratio = district_ratio_of("warm"), district_ratio_of("cold")
    megabytes = median("score_sheet_mb")
    control = median("parallel_control")
    verdicts = {
        "score_sheet_ratio_ok": sheet_ratio <= TARGET_SHEET_RATIO,
        "score_sheet_size_ok": megabytes <= TARGET_SHEET_MB,
        "district_ratio_ok": district_ratio <= TARGET_DISTRICT_RATIO,
    }
    print(
        f"median: score sheet / baseline {sheet_ratio:.2f} (target ≤ {TARGET_SHEET_RATIO}), "
        f"{megabytes:.1f} MB (target ≤ {TARGET_SHEET_MB}); district 2 workers / 1 "
        f"{district_ratio:.2f} in a warm pool (target ≤ {TARGET_DISTRICT_RATIO}; "
        f"{cold_ratio:.2f} in a pool started for the export; machine control "
        f"{control:.2f}); " + ("all OK" if all(verdicts.values()) else "OVER TARGET")
    )
    summary = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "pillow": _pillow_version(),
            "platform": platform.platform(),
        },
        "photos": {"count": 40, "size": [4000, 3000], "quality": 90},
        "forms_in_district": FORMS,
        "district_ratio_measures": "warm pool started before the timing, as the application "
        "does; district_cold_*: a pool started inside the timing, as the CLI does",
        "rounds": [{key: round(value, 3) for key, value in r.items()} for r in rounds],
        "median": {
            "baseline_s": round(median("baseline_s"), 3),
            "score_sheet_s": round(median("score_sheet_s"), 3),
            "score_sheet_copies_present_s": round(median("score_sheet_copies_present_s"), 3),
            "score_sheet_mb": round(megabytes, 2),
            "score_sheet_ratio": round(sheet_ratio, 2),
            **{key: round(median(key), 3) for key in rounds[0] if key.startswith("district_")},
            "district_ratio": round(district_ratio, 2),
            "district_cold_ratio": round(cold_ratio, 2),
            "parallel_control": round(median("parallel_control"), 2),
        },
        "targets": {
            "score_sheet_ratio": TARGET_SHEET_RATIO,
            "score_sheet_mb": TARGET_SHEET_MB,
            "district_ratio": TARGET_DISTRICT_RATIO,
        },
        "verdicts": verdicts,
        "date": date.today().isoformat(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written to {RESULTS}")


if __name__ == "__main__":  # worker processes import this file too: only run here
    main()
