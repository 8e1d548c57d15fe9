"""The crash dialog: a bug happened (not a user's mistake), or the last run died.

A bug escaping a slot reaches ``sys.excepthook``; Qt then goes on running, and so does
the program: every edit was committed the moment it was made, so saved work is safe.
The dialog says so, shows the report (version, platform, traceback, the last log
lines) and copies it to the clipboard for whoever supports the reviewer.

``CrashHandler`` connects the exception hooks to the dialog; ``offer_crash_logs`` shows
what an earlier run left in its crash log. ``gui.run_diagnostics`` sets them up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.diagnostics.crash_log import mark_reported, pending_crash_logs
from meihao_desktop.diagnostics.hooks import ExceptionHooks
from meihao_desktop.diagnostics.report import crash_report

if TYPE_CHECKING:  # gui.jobs shows errors through gui.errors, which imports this module
    from meihao_desktop.gui.jobs import JobRunner

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    """A message, the report below it, and 复制报告 (copy report) / 关闭 (close)."""

    def __init__(self, title: str, message: str, report: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(title)
        self.report = report
        icon = QLabel(self)
        style = self.style()
        size = style.pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        critical = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        icon.setPixmap(critical.pixmap(size, size))
        self.message_label = QLabel(message, self)
        self.message_label.setObjectName("crashMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_text = QPlainTextEdit(report, self)
        self.report_text.setObjectName("reportText")
        self.report_text.setReadOnly(True)
        self.report_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.report_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy Report"), self)
        self.copy_button.setObjectName("copyReportButton")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.report_text, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    @Slot()
    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


def _environment() -> dict[str, str]:
    return {"Qt": qVersion(), "PySide6": PySide6.__version__}


def show_crash(parent: QWidget | None, error: BaseException) -> CrashDialog:
    """Show the crash dialog for ``error`` (window-modal) and return it."""
    translate = QCoreApplication.translate
    message = translate(
        "CrashDialog",
        "Something went wrong inside the program:\n{error}\n\n"
        "You can go on working: everything you entered was saved the moment you "
        "entered it. Please copy the report and send it to whoever supports you.",
    ).format(error=f"{type(error).__name__}: {error}")
    report = crash_report(error, environment=_environment())
    dialog = CrashDialog(translate("CrashDialog", "Program Error"), message, report, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def offer_crash_logs(
    parent: QWidget | None, crash_logs: list[tuple[Path, str]], jobs: JobRunner
) -> CrashDialog:
    """Show what earlier runs left in their crash logs; move the logs to ``reported/``
    (in the background) when the dialog closes, so that each is offered once."""
    translate = QCoreApplication.translate
    text = "\n".join(f"== {path.name} ==\n{content}" for path, content in crash_logs)
    message = translate(
        "CrashDialog",
        "The program ended abnormally the last time it ran. What it recorded is below; "
        "please copy the report and send it to whoever supports you. Everything saved "
        "before that moment is in the database.",
    )
    title = translate("CrashDialog", "The Program Ended Abnormally Last Time")
    report = crash_report(crash_log=text, environment=_environment())
    dialog = CrashDialog(title, message, report, parent)
    dialog.setObjectName("previousCrashDialog")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    paths = [path for path, _content in crash_logs]
    dialog.finished.connect(
        lambda _result: jobs.run(
            title, lambda _progress: _mark_all_reported(paths), _ignore, show_progress=False
        )
    )
    dialog.open()
    return dialog


def _ignore(_result: object) -> None:
    pass


def _mark_all_reported(paths: list[Path]) -> None:
    for path in paths:
        try:
            mark_reported(path)
        except OSError:
            log.warning("could not move %s to reported/", path, exc_info=True)


def read_crash_logs(folder: Path) -> list[tuple[Path, str]]:
    """The crash logs other processes left in ``folder``, with their text (file work)."""
    found = []
    for path in pending_crash_logs(folder):
        try:
            found.append((path, path.read_text("utf-8", errors="replace")))
        except OSError:
            log.warning("could not read %s", path, exc_info=True)
    return found


class CrashHandler(QObject):
    """Turns uncaught exceptions from any thread into one crash dialog at a time."""

    errorRaised = Signal(object)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._dialog: CrashDialog | None = None
        # Queued: the dialog must not open inside the paint event or thread that failed.
        self.errorRaised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.hooks = ExceptionHooks(self.errorRaised.emit).install()

    @Slot(object)
    def _show(self, error: BaseException) -> None:
        if self._dialog is not None and self._dialog.isVisible():
            return  # the same bug again and again: it is in the log, one dialog is enough
        self._dialog = show_crash(self._window, error)
        self._dialog.destroyed.connect(self._forget)

    @Slot()
    def _forget(self) -> None:
        self._dialog = None
