"""``MEIHAO_TEST_DRIVER`` (gui/testing_hooks.py): inert unless set, else it calls the driver."""

from __future__ import annotations

from pathlib import Path

import pytest

from meihao_desktop.gui import testing_hooks

CALLED: list[object] = []


def remember(window: object) -> None:
    CALLED.append(window)


def test_nothing_happens_without_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(testing_hooks.DRIVER_ENV, raising=False)
    assert testing_hooks.driver_from_environment() is None
    testing_hooks.start_test_driver(object())  # no error, no call


def test_a_module_function_is_called_with_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(testing_hooks.DRIVER_ENV, f"{__name__}:remember")
    window = object()
    testing_hooks.start_test_driver(window)
    assert CALLED[-1] is window


def test_a_driver_file_is_loaded_by_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    driver = tmp_path / "driver.py"
    driver.write_text("SEEN = []\ndef run(window):\n    SEEN.append(window)\n", encoding="utf-8")
    monkeypatch.setenv(testing_hooks.DRIVER_ENV, f"{driver}:run")
    found = testing_hooks.driver_from_environment()
    assert found is not None
    found("window")
    assert found.__globals__["SEEN"] == ["window"]


def test_a_malformed_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(testing_hooks.DRIVER_ENV, "no_function_named")
    with pytest.raises(ValueError, match="module:function"):
        testing_hooks.driver_from_environment()
