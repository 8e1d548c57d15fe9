"""Job callbacks that outlive their dialog: a dialog closed (and deleted) while its job
ran must not be touched when the job reports back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def while_alive(owner: QObject, callback: Callable[[T], object]) -> Callable[[T], None]:
    """``callback``, or nothing once ``owner``'s C++ object is gone."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call
