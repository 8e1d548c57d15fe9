"""Finding, building and loading the translation; falling back to English if that fails."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from meihao_desktop.gui import i18n, tools
from meihao_desktop.gui.pyside_binaries import find_tool
from meihao_desktop.resources import translations_dir

TS_NAME = "meihao_zh_CN.ts"


@pytest.fixture
def translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the translations folder, so that tests may put .qm files in it."""
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(translations_dir() / TS_NAME, folder / TS_NAME)
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def no_lrelease(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)


def build_qm(ts_file: Path) -> Path:
    lrelease = find_tool("lrelease")
    assert lrelease is not None
    subprocess.run([*lrelease, "-silent", str(ts_file)], check=True)
    return ts_file.with_suffix(".qm")


def test_translation_is_compiled_into_the_user_cache(
    translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qm_file = i18n.app_translation_file("zh_CN")
    assert qm_file is not None
    assert qm_file.is_relative_to(os.environ["XDG_CACHE_HOME"])
    no_lrelease(monkeypatch)
    assert i18n.app_translation_file("zh_CN") == qm_file  # built once, then reused


def test_a_current_shipped_qm_is_used_as_it_is(
    translations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = build_qm(translations / TS_NAME)
    no_lrelease(monkeypatch)
    assert i18n.app_translation_file("zh_CN") == shipped


def test_a_stale_shipped_qm_is_rebuilt(translations: Path) -> None:
    shipped = build_qm(translations / TS_NAME)
    os.utime(shipped, (1_000_000_000, 1_000_000_000))
    qm_file = i18n.app_translation_file("zh_CN")
    assert qm_file is not None
    assert qm_file != shipped


def test_without_lrelease_the_interface_falls_back_to_english(
    qapp: QApplication,
    translations: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    no_lrelease(monkeypatch)
    with caplog.at_level(logging.WARNING, logger=i18n.__name__):
        translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("MainWindow", "File") == "File"
        assert "lrelease was not found" in caplog.text
    finally:
        i18n.remove_translators(qapp, translators)


def test_chinese_translation_loads(qapp: QApplication) -> None:
    translators = i18n.install_translators(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("MainWindow", "File") == "文件"
        # Qt's own strings (standard buttons, file dialog) come in Chinese too.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        i18n.remove_translators(qapp, translators)


def test_unknown_saved_language_means_the_default() -> None:
    assert i18n.saved_language() == "zh_CN"
    QSettings().setValue(i18n.LANGUAGE_KEY, "tlh")
    assert i18n.saved_language() == "zh_CN"
    with pytest.raises(ValueError, match="unsupported"):
        i18n.save_language("tlh")


def test_committed_ts_is_complete_and_up_to_date(tmp_path: Path) -> None:
    """lupdate finds no new string and every string has its Chinese translation."""
    committed = translations_dir() / TS_NAME
    refreshed = tmp_path / TS_NAME
    shutil.copy(committed, refreshed)
    lupdate = find_tool("lupdate")
    assert lupdate is not None
    sources = [str(p) for p in tools.translatable_sources()]
    subprocess.run(
        [
            *lupdate,
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(refreshed),
        ],
        check=True,
    )
    text = refreshed.read_text("utf-8")
    assert 'type="unfinished"' not in text, "run `python -m meihao_desktop.gui.tools lupdate`"
    assert text == committed.read_text("utf-8")
