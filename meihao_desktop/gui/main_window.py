"""The main window: menus, the status bar naming the database, and the page in the centre.

The window does not open databases itself: it asks (``databaseChangeRequested``) and
whoever owns the data layer (``gui.app``) answers through ``set_database_path`` and
``show_database_opened``. The workbench pages (communities, inspections,
rectifications, summary) will take the centre's place of the welcome panel.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from meihao_desktop.gui import i18n
from meihao_desktop.gui.welcome_panel import WelcomePanel
from meihao_desktop.paths import data_dir

if TYPE_CHECKING:
    from meihao_desktop.gui.about_dialog import AboutDialog

# Each language is named in itself, so that anyone can find their own: not translated.
LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}


class MainWindow(QMainWindow):
    """The application's frame. ``database_path`` is the database currently shown."""

    demoRequested = Signal()
    """The user asked for the demo data set to be written into the open database."""

    databaseChangeRequested = Signal(Path)
    """The user picked another database file; the window has not switched to it yet."""

    settingsRequested = Signal()
    """The user asked for the Settings dialog (inspector, export folder, language)."""

    backupsRequested = Signal()
    """The user asked for the Backup and Restore dialog."""

    exportDataFolderRequested = Signal()
    """The user asked to export the data folder (database, photos, keys) into a zip."""

    importDataFolderRequested = Signal()
    """The user asked to import a data folder zip made on another laptop."""

    exportDistrictRequested = Signal()
    """The user asked to export every recommendation form of a campaign."""

    verifyPdfRequested = Signal()
    """The user asked to check the digital signatures of a PDF file."""

    keysRequested = Signal()
    """The user asked to manage the signing keys."""

    sealRequested = Signal()
    """The user asked to set the unit's seal (公章) printed on recommendation forms."""

    exportPackageRequested = Signal()
    """The user asked to export inspections into a signed exchange package (.meihao)."""

    importPackageRequested = Signal()
    """The user asked to import an exchange package from another laptop."""

    exportSummaryRequested = Signal()
    """The user asked for the summary workbook (汇总表) of a campaign."""

    importStandardRequested = Signal()
    """The user asked to import a scoring standard from an Excel workbook."""

    exportStandardRequested = Signal()
    """The user asked to export a scoring standard to an Excel workbook."""

    auditLogRequested = Signal()
    """The user asked for the change history (操作记录)."""

    def __init__(self, database_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.resize(1000, 680)
        self._database_path = database_path
        self.welcome_panel = WelcomePanel(self)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(self.welcome_panel)
        self.setCentralWidget(self.centre)
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.pages = QStackedWidget(self)
        # Connected once: show_workbench runs again for every database opened.
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._page_keys: list[str] = []
        self.save_label = self._status_label("saveStateLabel")
        self.inspector_label = self._status_label("inspectorLabel")
        self.database_label = self._status_label("databaseLabel")
        self._build_file_menu()
        self._build_view_menu()
        self._build_tools_menu()
        self._build_settings_menu()
        self._build_help_menu()
        self.set_database_path(database_path)

    def _status_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        self.statusBar().addPermanentWidget(label)
        return label

    def show_workbench(self, pages: list[tuple[str, str, QWidget]]) -> None:
        """Replace the welcome panel by the workbench: navigation on the left, pages right."""
        self.navigation.clear()
        while (old := self.pages.widget(0)) is not None:
            self.pages.removeWidget(old)
            old.deleteLater()
        self._page_keys = []
        for index, (key, title, widget) in enumerate(pages, start=1):
            self.navigation.addItem(f"{title}\tCtrl+{index}")
            self.pages.addWidget(widget)
            self._page_keys.append(key)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 24)
        if self.centre.count() == 1:
            workbench = QWidget(self)
            layout = QHBoxLayout(workbench)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.navigation)
            layout.addWidget(self.pages, 1)
            self.centre.addWidget(workbench)
        self.centre.setCurrentIndex(1)
        self.navigation.setCurrentRow(0)

    def show_page(self, key: str) -> QWidget:
        """Switch to the page registered under ``key`` and return it."""
        row = self._page_keys.index(key)
        self.navigation.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        widget = self.pages.widget(self._page_keys.index(key))
        assert widget is not None
        return widget

    @Slot(str)
    def show_save_state(self, text: str) -> None:
        self.save_label.setText(text)

    def show_inspector(self, name: str, unit: str) -> None:
        who = name or self.tr("(not set — see Settings)")
        self.inspector_label.setText(
            self.tr("Inspector: {name} {unit}").format(name=who, unit=unit)
        )

    @property
    def database_path(self) -> Path:
        return self._database_path

    @Slot(Path)
    def set_database_path(self, path: Path) -> None:
        """Show ``path`` as the database being opened (title, status bar, centre)."""
        self._database_path = path
        self.setWindowTitle(self.tr("Beautiful Homes Review — {name}").format(name=path.name))
        self.database_label.setText(self.tr("Database: {path}").format(path=path))
        self.welcome_panel.show_opening(path)

    @Slot(bool)
    def show_database_opened(self, is_empty: bool) -> None:
        """The database is open; ``is_empty`` says whether it holds no data yet."""
        self.welcome_panel.show_opened(self._database_path, is_empty)

    def _menu(self, name: str, title: str) -> QMenu:
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        return menu

    def _action(self, name: str, text: str, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_file_menu(self) -> None:
        menu = self._menu("fileMenu", self.tr("File"))
        open_action = self._action(
            "openDatabaseAction",
            self.tr("Open Database…"),
            QKeySequence(QKeySequence.StandardKey.Open),
        )
        open_action.triggered.connect(self._ask_for_database)
        menu.addAction(open_action)
        demo_action = self._action("loadDemoAction", self.tr("Load Demo Data"))
        demo_action.triggered.connect(self.demoRequested)
        menu.addAction(demo_action)
        campaign_action = self._action("newCampaignAction", self.tr("New Campaign…"))
        campaign_action.triggered.connect(self.show_new_campaign_dialog)
        menu.addAction(campaign_action)
        menu.addSeparator()
        for name, text, signal in (
            ("backupsAction", self.tr("Backup and Restore…"), self.backupsRequested),
            (
                "exportDataFolderAction",
                self.tr("Export Data Folder…"),
                self.exportDataFolderRequested,
            ),
            (
                "importDataFolderAction",
                self.tr("Import Data Folder…"),
                self.importDataFolderRequested,
            ),
        ):
            action = self._action(name, text)
            action.triggered.connect(signal)
            menu.addAction(action)
        menu.addSeparator()
        district = self._action(
            "exportDistrictAction", self.tr("Export District Recommendation Forms…")
        )
        district.triggered.connect(self.exportDistrictRequested)
        menu.addAction(district)
        menu.addSeparator()
        self._add_actions(
            menu,
            (
                "exportPackageAction",
                self.tr("Export Package…"),
                self.exportPackageRequested,
                "Ctrl+Shift+E",
            ),
            (
                "importPackageAction",
                self.tr("Import Package…"),
                self.importPackageRequested,
                "Ctrl+Shift+I",
            ),
            (
                "exportSummaryAction",
                self.tr("Export Summary (Excel)…"),
                self.exportSummaryRequested,
            ),
        )
        menu.addSeparator()
        # Explicit, because the platform's standard Quit key is empty on Windows.
        quit_action = self._action("quitAction", self.tr("Quit"), QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)

    def _build_view_menu(self) -> None:
        menu = self._menu("viewMenu", self.tr("View"))
        for index in range(1, 5):
            go = self._action(f"goToPage{index}Action", self.tr("Page {n}").format(n=index))
            go.setShortcut(QKeySequence(f"Ctrl+{index}"))
            go.triggered.connect(partial(self._go_to_row, index - 1))
            self.addAction(go)  # shortcut only: the navigation list shows the pages
        full_screen = self._action(
            "fullScreenAction",
            self.tr("Full Screen"),
            QKeySequence(QKeySequence.StandardKey.FullScreen),
        )
        full_screen.setCheckable(True)
        full_screen.toggled.connect(self._set_full_screen)
        menu.addAction(full_screen)
        menu.addSeparator()
        self._add_actions(
            menu,
            ("auditLogAction", self.tr("Change History…"), self.auditLogRequested, "Ctrl+Shift+H"),
        )

    def _build_tools_menu(self) -> None:
        menu = self._menu("toolsMenu", self.tr("Tools"))
        for name, text, signal in (
            ("verifyPdfAction", self.tr("Verify PDF Signatures…"), self.verifyPdfRequested),
            ("keysAction", self.tr("Key Management…"), self.keysRequested),
        ):
            action = self._action(name, text)
            action.triggered.connect(signal)
            menu.addAction(action)
        menu.addSeparator()
        self._add_actions(
            menu,
            (
                "importStandardAction",
                self.tr("Import Standard (Excel)…"),
                self.importStandardRequested,
            ),
            (
                "exportStandardAction",
                self.tr("Export Standard (Excel)…"),
                self.exportStandardRequested,
            ),
        )

    def _add_actions(
        self,
        menu: QMenu,
        *actions: tuple[str, str, SignalInstance] | tuple[str, str, SignalInstance, str],
    ) -> None:
        """(object name, text, signal to emit[, shortcut]) for each action."""
        for name, text, signal, *keys in actions:
            action = self._action(name, text, QKeySequence(keys[0]) if keys else None)
            action.triggered.connect(signal)
            menu.addAction(action)

    def _build_settings_menu(self) -> None:
        menu = self._menu("settingsMenu", self.tr("Settings"))
        settings_action = self._action(
            "settingsAction", self.tr("Settings…"), QKeySequence("Ctrl+,")
        )
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.settingsRequested)
        menu.addAction(settings_action)
        seal_action = self._action("sealAction", self.tr("Unit Seal…"))
        seal_action.triggered.connect(self.sealRequested)
        menu.addAction(seal_action)
        language_menu = menu.addMenu(self.tr("Language"))
        language_menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        saved = i18n.saved_language()
        for language, name in LANGUAGE_NAMES.items():
            action = self._action(f"language_{language}_Action", name)
            action.setCheckable(True)
            action.setChecked(language == saved)
            action.triggered.connect(partial(self._choose_language, language))
            group.addAction(action)
            language_menu.addAction(action)

    def _build_help_menu(self) -> None:
        menu = self._menu("helpMenu", self.tr("Help"))
        about = self._action("aboutAction", self.tr("About"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about_dialog)
        menu.addAction(about)

    @Slot()
    def _ask_for_database(self) -> None:
        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Database"),
            str(self._database_path.parent),
            self.tr("Databases (*.sqlite *.db);;All files (*)"),
        )
        if file_name:
            self.databaseChangeRequested.emit(Path(file_name))

    def _go_to_row(self, row: int, _checked: bool = False) -> None:
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    @Slot(bool)
    def _set_full_screen(self, on: bool) -> None:
        # Toggling the flag (rather than showNormal) keeps a maximised window maximised.
        state = self.windowState()
        if on:
            state |= Qt.WindowState.WindowFullScreen
        else:
            state &= ~Qt.WindowState.WindowFullScreen
        self.setWindowState(state)

    def _choose_language(self, language: str, _checked: bool = True) -> None:
        if language == i18n.saved_language():
            return
        i18n.save_language(language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language takes effect when the program is started again."),
        )

    @Slot()
    def show_new_campaign_dialog(self) -> QWidget | None:
        """File → New Campaign…: on the inspections page, where campaigns are used."""
        from meihao_desktop.gui.campaigns.window_actions import new_campaign

        return new_campaign(self)

    @Slot()
    def show_about_dialog(self) -> AboutDialog:
        # Imported when asked for: its compiled form costs ~10 ms before the first paint.
        from meihao_desktop.gui.about_dialog import AboutDialog

        dialog = AboutDialog(data_dir(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
