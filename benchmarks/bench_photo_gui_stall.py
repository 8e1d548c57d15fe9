"""Does importing photos through the editor's strip keep the window responsive?

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_photo_gui_stall.py
[--rounds N] [--photos N]``

Starts the real main window on a fresh demo database (offscreen), opens a draft
inspection in the editor, picks an item and imports 40 photos of 4000×3000 (q90, about
4 MB, half of them stored sideways with EXIF orientation 6 or 8; made once by
``bench_photo_import.py`` and shared with it) through ``PhotoStrip.import_paths`` — the
path the file dialog and drops take: background job, progress dialog, worker processes,
then the strip's refresh, the tree's counts and the thumbnails read in the background.

Meanwhile a 10 ms ``QTimer`` heartbeat records the gap between its ticks: the longest
gap is the longest time the GUI event loop was stalled (target < 100 ms). The
same heartbeat is measured for a second with the window idle first, as the floor of
what the machine's scheduler allows. Each round uses a new database and photo folder.
Writes ``benchmarks/results/photo_gui_stall.json``.

Heavy imports happen inside functions: every worker process of the import imports this
script again as its main module.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from meihao_desktop.gui.main_window import MainWindow
    from meihao_desktop.gui.photos.strip import PhotoStrip

HEARTBEAT_MS = 10
TARGET_MS = 100.0
IDLE_SECONDS = 1.0
SETTLE_SECONDS = 0.5  # after the last thumbnail: late work still counts
ITEM = "3.5"
RESULTS = Path(__file__).resolve().parent / "results" / "photo_gui_stall.json"


class Heartbeat:
    """Ticks every ``HEARTBEAT_MS``; remembers each gap and when it ended."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[tuple[float, float]] = []  # (ended at, gap ms)
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(self._timer.timerType().PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[tuple[float, float]]:
        self._timer.stop()
        return self.gaps

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now, (now - self._last) * 1000))
        self._last = now


def spin(app: QApplication, until: Any, timeout: float = 600.0) -> None:
    """Run the event loop until ``until()`` is true."""
    deadline = time.perf_counter() + timeout
    while not until():
        app.processEvents()
        time.sleep(0.001)  # as an idle event loop would wait for events
        if time.perf_counter() > deadline:
            raise SystemExit("timed out")


def open_editor(app: QApplication, workdir: Path) -> tuple[MainWindow, PhotoStrip]:
    from meihao_desktop.gui.app import start_main_window
    from meihao_desktop.gui.pages.inspections import InspectionsPage
    from meihao_desktop.gui.photos.strip import PhotoStrip
    from meihao_desktop.services import Actor
    from meihao_desktop.services.catalog import default_catalog
    from meihao_desktop.services.demo import load_demo
    from meihao_desktop.store.db import Database

    db_path = workdir / "meihao.sqlite"
    with Database.open(db_path) as db:
        load_demo(db, default_catalog(), Actor("基准测试", "bench"))
    window = start_main_window(db_path)
    window.resize(1366, 768)
    spin(app, lambda: getattr(window, "context", None) is not None)
    context = window.context  # type: ignore[attr-defined]
    spin(app, lambda: not context.jobs.busy)  # the start-up tidying of the photo folder
    page = context.show_page("inspections")
    assert isinstance(page, InspectionsPage)
    draft = next(s for s in context.services.inspections.list() if s.status == "draft")
    assert page.open_inspection(draft.id)
    page.editor.select(ITEM)
    strip = page.editor.findChild(PhotoStrip)
    assert strip is not None
    assert strip.item_code == ITEM
    return window, strip


def one_round(app: QApplication, paths: list[Path], workdir: Path) -> dict[str, Any]:
    window, strip = open_editor(app, workdir)
    heartbeat = Heartbeat()
    heartbeat.start()
    spin_for(app, IDLE_SECONDS)
    idle = [gap for _at, gap in heartbeat.stop()]
    context = window.context  # type: ignore[attr-defined]
    heartbeat.start()
    start = time.perf_counter()
    assert strip.import_paths(paths) is not None
    spin(app, lambda: not context.jobs.busy)
    imported = time.perf_counter() - start
    assert strip.model.rowCount() == len(paths), strip.status_label.text()
    spin(app, lambda: all(strip.thumbnails.pixmap(e.thumb) for e in strip.model.entries()))
    thumbnails = time.perf_counter() - start
    spin_for(app, SETTLE_SECONDS)
    gaps = heartbeat.stop()
    window.close()
    window.deleteLater()
    app.processEvents()
    worst_at, worst = max(gaps, key=lambda pair: pair[1])
    busy = [gap for _at, gap in gaps]
    return {
        "import_s": round(imported, 2),
        "import_ms_per_photo": round(imported / len(paths) * 1000, 1),
        "thumbnails_shown_s": round(thumbnails, 2),
        "longest_stall_ms": round(worst, 1),
        "longest_stall_at_s": round(worst_at - start, 2),
        "stall_p99_ms": round(percentile(busy, 0.99), 1),
        "gaps_over_50ms": sum(gap > 50 for gap in busy),
        "idle_longest_gap_ms": round(max(idle), 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }


def spin_for(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    spin(app, lambda: time.perf_counter() >= end)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--photos", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_photo_import import photos  # the shared cache of generated 12 MP photos
    from PySide6.QtWidgets import QApplication

    from meihao_desktop.gui.app import prepare_application

    paths = photos(args.photos)
    app = QApplication(sys.argv[:1])
    prepare_application(app)
    rounds = []
    for number in range(args.rounds):
        with tempfile.TemporaryDirectory(prefix="meihao-stall-") as scratch:
            result = one_round(app, paths, Path(scratch))
        rounds.append(result)
        print(describe(number + 1, result))
    report(rounds, paths)


def describe(number: int, r: dict[str, Any]) -> str:
    return (
        f"round {number}: import {r['import_s']:.1f} s ({r['import_ms_per_photo']:.0f} ms/photo), "
        f"thumbnails shown at {r['thumbnails_shown_s']:.1f} s; longest stall "
        f"{r['longest_stall_ms']:.0f} ms at {r['longest_stall_at_s']:.2f} s "
        f"(p99 {r['stall_p99_ms']:.0f} ms, {r['gaps_over_50ms']} gaps > 50 ms; "
        f"idle floor {r['idle_longest_gap_ms']:.0f} ms)"
    )


def report(rounds: list[dict[str, Any]], paths: list[Path]) -> None:
    worst = max(r["longest_stall_ms"] for r in rounds)
    median_worst = statistics.median(r["longest_stall_ms"] for r in rounds)
    verdict = "OK" if median_worst < TARGET_MS else "OVER TARGET"
    print(
        f"longest GUI stall: median of rounds {median_worst:.0f} ms, worst {worst:.0f} ms "
        f"(target < {TARGET_MS:.0f} ms) {verdict}; import "
        f"{statistics.median(r['import_s'] for r in rounds):.1f} s median"
    )
    import PySide6

    summary = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "pyside6": PySide6.__version__,
            "platform": platform.platform(),
        },
        "photos": {
            "count": len(paths),
            "size": [4000, 3000],
            "mean_mb": round(statistics.fmean(p.stat().st_size for p in paths) / 2**20, 2),
        },
        "heartbeat_ms": HEARTBEAT_MS,
        "rounds": rounds,
        "median_longest_stall_ms": median_worst,
        "worst_longest_stall_ms": worst,
        "median_import_s": statistics.median(r["import_s"] for r in rounds),
        "target_ms": TARGET_MS,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
