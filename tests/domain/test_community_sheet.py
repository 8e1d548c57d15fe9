"""Community list rules on plain cells: headers, cell values, row problems (no files)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from meihao_desktop.domain.community import FIELD_LABELS
from meihao_desktop.domain.community_cells import FieldChange, field_changes, sheet_value
from meihao_desktop.domain.community_sheet import (
    HEADER_SYNONYMS,
    IGNORED_HEADERS,
    ColumnSource,
    build_layout,
    field_for_header,
    find_header_row,
    is_known_header,
    parse_community_sheet,
)
from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.spreadsheet import (
    Cell,
    SpreadsheetError,
    cell_text,
    column_index,
    column_letter,
    fill_merged,
    header_keys,
    header_text,
    is_percent_format,
)

TODAY = date(2024, 6, 1)
HEADER = ["序号", "小区名称", "区县", "街道", "户数", "入住率", "建成年份", "红色物业星级"]


def cells(*values: object) -> list[Cell]:
    return [Cell(value) for value in values]


def sheet(*rows: list[object]) -> list[list[Cell]]:
    return [cells(*row) for row in rows]


def parse(rows: list[list[Cell]], **options: Any) -> Any:
    return parse_community_sheet(rows, source="名单.xlsx", today=TODAY, **options)


def test_domain_modules_import_neither_openpyxl_nor_qt() -> None:
    code = (
        "import sys, meihao_desktop.domain.community_sheet, meihao_desktop.domain.spreadsheet;"
        "bad = [m for m in ('openpyxl', 'PySide6', 'sqlmodel') if m in sys.modules];"
        "sys.exit(', '.join(bad) or None)"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=False
    )
    assert result.returncode == 0, result.stderr


def test_every_synonym_means_one_field_and_every_field_has_one() -> None:
    owners: dict[str, str] = {}
    for field, synonyms in HEADER_SYNONYMS.items():
        assert field in FIELD_LABELS
        for text in synonyms:
            key = header_keys(text)[0]
            assert owners.setdefault(key, field) == field, f"{text} is claimed twice"
            assert field_for_header(text) == field
    assert set(HEADER_SYNONYMS) == set(FIELD_LABELS)
    # The labels the edit dialog shows are understood too.
    for field, label in FIELD_LABELS.items():
        assert field_for_header(label) == field, label


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("小区\n名称", "name"),
        (" 小区全称 ", "name"),
        ("*小区名称：", "name"),
        ("项目名称", "name"),
        ("区（县）", "district"),
        ("所在区", "district"),
        ("街道（镇）", "street"),
        ("街道(镇)", "street"),
        ("所属社区", "admin_community"),
        ("管理服务单位", "property_company"),
        ("项目负责人", "manager_name"),
        ("总户数", "households"),
        ("户数（户）", "households"),
        ("幢数", "buildings"),
        ("竣工年份", "year_built"),
        ("入住率（%）", "occupancy_rate"),
        ("入住率\n（％）", "occupancy_rate"),
        ("入住率%", "occupancy_rate"),
        ("收缴率", "fee_collection_rate"),
        ("物业费收缴率(%)", "fee_collection_rate"),
        ("联系人", "contact_name"),
        ("电话", "contact_phone"),
        ("简介", "description"),
        ("星级", "red_property_stars"),
        ("交叉任职", "cross_appointment"),
        ("联合党组织", "joint_party_org"),
        ("示范级别", "demonstration_level"),
        ("示范项目", "demonstration_level"),
    ],
)
def test_headers_map_with_synonyms_and_typing_noise(header: str, field: str) -> None:
    assert field_for_header(header) == field


def test_serial_number_is_known_but_not_imported_and_others_are_unknown() -> None:
    assert IGNORED_HEADERS == ("序号",)
    assert is_known_header("序 号")
    assert field_for_header("序号") is None
    assert not is_known_header("备注")
    assert field_for_header("备注") is None
    assert not is_known_header("2024年海州区美好家园申报小区名单")


def test_header_text_joins_wrapped_chinese_but_keeps_spaces_between_words() -> None:
    assert header_text("小区\n名称") == "小区名称"
    assert header_text(" 入住率\n（%） ") == "入住率（%）"
    assert header_text("Contact\n phone") == "Contact phone"
    assert header_text(None) == ""


def test_column_letters_round_trip() -> None:
    for index in (1, 2, 26, 27, 52, 702, 703):
        assert column_index(column_letter(index)) == index
    assert column_letter(28) == "AB"
    with pytest.raises(ValueError, match="column"):
        column_index("a1")


@pytest.mark.parametrize(
    ("number_format", "percent"),
    [("0%", True), ("0.00%", True), ("General", False), ('0.0"%"', False), ("0\\%", False)],
)
def test_percent_formats(number_format: str, percent: bool) -> None:
    assert is_percent_format(number_format) is percent


def test_cell_text_never_shows_a_phone_number_in_exponent_form() -> None:
    assert cell_text(13812345678) == "13812345678"
    assert cell_text(1.3812345678e10) == "13812345678"
    assert cell_text(13812345678.0) == "13812345678"
    assert cell_text(0.95) == "0.95"
    assert cell_text(datetime(2008, 5, 1)) == "2008-05-01"
    assert cell_text(True) == "是"


def test_fill_merged_copies_the_top_left_value_into_the_range() -> None:
    rows = sheet(["标题"], ["小区名称", "街道"], ["甲", "新海街道"], ["乙"], ["丙", None, "x"])
    # A1:C1 title, B3:B4 street merged down, and a whole-column merge that must stay cheap.
    fill_merged(rows, [(1, 1, 3, 1), (2, 3, 2, 4), (4, 1, 4, 1_048_576)])
    assert [[cell.value for cell in row] for row in rows] == [
        ["标题", "标题", "标题"],
        ["小区名称", "街道"],
        ["甲", "新海街道"],
        ["乙", "新海街道"],
        ["丙", None, "x"],
    ]
    fill_merged(rows, [(9, 9, 10, 10), (5, 2, 6, 2)])  # outside the sheet: nothing happens
    assert len(rows) == 5


def test_find_header_row_skips_title_rows() -> None:
    rows = sheet(
        ["2024年海州区美好家园申报小区名单", None, None],
        [],
        ["填报单位：海州区住建局", None, "小区"],  # one known word is not a header
        ["序号", "小区名称", "街道"],
    )
    assert find_header_row(rows) == 3
    assert find_header_row(sheet(["区县", "街道", "户数"])) is None  # no name column
    assert find_header_row(sheet(*([["x"]] * 15), ["小区名称", "区县"])) is None  # too deep


@pytest.mark.parametrize(
    ("field", "cell", "expected"),
    [
        ("year_built", Cell(2008), 2008),
        ("year_built", Cell("2008年"), 2008),
        ("year_built", Cell("2008年5月"), 2008),
        ("year_built", Cell("2008-05"), 2008),
        ("year_built", Cell(datetime(2008, 5, 1)), 2008),
        ("year_built", Cell(date(2008, 5, 1)), 2008),
        ("year_built", Cell(2008.0), 2008),
        ("occupancy_rate", Cell(0.95, "0%"), Decimal(95)),
        ("occupancy_rate", Cell(0.955, "0.0%"), Decimal("95.5")),
        ("occupancy_rate", Cell(1, "0%"), Decimal(100)),
        ("occupancy_rate", Cell("95%"), Decimal(95)),
        ("occupancy_rate", Cell("９５％"), Decimal(95)),
        ("occupancy_rate", Cell(95), Decimal(95)),
        ("fee_collection_rate", Cell(92.5), Decimal("92.5")),
        ("red_property_stars", Cell("四星"), 4),
        ("red_property_stars", Cell("四星级"), 4),
        ("red_property_stars", Cell("4星"), 4),
        ("red_property_stars", Cell(4), 4),
        ("red_property_stars", Cell("★★★☆☆"), 3),
        ("red_property_stars", Cell("无"), None),
        ("households", Cell("1,380户"), 1380),
        ("households", Cell(1380.0), 1380),
        ("households", Cell("—"), None),
        ("buildings", Cell("12栋"), 12),
        ("contact_phone", Cell(13812345678), "13812345678"),
        ("contact_phone", Cell(1.3812345678e10), "13812345678"),
        ("contact_phone", Cell("0518-85812345"), "0518-85812345"),
        ("name", Cell("  新海花园 "), "新海花园"),
        ("cross_appointment", Cell("是"), True),
        ("joint_party_org", Cell("无"), False),
        ("joint_party_org", Cell(1), True),
        ("demonstration_level", Cell("省级"), "省级"),
    ],
)
def test_sheet_values(field: str, cell: Cell, expected: object) -> None:
    assert sheet_value(field, cell, today=TODAY) == expected


@pytest.mark.parametrize(
    ("field", "cell", "message"),
    [
        ("occupancy_rate", Cell(120), "120 超出 0–100 的范围"),
        ("occupancy_rate", Cell(1.2, "0%"), "120 超出 0–100 的范围"),
        ("occupancy_rate", Cell("九成"), "'九成' 不是数字"),
        ("year_built", Cell("1850年"), "1850 超出 1900–2025 的范围"),
        ("year_built", Cell("八十年代"), "'八十年代' 不是整数"),
        ("red_property_stars", Cell("六星"), "'六星' 不是整数"),
        ("red_property_stars", Cell(6), "6 超出 0–5 的范围"),
        ("households", Cell("12.5"), "'12.5' 不是整数"),
        ("name", Cell("#REF!"), "单元格是公式错误值 #REF!"),
        ("demonstration_level", Cell("国家级"), "'国家级' 应为“省级”“市级”或留空"),
    ],
)
def test_bad_sheet_values_name_the_field(field: str, cell: Cell, message: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        sheet_value(field, cell, today=TODAY)
    assert info.value.message == message
    assert info.value.where == FIELD_LABELS[field]


def test_rows_are_cleaned_and_bad_cells_reported_with_row_and_column() -> None:
    rows = sheet(
        ["2024年海州区美好家园申报小区名单"],
        [],
        HEADER,
        [1, "新海花园", "海州区", "新海街道", 1380, 95, 2008, "四星"],
        [2, "怡江苑", "海州区", "", 300, 120, "1850年", "六星"],
        [],
        [3, None, "海州区", "", 200],
        [4, "新海花园", "海州区", "", 10],
        [5, "新海花园", "连云区"],  # same name, another district: a different community
        [6],  # a template row with only 序号 filled in: blank
        ["合计", None, None, None, 1890],
        ["注：入住率为2024年6月数据"],  # nothing in an imported column: blank
        [None, "填表人：张三"],
    )
    parsed = parse(rows)
    assert parsed.layout.header_row == 3
    assert [(row.row, row.name, row.district) for row in parsed.rows] == [
        (4, "新海花园", "海州区"),
        (9, "新海花园", "连云区"),
    ]
    assert parsed.rows[0].values == {
        "name": "新海花园",
        "district": "海州区",
        "street": "新海街道",
        "households": 1380,
        "occupancy_rate": Decimal(95),
        "year_built": 2008,
        "red_property_stars": 4,
    }
    assert [str(p) for row in parsed.rejected for p in row.problems] == [
        "第 5 行 F 列（入住率）：120 超出 0–100 的范围",
        "第 5 行 G 列（建成年份）：1850 超出 1900–2025 的范围",
        "第 5 行 H 列（红色物业星级）：'六星' 不是整数",
        "第 7 行 B 列（小区名称）：不能为空",
        "第 8 行 B 列（小区名称）：与第 4 行重复",
    ]
    problem = parsed.rejected[0].problems[0]
    assert (problem.row, problem.column, problem.header, problem.field) == (
        5,
        "F",
        "入住率",
        "occupancy_rate",
    )
    assert problem.field_label == "入住率（%）"
    assert parsed.rejected[0].name == "怡江苑"
    assert parsed.warnings == ("第 11 行是合计行，未导入", "第 13 行是表格下方的说明，未导入")


def test_two_row_header_is_read_as_one() -> None:
    # "小区名称" merged down over rows 2–3 (filled), "基本情况" over 户数 and 楼栋数,
    # "联系人" over 姓名 and 电话: the usual shape of a government form.
    rows = sheet(
        ["2024年申报小区名单"],
        ["序号", "小区名称", "基本情况", "基本情况", "联系人", "联系人", "其他"],
        ["序号", "小区名称", "户数", "楼栋数", "姓名", "电话", "备注"],
        [1, "新海花园", 1380, 12, "王芳", 13812345678, "x"],
    )
    parsed = parse(rows)
    assert parsed.layout.header_row == 3
    assert [(c.letter, c.header, c.field) for c in parsed.layout.columns] == [
        ("A", "序号", None),
        ("B", "小区名称", "name"),
        ("C", "户数", "households"),
        ("D", "楼栋数", "buildings"),
        ("E", "联系人姓名", "contact_name"),
        ("F", "电话", "contact_phone"),
        ("G", "其他备注", None),
    ]
    assert parsed.rows[0].row == 4
    assert dict(parsed.rows[0].values) == {
        "name": "新海花园",
        "households": 1380,
        "buildings": 12,
        "contact_name": "王芳",
        "contact_phone": "13812345678",
    }


def test_a_header_repeated_on_every_printed_page_is_skipped() -> None:
    rows = sheet(["小区名称", "区县"], ["甲", "海州区"], ["小区名称", "区县"], ["乙", "海州区"])
    parsed = parse(rows)
    assert [row.name for row in parsed.rows] == ["甲", "乙"]
    assert parsed.warnings == ("第 3 行是重复的表头，未导入",)


def test_default_district_fills_rows_without_one() -> None:
    rows = sheet(["小区名称", "街道"], ["新海花园", "新海街道"], ["怡江苑", "浦南镇"])
    parsed = parse(rows, default_district=" 海州区 ")
    assert [row.district for row in parsed.rows] == ["海州区", "海州区"]
    assert [row.district for row in parse(rows).rows] == ["", ""]


def test_unknown_headers_are_listed_and_user_mapping_wins() -> None:
    rows = sheet(
        ["序号", "小区名称", "区县", "楼盘联系人", "备注"],
        [1, "新海花园", "海州区", "王芳", "老旧小区"],
    )
    parsed = parse(rows)
    assert [(c.letter, c.header) for c in parsed.layout.unknown_columns] == [
        ("D", "楼盘联系人"),
        ("E", "备注"),
    ]
    assert "contact_name" not in parsed.rows[0].values

    mapped = parse(rows, mapping={"d": "contact_name", "E": None, "C": None})
    sources = {c.letter: (c.field, c.source) for c in mapped.layout.columns}
    assert sources["D"] == ("contact_name", ColumnSource.USER)
    assert sources["E"] == (None, ColumnSource.USER)
    assert sources["C"] == (None, ColumnSource.USER)
    assert sources["A"] == (None, ColumnSource.IGNORED)
    assert mapped.layout.unknown_columns == ()
    assert mapped.rows[0].values == {"name": "新海花园", "contact_name": "王芳"}


def test_a_column_mapped_without_a_header_is_read() -> None:
    rows = sheet(["小区名称", "区县"], ["新海花园", "海州区", None, "13812345678"])
    parsed = parse(rows, mapping={"D": "contact_phone"})
    assert parsed.rows[0].values["contact_phone"] == "13812345678"


def test_two_columns_for_one_field_import_the_first_and_warn() -> None:
    rows = sheet(["小区名称", "联系电话", "电话"], ["新海花园", "0518-1", "0518-2"])
    parsed = parse(rows)
    assert parsed.rows[0].values["contact_phone"] == "0518-1"
    assert parsed.layout.columns[2].source is ColumnSource.DUPLICATE
    assert parsed.warnings == ("C 列（电话）与 B 列（联系电话）都对应“联系电话”，只导入 B 列",)
    # ...unless the user picks the other one.
    chosen = parse(rows, mapping={"C": "contact_phone"})
    assert chosen.rows[0].values["contact_phone"] == "0518-2"


def test_mapping_must_name_real_columns_and_fields() -> None:
    header = ["小区名称", "区县"]
    with pytest.raises(ValueError, match="field"):
        build_layout(header, 1, {"B": "小区"})
    with pytest.raises(ValueError, match="column"):
        build_layout(header, 1, {"2": "name"})


@pytest.mark.parametrize(
    ("rows", "mapping", "message"),
    [
        (sheet(["名单"], ["甲", "乙"]), None, "名单.xlsx：未找到表头行：需要至少包含“小区名称”列"),
        (
            sheet(["标题"], ["序号", "小区名称", "区县"], [None]),
            None,
            "第 2 行是表头，但下面没有小区数据",
        ),
        (sheet(["小区名称", "区县"], ["甲", "海州区"]), {"A": None}, "没有导入为“小区名称”的列"),
    ],
)
def test_sheet_level_problems_raise(
    rows: list[list[Cell]], mapping: dict[str, str | None] | None, message: str
) -> None:
    with pytest.raises(SpreadsheetError, match=message) as info:
        parse(rows, mapping=mapping)
    assert info.value.where == "名单.xlsx"


def test_field_changes_lists_old_and_new_in_form_order() -> None:
    class Record:
        name = "新海花园"
        district = "海州区"
        households = 1300
        occupancy_rate = Decimal("95.0")
        street = ""

    new = {
        "street": "新海街道",
        "households": 1380,
        "occupancy_rate": Decimal(95),
        "name": "新海花园",
    }
    changes = field_changes(Record(), new)
    assert changes == (
        FieldChange("street", "", "新海街道"),
        FieldChange("households", 1300, 1380),
    )
    assert [str(change) for change in changes] == ["街道：（空） → 新海街道", "户数：1300 → 1380"]
