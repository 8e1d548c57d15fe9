"""The user's preferences (QSettings): who is inspecting, where exports go, language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

NAME_KEY = "inspector/name"
UNIT_KEY = "inspector/unit"
EXPORT_KEY = "export/folder"


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
