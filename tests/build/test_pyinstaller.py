"""The PyInstaller bundle works on its own: resources, migrations, PDFs, signatures,
packages with photos (worker processes in a frozen program) and the GUI in Chinese.

Builds ``build/dist/meihao/`` with ``build/build.py`` unless a bundle built from the
same inputs is there already (a fingerprint of the code, resources, build files and
installed packages), then runs the bundled executable — never this checkout's code.
Marked ``build``: left out of the default run (it takes minutes the first time); CI runs
``pytest -m build`` after the suite.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import openpyxl
import pytest

from tests.crash.scenarios import laptop_package

REPO = Path(__file__).resolve().parents[2]
BUILD_SCRIPT = REPO / "build" / "build.py"
DRIVER = Path(__file__).with_name("bundle_driver.py")
MAX_BUNDLE_MB = 400  # 289 MB when this test was written: a jump means something crept in

pytestmark = [pytest.mark.build, pytest.mark.skipif(sys.platform != "linux", reason="Linux bundle")]


def _load_build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("meihao_build", BUILD_SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_script() -> ModuleType:
    return _load_build_script()


@pytest.fixture(scope="module")
def app_dir(build_script: Any) -> Path:
    """The bundle, built now or reused when it was built from the same inputs."""
    return Path(
        build_script.build(build_script.DEFAULT_DIST, build_script.DEFAULT_WORK, if_changed=True)
    )


@pytest.fixture(scope="module")
def exe(app_dir: Path, build_script: Any) -> Path:
    return Path(build_script.cli_executable(app_dir.parent))


def run(
    exe: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        check=False,
        # PYTHONPATH must not matter: the bundle carries everything it needs.
        env={**os.environ, "PYTHONPATH": "/nonexistent", **(env or {})},
        cwd="/",
    )
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result


def run_json(exe: Path, *args: str) -> Any:
    return json.loads(run(exe, *args, "--json").stdout)


def pdf_text(path: Path) -> str:
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_bundle_holds_resources_migrations_and_compiled_translations(
    app_dir: Path, build_script: Any
) -> None:
    internal = app_dir / "_internal"
    translations = internal / "resources" / "translations"
    ts_file, qm_file = translations / "meihao_zh_CN.ts", translations / "meihao_zh_CN.qm"
    assert qm_file.stat().st_size > 10_000
    # gui.i18n takes a .qm older than its .ts for stale and would look for lrelease
    assert qm_file.stat().st_mtime_ns >= ts_file.stat().st_mtime_ns
    assert (internal / "resources" / "standards" / "meihao-2024.toml").is_file()
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    migrations = internal / "meihao_desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    versions = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    expected = sorted(
        p.name for p in (REPO / "meihao_desktop/store/migrations/versions").glob("*.py")
    )
    assert versions == expected
    assert not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("libQt6Quick*"))
    assert not list(internal.rglob("lrelease*"))  # so the .qm above is what the GUI uses
    size_mb = build_script.folder_size(app_dir) / 1e6
    assert size_mb < MAX_BUNDLE_MB, f"the bundle grew to {size_mb:.0f} MB"


def test_bundled_program_exports_a_score_sheet_from_demo_data(exe: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    run(exe, "--db", str(db), "demo")  # a new database: every migration runs
    inspections = run_json(exe, "--db", str(db), "inspections", "list")
    assert len(inspections) == 57
    first = inspections[0]
    pdf = tmp_path / "x.pdf"
    exported = run_json(exe, "--db", str(db), "export", "score-sheet", first["id"], "-o", str(pdf))
    assert exported["pages"] >= 1
    text = pdf_text(pdf)
    assert "考察评分表" in text
    assert first["community"] in text
    assert exported["code"] in text.replace("-", "")  # the verification code, as 1A2B-…
    workbook = tmp_path / "summary.xlsx"
    run(exe, "--db", str(db), "export", "summary", "-o", str(workbook))  # openpyxl, lxml
    assert "汇总表" in openpyxl.load_workbook(workbook, read_only=True).sheetnames
    backup = run_json(exe, "--db", str(db), "backup", "create")  # SQLite's backup API
    assert Path(backup["path"]).is_file()


def test_bundled_program_signs_and_verifies(exe: Path, tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    run(exe, "--db", str(db), "demo")
    passphrase = tmp_path / "pass.txt"
    passphrase.write_text("Ein langes Passwort 2024\n", encoding="utf-8")
    key = run_json(exe, "keys", "create", "--name", "冯玥", "--passphrase-file", str(passphrase))
    inspection = run_json(exe, "--db", str(db), "inspections", "list")[0]["id"]
    pdf = tmp_path / "signed.pdf"
    sign = ["--sign", key["path"], "--passphrase-file", str(passphrase)]
    exported = run_json(
        exe, "--db", str(db), "export", "score-sheet", inspection, "-o", str(pdf), *sign
    )
    assert exported["signed"]
    verdict = run(exe, "verify", str(pdf)).stdout
    assert "签名有效" in verdict


def test_bundled_program_imports_a_package_with_photos(exe: Path, tmp_path: Path) -> None:
    """Landing the photos and making their display copies runs worker processes: they
    start by running the frozen executable again (multiprocessing.freeze_support)."""
    db = tmp_path / "bureau.sqlite"
    run(exe, "--db", str(db), "demo")
    display = tmp_path / "bureau.photos" / "display"
    before = set(display.glob("*.jpg"))  # the demo's own photos
    package = laptop_package(db, tmp_path / "laptop", photos=6)
    imported = run_json(exe, "--db", str(db), "package", "import", str(package.path))
    assert imported["applied"], imported
    assert len(set(display.glob("*.jpg")) - before) == package.photos
    pdf = tmp_path / "with-photos.pdf"
    run(exe, "--db", str(db), "export", "score-sheet", package.inspection_id, "-o", str(pdf))
    images = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    )
    assert len(images.stdout.splitlines()) - 2 >= package.photos  # two header lines
    assert f"照片 {package.photos}/{package.photos}" in pdf_text(pdf)


def test_bundled_gui_starts_in_chinese_with_its_font(exe: Path, tmp_path: Path) -> None:
    db = tmp_path / "gui.sqlite"
    result = run(
        exe,
        "--db",
        str(db),
        env={"QT_QPA_PLATFORM": "offscreen", "MEIHAO_TEST_DRIVER": f"{DRIVER}:report"},
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("bundle-report "))
    facts = json.loads(line.removeprefix("bundle-report "))
    internal = exe.parent / "_internal"
    assert facts["frozen"]
    assert facts["resources"] == str(internal / "resources")
    # the shipped .qm, not one compiled into the cache (the bundle has no lrelease)
    assert facts["translation"] == str(internal / "resources" / "translations" / "meihao_zh_CN.qm")
    assert facts["qt_translation"].startswith(str(internal))
    assert "文件" in "".join(facts["menus"]), facts["menus"]
    assert facts["fonts"], "the bundled WenQuanYi font was not installed"
