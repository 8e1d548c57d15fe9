"""The interface language: the saved choice, and the translators that apply it.

Source strings in the code are English; ``resources/translations/meihao_<lang>.ts``
holds the translations. The compiled ``.qm`` is a build product, not committed: a
package ships it next to the ``.ts``; a checkout compiles it at start with the
``lrelease`` that comes with PySide6, into the per-user cache. Whatever goes wrong,
the interface falls back to English rather than refusing to start.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from meihao_desktop.gui.pyside_binaries import find_tool
from meihao_desktop.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGE_KEY = "language"
DEFAULT_LANGUAGE = "zh_CN"
SOURCE_LANGUAGE = "en"
LANGUAGES = (DEFAULT_LANGUAGE, SOURCE_LANGUAGE)
_LRELEASE_TIMEOUT_S = 60


def saved_language() -> str:
    """The language chosen in the settings (``zh_CN`` unless the user picked another)."""
    value = QSettings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE)
    if value not in LANGUAGES:
        log.warning("Unknown language %r in the settings; using %s", value, DEFAULT_LANGUAGE)
        return DEFAULT_LANGUAGE
    return str(value)


def save_language(language: str) -> None:
    """Remember ``language`` for the next start; the running interface does not change."""
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    QSettings().setValue(LANGUAGE_KEY, language)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install our translation and Qt's own (standard buttons, file dialog) for ``language``.

    Returns the installed translators, so that a caller (a test) can remove them again.
    """
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    for qm_file in (qt_translation_file(language), app_translation_file(language)):
        if qm_file is None:
            continue
        translator = QTranslator(app)
        if translator.load(str(qm_file)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            log.warning("Could not load the translation %s", qm_file)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def qt_translation_file(language: str) -> Path | None:
    """Qt's translation of its own widgets, shipped with PySide6, if there is one."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qm_file = folder / f"qtbase_{language}.qm"
    return qm_file if qm_file.is_file() else None


def app_translation_file(language: str) -> Path | None:
    """Our compiled translation: the shipped ``.qm`` if current, else one built from the ``.ts``."""
    ts_file = translations_dir() / f"meihao_{language}.ts"
    shipped = ts_file.with_suffix(".qm")
    if shipped.is_file() and (not ts_file.is_file() or _is_not_older(shipped, ts_file)):
        return shipped
    if not ts_file.is_file():
        log.warning("No translation for %s (%s is missing); using English", language, ts_file)
        return None
    return compile_to_cache(ts_file)


def _is_not_older(built: Path, source: Path) -> bool:
    return built.stat().st_mtime >= source.stat().st_mtime


def compile_to_cache(ts_file: Path) -> Path | None:
    """Compile ``ts_file`` into the per-user cache; None (and a warning) if that fails.

    The cached file is named after the ``.ts`` content, so two checkouts (or versions)
    sharing one cache never use each other's translation.
    """
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    cache = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation))
    target = cache / "translations" / f"{ts_file.stem}-{digest}.qm"
    if target.is_file():
        return target
    lrelease = find_tool("lrelease")
    if lrelease is None:
        log.warning("lrelease was not found, cannot compile %s; using English", ts_file)
        return None
    try:
        _run_lrelease(lrelease, ts_file, target)
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("Compiling %s failed (%s); using English", ts_file, error)
        return None
    return target


def _run_lrelease(lrelease: list[str], ts_file: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        subprocess.run(
            [*lrelease, "-silent", str(ts_file), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=_LRELEASE_TIMEOUT_S,
            # No console window flashing up on Windows.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        # Rename last, so that another process never loads a half-written file.
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
