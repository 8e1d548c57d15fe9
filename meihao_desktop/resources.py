"""Where the files shipped with the application live (standards, font, translations).

No Qt here: the domain loaders and the command line use it too. Three layouts exist:
a source checkout (or an editable install), a PyInstaller bundle, and an installed
wheel whose build copies the top-level ``resources/`` into ``meihao_desktop/_resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent


def resources_dir() -> Path:
    """The folder holding ``standards/``, ``fonts/``, ``translations/`` and ``icons/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    # pyproject.toml marks a checkout: an installed package's parent is site-packages,
    # where an unrelated "resources" folder may exist.
    checkout = _SOURCE_ROOT / "resources"
    if (_SOURCE_ROOT / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    return _PACKAGE_DIR / "_resources"


def standards_dir() -> Path:
    """The shipped evaluation standards (``*.toml``)."""
    return resources_dir() / "standards"


def font_path() -> Path:
    """WenQuanYi Micro Hei: a CJK font, so Chinese renders where the system has none."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def translations_dir() -> Path:
    """The Qt Linguist sources (``*.ts``) and, in a built package, their ``*.qm``."""
    return resources_dir() / "translations"


def forms_dir() -> Path:
    """Qt Designer sources (``*.ui``); present in a source checkout only.

    Installed packages carry the compiled forms (``meihao_desktop.gui.forms_generated``).
    """
    return _SOURCE_ROOT / "forms"
