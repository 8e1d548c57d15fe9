"""Benchmark: cold start of the GUI to its first painted main window, on the demo database.

    .venv/bin/python benchmarks/bench_startup.py [--repeat 9]
    xvfb-run -a .venv/bin/python benchmarks/bench_startup.py    # a real X server (xcb)

Each repetition starts fresh processes, alternating, so that the machine's drift hits
both alike:

* app: ``python -m meihao_desktop --db demo.sqlite`` with ``MEIHAO_STARTUP_PROBE=1``
  (``diagnostics.startup_probe``): the first paint of the main window, then the
  workbench shown with the database open ("ready"), then it quits;
* baseline: ``python -c "import PySide6.QtWidgets"``, the least any Qt program pays.

Times run from just before ``Popen`` to the moment the child prints (``time.time()`` on
both sides). Target: median first paint ≤ 2 × median baseline. A warm-up run comes
first (it compiles the translations into the cache and makes the day's startup backup,
as a reviewer's first start of the day would). The data and settings folders are
temporary. Writes ``benchmarks/results/startup.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).with_name("results")
TARGET_RATIO = 2.0
BASELINE = "import PySide6.QtWidgets, time; print('imported', time.time(), flush=True)"


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["MEIHAO_STARTUP_PROBE"] = "1"
    return env


def _stamps(command: list[str], env: dict[str, str]) -> tuple[float, dict[str, float], str]:
    """Run ``command``; the seconds from start to each ``<word> <time.time()>`` it prints."""
    started = time.time()
    done = subprocess.run(
        command, cwd=REPO, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    marks, heavy = {}, ""
    for line in done.stdout.splitlines():
        words = line.removeprefix("meihao-startup ").split()
        if len(words) >= 2:
            marks[words[0]] = float(words[1]) - started
            heavy = next((w.removeprefix("heavy=") for w in words if w.startswith("heavy=")), heavy)
    if done.returncode != 0 or not marks:
        raise SystemExit(f"{command} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return started, marks, heavy


def _summary(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "median": round(statistics.median(ms), 1),
        "min": round(min(ms), 1),
        "max": round(max(ms), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        home = Path(scratch)
        env = _environment(home)
        db = home / "demo.sqlite"
        cli = [sys.executable, "-m", "meihao_desktop", "--db", str(db)]
        subprocess.run([*cli, "demo"], cwd=REPO, env=env, check=True, capture_output=True)
        app_command, base_command = cli, [sys.executable, "-c", BASELINE]
        _stamps(app_command, env)  # warm-up: translations cache, the day's backup
        paints, readies, bases, heavy = [], [], [], set()
        for _ in range(args.repeat):
            _, base, _ = _stamps(base_command, env)
            _, marks, loaded = _stamps(app_command, env)
            bases.append(base["imported"])
            paints.append(marks["painted"])
            readies.append(marks.get("ready", float("nan")))
            heavy |= set(filter(None, loaded.replace("-", "").split(",")))
    ratio = statistics.median(paints) / statistics.median(bases)
    result = {
        "benchmark": "GUI cold start to the first painted main window (demo database)",
        "repeat": args.repeat,
        "baseline_import_pyside6_qtwidgets_ms": _summary(bases),
        "first_paint_ms": _summary(paints),
        "workbench_ready_ms": _summary(readies),
        "first_paint_over_baseline_median": round(ratio, 2),
        "per_run_ratios": [round(p / b, 2) for p, b in zip(paints, bases, strict=True)],
        "target_ratio": TARGET_RATIO,
        "within_target": ratio <= TARGET_RATIO,
        "heavy_modules_at_first_paint": sorted(heavy),
        "qt_platform": env["QT_QPA_PLATFORM"],
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "startup.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
