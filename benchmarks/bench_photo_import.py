"""How fast does importing photos run, compared with just decoding them?

Run: ``.venv/bin/python benchmarks/bench_photo_import.py [--rounds N] [--photos N]``

Makes (once, then reuses) 40 JPEGs of 4000×3000 at quality 90, about 4 MB each, half of
them stored sideways with EXIF orientation 6 or 8 — what a phone produces on site.
Then, in each round and in the same process, so machine speed drift cancels out:

(a) baseline: Pillow decodes each photo in draft mode to about 1600 px, one after the
    other in this process — the least any import has to do;
(b) ours: ``PhotoService.add`` with 2 worker processes into a fresh database and photo
    store — reading, hashing, checking, one decode, both copies, writing and fsyncing
    three files, and the database rows; pool start-up included.

Prints both per photo and their ratio (target ≤ 1.5) and writes
``benchmarks/results/photo_import.json``. The wall-time ratio assumes two idle cores; on
a busy machine it comes out too high, so the CPU time of both is measured as well.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import PIL
from PIL import Image, ImageDraw

if TYPE_CHECKING:
    from meihao_desktop.services import Services

SIZE = (4000, 3000)
NOISE = 27  # sensor-like noise: the JPEGs come out at 3.8–4.2 MB at q90, as on a phone
TARGET_RATIO = 1.5
CACHE = Path(tempfile.gettempdir()) / "meihao-bench-photos-v2"  # new name when make_photo changes
RESULTS = Path(__file__).resolve().parent / "results" / "photo_import.json"


def make_photo(number: int) -> bytes:
    """A 4000×3000 picture with photo-like noise (so it compresses to ~4 MB at q90)."""
    rng = random.Random(number)
    channels = []
    for channel in range(3):
        gradient = Image.linear_gradient("L").resize(SIZE)
        if (number + channel) % 2:
            gradient = gradient.transpose(Image.Transpose.ROTATE_180)
        channels.append(Image.blend(gradient, Image.effect_noise(SIZE, NOISE), 0.5))
    picture = Image.merge("RGB", channels)
    draw = ImageDraw.Draw(picture)
    for _ in range(12):
        x, y = rng.randrange(SIZE[0] - 600), rng.randrange(SIZE[1] - 600)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + rng.randrange(100, 600), y + rng.randrange(100, 600)), colour)
    exif = Image.Exif()
    if number % 2:  # half of them held sideways: stored turned, with the tag to undo it
        orientation = 6 if number % 4 == 1 else 8
        turn = Image.Transpose.ROTATE_90 if orientation == 6 else Image.Transpose.ROTATE_270
        picture = picture.transpose(turn)
        exif[0x0112] = orientation
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90, exif=exif)
    return buffer.getvalue()


def photos(count: int) -> list[Path]:
    CACHE.mkdir(parents=True, exist_ok=True)
    paths = [CACHE / f"site_{number:02}.jpg" for number in range(count)]
    for number, path in enumerate(paths):
        if not path.exists():
            print(f"making {path.name} …", file=sys.stderr)
            path.write_bytes(make_photo(number))
    for path in paths:  # warm the page cache, as for photos just copied off a phone
        path.read_bytes()
    return paths


def baseline(paths: list[Path]) -> float:
    """Seconds to draft-decode every photo to ~1600 px, sequentially."""
    start = time.perf_counter()
    for path in paths:
        with Image.open(path) as image:
            image.draft("RGB", (1600, 1200) if image.width >= image.height else (1200, 1600))
            image.load()
    return time.perf_counter() - start


def ours(paths: list[Path], workdir: Path) -> tuple[float, float]:
    """Seconds for ``PhotoService.add`` of every photo (2 workers), and for adding them
    again to a second inspection (the copies exist: nothing is decoded)."""
    # Imported here, not at the top: every worker process imports this script again as
    # its main module, and should not pay for the database layer (~0.7 s) each time.
    from meihao_desktop.media.photo_store import PhotoStore
    from meihao_desktop.services import Actor, Services
    from meihao_desktop.services.photos import PhotoService
    from meihao_desktop.store.db import Database

    if workdir.exists():
        shutil.rmtree(workdir)
    with Database.open(workdir / "meihao.sqlite") as db:
        actor = Actor("benchmark", "benchmark")
        services = Services.create(db, actor)
        inspections = [new_inspection(services, name) for name in ("甲小区", "乙小区")]
        service = PhotoService(db, actor, PhotoStore.beside(db.path))
        start = time.perf_counter()
        result = service.add(inspections[0], paths, workers=2)
        first = time.perf_counter() - start
        assert len(result.added) == len(paths), result.failures
        start = time.perf_counter()
        service.add(inspections[1], paths, workers=2)
        again = time.perf_counter() - start
    return first, again


def cpu_per_photo(paths: list[Path], workdir: Path) -> tuple[float, float]:
    """CPU milliseconds per photo of the baseline and of the import run in this process
    (one worker, no database): unlike wall time, not inflated by other programs."""
    from meihao_desktop.media.importer import import_photos
    from meihao_desktop.media.photo_store import PhotoStore

    start = time.process_time()
    baseline(paths)
    base = time.process_time() - start
    start = time.process_time()
    import_photos(paths, PhotoStore(workdir / "cpu.photos"), workers=1)
    ours = time.process_time() - start
    return base / len(paths) * 1000, ours / len(paths) * 1000


def new_inspection(services: Services, name: str) -> str:
    community = services.communities.create(name=name, district="海州区")
    inspector = services.inspectors.get_or_create("测速员")
    campaign = services.campaigns.create("测速", 2025, "meihao-2024")
    return services.inspections.start(community.id, campaign.id, inspector.id).id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--photos", type=int, default=40)
    args = parser.parse_args()
    paths = photos(args.photos)
    if os.getloadavg()[0] > 0.5:  # the baseline uses one core, the import both
        print(
            f"warning: load average {os.getloadavg()[0]:.1f}: other processes are using "
            "the CPU; the ratio will be too high",
            file=sys.stderr,
        )
    megabytes = statistics.fmean(path.stat().st_size for path in paths) / 2**20
    rounds = []
    with tempfile.TemporaryDirectory(prefix="meihao-bench-") as scratch:
        for number in range(args.rounds):
            base = baseline(paths) / len(paths) * 1000
            first, again = (seconds / len(paths) * 1000 for seconds in ours(paths, Path(scratch)))
            rounds.append(
                {
                    "baseline_ms": base,
                    "import_ms": first,
                    "reimport_ms": again,
                    "load_average_1min": os.getloadavg()[0],
                }
            )
            print(
                f"round {number + 1}: baseline {base:6.1f} ms/photo   import {first:6.1f} ms/photo"
                f"   ratio {first / base:.2f}   (again, already stored: {again:.1f} ms/photo)"
            )
        cpu = cpu_per_photo(paths, Path(scratch))
    print(
        f"CPU time per photo: baseline {cpu[0]:.1f} ms, import (1 process) {cpu[1]:.1f} ms: "
        f"{cpu[1] / cpu[0]:.2f}× the work, so ≈ {cpu[1] / cpu[0] / 2:.2f} on two idle cores"
    )
    report(rounds, cpu, len(paths), megabytes)


def report(
    rounds: list[dict[str, float]], cpu: tuple[float, float], count: int, megabytes: float
) -> None:
    base = statistics.median(r["baseline_ms"] for r in rounds)
    ratios = [r["import_ms"] / r["baseline_ms"] for r in rounds]
    ratio = statistics.median(ratios)
    imported = statistics.median(r["import_ms"] for r in rounds)
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(
        f"median: baseline {base:.1f} ms/photo, import {imported:.1f} ms/photo, "
        f"ratio {ratio:.2f} (best round {min(ratios):.2f}; target ≤ {TARGET_RATIO}) {verdict}"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    summary = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "pillow": PIL.__version__,
            "platform": platform.platform(),
            "load_average_1min_after": round(os.getloadavg()[0], 2),
        },
        "photos": {"count": count, "size": list(SIZE), "mean_mb": round(megabytes, 2)},
        "rounds": [{key: round(value, 1) for key, value in r.items()} for r in rounds],
        "median": {
            "baseline_ms_per_photo": round(base, 1),
            "import_ms_per_photo": round(imported, 1),
            "ratio": round(ratio, 2),
        },
        "best_round_ratio": round(min(ratios), 2),
        "cpu_ms_per_photo": {"baseline": round(cpu[0], 1), "import_one_process": round(cpu[1], 1)},
        "target_ratio": TARGET_RATIO,
    }
    RESULTS.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written to {RESULTS}")


if __name__ == "__main__":  # worker processes import this file too: only run here
    main()
