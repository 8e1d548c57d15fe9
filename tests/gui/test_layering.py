"""The domain knows no screen: nothing under meihao_desktop/domain imports Qt or the GUI."""

from __future__ import annotations

import ast
from pathlib import Path

import meihao_desktop

FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "meihao_desktop.gui")
DOMAIN_DIR = Path(meihao_desktop.__file__).resolve().parent / "domain"


def imported_modules(source_file: Path) -> list[str]:
    tree = ast.parse(source_file.read_text("utf-8"), filename=str(source_file))
    modules = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.append(node.module)
    return modules


def is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(f"{name}.") for name in FORBIDDEN)


def test_domain_imports_no_qt() -> None:
    files = sorted(DOMAIN_DIR.rglob("*.py"))
    assert files
    offenders = [
        f"{path.relative_to(DOMAIN_DIR)}: {module}"
        for path in files
        for module in imported_modules(path)
        if is_forbidden(module)
    ]
    assert offenders == []


def test_the_check_recognises_qt_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom PySide6.QtCore import QObject\ndef f():\n    import shiboken6\n", "utf-8"
    )
    assert [m for m in imported_modules(sample) if is_forbidden(m)] == [
        "PySide6.QtCore",
        "shiboken6",
    ]
