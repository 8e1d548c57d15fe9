"""The standards the program knows: the shipped files plus any the bureau imported."""

from __future__ import annotations

from pathlib import Path

from meihao_desktop.domain.errors import NotFoundError, StandardFileError
from meihao_desktop.domain.standard_file import load_standard_file
from meihao_desktop.domain.standards import Standard

USER_STANDARDS_FOLDER = "standards"


class StandardsCatalog:
    """Loads ``*.toml`` standards from folders, once, and finds them by id.

    ``user_folders`` hold the standards the bureau imported (``services.standards_io``).
    A broken file there, or one reusing a shipped standard's id, is left out and listed
    in ``problems`` instead of stopping the program.
    """

    def __init__(self, folders: list[Path], user_folders: list[Path] | None = None) -> None:
        self._folders = folders
        self._user_folders = user_folders or []
        self._by_id: dict[str, Standard] | None = None
        self._shipped: frozenset[str] = frozenset()
        self.problems: list[str] = []

    def _load(self) -> dict[str, Standard]:
        if self._by_id is None:
            found: dict[str, Standard] = {}
            for folder in self._folders:
                for path in sorted(folder.glob("*.toml")):
                    standard = load_standard_file(path)
                    found[standard.id] = standard
            self._shipped = frozenset(found)
            self.problems = []
            for folder in self._user_folders:
                for path in sorted(folder.glob("*.toml")):
                    self._load_user_file(path, found)
            self._by_id = found
        return self._by_id

    def _load_user_file(self, path: Path, found: dict[str, Standard]) -> None:
        try:
            standard = load_standard_file(path)
        except StandardFileError as error:
            self.problems.append(str(error))
            return
        if standard.id in self._shipped:
            self.problems.append(f"{path}：编号 {standard.id} 与程序自带的评分标准相同，未载入")
            return
        found[standard.id] = standard

    def all(self) -> list[Standard]:
        return sorted(self._load().values(), key=lambda s: s.id)

    def get(self, standard_id: str) -> Standard:
        standard = self._load().get(standard_id)
        if standard is None:
            known = "、".join(sorted(self._load())) or "无"
            raise NotFoundError(f"没有编号为 {standard_id!r} 的评分标准（已有：{known}）")
        return standard

    def shipped_ids(self) -> frozenset[str]:
        """Ids of the standards shipped with the program (imports may not reuse them)."""
        self._load()
        return self._shipped

    @property
    def user_folder(self) -> Path | None:
        """Where imported standards are saved (the first user folder), if any."""
        return self._user_folders[0] if self._user_folders else None

    def reload(self) -> None:
        """Forget what was loaded: the next lookup reads the folders again."""
        self._by_id = None


def user_standards_dir() -> Path:
    """``data_dir()/standards``: where imported standards are saved."""
    from meihao_desktop.paths import data_dir  # QtCore's per-platform locations; no GUI

    return data_dir() / USER_STANDARDS_FOLDER


def default_catalog(user_folder: Path | None = None) -> StandardsCatalog:
    """The shipped standards plus the user's (``user_folder``, default ``user_standards_dir()``)."""
    from meihao_desktop.resources import standards_dir

    return StandardsCatalog([standards_dir()], [user_folder or user_standards_dir()])
