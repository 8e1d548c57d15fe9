"""The forms and signing code know no screen; the heavy libraries load only when used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import meihao_desktop
from tests.gui.test_layering import imported_modules, is_forbidden

PACKAGE = Path(meihao_desktop.__file__).resolve().parent
OURS = [
    *sorted((PACKAGE / "reports").rglob("*.py")),
    *sorted((PACKAGE / "signing").rglob("*.py")),
    PACKAGE / "services" / "exports.py",
    PACKAGE / "services" / "signatures.py",
]


def test_no_qt_in_forms_or_signing() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in OURS
        for module in imported_modules(path)
        if is_forbidden(module) or module.startswith("meihao_desktop.paths")
    ]
    assert offenders == []


def test_importing_the_services_loads_no_reportlab_or_pyhanko() -> None:
    code = (
        "import sys, meihao_desktop.services.exports, meihao_desktop.services.signatures\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('reportlab', 'pyhanko', 'PySide6', 'qrcode')]\n"
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.slow
def test_mypy_strict_on_forms_and_signing() -> None:
    paths = [str(p.relative_to(PACKAGE.parent)) for p in OURS]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *paths],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
