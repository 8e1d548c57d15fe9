"""The command line: export (signed), verify with its exit status, keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meihao_desktop.cli.main import main
from meihao_desktop.signing.keys import KeyInfo
from tests.reports.conftest import Demo
from tests.signing.conftest import PASSPHRASE
from tests.signing.test_pades import tamper


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "口令.txt"
    path.write_text(PASSPHRASE + "\n", "utf-8")
    return path


def test_export_sign_verify_tamper(
    capsys: pytest.CaptureFixture[str],
    demo: Demo,
    key: KeyInfo,
    passphrase_file: Path,
    tmp_path: Path,
) -> None:
    db = demo.db.path
    pdf = tmp_path / "评分表.pdf"
    code, out, err = cli(
        capsys,
        "--db",
        db,
        "export",
        "score-sheet",
        demo.inspection_id,
        "-o",
        pdf,
        "--sign",
        key.path,
        "--passphrase-file",
        passphrase_file,
    )
    assert code == 0, err
    assert out.startswith(f"已导出 {pdf}")
    assert "已数字签名" in out

    code, out, _ = cli(capsys, "verify", pdf)
    assert code == 0
    assert "签名有效，文件签名后未被修改" in out
    assert "刘赟（海州区住房和城乡建设局）" in out
    assert "证书未经受信任机构认证" in out

    code, out, _ = cli(capsys, "verify", tamper(pdf, tmp_path / "改过.pdf"), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["ok"] is False
    assert data["signatures"][0]["verdict"] == "文件在签名后被修改"
    assert data["signatures"][0]["intact"] is False


def test_recommendation_finds_its_campaign(
    capsys: pytest.CaptureFixture[str], demo: Demo, tmp_path: Path
) -> None:
    pdf = tmp_path / "推荐表.pdf"
    code, out, err = cli(
        capsys,
        "--db",
        demo.db.path,
        "export",
        "recommendation",
        demo.community_id,
        "-o",
        pdf,
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["signed"] is False
    assert pdf.is_file()
    code, out, _ = cli(capsys, "verify", pdf)
    assert code == 1  # not signed: nothing vouches for it
    assert "文件中没有数字签名" in out


def test_keys_create_list_import(
    capsys: pytest.CaptureFixture[str], passphrase_file: Path, tmp_path: Path
) -> None:
    code, out, err = cli(
        capsys,
        "keys",
        "create",
        "--name",
        "赵玥",
        "--unit",
        "连云港市物业管理协会",
        "--passphrase-file",
        passphrase_file,
        "--type",
        "ec",
        "--json",
    )
    assert code == 0, err
    created = json.loads(out)
    assert created["name"] == "赵玥"
    assert "/keys/" in created["path"].replace(os.sep, "/")
    code, out, _ = cli(capsys, "keys", "list", "--json")
    assert [k["serial"] for k in json.loads(out)] == [created["serial"]]
    code, _, err = cli(
        capsys, "keys", "import", created["path"], "--passphrase-file", passphrase_file
    )
    assert code == 2
    assert "已在密钥文件夹中" in err
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", "utf-8")
    code, _, err = cli(capsys, "keys", "import", created["path"], "--passphrase-file", wrong)
    assert code == 2
    assert err.strip().endswith("口令不正确，无法打开密钥文件")
    assert err.count("\n") == 1


def test_user_errors_are_one_line_exit_2(tmp_path: Path) -> None:
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("hello", "utf-8")
    env = {**os.environ, "MEIHAO_DB": str(tmp_path / "cli.sqlite")}
    for args, expected in [
        (["verify", str(not_pdf)], "不是有效的 PDF 文件"),
        (["verify", str(tmp_path / "missing.pdf")], "无法读取文件"),
        (["export", "score-sheet", "nope", "-o", str(tmp_path / "a.pdf")], "没有编号为 nope"),
    ]:
        result = subprocess.run(
            [sys.executable, "-m", "meihao_desktop", *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr
        assert expected in result.stderr
        assert result.stderr.count("\n") == 1
