"""Benchmark: how long the inspection editor takes to show another item.

One switch = set the standard tree's current index, then process events until the
item panel is filled and painted. The database holds 500 findings and 200 photo rows
(rows only, no files), inserted through the store session. The baseline, measured in
the same run, sets the same texts on bare widgets (labels and a text box), so the
numbers can be compared across machines. Target: median and max under 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_item_switch.py

Writes benchmarks/results/item_switch.json and prints a summary.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import PySide6
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from meihao_desktop.gui.app import prepare_application
from meihao_desktop.gui.context import AppContext, SaveState
from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.services import Actor, Services
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import (
    Campaign,
    Community,
    Finding,
    Inspection,
    Inspector,
    Photo,
)

SWITCHES = 200
WARM_UP = 25
INSPECTIONS = 20  # × 25 items = 500 findings
PHOTOS = 200
TARGET_MS = 50.0
RESULTS = Path(__file__).resolve().parent / "results" / "item_switch.json"
TEXTS = [
    "楼道内堆放杂物，现场已要求物业限期清理。",
    "公示栏信息未及时更新，部分收费项目未公示。\n已与物业负责人沟通，要求一周内整改。",
    "台账齐全，现场核实情况良好。",
    "",
]


def build_database(path: Path) -> tuple[Services, str]:
    """500 findings over 20 inspections, 200 photos on the first; returns its id."""
    db = Database.open(path)
    services = Services.create(db, Actor("基准测试", "bench"))
    standard = services.catalog.get("meihao-2024")
    with db.session() as session:
        community = Community(name="基准小区", district="海州区", occupancy_rate=Decimal(90))
        campaign = Campaign(
            name="基准活动", year=2024, standard_id=standard.id, standard_version=standard.version
        )
        inspector = Inspector(name="基准考察员")
        session.add_all([community, campaign, inspector])
        session.flush()
        inspections = [
            Inspection(
                community_id=community.id,
                campaign_id=campaign.id,
                inspector_id=inspector.id,
                visit_date=date(2024, 9, 2),
            )
            for _ in range(INSPECTIONS)
        ]
        session.add_all(inspections)
        session.flush()
        for inspection in inspections:
            for n, item in enumerate(standard.items):
                points = Decimal(5 + n % 6)
                text = TEXTS[n % len(TEXTS)]
                session.add(
                    Finding(
                        inspection_id=inspection.id, item_code=item.code, points=points, text=text
                    )
                )
        for n in range(PHOTOS):
            item = standard.items[n % len(standard.items)]
            session.add(
                Photo(
                    inspection_id=inspections[0].id,
                    item_code=item.code,
                    sha256=f"{n:064x}",
                    original_name=f"IMG_{n:04d}.jpg",
                    position=n,
                )
            )
        session.commit()
        return services, inspections[0].id


def measure(switch: Callable[[int], None], app: QApplication) -> list[float]:
    for n in range(WARM_UP):
        switch(n)
        app.processEvents()
    times = []
    for n in range(SWITCHES):
        start = time.perf_counter()
        switch(n)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return times


def editor_switches(app: QApplication, services: Services, inspection_id: str) -> list[float]:
    host = QWidget()
    context = AppContext(
        services=services,
        jobs=JobRunner(host),
        save_state=SaveState(host),
        inspector_name="基准考察员",
        inspector_unit="",
        show_page=lambda _key: host,
    )
    editor = InspectionEditor(context)
    editor.resize(1366, 768)
    editor.show()
    assert editor.load(inspection_id)
    app.processEvents()
    codes = editor.model.leaf_codes()
    indexes = [editor.model.index_of(code) for code in codes]

    def switch(n: int) -> None:
        editor.tree.setCurrentIndex(indexes[n % len(indexes)])

    times = measure(switch, app)
    editor.close()
    return times


def baseline_switches(app: QApplication, services: Services, inspection_id: str) -> list[float]:
    """The same texts set on bare widgets: what any screen pays to show them."""
    detail = services.inspections.detail(inspection_id)
    items = detail.standard.items
    window = QWidget()
    layout = QVBoxLayout(window)
    code_label, text_label, guidance_label = QLabel(), QLabel(), QLabel()
    text_label.setWordWrap(True)
    guidance_label.setWordWrap(True)
    finding = QPlainTextEdit()
    for widget in (code_label, text_label, guidance_label, finding):
        layout.addWidget(widget)
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    def switch(n: int) -> None:
        item = items[n % len(items)]
        code_label.setText(item.code)
        text_label.setText(item.text)
        guidance_label.setText(item.guidance)
        finding.setPlainText(detail.findings[item.code].text)

    times = measure(switch, app)
    window.close()
    return times


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median": round(statistics.median(ordered), 3),
        "p95": round(ordered[int(len(ordered) * 0.95) - 1], 3),
        "max": round(ordered[-1], 3),
        "mean": round(statistics.fmean(ordered), 3),
    }


def main() -> int:
    app = QApplication(sys.argv)
    prepare_application(app)  # the bundled CJK font: realistic text layout
    with tempfile.TemporaryDirectory() as folder:
        services, inspection_id = build_database(Path(folder) / "bench.sqlite")
        editor = summary(editor_switches(app, services, inspection_id))
        baseline = summary(baseline_switches(app, services, inspection_id))
        services.db.close()
    result = {
        "benchmark": "inspection editor: switch the current item",
        "switches": SWITCHES,
        "findings": INSPECTIONS * 25,
        "photos": PHOTOS,
        "editor_ms": editor,
        "baseline_ms": baseline,
        "editor_over_baseline_median": round(editor["median"] / max(baseline["median"], 1e-6), 2),
        "target_ms": TARGET_MS,
        "within_target": editor["median"] < TARGET_MS and editor["max"] < TARGET_MS,
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
        "pyside6": PySide6.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(
        f"item switch: median {editor['median']:.2f} ms, max {editor['max']:.2f} ms "
        f"(baseline median {baseline['median']:.2f} ms, max {baseline['max']:.2f} ms); "
        f"target < {TARGET_MS:.0f} ms: {'met' if result['within_target'] else 'NOT met'}"
    )
    print(f"written to {RESULTS}")
    return 0 if result["within_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
