"""The user's preferences (QSettings): who is inspecting, where exports go, language.

Also where signing finds its things: the unit's seal (公章) is a file in the data
folder (``seal_path``), the default signing key's file is named in QSettings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from meihao_desktop.paths import data_dir

NAME_KEY = "inspector/name"
UNIT_KEY = "inspector/unit"
EXPORT_KEY = "export/folder"
DEFAULT_KEY_KEY = "signing/defaultKey"
SEAL_FILE_NAME = "seal.png"


@dataclass(frozen=True)
class UserSettings:
    inspector_name: str
    inspector_unit: str
    export_folder: Path

    @classmethod
    def load(cls) -> UserSettings:
        settings = QSettings()
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return cls(
            inspector_name=str(settings.value(NAME_KEY, "") or ""),
            inspector_unit=str(settings.value(UNIT_KEY, "") or ""),
            export_folder=Path(str(settings.value(EXPORT_KEY, documents) or documents)),
        )

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(NAME_KEY, self.inspector_name)
        settings.setValue(UNIT_KEY, self.inspector_unit)
        settings.setValue(EXPORT_KEY, str(self.export_folder))
        settings.sync()


def seal_path() -> Path:
    """Where the unit's seal is kept: a transparent red PNG, made by 设置 → 单位公章…"""
    return data_dir() / SEAL_FILE_NAME


def default_key_file() -> Path | None:
    """The signing key chosen as the default in 密钥管理, if any."""
    value = str(QSettings().value(DEFAULT_KEY_KEY, "") or "")
    return Path(value) if value else None


def set_default_key_file(path: Path | None) -> None:
    settings = QSettings()
    if path is None:
        settings.remove(DEFAULT_KEY_KEY)
    else:
        settings.setValue(DEFAULT_KEY_KEY, str(path))
    settings.sync()
