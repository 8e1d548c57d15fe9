"""Diagnostics are used by the CLI too: only the two Qt modules may import Qt."""

from __future__ import annotations

from pathlib import Path

from meihao_desktop import diagnostics
from tests.gui.test_layering import imported_modules, is_forbidden

QT_MODULES = {"qt_messages.py", "startup_probe.py"}


def test_only_the_qt_modules_of_diagnostics_import_qt() -> None:
    folder = Path(diagnostics.__file__).parent
    offenders = [
        f"{path.name}: {module}"
        for path in sorted(folder.glob("*.py"))
        if path.name not in QT_MODULES
        for module in imported_modules(path)
        if is_forbidden(module)
    ]
    assert offenders == []
