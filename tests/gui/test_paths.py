"""Where the database and the shipped resources are found."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from meihao_desktop import paths, resources


def test_cli_option_wins(tmp_path: Path) -> None:
    assert paths.resolve_db_path(str(tmp_path / "cli.sqlite")) == tmp_path / "cli.sqlite"


def test_environment_comes_next() -> None:
    assert paths.resolve_db_path(None) == Path(os.environ["MEIHAO_DB"])


def test_default_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEIHAO_DB")
    expected = Path(os.environ["XDG_DATA_HOME"]) / "meihao" / "meihao_desktop" / "meihao.sqlite"
    assert paths.resolve_db_path(None) == expected == paths.default_db_path()


def test_relative_paths_become_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.resolve_db_path("x.sqlite") == tmp_path / "x.sqlite"


def test_shipped_resources_are_found() -> None:
    assert resources.font_path().is_file()
    assert sorted(resources.standards_dir().glob("*.toml"))
    assert (resources.translations_dir() / "meihao_zh_CN.ts").is_file()
    assert (resources.forms_dir() / "about_dialog.ui").is_file()


def test_pyinstaller_bundle_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
