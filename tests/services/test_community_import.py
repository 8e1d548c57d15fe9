"""Importing a bureau's community list from Excel: a corpus of real-world bad spreadsheets.

Workbooks are generated here with openpyxl (raw bytes for files that are not .xlsx), so
each test shows exactly what the file contains.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import event
from sqlmodel import select

from meihao_desktop.domain.community_sheet import ColumnSource
from meihao_desktop.domain.spreadsheet import SpreadsheetError
from meihao_desktop.services import Actor, Services
from meihao_desktop.services.community_import import (
    ENCRYPTED,
    NOT_XLSX,
    OLD_XLS,
    OLE_SIGNATURE,
    ImportOutcome,
    RowAction,
    SheetPreview,
    apply_community_import,
    read_community_sheet,
)
from meihao_desktop.store.db import Database
from meihao_desktop.store.models import AuditEntry, Community

REVIEWER = Actor("李审核", "gui")
TITLE = "2024年海州区美好家园申报小区名单"
HEADER = [
    "序号",
    "小区\n名称",
    "所在区",
    "街道（镇）",
    "物业公司",
    "户数",
    "入住率（%）",
    "建成时间",
    "联系电话",
    "红色物业星级",
]


@pytest.fixture
def db(services: Services) -> Database:
    return services.db


def make_xlsx(
    path: Path,
    rows: list[list[Any]],
    *,
    merge: str | None = None,
    formats: dict[str, str] | None = None,
) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "名单"
    for row in rows:
        sheet.append(row)
    if merge:
        sheet.merge_cells(merge)
    for coordinate, number_format in (formats or {}).items():
        sheet[coordinate].number_format = number_format
    workbook.save(path)
    return path


def bureau_list(path: Path, *data: list[Any], formats: dict[str, str] | None = None) -> Path:
    """The usual shape: merged title in row 1, a blank row 2, a note row 3, header in row 4."""
    rows = [[TITLE], [], ["填报单位：海州区住房和城乡建设局"], HEADER, *data]
    return make_xlsx(path, rows, merge="A1:J1", formats=formats)


def table_counts(db: Database) -> tuple[int, int]:
    with db.session() as session:
        communities = len(session.exec(select(Community)).all())
        audit = len(session.exec(select(AuditEntry)).all())
    return communities, audit


def snapshot(db: Database) -> list[dict[str, Any]]:
    with db.session() as session:
        rows = session.exec(select(Community).order_by(Community.name)).all()
        audit = session.exec(select(AuditEntry)).all()
        return [row.model_dump() for row in rows] + [entry.model_dump() for entry in audit]


def messages(preview: SheetPreview) -> list[str]:
    return [str(problem) for problem in preview.problems]


def test_bureau_list_with_title_rows_is_previewed_without_writing(
    db: Database, tmp_path: Path
) -> None:
    path = bureau_list(
        tmp_path / "海州区名单.xlsx",
        [
            1,
            "新海花园",
            "海州区",
            "新海街道",
            "江苏迎宾物业",
            "1,380",
            0.95,
            datetime(2008, 5, 1),
            13812345678,
            "四星",
        ],
        [2, "怡江苑", "海州区", "浦南镇", "", 300, "88%", "2012年", "0518-85812345", 3],
        formats={"G5": "0%"},
    )
    before = table_counts(db)
    preview = read_community_sheet(path, db)
    assert table_counts(db) == before

    assert (preview.file_name, preview.sheet_name, preview.header_row) == (
        "海州区名单.xlsx",
        "名单",
        4,
    )
    fields = {column.letter: column.field for column in preview.columns}
    assert fields == {
        "A": None,  # 序号
        "B": "name",
        "C": "district",
        "D": "street",
        "E": "property_company",
        "F": "households",
        "G": "occupancy_rate",
        "H": "year_built",
        "I": "contact_phone",
        "J": "red_property_stars",
    }
    assert preview.columns[1].header == "小区名称"
    assert preview.rejected == ()
    assert [row.action for row in preview.rows] == [RowAction.CREATE, RowAction.CREATE]
    first = preview.rows[0]
    assert first.row == 5
    assert first.values["occupancy_rate"] == Decimal(95)
    assert first.values["year_built"] == 2008
    assert first.values["contact_phone"] == "13812345678"
    assert first.values["red_property_stars"] == 4
    assert first.values["households"] == 1380
    assert preview.rows[1].values["occupancy_rate"] == Decimal(88)


def test_bad_rows_are_reported_and_the_good_rows_still_import(db: Database, tmp_path: Path) -> None:
    path = bureau_list(
        tmp_path / "名单.xlsx",
        [1, "新海花园", "海州区", "新海街道", "", 1380, 95, 2008, "", "四星"],
        [2, "怡江苑", "海州区", "", "", 300, 120, 2010, "", ""],
        [3, "龙河小区", "海州区", "", "", 200, 90, "1850年", "", ""],
        [4, "凤凰城", "海州区", "", "", 500, 90, 2015, "", "六星"],
        [5, None, "海州区", "", "", 100, 80],
        [],
        [6, "新海花园", "海州区", "", "", 1381],
        [7, "金色港湾", "海州区", "", "", 800, "92%", "2016年", 13912345678, 5],
    )
    preview = read_community_sheet(path, db)
    assert messages(preview) == [
        "第 6 行 G 列（入住率（%））：120 超出 0–100 的范围",
        f"第 7 行 H 列（建成时间）：1850 超出 1900–{datetime.now().year + 1} 的范围",
        "第 8 行 J 列（红色物业星级）：'六星' 不是整数",
        "第 9 行 B 列（小区名称）：不能为空",
        "第 11 行 B 列（小区名称）：与第 5 行重复",
    ]
    problem = preview.rejected[1].problems[0]
    assert (problem.row, problem.column, problem.header) == (7, "H", "建成时间")
    assert (problem.field, problem.field_label) == ("year_built", "建成年份")
    assert [row.name for row in preview.rejected] == [
        "怡江苑",
        "龙河小区",
        "凤凰城",
        "",
        "新海花园",
    ]

    outcome = apply_community_import(preview, db, REVIEWER)
    assert outcome == ImportOutcome(created=2, updated=0, unchanged=0)
    with db.session() as session:
        names = sorted(c.name for c in session.exec(select(Community)))
        households = (
            session.exec(select(Community).where(Community.name == "新海花园")).one().households
        )
    assert names == ["新海花园", "金色港湾"]
    assert households == 1380  # the duplicate row 11 was not applied


def test_unknown_header_is_listed_then_mapped_by_the_user(db: Database, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "名单.xlsx",
        [
            ["小区全称", "区", "小区负责同志", "备注"],
            ["新海花园", "海州区", "王芳", "老旧小区改造"],
        ],
    )
    preview = read_community_sheet(path, db)
    assert [(c.letter, c.header) for c in preview.unknown_columns] == [
        ("C", "小区负责同志"),
        ("D", "备注"),
    ]
    assert "manager_name" not in preview.rows[0].values

    mapping = {"C": "manager_name", "D": "description"}
    mapped = read_community_sheet(path, db, mapping=mapping)
    assert mapped.unknown_columns == ()
    assert mapped.columns[2].source is ColumnSource.USER
    assert mapped.mapping == mapping
    assert mapped.rows[0].values["manager_name"] == "王芳"
    assert mapped.rows[0].values["description"] == "老旧小区改造"


def test_reimport_updates_by_name_and_district_instead_of_doubling(
    db: Database, tmp_path: Path
) -> None:
    first = bureau_list(
        tmp_path / "名单.xlsx",
        [1, "新海花园", "海州区", "新海街道", "江苏迎宾物业", 1380, 95, 2008, 13812345678, 4],
        [2, "怡江苑", "海州区", "", "", 300, 88, 2012, "", 3],
        [3, "新海花园", "连云区", "", "", 90],
    )
    assert apply_community_import(read_community_sheet(first, db), db, REVIEWER) == ImportOutcome(
        3, 0, 0
    )
    _, audit_before = table_counts(db)

    second = bureau_list(
        tmp_path / "名单（修订）.xlsx",
        # 物业公司 left blank: a blank cell never erases what is recorded
        [1, "新海花园", "海州区", "新海街道", "", 1380, 95, 2008, 13812345678, 4],
        [2, "怡江苑", "海州区", "", "", 320, 88, 2012, "0518-85812345", 3],
        [3, "新海花园", "连云区", "", "", 90],
        [4, "凤凰城", "海州区", "", "", 500],
    )
    preview = read_community_sheet(second, db)
    assert [row.action for row in preview.rows] == [
        RowAction.UNCHANGED,
        RowAction.UPDATE,
        RowAction.UNCHANGED,
        RowAction.CREATE,
    ]
    assert [str(change) for change in preview.rows[1].changes] == [
        "户数：300 → 320",
        "联系电话：（空） → 0518-85812345",
    ]
    assert preview.count(RowAction.UPDATE) == 1

    outcome = apply_community_import(preview, db, REVIEWER)
    assert outcome == ImportOutcome(created=1, updated=1, unchanged=2)
    with db.session() as session:
        assert len(session.exec(select(Community)).all()) == 4
        kept = session.exec(
            select(Community).where(Community.name == "新海花园", Community.district == "海州区")
        ).one()
        assert kept.property_company == "江苏迎宾物业"
        entries = session.exec(select(AuditEntry).where(AuditEntry.action == "update")).all()
    assert {(e.field, e.old, e.new, e.source, e.actor) for e in entries} == {
        ("households", "300", "320", "import:名单（修订）.xlsx", "李审核"),
        ("contact_phone", "", "0518-85812345", "import:名单（修订）.xlsx", "李审核"),
    }
    assert table_counts(db)[1] == audit_before + 3  # two fields, one create


def test_reapplying_the_same_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = bureau_list(
        tmp_path / "名单.xlsx",
        [
            1,
            "新海花园",
            "海州区",
            "新海街道",
            "",
            1380,
            0.95,
            datetime(2008, 5, 1),
            1.3812345678e10,
            "四星",
        ],
        formats={"G5": "0.0%"},
    )
    apply_community_import(read_community_sheet(path, db), db, REVIEWER)
    before = snapshot(db)
    again = read_community_sheet(path, db)
    assert [row.action for row in again.rows] == [RowAction.UNCHANGED]
    assert apply_community_import(again, db, REVIEWER) == ImportOutcome(0, 0, 1)
    assert snapshot(db) == before  # no new version, no audit entry


def test_apply_uses_the_database_as_it_is_now(services: Services, tmp_path: Path) -> None:
    community = services.communities.create(name="怡江苑", district="海州区", households=300)
    path = make_xlsx(
        tmp_path / "名单.xlsx", [["小区名称", "区县", "户数"], ["怡江苑", "海州区", 320]]
    )
    preview = read_community_sheet(path, services.db)
    assert preview.rows[0].action is RowAction.UPDATE
    services.communities.update(community.id, households=320)  # someone got there first
    assert apply_community_import(preview, services.db, REVIEWER) == ImportOutcome(0, 0, 1)


def test_a_name_the_database_holds_twice_is_not_guessed(services: Services, tmp_path: Path) -> None:
    for _ in range(2):
        services.communities.create(name="怡江苑", district="海州区")
    path = make_xlsx(
        tmp_path / "名单.xlsx", [["小区名称", "区县", "户数"], ["怡江苑", "海州区", 320]]
    )
    preview = read_community_sheet(path, services.db)
    assert preview.rows == ()
    assert messages(preview) == [
        "第 2 行 A 列（小区名称）：数据库中已有 2 个“怡江苑”（海州区），无法确定更新哪一个"
    ]


def test_a_failure_during_apply_leaves_the_database_unchanged(
    services: Services, tmp_path: Path
) -> None:
    services.communities.create(name="新海花园", district="海州区", households=1300)
    path = make_xlsx(
        tmp_path / "名单.xlsx",
        [["小区名称", "区县", "户数"]]
        + [["新海花园", "海州区", 1380]]
        + [[f"小区{i}", "海州区", 100 + i] for i in range(5)],
    )
    preview = read_community_sheet(path, services.db)
    before = snapshot(services.db)

    inserts = 0

    def fail_on_third_insert(*_: object) -> None:
        nonlocal inserts
        inserts += 1
        if inserts == 3:
            raise RuntimeError("disk I/O error")

    event.listen(Community, "before_insert", fail_on_third_insert)
    try:
        with pytest.raises(RuntimeError, match="disk"):
            apply_community_import(preview, services.db, REVIEWER)
    finally:
        event.remove(Community, "before_insert", fail_on_third_insert)
    assert inserts == 3
    assert snapshot(services.db) == before

    assert apply_community_import(preview, services.db, REVIEWER) == ImportOutcome(5, 1, 0)


def test_phone_numbers_stored_as_numbers_come_out_as_digits(db: Database, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "名单.xlsx",
        [
            ["小区名称", "电话"],
            ["甲", 13812345678],
            ["乙", 1.3912345678e10],
            ["丙", "0518-85812345"],
        ],
    )
    preview = read_community_sheet(path, db)
    assert [row.values["contact_phone"] for row in preview.rows] == [
        "13812345678",
        "13912345678",
        "0518-85812345",
    ]


def test_percentages_follow_what_excel_shows(db: Database, tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "名单.xlsx",
        [
            ["小区名称", "入住率", "收缴率"],
            ["甲", 0.95, 0.925],
            ["乙", "95%", 92.5],
            ["丙", 0.95, 1.2],
            ["丁", 0.95, 90],
        ],
        formats={"B2": "0%", "C2": "0.0%", "C4": "0%"},
    )
    preview = read_community_sheet(path, db)
    rates = [
        (row.values["occupancy_rate"], row.values["fee_collection_rate"]) for row in preview.rows
    ]
    # 丁's 0.95 has no percent format: Excel shows 0.95, so it is 0.95 %.
    assert rates == [
        (Decimal(95), Decimal("92.5")),
        (Decimal(95), Decimal("92.5")),
        (Decimal("0.95"), Decimal(90)),
    ]
    assert messages(preview) == ["第 4 行 C 列（收缴率）：120 超出 0–100 的范围"]


def test_merged_cells_count_in_every_row_they_span(db: Database, tmp_path: Path) -> None:
    """A government form: merged title, two-row header, a street merged down its rows."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([TITLE])
    sheet.append(["序号", "小区名称", "街道", "基本情况", None, "联系人", None])
    sheet.append([None, None, None, "户数", "楼栋数", "姓名", "电话"])
    sheet.append([1, "新海花园", "新海街道", 1380, 12, "王芳", 13812345678])
    sheet.append([2, "怡江苑", None, 300, 4, "李强", "0518-85812345"])
    sheet.append([3, "龙河小区", "浦南镇", 200, 3])
    sheet.append(["合计", None, None, 1880, 19])
    for cells in ("A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:G2", "C4:C5", "A7:C7"):
        sheet.merge_cells(cells)
    path = tmp_path / "申报表.xlsx"
    workbook.save(path)

    preview = read_community_sheet(path, db, default_district="海州区")
    assert preview.header_row == 3
    assert [(c.letter, c.header, c.field) for c in preview.columns] == [
        ("A", "序号", None),
        ("B", "小区名称", "name"),
        ("C", "街道", "street"),
        ("D", "户数", "households"),
        ("E", "楼栋数", "buildings"),
        ("F", "联系人姓名", "contact_name"),
        ("G", "电话", "contact_phone"),
    ]
    assert [(row.row, row.name, row.values["street"], row.district) for row in preview.rows] == [
        (4, "新海花园", "新海街道", "海州区"),
        (5, "怡江苑", "新海街道", "海州区"),
        (6, "龙河小区", "浦南镇", "海州区"),
    ]
    assert preview.rejected == ()
    assert preview.warnings == ("第 7 行是合计行，未导入",)


def _with_sheet_xml(content: bytes, old: bytes, new: bytes) -> bytes:
    source, target = io.BytesIO(content), io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert old in data
                data = data.replace(old, new)
            zout.writestr(item, data)
    return target.getvalue()


def test_extensions_openpyxl_drops_do_not_disturb_reading(db: Database, tmp_path: Path) -> None:
    # Excel and WPS store drop-down lists as an x14 extension; openpyxl warns and drops
    # it. The test suite turns warnings into errors, so this also proves none escapes.
    extension = (
        b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
        b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
        b'<x14:dataValidations count="0"/></ext></extLst></worksheet>'
    )
    path = tmp_path / "带下拉列表.xlsx"
    path.write_bytes(_with_sheet_xml(_xlsx_bytes(), b"</worksheet>", extension))
    assert read_community_sheet(path, db).rows[0].name == "新海花园"


def test_wrong_dimensions_written_by_other_programs_are_ignored(
    db: Database, tmp_path: Path
) -> None:
    # Some exporters write <dimension ref="A1"/> for a full table; read-only openpyxl
    # would then see a single cell.
    content = _workbook(["小区名称", "区县"], ["新海花园", "海州区"], ["怡江苑", "海州区"])
    path = tmp_path / "导出.xlsx"
    path.write_bytes(
        _with_sheet_xml(content, b'<dimension ref="A1:B3"/>', b'<dimension ref="A1"/>')
    )
    assert [row.name for row in read_community_sheet(path, db).rows] == ["新海花园", "怡江苑"]


def test_sheet_choice_skips_hidden_and_empty_sheets(db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    blank = workbook.active
    assert blank is not None
    blank.title = "封面"
    hidden = workbook.create_sheet("说明")
    hidden.append(["小区名称", "区县"])
    hidden.append(["隐藏小区", "海州区"])
    hidden.sheet_state = "hidden"
    listed = workbook.create_sheet("名单")
    listed.append(["小区名称", "区县"])
    listed.append(["新海花园", "海州区"])
    other = workbook.create_sheet("连云区")
    other.append(["小区名称", "区县"])
    other.append(["怡江苑", "连云区"])
    path = tmp_path / "名单.xlsx"
    workbook.save(path)

    preview = read_community_sheet(path, db)
    assert preview.sheet_names == ("封面", "名单", "连云区")
    assert (preview.sheet_name, preview.rows[0].name) == ("名单", "新海花园")
    chosen = read_community_sheet(path, db, sheet="连云区")
    assert chosen.rows[0].name == "怡江苑"


def test_a_real_xlsx_with_an_xls_name_is_read_by_its_content(db: Database, tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "名单.xls", [["小区名称", "区县"], ["新海花园", "海州区"]])
    assert read_community_sheet(path, db).rows[0].name == "新海花园"


def _xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["小区名称", "区县"])
    sheet.append(["新海花园", "海州区"])
    workbook.save(buffer)
    return buffer.getvalue()


def _zip_of_text() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a workbook")
    return buffer.getvalue()


def _workbook(*rows: list[Any]) -> bytes:
    buffer = io.BytesIO()
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(buffer)
    return buffer.getvalue()


OLE_JUNK = OLE_SIGNATURE + bytes(range(256)) * 8
BAD_FILES: list[tuple[str, Callable[[], bytes], str]] = [
    ("文本.xlsx", lambda: "小区名称,区县\n新海花园,海州区\n".encode(), NOT_XLSX),
    ("空文件.xlsx", lambda: b"", NOT_XLSX),
    ("网页导出.xls", lambda: b"<html><table><tr><td>x</td></tr></table></html>", NOT_XLSX),
    ("压缩包.xlsx", _zip_of_text, f"{NOT_XLSX}，文件可能已损坏"),
    ("截断.xlsx", lambda: _xlsx_bytes()[:2000], f"{NOT_XLSX}，文件可能已损坏"),
    ("旧版.xls", lambda: OLE_JUNK, OLD_XLS),
    # An OLE2 file named .xlsx without an encryption stream is an .xls renamed.
    ("旧版改名.xlsx", lambda: OLE_JUNK, OLD_XLS),
    ("加密.xlsx", lambda: OLE_JUNK + "EncryptionInfo".encode("utf-16-le") + OLE_JUNK, ENCRYPTED),
    ("空工作簿.xlsx", lambda: _workbook(), "没有包含数据的工作表"),
    ("只有表头.xlsx", lambda: _workbook([TITLE], HEADER), "第 2 行是表头，但下面没有小区数据"),
    (
        "没有表头.xlsx",
        lambda: _workbook(["新海花园", "海州区"]),
        "未找到表头行：需要至少包含“小区名称”列",
    ),
]


@pytest.mark.parametrize(
    ("name", "content", "message"), BAD_FILES, ids=[n for n, _, _ in BAD_FILES]
)
def test_files_that_cannot_be_read_say_why(
    db: Database, tmp_path: Path, name: str, content: Callable[[], bytes], message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content())
    with pytest.raises(SpreadsheetError) as info:
        read_community_sheet(path, db)
    assert info.value.where == name
    assert info.value.message == message
    assert str(info.value) == f"{name}：{message}"


def test_missing_file_folder_and_unknown_sheet(db: Database, tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match=r"不存在\.xlsx：文件不存在"):
        read_community_sheet(tmp_path / "不存在.xlsx", db)
    folder = tmp_path / "文件夹.xlsx"
    folder.mkdir()
    with pytest.raises(SpreadsheetError, match="这是一个文件夹"):
        read_community_sheet(folder, db)
    path = make_xlsx(tmp_path / "名单.xlsx", [["小区名称", "区县"], ["新海花园", "海州区"]])
    with pytest.raises(SpreadsheetError, match="没有名为“汇总”的工作表"):
        read_community_sheet(path, db, sheet="汇总")
