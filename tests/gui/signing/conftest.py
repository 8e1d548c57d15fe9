"""Fixtures for the signing screens: the editor's demo database, a key, a drawn stroke."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.settings import set_default_key_file
from meihao_desktop.gui.signing.keys_io import user_keys_dir
from meihao_desktop.gui.signing.pad import SignaturePad
from meihao_desktop.signing.keys import CERT_SUFFIX, KEY_SUFFIX, KeyInfo, create_key
from tests.gui.editor.conftest import (  # noqa: F401 — shared fixtures
    context,
    db_file,
    demo_template,
    editor,
    new_editor,
    services,
)

PASSPHRASE = "haizhou-2024"


@pytest.fixture(scope="session")
def session_key(tmp_path_factory: pytest.TempPathFactory) -> KeyInfo:
    """One RSA key per test session (making a key is the slow part)."""
    return create_key(tmp_path_factory.mktemp("keys"), "刘赟", "海州区住房和城乡建设局", PASSPHRASE)


@pytest.fixture
def user_key(session_key: KeyInfo) -> Path:
    """The session key in this test's keys folder, chosen as the default; its path."""
    folder = user_keys_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in (KEY_SUFFIX, CERT_SUFFIX):
        source = session_key.path.with_suffix(suffix)
        shutil.copy(source, folder / source.name)
    path = folder / session_key.path.name
    set_default_key_file(path)
    return path


def draw_stroke(pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    """Press, move through ``points`` and release the left mouse button on ``pad``."""
    first = QPoint(*points[0])
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(
        pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1])
    )


ZIGZAG = [(40 + 12 * i, 60 + (25 if i % 2 else -25)) for i in range(20)]


def visible(name: str) -> list[QWidget]:
    """The visible top-level widgets with object name ``name``."""
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def wait_for(qtbot: QtBot, name: str, timeout: int = 10_000) -> QWidget:
    qtbot.waitUntil(lambda: bool(visible(name)), timeout=timeout)
    return visible(name)[-1]
