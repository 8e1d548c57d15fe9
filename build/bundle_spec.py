"""What goes into the PyInstaller bundle; ``meihao.spec`` reads it, ``build.py`` too.

Kept out of the spec so that it is plain, importable Python (the spec is executed by
PyInstaller with names such as ``Analysis`` injected). No PyInstaller import at module
level: ``build.py`` uses ``inputs_fingerprint`` without it.

The bundle must hold, besides the code PyInstaller finds by following imports:

- ``resources/`` (standards, font, licence, icons) and the translations as ``.ts`` AND
  compiled ``.qm`` — a bundle has no ``lrelease`` to compile them at start;
- the Alembic migrations folder, loaded from disk by path (``store.migrate``), with
  everything its files import (nothing imports them, so PyInstaller cannot see it);
- modules that libraries import by name at run time (SQLAlchemy's dialect, Alembic's
  operations, reportlab's font data).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
PACKAGE = ROOT / "meihao_desktop"
MIGRATIONS = PACKAGE / "store" / "migrations"
ENTRY = PACKAGE / "__main__.py"
SPEC = Path(__file__).resolve().parent / "meihao.spec"
APP_NAME = "meihao"
CLI_NAME = "meihao-cli"  # Windows only: the console twin of the windowed meihao.exe
ICON = RESOURCES / "icons" / "meihao.ico"

# Imported by name at run time, or by the migration files PyInstaller never reads.
HIDDEN_IMPORTS = [
    # SQLAlchemy finds its dialect by the URL's name ("sqlite")
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlite3",
    # store/migrations/env.py and versions/*.py
    "alembic.context",
    "alembic.op",
    "alembic.autogenerate",
    "alembic.autogenerate.api",
    "alembic.ddl.sqlite",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.script",
    "sqlmodel",
    "sqlmodel.sql.sqltypes",
    "meihao_desktop.store.models",
    "meihao_desktop.store.types",
    # worker processes preload these by name (reports.batch, media.importer)
    "meihao_desktop.reports.score_sheet",
    "meihao_desktop.reports.recommendation",
    "meihao_desktop.media.importer",
    "PIL.JpegImagePlugin",
    "PIL.PngImagePlugin",
    # HEIC/HEIF decoding is registered on first use (media.processing)
    "pillow_heif",
    # reportlab: the standard fonts' metrics are modules loaded by name
    "reportlab.pdfbase._fontdata",
    "reportlab.lib.rl_accel",
    # the QR code on every form page
    "qrcode",
    "qrcode.constants",
    "qrcode.util",
    "qrcode.base",
]

# Packages whose own data files (not code) are read at run time.
DATA_PACKAGES = ["pyhanko", "pyhanko_certvalidator", "asn1crypto", "reportlab"]

# Never needed at run time; some are installed next to us for the tests.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "PIL.ImageTk",
    "PIL.ImageQt",  # would pull in a second Qt binding
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "pytest_benchmark",
    "mypy",
    "ruff",
    "IPython",
    "numpy",
    "matplotlib",
    "pydoc",
    "alembic.testing",
    "sqlalchemy.testing",
    "PyInstaller",
    # Qt modules we do not use (only QtCore, QtGui and QtWidgets are)
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtDBus",
    "PySide6.QtSvgWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
]

# Qt libraries that PySide6's hooks may still collect (e.g. as plug-in dependencies)
# and that nothing of ours loads: dropped from the bundle by file name.
EXCLUDED_QT_LIBRARIES = (
    "Qt6Quick",
    "Qt6Qml",
    "Qt6WebEngine",
    "Qt6Pdf",
    "Qt6VirtualKeyboard",
    "Qt6Designer",
    "Qt6Multimedia",
    "Qt6Charts",
    "Qt6DataVisualization",
    "Qt63D",
    "Qt6EglFS",  # the platforms below that draw without a window system
    "Qt6EglFs",
)
# Desktop window systems (X11, Wayland; Windows) plus offscreen/minimal for headless
# use; the others drive a bare frame buffer (kiosks, embedded boards).
EXCLUDED_QT_PLUGINS = (
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
    "platforms/libqminimalegl",
    "egldeviceintegrations/",
    "generic/",
)
# Qt's own translations: the languages of the interface only (Chinese; English is
# the source language and needs none).
KEPT_QT_TRANSLATIONS = ("_zh_CN.qm",)


def _inside_qt(path: Path) -> str | None:
    """``plugins/…`` or ``translations/…`` for a file of PySide6's Qt, else None.

    The wheels keep them in ``PySide6/Qt/`` on Linux and macOS, ``PySide6/`` on Windows.
    """
    parts = path.parts
    if "PySide6" not in parts:
        return None
    rest = list(parts[parts.index("PySide6") + 1 :])
    if rest[:1] == ["Qt"]:
        rest = rest[1:]
    return "/".join(rest) if rest[:1] in (["plugins"], ["translations"]) else None


def is_unwanted(dest_name: str) -> bool:
    """A collected file (by its destination name) that nothing of ours loads."""
    path = Path(dest_name)
    stem = path.name[3:] if path.name.startswith("lib") else path.name
    if stem.startswith(EXCLUDED_QT_LIBRARIES):
        return True
    qt_file = _inside_qt(path)
    if qt_file is not None and qt_file.startswith("translations/"):
        return not path.name.endswith(KEPT_QT_TRANSLATIONS)
    if qt_file is not None and any(part in qt_file for part in EXCLUDED_QT_PLUGINS):
        return True
    # plug-ins of the Qt modules we exclude (QML tooling, virtual keyboard, web engine)
    return any(part in ("qml", "qmltooling", "virtualkeyboard", "webview") for part in path.parts)


def compile_translations(out_dir: Path) -> list[Path]:
    """Compile every ``resources/translations/*.ts`` into ``out_dir``; the ``.qm`` files.

    Uses the lrelease of the PySide6 this build bundles, so the ``.qm`` matches its Qt.
    """
    sys.path.insert(0, str(ROOT))
    from meihao_desktop.gui.pyside_binaries import find_tool

    lrelease = find_tool("lrelease")
    if lrelease is None:
        raise SystemExit("lrelease not found: is PySide6 installed in this environment?")
    out_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts_file in sorted((RESOURCES / "translations").glob("*.ts")):
        qm_file = out_dir / ts_file.with_suffix(".qm").name
        subprocess.run(
            [*lrelease, "-silent", str(ts_file), "-qm", str(qm_file)], check=True, timeout=120
        )
        if not qm_file.is_file() or qm_file.stat().st_size == 0:
            raise SystemExit(f"lrelease wrote nothing for {ts_file}")
        compiled.append(qm_file)
    if not compiled:
        raise SystemExit(f"no translations found in {RESOURCES / 'translations'}")
    return compiled


def _files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        skipped = "__pycache__" in path.parts or path.suffix in (".pyc", ".qm")
        if path.is_file() and not skipped:
            yield path


def data_files(compiled_qm: Iterable[Path]) -> list[tuple[str, str]]:
    """(source file, destination folder inside the bundle) pairs for Analysis ``datas``."""
    datas = [
        (str(path), str(Path("resources") / path.parent.relative_to(RESOURCES)))
        for path in _files_under(RESOURCES)
    ]
    datas += [(str(qm), str(Path("resources") / "translations")) for qm in compiled_qm]
    datas += [(str(path), str(path.parent.relative_to(ROOT))) for path in _files_under(MIGRATIONS)]
    return datas


def make_qm_not_older(dist_app: Path) -> None:
    """Give each bundled ``.qm`` at least its ``.ts``'s time stamp.

    PyInstaller copies files without their times, so the ``.qm`` could end up a few
    nanoseconds older than the ``.ts`` beside it; ``gui.i18n`` would then take it for
    stale and try to compile the ``.ts`` with an lrelease the bundle does not have.
    """
    for qm_file in dist_app.rglob("resources/translations/*.qm"):
        ts_file = qm_file.with_suffix(".ts")
        if ts_file.is_file():
            newest = max(ts_file.stat().st_mtime_ns, qm_file.stat().st_mtime_ns)
            os.utime(qm_file, ns=(newest, newest))


def _installed_distributions() -> list[str]:
    """The packages installed in this environment (not what the current folder adds)."""
    import sysconfig
    from importlib.metadata import distributions

    folders = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    return sorted({f"{d.metadata['Name']}=={d.version}" for d in distributions(path=folders)})


def inputs_fingerprint() -> str:
    """SHA-256 over everything a build is made of: our code, resources, the build files
    and the installed packages' versions. Equal fingerprints: the same bundle."""
    digest = hashlib.sha256()
    digest.update(sys.version.encode())
    for line in _installed_distributions():
        digest.update(line.encode() + b"\n")
    folders = [PACKAGE, RESOURCES]
    files = [path for folder in folders for path in _files_under(folder)]
    files += [SPEC, Path(__file__).resolve(), ROOT / "build" / "build.py"]
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
