"""The About dialog: name, version, where the data lives, and the font's licence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from meihao_desktop import __version__
from meihao_desktop.gui.forms_generated.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    """Laid out in ``forms/about_dialog.ui``; this class fills in what is known at run time."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        # uic writes no annotations.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.versionLabel.setText(self.tr("Version {version}").format(version=__version__))
        self.ui.dataFolderLabel.setText(str(data_folder))
