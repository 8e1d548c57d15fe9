"""The exchange, compile and workbook commands as scripts use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from meihao_desktop.cli.main import main
from tests.exchange.conftest import Base, Laptop, score, start


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def two_sides(laptop_a: Laptop, bureau: Laptop, base: Base) -> tuple[Path, Path, str]:
    inspection = start(laptop_a, base, base.dongfang, base.zhou)
    score(laptop_a.services, inspection, "8")
    paths = (laptop_a.db.path, bureau.db.path)
    laptop_a.db.close()
    bureau.db.close()
    return paths[0], paths[1], inspection


def test_export_import_and_conflict_exit_status(
    capsys: pytest.CaptureFixture[str], two_sides: tuple[Path, Path, str], tmp_path: Path
) -> None:
    laptop, bureau, inspection = two_sides
    package = str(tmp_path / "周雯.meihao")
    exported = run_json(capsys, "--db", str(laptop), "package", "export", "--all", "-o", package)
    assert exported["inspections"] == 1  # type: ignore[index]
    assert len(exported["signer"]["fingerprint"].split()) == 16  # type: ignore[index]

    dry = run_json(capsys, "--db", str(bureau), "package", "import", package, "--dry-run")
    assert dry["applied"] is False  # type: ignore[index]
    assert dry["counts"]["finding"] == {"add": 25}  # type: ignore[index]
    done = run_json(capsys, "--db", str(bureau), "package", "import", package)
    assert done["result"]["added"] == 34  # type: ignore[index]  # inspection + 25 + 8

    # Both sides change 1.1: without --take the command shows the conflict and stops.
    run(capsys, "--db", str(laptop), "record", inspection, "1.1", "--points", "5")
    run(capsys, "--db", str(bureau), "record", inspection, "1.1", "--points", "9.5")
    run(capsys, "--db", str(laptop), "package", "export", "--all", "-o", package)
    code, out, _ = run(capsys, "--db", str(bureau), "package", "import", package)
    assert code == 3
    assert "冲突 finding:" in out
    assert "本机 '9.5' ↔ 包中 '5'" in out
    taken = run_json(
        capsys, "--db", str(bureau), "package", "import", package, "--take", "incoming"
    )
    assert taken["result"]["conflicts_took_incoming"] == 1  # type: ignore[index]
    shown = run_json(capsys, "--db", str(bureau), "inspections", "show", inspection)
    assert {f["item_code"]: f["points"] for f in shown["findings"]}["1.1"] == "5"  # type: ignore[index]


def test_a_tampered_package_is_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], two_sides: tuple[Path, Path, str], tmp_path: Path
) -> None:
    bad = tmp_path / "坏.meihao"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = run(capsys, "--db", str(two_sides[1]), "package", "import", str(bad))
    assert (code, out) == (2, "")
    assert (
        err.strip() == "错误：坏.meihao：文件不完整或已损坏（可能复制或下载时被截断），请重新获取"
    )


def test_compile_and_summary_workbook(
    capsys: pytest.CaptureFixture[str], two_sides: tuple[Path, Path, str], tmp_path: Path
) -> None:
    laptop = str(two_sides[0])
    compiled = run_json(capsys, "--db", laptop, "compile")
    [row] = compiled["rows"]  # type: ignore[index]
    assert (row["community"], row["total"], row["rank"], row["scorers"]) == (
        "东方瑞园",
        "80.00",
        1,
        1,
    )
    assert row["sections"] == {"1": "16.00", "2": "16.00", "3": "32.00", "4": "16.00"}
    assert (row["standing"], row["unranked_reasons"]) == ("ranked", [])
    workbook = tmp_path / "汇总.xlsx"
    made = run_json(capsys, "--db", laptop, "export", "summary", "-o", str(workbook), "--red", "80")
    assert made["communities"] == 1  # type: ignore[index]
    sheet = load_workbook(workbook)["红黑榜"]
    assert sheet.cell(4, 1).value == "红榜"
    code, _, err = run(
        capsys, "--db", laptop, "export", "summary", "-o", str(workbook), "--red", "x"
    )
    assert code == 2
    assert "红榜分数线" in err


def test_compile_leaves_vetoed_communities_unranked_with_the_reason(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = str(tmp_path / "demo.sqlite")
    run_json(capsys, "--db", db, "demo")
    rows = run_json(capsys, "--db", db, "compile")["rows"]  # type: ignore[index]
    assert [row["rank"] for row in rows] == [*range(1, 13), None, None]
    assert {row["community"]: row["unranked_reasons"] for row in rows[-2:]} == {
        "蔷薇湖畔": ["原则要求 R7 未通过"],
        "锦屏家园": ["申报条件 E1 不满足"],
    }
    assert {row["standing"] for row in rows} == {"ranked", "excluded"}
    code, out, _ = run(capsys, "--db", db, "compile")
    assert code == 0
    vetoed = next(line for line in out.splitlines() if "锦屏家园" in line)
    assert vetoed.startswith("不参与排名\t锦屏家园")
    assert vetoed.endswith("\t申报条件 E1 不满足")


def test_standards_export_and_import(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    workbook = tmp_path / "标准.xlsx"
    run_json(capsys, "standards", "export", "wenming-2019", "-o", str(workbook))
    code, _, err = run(capsys, "standards", "import", str(workbook))
    assert code == 2
    assert "与程序自带的评分标准相同" in err
    book = load_workbook(workbook)
    settings = book["设置"]
    settings.cell(2, 2).value = "wenming-2019-海州"
    book.save(workbook)
    imported = run_json(capsys, "standards", "import", str(workbook))
    assert imported["id"] == "wenming-2019-海州"  # type: ignore[index]
    listing = run_json(capsys, "standards", "list")
    assert "wenming-2019-海州" in {s["id"] for s in listing}  # type: ignore[union-attr]
