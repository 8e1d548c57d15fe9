"""A whole site visit driven as an inspector drives it, then checked from a new process.

Open a demo community, start an inspection, check every principle requirement and score
every item by keyboard and by mouse, mark one item N/A, add photos, record a problem,
undo and redo; the total on screen equals the scoring engine's; then a separate process
reads the database file and finds everything there.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from meihao_desktop.domain.numbers import shown
from meihao_desktop.gui.app import start_main_window
from meihao_desktop.gui.editor.new_inspection_dialog import NewInspectionDialog
from meihao_desktop.gui.ledger.problem_dialog import ProblemDialog
from meihao_desktop.gui.photos.strip import PhotoStrip
from meihao_desktop.gui.settings import UserSettings
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.store.db import Database

PHOTOS = Path(__file__).resolve().parents[4] / "shared" / "photos" / "orientation"
MOUSE_ITEMS = {"1.2", "2.3", "3.4", "3.9", "4.6"}  # scored by clicking a quick button
NA_ITEM = "3.8"


def shown_total(text: str) -> str:
    match = re.search(r"\d+\.\d\d", text)
    assert match, text
    return match.group(0)


@pytest.fixture
def demo_db(db_path: Path, isolated_settings: None) -> Path:
    with Database.open(db_path) as db:
        services = Services.create(db, Actor("演示数据", "test"))
        load_demo(db, services.catalog, Actor("演示数据", "test"))
    UserSettings(
        inspector_name="吴喆", inspector_unit="连云港市物业管理协会", export_folder=db_path.parent
    ).save()
    return db_path


def test_a_whole_inspection_by_keyboard_and_mouse(
    demo_db: Path, prepared_app: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = start_main_window(demo_db)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: getattr(window, "context", None) is not None, timeout=10_000)
    services: Services = window.context.services  # type: ignore[attr-defined]

    # Open the demo community 新海花园 and start an inspection of it.
    community = next(c for c in services.communities.list() if c.name == "新海花园")
    communities = window.show_page("communities")
    assert communities.select_community(community.id)  # type: ignore[attr-defined]
    communities.inspect_current()  # type: ignore[attr-defined]
    dialog = window.findChild(NewInspectionDialog)
    assert dialog is not None
    dialog.accept()
    page = window.page("inspections")
    editor = page.editor  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(editor.inspection_id))
    inspection_id = editor.inspection_id
    standard = services.inspections.detail(inspection_id).standard

    # Principle requirements by keyboard: 1 = 通过.
    for requirement in standard.requirements:
        editor.select(requirement.code)
        editor.tree.setFocus()
        qtbot.keyClick(editor.tree, Qt.Key.Key_1)

    # Items: most by typing digits and Enter, some by clicking, one N/A by mouse.
    score_input = editor.item_panel.score_input
    expected: dict[str, Decimal | None] = {}
    for number, item in enumerate(standard.items):
        editor.select(item.code)
        if item.code == NA_ITEM:
            qtbot.mouseClick(score_input.na_button, Qt.MouseButton.LeftButton)
            expected[item.code] = None
        elif item.code in MOUSE_ITEMS:
            seven = next(b for b in score_input.buttons if b.text() == "7")
            qtbot.mouseClick(seven, Qt.MouseButton.LeftButton)
            expected[item.code] = Decimal(7)
        else:
            value = "9.5" if number % 2 else "8"
            editor.tree.setFocus()
            qtbot.keyClicks(editor.tree, value[0])  # a digit on the tree opens the points box
            qtbot.keyClicks(score_input.points_edit, value[1:])
            qtbot.keyClick(score_input.points_edit, Qt.Key.Key_Return)
            expected[item.code] = Decimal(value)

    # A finding: Chinese through setText (the test keyboard is ASCII-only), then typing.
    editor.select("3.5")
    editor.item_panel.finding_edit.setPlainText("楼道内堆放杂物")
    editor.item_panel.finding_edit.setFocus()
    qtbot.keyClick(
        editor.item_panel.finding_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.keyClicks(editor.item_panel.finding_edit, " 3F")
    editor.flush()

    # Photos on item 3.5, through the strip's file dialog.
    photos = sorted(PHOTOS.glob("landscape_*.jpg"))[:3]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(p) for p in photos], "")
    )
    photo_strip = editor.findChild(PhotoStrip)
    assert photo_strip is not None
    photo_strip.choose_files()
    qtbot.waitUntil(lambda: len(services.photos.list(inspection_id)) == 3, timeout=60_000)

    # A problem to rectify on item 3.5: the dialog is modal, fill it when it shows.
    def fill_problem() -> None:
        problem = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProblemDialog))
        problem.ui.problemEdit.setPlainText("楼道杂物限期清理")
        problem.accept()

    QTimer.singleShot(0, fill_problem)
    editor.request_problem()
    problems = services.rectifications.list()
    assert any(p.inspection_id == inspection_id and p.item_code == "3.5" for p in problems)

    # Undo the last score change and redo it: screen and database follow.
    editor.select("4.7")
    qtbot.mouseClick(
        next(b for b in score_input.buttons if b.text() == "2"), Qt.MouseButton.LeftButton
    )
    assert services.inspections.detail(inspection_id).findings["4.7"].points == 2
    editor.undo()
    assert services.inspections.detail(inspection_id).findings["4.7"].points == expected["4.7"]
    editor.redo()
    assert services.inspections.detail(inspection_id).findings["4.7"].points == 2
    editor.undo()

    # The total on screen is the scoring engine's.
    result = services.inspections.score(inspection_id)
    assert result.total is not None
    assert shown_total(editor.header.total_label.text()) == str(shown(result.total))
    assert result.completeness == "25/25"
    assert result.gates_passed is True

    window.close()
    services.db.close()
    _check_from_a_new_process(demo_db, inspection_id, expected)


def _check_from_a_new_process(
    db_path: Path, inspection_id: str, expected: dict[str, Decimal | None]
) -> None:
    env = {**os.environ, "MEIHAO_DB": str(db_path)}
    shown_json = subprocess.run(
        [sys.executable, "-m", "meihao_desktop", "inspections", "show", inspection_id, "--json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=120,
    ).stdout
    detail = json.loads(shown_json)
    findings = {f["item_code"]: f for f in detail["findings"]}
    for code, points in expected.items():
        if points is None:
            assert findings[code]["na"], code
        else:
            assert Decimal(findings[code]["points"]) == points, code
    assert findings["3.5"]["text"] == "楼道内堆放杂物 3F"
    assert all(r["passed"] is True for r in detail["requirements"])
    connection = sqlite3.connect(db_path)
    try:
        (photos,) = connection.execute(
            "SELECT count(*) FROM photo WHERE inspection_id = ? AND item_code = '3.5'",
            (inspection_id,),
        ).fetchone()
        (problems,) = connection.execute(
            "SELECT count(*) FROM rectification WHERE inspection_id = ?", (inspection_id,)
        ).fetchone()
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    assert photos == 3
    assert problems == 1
