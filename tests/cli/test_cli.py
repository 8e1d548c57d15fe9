"""The ``meihao`` command as scripts and people use it: JSON shapes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meihao_desktop.cli.main import main

SEED_ITEMS = 25


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run_cli(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_standards_show_json_shape(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "standards", "show", "meihao-2024")
    assert isinstance(data, dict)
    assert {"id", "title", "version", "requirements", "sections", "eligibility"} <= set(data)
    assert len(data["requirements"]) == 8
    assert [s["weight"] for s in data["sections"]] == ["20", "20", "40", "20"]
    assert [len(s["items"]) for s in data["sections"]] == [5, 4, 9, 7]
    assert set(data["sections"][0]["items"][0]) >= {"code", "text", "max_points"}
    listing = run_json(capsys, "standards", "list")
    assert {s["id"] for s in listing} == {"meihao-2024", "wenming-2019"}  # type: ignore[union-attr]


def test_demo_list_show_record_score(capsys: pytest.CaptureFixture[str]) -> None:
    created = run_json(capsys, "demo")
    assert created["created"] is True  # type: ignore[index]
    communities = run_json(capsys, "communities", "list")
    assert isinstance(communities, list)
    assert {"id", "name", "district", "street"} <= set(communities[0])
    inspections = run_json(capsys, "inspections", "list")
    assert isinstance(inspections, list)
    first = inspections[0]
    assert set(first) >= {"id", "community_id", "community", "inspector", "status"}

    run_json(capsys, "record", first["id"], "2.3", "--points", "4.5", "--text", "会议记录不全")
    run_json(capsys, "record", first["id"], "2.4", "--na")
    shown = run_json(capsys, "inspections", "show", first["id"])
    assert isinstance(shown, dict)
    findings = {f["item_code"]: f for f in shown["findings"]}
    assert len(findings) == SEED_ITEMS
    assert findings["2.3"]["points"] == "4.5"
    assert findings["2.3"]["text"] == "会议记录不全"
    assert findings["2.4"] == {**findings["2.4"], "points": None, "na": True}
    assert {r["code"] for r in shown["requirements"]} == {f"R{n}" for n in range(1, 9)}

    score = run_json(capsys, "score", first["id"])
    assert isinstance(score, dict)
    assert set(score) >= {
        "total",
        "sections",
        "gates_passed",
        "failed_requirements",
        "eligible",
        "completeness",
    }
    assert score["completeness"] == "25/25"
    assert isinstance(score["total"], str)
    assert len(score["total"].split(".")[1]) == 2
    assert {"code", "score", "weight"} <= set(score["sections"][1])


def test_unscored_items_show_null_points(capsys: pytest.CaptureFixture[str]) -> None:
    from meihao_desktop.paths import resolve_db_path
    from meihao_desktop.services import Actor, Services
    from meihao_desktop.store.db import Database

    with Database.open(resolve_db_path(None)) as db:
        services = Services.create(db, Actor("测试员", "test"))
        community = services.communities.create(name="新建小区")
        inspector = services.inspectors.create("周雯")
        campaign = services.campaigns.create("测试活动", 2024, "meihao-2024")
        inspection = services.inspections.start(community.id, campaign.id, inspector.id)
    data = run_json(capsys, "inspections", "show", inspection.id)
    assert isinstance(data, dict)
    assert data["status"] == "draft"
    assert [f["points"] for f in data["findings"]] == [None] * SEED_ITEMS
    score = run_json(capsys, "score", inspection.id)
    assert score["completeness"] == "0/25"  # type: ignore[index]
    assert score["gates_passed"] is None  # type: ignore[index]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["score", "no-such-id"], "错误：没有编号为 no-such-id 的考察记录"),
        (["standards", "show", "nope"], "错误：没有编号为 'nope' 的评分标准"),
    ],
)
def test_user_errors_are_one_chinese_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _out, err = run_cli(capsys, *args)
    assert code == 2
    assert err.startswith(message)
    assert err.count("\n") == 1


def _subprocess(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MEIHAO_DB": str(tmp_path / "cli.sqlite")}
    return subprocess.run(
        [sys.executable, "-m", "meihao_desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_real_process_errors_have_no_traceback(tmp_path: Path) -> None:
    bad_standard = tmp_path / "bad.toml"
    bad_standard.write_text(
        'id = "x"\nversion = "1"\ntitle = "坏"\n[[sections]]\ncode = "1"\ntitle = "甲"\nweight = "90"\n'
        '[[sections.items]]\ncode = "1.1"\ntext = "一"\n',
        encoding="utf-8",
    )
    demo = _subprocess(tmp_path, "demo", "--json")
    assert demo.returncode == 0, demo.stderr
    inspection = json.loads(_subprocess(tmp_path, "inspections", "list", "--json").stdout)[0]["id"]
    cases = [
        (("standards", "check", str(bad_standard)), "各部分权重之和应为 100，实际为 90"),
        (("score", "0000"), "没有编号为 0000 的考察记录"),
        (("record", inspection, "1.1", "--points", "12"), "分值 12 超出范围（0–10）"),
        (("record", inspection, "1.1", "--points", "x"), "分值 'x' 不是数字"),
    ]
    for args, expected in cases:
        result = _subprocess(tmp_path, *args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("错误：")
        assert expected in lines[0]
