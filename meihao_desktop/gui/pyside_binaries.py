"""Finding the Qt command-line tools (lrelease, lupdate, uic) that ship inside PySide6.

The wheel puts ``lrelease`` and ``lupdate`` in the package folder and ``uic`` in
``Qt/libexec`` (on Windows all of them in the package folder, as ``.exe``). The
``pyside6-*`` wrappers on PATH are the fallback, e.g. for a distribution's PySide6.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import PySide6


def _bundled_binary(name: str) -> Path | None:
    pyside_dir = Path(PySide6.__file__).resolve().parent
    if sys.platform == "win32":
        candidate = pyside_dir / f"{name}.exe"
    elif name == "uic":
        candidate = pyside_dir / "Qt" / "libexec" / name
    else:
        candidate = pyside_dir / name
    return candidate if candidate.is_file() else None


def find_tool(name: str) -> list[str] | None:
    """The command line that runs Qt tool ``name``, or None when it is not installed.

    The bare ``uic`` binary writes C++ unless told otherwise; ``pyside6-uic`` adds
    ``-g python`` itself.
    """
    binary = _bundled_binary(name)
    if binary is not None:
        return [str(binary), "-g", "python"] if name == "uic" else [str(binary)]
    wrapper = shutil.which(f"pyside6-{name}")
    return [wrapper] if wrapper else None
