"""The exchange package stays free of Qt, and its code (with the compile, workbook and
standards modules) passes ``mypy --strict``, which the suite-wide check does not cover."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import meihao_desktop
from tests.gui.test_layering import imported_modules, is_forbidden

PACKAGE = Path(meihao_desktop.__file__).resolve().parent
REPO = PACKAGE.parent
STRICT = [
    "meihao_desktop/exchange",
    "meihao_desktop/services/compile.py",
    "meihao_desktop/services/compile_queries.py",
    "meihao_desktop/services/reinspection.py",
    "meihao_desktop/services/workbooks.py",
    "meihao_desktop/services/sheet_layout.py",
    "meihao_desktop/services/standards_io.py",
    "meihao_desktop/domain/standard_sheet.py",
    "meihao_desktop/cli/exchange_commands.py",
    "meihao_desktop/cli/exchange_output.py",
]


def test_exchange_imports_no_qt() -> None:
    files = sorted((PACKAGE / "exchange").rglob("*.py"))
    assert files
    offenders = [
        f"{path.name}: {module}"
        for path in files
        for module in imported_modules(path)
        if is_forbidden(module) or module == "meihao_desktop.paths"
    ]
    assert offenders == []


@pytest.mark.slow
def test_mypy_strict_on_exchange_compile_and_workbooks() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--no-incremental",
            *STRICT,
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
