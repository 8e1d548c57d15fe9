"""Why an exchange package cannot be exported or imported, in words a reviewer understands.

Every rejection of a package is a ``PackageError`` naming the package file in ``where``;
``kind`` lets the GUI and the tests tell the reasons apart without parsing the message.
"""

from __future__ import annotations

from meihao_desktop.domain.errors import MeihaoError


class PackageError(MeihaoError):
    """A package is damaged, altered, hostile or does not fit this database."""

    def __init__(self, message: str, *, where: str, kind: str = "invalid") -> None:
        super().__init__(message, where=where)
        self.kind = kind
