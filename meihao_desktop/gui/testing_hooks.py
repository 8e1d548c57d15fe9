"""A way for tests to drive the real, running application: ``MEIHAO_TEST_DRIVER``.

Inert unless the environment variable ``MEIHAO_TEST_DRIVER`` is set (it never is for
users). When it is — ``package.module:function`` or ``/path/to/file.py:function`` — the
function is called once with the main window, right after the window is shown (the
database opens a moment later, from the event loop; a driver waits for
``window.context``). The crash tests use it to record scores through the editor's
widgets in a separate process and then kill that process; the build test uses a driver
file to look inside the bundled program. A driver runs with the program's rights, as
any code reachable through the environment (``PYTHONPATH``) would.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

DRIVER_ENV = "MEIHAO_TEST_DRIVER"


def _load(target: str) -> ModuleType:
    if not target.endswith(".py"):
        return importlib.import_module(target)
    path = Path(target)
    spec = importlib.util.spec_from_file_location(f"meihao_test_driver_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the test driver {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def driver_from_environment() -> Callable[[Any], object] | None:
    """The function ``MEIHAO_TEST_DRIVER`` names, or None when it is not set."""
    value = os.environ.get(DRIVER_ENV, "").strip()
    if not value:
        return None
    # rpartition: a Windows path has a colon of its own ("C:\\…\\driver.py:run")
    target, _, name = value.rpartition(":")
    if not target or not name:
        raise ValueError(f"{DRIVER_ENV} must be module:function or file.py:function, not {value!r}")
    driver: Callable[[Any], object] = getattr(_load(target), name)
    return driver


def start_test_driver(window: object) -> None:
    """Hand ``window`` to the test driver, if the environment names one."""
    driver = driver_from_environment()
    if driver is not None:
        driver(window)
