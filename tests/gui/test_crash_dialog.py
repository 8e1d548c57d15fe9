"""Bugs get the crash dialog and the program keeps running; the last run's crash is offered.

Known problems (a full disk) get a plain message instead, and lose nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.gui.app import after_start, load_demo_data
from meihao_desktop.gui.crash_dialog import CrashDialog, CrashHandler
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.run_diagnostics import GuiDiagnostics
from meihao_desktop.paths import data_dir
from meihao_desktop.services.backups import BackupService

pytestmark = pytest.mark.qt_no_exception_capture  # the program's own hooks are under test


def crash_dialogs(name: str = "crashDialog") -> list[CrashDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CrashDialog) and w.objectName() == name and w.isVisible()
    ]


@pytest.fixture
def handler(prepared_app: QApplication, qtbot: QtBot) -> Iterator[CrashHandler]:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    crash_handler = CrashHandler(window)
    yield crash_handler
    crash_handler.hooks.uninstall()
    for dialog in crash_dialogs():
        dialog.close()


def record_finding() -> None:
    raise RuntimeError("boom while recording a finding")


def test_a_bug_in_a_slot_opens_the_crash_dialog_and_the_report_can_be_copied(
    handler: CrashHandler, qtbot: QtBot
) -> None:
    QTimer.singleShot(0, record_finding)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    [dialog] = crash_dialogs()

    assert dialog.windowTitle() == "程序错误"
    assert "RuntimeError: boom while recording a finding" in dialog.message_label.text()
    assert "已立即保存" in dialog.message_label.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.report
    assert copied.startswith("meihao_desktop 0.1.0 error report")
    assert "Traceback" in copied
    assert "in record_finding" in copied
    assert "Platform: " in copied
    assert "Qt: 6." in copied
    assert dialog.copy_button.text() == "已复制"
    # The program goes on: the event loop still runs slots.
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])


def test_a_bug_in_a_thread_shows_the_dialog_on_the_gui_thread(
    handler: CrashHandler, qtbot: QtBot
) -> None:
    thread = threading.Thread(target=record_finding, name="photo-worker")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    [dialog] = crash_dialogs()
    assert "boom while recording a finding" in dialog.report


def test_the_same_bug_again_does_not_pile_up_dialogs(handler: CrashHandler, qtbot: QtBot) -> None:
    for _ in range(3):
        QTimer.singleShot(0, record_finding)
    qtbot.waitUntil(lambda: len(crash_dialogs()) == 1)
    qtbot.wait(50)
    assert len(crash_dialogs()) == 1


def test_show_error_gives_bugs_the_crash_dialog_and_user_errors_a_message(
    prepared_app: QApplication, qtbot: QtBot
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    bug = show_error(parent, KeyError("item_code"))
    assert isinstance(bug, CrashDialog)
    assert "KeyError" in bug.report
    mistake = show_error(parent, InvalidValueError("得分超出范围", where="第 3 行"))
    assert isinstance(mistake, QMessageBox)
    assert mistake.text() == "第 3 行：得分超出范围"
    bug.close()
    mistake.close()


@pytest.fixture
def diagnostics() -> Iterator[GuiDiagnostics]:
    started = GuiDiagnostics(data_dir())
    yield started
    started.close()


def test_after_start_the_last_crash_is_offered_and_the_day_is_backed_up(
    main_window: MainWindow, diagnostics: GuiDiagnostics, qtbot: QtBot
) -> None:
    crashed = diagnostics.logs_dir / "crash-4194002.log"
    crashed.write_text("Fatal Python error: Segmentation fault\n\nCurrent thread 0x1 …\n")

    after_start(main_window, diagnostics)

    qtbot.waitUntil(lambda: len(crash_dialogs("previousCrashDialog")) == 1)
    [dialog] = crash_dialogs("previousCrashDialog")
    assert dialog.windowTitle() == "上次运行时程序异常退出"
    assert "Fatal Python error: Segmentation fault" in dialog.report
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "Segmentation fault" in QGuiApplication.clipboard().text()
    dialog.close()
    reported = diagnostics.logs_dir / "reported" / crashed.name
    qtbot.waitUntil(reported.exists)
    assert not crashed.exists()
    service = BackupService(main_window.database_path)
    qtbot.waitUntil(lambda: [b.reason for b in service.list()] == ["startup"])
    # Started again the same day: no second startup backup, no dialog.
    after_start(main_window, diagnostics)
    main_window.context.jobs.wait_for_done()  # type: ignore[attr-defined]
    qtbot.wait(50)
    assert [b.reason for b in service.list()] == ["startup"]
    assert crash_dialogs("previousCrashDialog") == []


def test_a_full_disk_gets_a_plain_message_and_loses_nothing(
    main_window: MainWindow, qtbot: QtBot
) -> None:
    services = main_window.context.services  # type: ignore[attr-defined]
    services.communities.create(name="幸福里小区")

    def disk_full(dbapi_connection: Any, _record: Any) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # SQLite: SQLITE_FULL

    event.listen(services.db.engine, "connect", disk_full)
    services.db.engine.dispose()
    load_demo_data(main_window)
    qtbot.waitUntil(lambda: _visible_error_box(main_window) is not None, timeout=20_000)

    box = _visible_error_box(main_window)
    assert box is not None
    assert "磁盘已满" in box.text()
    assert str(Path(main_window.database_path).parent) in box.text()
    assert crash_dialogs() == []
    event.remove(services.db.engine, "connect", disk_full)
    services.db.engine.dispose()
    assert [c.name for c in services.communities.list()] == ["幸福里小区"]
    box.close()


def _visible_error_box(window: QWidget) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox, "errorBox") if b.isVisible()]
    return boxes[0] if boxes else None
