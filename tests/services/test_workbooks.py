"""The summary workbook: values as numbers, print layout, lists, ledger — and the same
numbers when a real spreadsheet program (LibreOffice) reads it."""

from __future__ import annotations

import csv
import dataclasses
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.services import Services
from meihao_desktop.services.compile import CompileService
from meihao_desktop.services.workbooks import export_summary, red_black_lists
from tests.exchange.conftest import FACTS
from tests.exchange.conftest import score as score_all
from tests.needs import needs

SHEETS = ["汇总表", "红黑榜", "考察得分", "考察明细", "问题台账"]


@pytest.fixture
def campaign(services: Services) -> str:
    """东方瑞园 84 and 92 → 88; 新海花园 70 (R7 failed) and 61.6 → 65.8; 苍梧小区 72.8."""
    campaign = services.campaigns.create("2024年度海州区美好家园", 2024, "meihao-2024").id
    zhou = services.inspectors.create("周雯").id
    sun = services.inspectors.create("孙嘉树").id
    places = [
        services.communities.create(name=name, district="海州区", street=street, **FACTS).id
        for name, street in (
            ("东方瑞园", "新南街道"),
            ("新海花园", "新海街道"),
            ("苍梧小区", "朐阳街道"),
        )
    ]

    def inspect(place: str, who: str, points: str, **kw: object) -> str:
        inspection = services.inspections.start(place, campaign, who, date(2024, 9, 3)).id
        score_all(services, inspection, points, **kw)  # type: ignore[arg-type]
        return inspection

    inspect(places[0], zhou, "8", overrides={f"3.{n}": "9" for n in range(1, 10)})
    inspect(places[0], sun, "9", overrides={f"4.{n}": "10" for n in range(1, 7)}, na=["4.7"])
    first = inspect(places[1], zhou, "7", failed=["R7"])
    inspect(places[1], sun, "6", overrides={"1.1": "10"})
    section_1 = {"1.1": "9", "1.2": "9", "1.3": "8", "1.4": "8", "1.5": "8"}  # 20 × 42/50
    inspect(places[2], sun, "7", overrides=section_1)
    services.rectifications.record(first, "4.4", "消防车通道被占用", date(2024, 9, 10))
    return campaign


def test_workbook_holds_numbers_and_prints_well(
    services: Services, campaign: str, tmp_path: Path
) -> None:
    path = tmp_path / "out" / "汇总.xlsx"
    result = export_summary(services.db, services.catalog, path, campaign, today=date(2024, 9, 20))
    assert (result.communities, result.inspections, result.rectifications) == (3, 5, 1)
    assert [p.name for p in path.parent.iterdir()] == ["汇总.xlsx"]  # no temporary file left
    book = load_workbook(path)
    assert book.sheetnames == SHEETS
    summary = book["汇总表"]
    headers = [cell.value for cell in summary[3]]
    assert headers[:9] == [
        "排名",
        "小区",
        "区县",
        "街道",
        "1 党建引领机制完善（20）",
        "2 业主委员会和物业管理委员会等运行规范（20）",
        "3 物业管理服务规范高效（40）",
        "4 部门执法和专项服务进小区（20）",
        "总分",
    ]
    rows = [[cell.value for cell in row] for row in summary.iter_rows(min_row=4, max_row=6)]
    assert [r[:9] for r in rows] == [
        [1, "东方瑞园", "海州区", "新南街道", 17, 17, 36, 18, 88],
        [2, "苍梧小区", "海州区", "朐阳街道", 16.8, 14, 28, 14, 72.8],
        ["不参与排名", "新海花园", "海州区", "新海街道", 13.8, 13, 26, 13, 65.8],
    ]
    assert rows[0][9:12] == [2, 84, 92]
    assert headers[13:16] == ["原则要求", "申报条件", "不参与排名原因"]
    assert rows[2][13:16] == ["不符合：R7（周雯）", "符合", "原则要求 R7 未通过"]
    assert rows[0][15] is None  # ranked: nothing to explain
    notes = [str(cell.value) for cell in summary["A"][6:]]
    assert any("不符合原则要求或申报条件的小区不参与排名" in note for note in notes)
    assert all(isinstance(v, int | float) for v in rows[0][4:12])
    assert summary.cell(4, 9).number_format == "0.00"
    assert summary.freeze_panes == "A4"
    assert summary.print_title_rows == "$3:$3"
    assert summary.page_setup.orientation == "landscape"
    assert str(summary.page_setup.paperSize) == summary.PAPERSIZE_A4
    assert "&P" in summary.oddFooter.center.text
    sheet = book["红黑榜"]
    lists = [[c.value for c in row] for row in sheet.iter_rows(min_row=4) if row[0].value]
    assert "一票否决" in str(lists.pop()[0])  # the note below the table
    assert [(r[0], r[2]) for r in lists] == [("黑榜", "新海花园")]  # 90 / 70 by default
    assert (lists[0][1], lists[0][-1]) == ("不参与排名", "原则要求 R7 未通过")
    details = book["考察明细"]
    assert details.max_row == 3 + 5 * 25
    ledger = [c.value for c in book["问题台账"][4]]
    assert ledger[1:3] == ["新海花园", "海州区"]
    assert ledger[6:10] == ["消防车通道被占用", ledger[7], "待整改", "逾期"]
    assert ledger[7].date() == date(2024, 9, 10)


def test_red_and_black_lists_follow_the_thresholds(services: Services, campaign: str) -> None:
    compiled = CompileService(services.db, services.catalog).compile(campaign)
    lists = red_black_lists(compiled, Decimal(85), Decimal("72.8"))
    assert [e.row.community for e in lists.red] == ["东方瑞园"]
    assert [e.row.community for e in lists.black] == ["新海花园"]  # 72.8 is not below 72.8
    assert "R7" in lists.black[0].reason
    with pytest.raises(InvalidValueError, match="黑榜分数线"):
        red_black_lists(compiled, Decimal(60), Decimal(70))


def test_libreoffice_reads_the_same_numbers(
    services: Services, campaign: str, tmp_path: Path
) -> None:
    needs(shutil.which("soffice") is not None, "LibreOffice (soffice)")
    path = tmp_path / "summary.xlsx"
    export_summary(services.db, services.catalog, path, campaign)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        # Field separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8).
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76',
         "--outdir", str(tmp_path / "csv"), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    with (tmp_path / "csv" / "summary.csv").open(encoding="utf-8") as file:
        table = list(csv.reader(file))
    assert table[2][:2] == ["排名", "小区"]
    by_name = {row[1]: row for row in table[3:6]}
    assert [Decimal(v) for v in by_name["东方瑞园"][4:12]] == [17, 17, 36, 18, 88, 2, 84, 92]
    assert [Decimal(v) for v in by_name["苍梧小区"][4:9]] == [
        Decimal("16.8"),
        14,
        28,
        14,
        Decimal("72.8"),
    ]
    assert [Decimal(v) for v in by_name["新海花园"][4:9]] == [
        Decimal("13.8"),
        13,
        26,
        13,
        Decimal("65.8"),
    ]
    assert by_name["东方瑞园"][8] == "88.00"  # printed as the number format says


def test_a_community_failing_a_prerequisite_is_never_on_the_red_list(
    services: Services, campaign: str
) -> None:
    compiled = CompileService(services.db, services.catalog).compile(campaign)
    [best] = [row for row in compiled.rows if row.community == "东方瑞园"]
    failing = dataclasses.replace(best, failed_eligibility=(object(),))  # type: ignore[arg-type]
    assert not failing.eligible
    lists = red_black_lists(
        dataclasses.replace(compiled, rows=(failing,)), Decimal(85), Decimal(60)
    )
    assert lists.red == ()
