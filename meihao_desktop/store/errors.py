"""Problems with the database file that the user can act on (wrong file, newer program).

Each error names the file in ``where`` so the GUI can show which file it means.
"""

from __future__ import annotations

from pathlib import Path

from meihao_desktop.domain.errors import MeihaoError


class DatabaseError(MeihaoError):
    """The database file cannot be used as it is."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message, where=f"数据库文件 {path}")
        self.path = path


class NotADatabaseError(DatabaseError):
    """The file is not SQLite at all (a spreadsheet, a package, a damaged copy)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "不是有效的 SQLite 数据库")


class ForeignDatabaseError(DatabaseError):
    """A SQLite file with tables but no schema version: some other program's database."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "不是本程序的数据库（没有版本记录），未做任何修改")


class DatabaseTooNewError(DatabaseError):
    """The file was migrated by a newer release whose schema this program does not know."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(path, f"由更新版本的程序创建（版本 {revision}），请升级程序")
        self.revision = revision
