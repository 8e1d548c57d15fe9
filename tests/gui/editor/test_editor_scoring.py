"""Scoring in the editor as an inspector does it: keys, clicks, N/A, requirements.

Every check reads the database back through the services: what the screen shows must
be what is saved.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from meihao_desktop.domain.numbers import shown
from meihao_desktop.gui.editor.editor import InspectionEditor
from meihao_desktop.gui.editor.tree_model import StandardTreeModel
from meihao_desktop.services import Services
from tests.gui.editor.conftest import start_inspection


def finding(services: Services, inspection_id: str, code: str):  # type: ignore[no-untyped-def]
    return services.inspections.detail(inspection_id).findings.get(code)


def shown_total(editor: InspectionEditor) -> str:
    match = re.search(r"\d+\.\d\d", editor.header.total_label.text())
    assert match, editor.header.total_label.text()
    return match.group(0)


def assert_total_matches_database(editor: InspectionEditor, services: Services) -> None:
    total = services.inspections.score(editor.inspection_id).total
    assert total is not None
    assert shown_total(editor) == str(shown(total))


def marker(editor: InspectionEditor, code: str) -> str:
    return str(editor.model.index_of(code).data(StandardTreeModel.MarkerRole))


def test_opening_shows_the_first_thing_still_to_do(
    editor: InspectionEditor, services: Services
) -> None:
    inspection_id = start_inspection(services)
    services.inspections.record_requirement(inspection_id, "R1", True)
    assert editor.load(inspection_id)
    assert editor.current_code == "R2"
    assert editor.ui.panels.currentWidget() is editor.requirement_panel
    assert "新海花园" in editor.header.title_label.text()
    assert shown_total(editor) == "0.00"


def test_digits_on_the_tree_type_points_and_enter_moves_on(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("1.1")
    editor.tree.setFocus()
    qtbot.keyClicks(editor.tree, "8")
    points = editor.item_panel.score_input.points_edit
    assert points.hasFocus()
    assert points.text() == "8"
    qtbot.keyClick(points, Qt.Key.Key_Return)
    assert finding(services, inspection_id, "1.1").points == Decimal(8)
    assert editor.current_code == "1.2"
    assert points.hasFocus()
    assert points.selectedText() == ""
    qtbot.keyClicks(points, "7.5")
    qtbot.keyClick(points, Qt.Key.Key_Enter)
    assert finding(services, inspection_id, "1.2").points == Decimal("7.5")
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_Return)  # Enter on the tree: into the score
    assert points.hasFocus()
    assert marker(editor, "1.2") == "scored"
    assert editor.model.index_of("1.2", StandardTreeModel.COL_SCORE).data() == "7.5"
    assert_total_matches_database(editor, services)


def test_typed_points_are_saved_after_a_pause_and_bad_ones_never(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("2.1")
    points = editor.item_panel.score_input.points_edit
    points.setFocus()
    qtbot.keyClicks(points, "9.5")
    qtbot.waitUntil(lambda: finding(services, inspection_id, "2.1") is not None)
    assert finding(services, inspection_id, "2.1").points == Decimal("9.5")
    points.selectAll()
    qtbot.keyClicks(points, "12")  # over the maximum: the box refuses the second digit
    assert points.text() == "1"
    points.setText("8.3")  # not a 0.5 step: stays unsaved, and is forgotten on leaving
    editor.next_item()
    assert finding(services, inspection_id, "2.1").points == Decimal("9.5")
    editor.previous_item()
    assert points.text() == "9.5"


def test_quick_buttons_na_and_clear_with_the_mouse(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("3.1")
    score_input = editor.item_panel.score_input
    nine = next(b for b in score_input.buttons if b.text() == "9")
    qtbot.mouseClick(nine, Qt.MouseButton.LeftButton)
    assert finding(services, inspection_id, "3.1").points == Decimal(9)
    assert nine.isChecked()
    qtbot.mouseClick(score_input.na_button, Qt.MouseButton.LeftButton)
    saved = finding(services, inspection_id, "3.1")
    assert saved.na
    assert saved.points is None
    assert marker(editor, "3.1") == "na"
    assert not nine.isChecked()
    assert editor.model.index(3, StandardTreeModel.COL_MARKS).data() == "1/9"
    qtbot.mouseClick(score_input.na_button, Qt.MouseButton.LeftButton)
    saved = finding(services, inspection_id, "3.1")
    assert not saved.na
    assert saved.points is None
    qtbot.mouseClick(nine, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(score_input.clear_button, Qt.MouseButton.LeftButton)
    assert finding(services, inspection_id, "3.1").points is None
    assert marker(editor, "3.1") == "unscored"


def test_ctrl_d_marks_na_and_ctrl_j_finds_the_next_unscored(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    for code in ("4.1", "4.2"):
        services.inspections.record_finding(inspection_id, code, points="8")
    editor.load(inspection_id)
    editor.select("4.3")
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert finding(services, inspection_id, "4.3").na
    editor.select("3.9")
    qtbot.keyClick(editor.tree, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_code == "4.4"
    qtbot.keyClick(editor.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_code == "4.5"
    qtbot.keyClick(editor.tree, Qt.Key.Key_PageUp)
    assert editor.current_code == "4.4"
    editor.select("4.2")
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)  # back to unscored
    assert finding(services, inspection_id, "4.2").points is None


def test_level_items_take_buttons_and_digit_keys(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services, standard_id="levels-test")
    editor.load(inspection_id)
    editor.select("A.2")
    score_input = editor.item_panel.score_input
    assert not score_input.points_edit.isVisible()
    assert [b.text() for b in score_input.buttons] == ["好 10", "较好 8", "一般 6", "差 3"]
    editor.tree.setFocus()
    qtbot.keyClicks(editor.tree, "2")
    saved = finding(services, inspection_id, "A.2")
    assert (saved.level, saved.points) == ("较好", Decimal(8))
    qtbot.mouseClick(score_input.buttons[3], Qt.MouseButton.LeftButton)
    assert finding(services, inspection_id, "A.2").level == "差"
    assert score_input.buttons[3].isChecked()
    assert not score_input.buttons[1].isChecked()
    assert_total_matches_database(editor, services)


def test_items_that_must_apply_cannot_be_marked_na(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services, standard_id="levels-test")
    editor.load(inspection_id)
    editor.select("A.3")
    assert not editor.item_panel.score_input.na_button.isEnabled()
    editor.tree.setFocus()
    qtbot.keyClick(editor.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert finding(services, inspection_id, "A.3") is None
    editor.select("B.1")  # maximum 20: the quick buttons span it
    texts = [b.text() for b in editor.item_panel.score_input.buttons]
    assert texts[0] == "20"
    assert texts[-1] == "0"


def test_requirements_pass_and_fail_by_key_and_click(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    editor.select("R1")
    editor.tree.setFocus()
    qtbot.keyClicks(editor.tree, "1")
    checks = services.inspections.detail(inspection_id).requirement_checks
    assert checks["R1"].passed is True
    editor.select("R7")
    qtbot.mouseClick(editor.requirement_panel.buttons[False], Qt.MouseButton.LeftButton)
    assert services.inspections.detail(inspection_id).requirement_checks["R7"].passed is False
    gate = editor.header.gate_label.text()
    assert QApplication.translate("ScoreHeader", "failed") in gate
    assert editor.model.index(0, StandardTreeModel.COL_MARKS).data() == "2/8"
    verdict = QApplication.translate("ScoreHeader", "Fails a principle requirement")
    assert editor.header.verdict_label.text() == verdict


def test_the_header_follows_every_edit(
    editor: InspectionEditor, services: Services, qtbot: QtBot
) -> None:
    inspection_id = start_inspection(services)
    editor.load(inspection_id)
    for code, points in (("1.1", "10"), ("1.2", "6"), ("2.1", "9.5")):
        editor.select(code)
        editor.item_panel.score_input.points_edit.setText(points)
        editor.item_panel.score_input.flush()
        assert_total_matches_database(editor, services)
    done = services.inspections.score(inspection_id).completeness
    assert done in editor.header.completeness_label.text()
    # 20 × (10 + 6) ÷ 50: unscored items count 0 of their maximum.
    assert "1. 6.40/20" in editor.header.sections_label.text()
