"""The standards the program knows: the shipped files plus any the bureau imported."""

from __future__ import annotations

from pathlib import Path

from meihao_desktop.domain.errors import NotFoundError
from meihao_desktop.domain.standard_file import load_standard_file
from meihao_desktop.domain.standards import Standard


class StandardsCatalog:
    """Loads ``*.toml`` standards from folders, once, and finds them by id."""

    def __init__(self, folders: list[Path]) -> None:
        self._folders = folders
        self._by_id: dict[str, Standard] | None = None

    def _load(self) -> dict[str, Standard]:
        if self._by_id is None:
            found: dict[str, Standard] = {}
            for folder in self._folders:
                for path in sorted(folder.glob("*.toml")):
                    standard = load_standard_file(path)
                    found[standard.id] = standard
            self._by_id = found
        return self._by_id

    def all(self) -> list[Standard]:
        return sorted(self._load().values(), key=lambda s: s.id)

    def get(self, standard_id: str) -> Standard:
        standard = self._load().get(standard_id)
        if standard is None:
            known = "、".join(sorted(self._load())) or "无"
            raise NotFoundError(f"没有编号为 {standard_id!r} 的评分标准（已有：{known}）")
        return standard


def default_catalog() -> StandardsCatalog:
    from meihao_desktop.resources import standards_dir

    return StandardsCatalog([standards_dir()])
