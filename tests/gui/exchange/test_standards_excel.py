"""评分标准 to and from Excel through the menus' flows: export a standard, edit its id in
the workbook, import it (the catalog knows it at once); a broken workbook lists every
problem by sheet, row and column in the error's details."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.exchange.standards_flow import ask_export_standard, ask_import_standard
from tests.gui.exchange.conftest import OpenContext, answer_files, message


def test_export_edit_and_import_a_standard(
    host: QWidget,
    open_context: OpenContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = open_context(tmp_path / "meihao.sqlite", "刘科长")
    workbook_path = tmp_path / "标准"
    offered: list[list[str]] = []

    def pick(*args: object) -> tuple[str, bool]:
        labels = args[3]
        assert isinstance(labels, list)
        offered.append(labels)
        return next(label for label in labels if "meihao-2024" in label), True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    answer_files(monkeypatch, save=workbook_path, open_=workbook_path.with_suffix(".xlsx"))
    ask_export_standard(host, context)
    written = workbook_path.with_suffix(".xlsx")
    qtbot.waitUntil(lambda: len(said) == 1)
    assert any("wenming-2019" in label for label in offered[0])

    workbook = load_workbook(written)
    settings = workbook["设置"]
    settings["B2"] = "haizhou-2025"
    workbook.save(written)
    ask_import_standard(host, context)
    qtbot.waitUntil(lambda: len(said) == 2)
    assert "haizhou-2025" in {s.id for s in context.services.catalog.all()}
    assert said[0].startswith("已将评分标准")
    assert "已导入评分标准" in said[1]


def test_a_broken_workbook_lists_every_problem(
    host: QWidget,
    open_context: OpenContext,
    tmp_path: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    context = open_context(tmp_path / "meihao.sqlite", "刘科长")
    path = tmp_path / "broken.xlsx"
    from meihao_desktop.services.standards_io import export_standard_workbook

    export_standard_workbook(context.services.catalog.get("meihao-2024"), path)
    workbook = load_workbook(path)
    items = workbook["评分项"]
    items["D2"] = "十分"  # 满分 not a number
    items["F3"] = "也许"  # 可不适用 neither 是 nor 否
    workbook.save(path)
    answer_files(monkeypatch, save=None, open_=path)
    ask_import_standard(host, context)
    qtbot.waitUntil(lambda: message(host, "errorBox") is not None)
    box = message(host, "errorBox")
    assert box is not None
    details = box.detailedText().splitlines()
    assert len(details) >= 2
    assert all("工作表“评分项”" in line for line in details)
    assert any("第 2 行" in line for line in details)
    assert any("第 3 行" in line for line in details)
