"""The Settings dialog: who is inspecting, where exports go, the interface language.

Laid out in ``forms/settings_dialog.ui``. OK saves (``UserSettings`` and the language);
Cancel leaves everything as it was. Whoever opened the dialog applies the new values
to the running program (``gui.app.apply_settings``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from meihao_desktop.gui import i18n
from meihao_desktop.gui.forms_generated.ui_settings_dialog import Ui_SettingsDialog
from meihao_desktop.gui.main_window import LANGUAGE_NAMES
from meihao_desktop.gui.settings import UserSettings


class SettingsDialog(QDialog):
    """After OK, ``saved_settings`` holds what was saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        # uic writes no annotations.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.saved_settings: UserSettings | None = None
        settings = UserSettings.load()
        self.ui.inspectorNameEdit.setText(settings.inspector_name)
        self.ui.inspectorUnitEdit.setText(settings.inspector_unit)
        self.ui.exportFolderEdit.setText(str(settings.export_folder))
        for language in i18n.LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES.get(language, language), language)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(i18n.saved_language()))
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.inspectorNameEdit.setFocus()

    def language(self) -> str:
        return str(self.ui.languageCombo.currentData())

    def export_folder(self) -> Path:
        text = self.ui.exportFolderEdit.text().strip()
        if text:
            return Path(text).expanduser()
        return Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )

    @Slot()
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default Export Folder"), str(self.export_folder())
        )
        if folder:
            self.ui.exportFolderEdit.setText(folder)

    @Slot()
    def accept(self) -> None:
        settings = UserSettings(
            inspector_name=self.ui.inspectorNameEdit.text().strip(),
            inspector_unit=self.ui.inspectorUnitEdit.text().strip(),
            export_folder=self.export_folder(),
        )
        settings.save()
        if self.language() != i18n.saved_language():
            i18n.save_language(self.language())
        self.saved_settings = settings
        super().accept()
