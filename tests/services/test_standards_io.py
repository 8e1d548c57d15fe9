"""Standards through Excel: an identical round trip, errors at their cell, saving as TOML."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from meihao_desktop.domain.spreadsheet import SpreadsheetError
from meihao_desktop.domain.standard_file import load_standard_file
from meihao_desktop.domain.standard_sheet import StandardSheetError, read_standard_sheets
from meihao_desktop.domain.standards import Standard
from meihao_desktop.resources import standards_dir
from meihao_desktop.services.catalog import StandardsCatalog, default_catalog
from meihao_desktop.services.standards_io import (
    export_standard_workbook,
    import_standard_workbook,
    save_imported_standard,
    standard_rows,
)

SHIPPED = ["meihao-2024", "wenming-2019"]


def shipped(standard_id: str) -> Standard:
    return StandardsCatalog([standards_dir()]).get(standard_id)


@pytest.mark.parametrize("standard_id", SHIPPED)
def test_export_then_import_gives_the_identical_standard(standard_id: str, tmp_path: Path) -> None:
    standard = shipped(standard_id)
    path = export_standard_workbook(standard, tmp_path / f"{standard_id}.xlsx")
    assert import_standard_workbook(path) == standard


@pytest.mark.parametrize("standard_id", SHIPPED)
def test_saved_toml_loads_back_identical(standard_id: str, tmp_path: Path) -> None:
    standard = shipped(standard_id)
    renamed = Standard(**{**standard.__dict__, "id": f"{standard_id}-copy"})
    saved = save_imported_standard(renamed, tmp_path / "standards", shipped_ids=SHIPPED)
    assert saved.name == f"{standard_id}-copy.toml"
    assert load_standard_file(saved) == renamed


def test_the_workbook_layout(tmp_path: Path) -> None:
    path = export_standard_workbook(shipped("meihao-2024"), tmp_path / "s.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == [
        "设置",
        "评分方式",
        "原则要求",
        "评分部分",
        "评分项",
        "申报条件",
        "组成部分",
    ]
    items = book["评分项"]
    assert [c.value for c in items[1]] == [
        "部分编号",
        "编号",
        "内容",
        "满分",
        "评分方式",
        "可不适用",
        "评分指引",
    ]
    assert [c.value for c in items[2]][:6] == [
        "1",
        "1.1",
        shipped("meihao-2024").items[0].text,
        10,
        "points10",
        "是",
    ]
    assert [c.value for c in book["申报条件"][5]][3:5] == ["属于", "省级、市级"]
    assert items.freeze_panes == "A2"


def broken_rows() -> dict[str, list[list[object]]]:
    sheets = standard_rows(shipped("meihao-2024"))
    sheets["评分项"][4][2] = None  # row 5: item 1.4 without text
    sheets["评分项"][3][1] = "1.1"  # row 4: a second 1.1
    sheets["评分项"][6][0] = "9"  # row 7: a section that does not exist
    sheets["评分部分"][2][2] = "二十"  # row 3: weight not a number
    sheets["评分项"][8][5] = "也许"  # row 9: 可不适用 neither 是 nor 否
    return sheets


def test_every_cell_problem_is_named_by_sheet_row_and_column() -> None:
    with pytest.raises(StandardSheetError) as raised:
        read_standard_sheets(broken_rows(), origin="标准.xlsx")
    assert [str(p) for p in raised.value.located] == [
        "工作表“评分部分”第 3 行 C 列（权重）：应为数字，实际为 '二十'",
        "工作表“评分项”第 5 行 C 列（内容）：不能为空",
        "工作表“评分项”第 9 行 F 列（可不适用）：应为“是”或“否”，实际为 '也许'",
        "工作表“评分项”第 7 行 A 列（部分编号）：没有编号为“9”的评分部分",
    ]
    assert raised.value.where == "评分标准文件 标准.xlsx"


def test_rule_problems_are_located_too() -> None:
    sheets = standard_rows(shipped("meihao-2024"))
    sheets["评分项"][3][1] = "1.1"  # row 4: a second 1.1
    sheets["评分部分"][1][2] = 25  # weights now sum to 105
    sheets["组成部分"].append(["expert", "专家评选", 100, "录入"])  # no checklist part
    with pytest.raises(StandardSheetError) as raised:
        read_standard_sheets(sheets, origin="x.xlsx")
    assert [str(p) for p in raised.value.located] == [
        "工作表“评分项”第 4 行 B 列（编号）：编号 '1.1' 重复",
        "工作表“评分部分” C 列（权重）：各部分权重之和应为 100，实际为 105",
        "工作表“组成部分”：必须恰好有一个来源为 checklist 的组成部分（现场评分）",
    ]


def test_missing_sheets_and_columns() -> None:
    sheets = standard_rows(shipped("meihao-2024"))
    del sheets["评分项"]
    sheets["原则要求"] = [["编号"], ["R1"]]
    with pytest.raises(StandardSheetError) as raised:
        read_standard_sheets(sheets, origin="x.xlsx")
    messages = [str(p) for p in raised.value.located]
    assert "工作表“原则要求”第 1 行：缺少列“内容”" in messages
    assert "工作表“评分项”：缺少这个工作表" in messages


def test_a_file_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "标准.xlsx"
    path.write_text("not a workbook")
    with pytest.raises(SpreadsheetError, match="不是有效的 Excel 文件"):
        import_standard_workbook(path)


def test_imported_standards_join_the_catalog(tmp_path: Path) -> None:
    folder = tmp_path / "standards"
    standard = shipped("wenming-2019")
    with pytest.raises(Exception, match="与程序自带的评分标准相同"):
        save_imported_standard(standard, folder, shipped_ids=SHIPPED)
    mine = Standard(**{**standard.__dict__, "id": "wenming-海州", "title": "海州区文明小区"})
    save_imported_standard(mine, folder, shipped_ids=SHIPPED)
    with pytest.raises(Exception, match="已有编号"):
        save_imported_standard(mine, folder, shipped_ids=SHIPPED)
    save_imported_standard(mine, folder, shipped_ids=SHIPPED, replace=True)
    (folder / "broken.toml").write_text("id = ", encoding="utf-8")
    catalog = default_catalog(folder)
    assert catalog.get("wenming-海州") == mine
    assert {s.id for s in catalog.all()} == {*SHIPPED, "wenming-海州"}
    assert catalog.shipped_ids() == frozenset(SHIPPED)
    assert len(catalog.problems) == 1
    assert "broken.toml" in catalog.problems[0]
