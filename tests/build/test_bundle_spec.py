"""What the PyInstaller spec puts into the bundle, checked without building (fast).

The Windows-specific choices cannot be built in CI; their rules are checked here.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def _bundle_spec() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_spec", REPO / "build" / "bundle_spec.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_spec = _bundle_spec()


@pytest.mark.parametrize("name", bundle_spec.HIDDEN_IMPORTS)
def test_every_hidden_import_exists(name: str) -> None:
    assert importlib.util.find_spec(name) is not None


@pytest.mark.parametrize(
    ("dest", "unwanted"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/translations/qt_zh_CN.qm", False),  # Windows layout
        ("PySide6/translations/qt_fr.qm", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", True),
        ("libQt6EglFsKmsSupport.so.6", True),
        ("Qt6Qml.dll", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
        ("resources/translations/meihao_zh_CN.qm", False),
    ],
)
def test_only_unused_qt_parts_are_dropped(dest: str, unwanted: bool) -> None:
    assert bundle_spec.is_unwanted(dest) is unwanted


def test_data_files_hold_resources_migrations_and_the_compiled_translation(
    tmp_path: Path,
) -> None:
    qm_file = tmp_path / "meihao_zh_CN.qm"
    qm_file.write_bytes(b"qm")
    datas = {
        (Path(source).name, Path(dest).as_posix())
        for source, dest in bundle_spec.data_files([qm_file])
    }
    assert ("meihao_zh_CN.qm", "resources/translations") in datas
    assert ("meihao_zh_CN.ts", "resources/translations") in datas
    assert ("wqy-microhei.ttc", "resources/fonts") in datas
    for standard in (REPO / "resources" / "standards").glob("*.toml"):
        assert (standard.name, "resources/standards") in datas
    migrations = "meihao_desktop/store/migrations"
    assert ("env.py", migrations) in datas
    assert ("script.py.mako", migrations) in datas
    for version in (REPO / migrations / "versions").glob("*.py"):
        assert (version.name, f"{migrations}/versions") in datas
    assert not [name for name, _dest in datas if name.endswith(".pyc")]
