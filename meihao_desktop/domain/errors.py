"""Errors a user can cause, with messages a reviewer understands (in Chinese).

The GUI turns these into dialogs and the CLI into one-line messages; anything else that
escapes is a bug and goes to the crash handler.
"""

from __future__ import annotations


class MeihaoError(Exception):
    """A problem the user caused and can fix. ``where`` names the file, row or field."""

    def __init__(self, message: str, *, where: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}：{self.message}" if self.where else self.message


class StandardFileError(MeihaoError):
    """A standards definition file is malformed; ``problems`` lists every finding."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = list(problems)
        first = problems[0] if problems else "未知错误"
        more = f"（另有 {len(problems) - 1} 处问题）" if len(problems) > 1 else ""
        super().__init__(f"{first}{more}", where=f"评分标准文件 {path}")


class NotFoundError(MeihaoError):
    """Something the user named (an inspection id, an item code) does not exist."""


class InvalidValueError(MeihaoError):
    """A value the user entered is out of range or of the wrong form."""


class LockedError(MeihaoError):
    """The record is signed and read-only; unlocking is an explicit, logged action."""
