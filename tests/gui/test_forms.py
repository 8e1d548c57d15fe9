"""The compiled Designer forms are exactly what pyside6-uic makes of the .ui files."""

from __future__ import annotations

from pathlib import Path

import pytest

from meihao_desktop.gui import tools


@pytest.mark.parametrize("ui_file", tools.ui_files(), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(ui_file: Path, tmp_path: Path) -> None:
    fresh = tools.compile_form(ui_file, tmp_path)
    committed = tools.GENERATED_DIR / fresh.name
    assert committed.is_file(), "run `python -m meihao_desktop.gui.tools uic`"
    assert tools.normalise_generated(committed.read_text("utf-8")) == tools.normalise_generated(
        fresh.read_text("utf-8")
    ), f"{committed.name} is out of date: run `python -m meihao_desktop.gui.tools uic`"


def test_there_are_forms() -> None:
    assert tools.ui_files(), "forms/ holds no .ui file: is this a source checkout?"
