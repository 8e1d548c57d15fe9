"""The main window's signing entries: 文件 → 导出全区推荐表…, 工具 → 验证 PDF 签名… and
密钥管理…, 设置 → 单位公章….

``connect_signing_menus`` is called when the window is made; each dialog's module is
imported only when its entry is first used, so starting the program does not wait.
Verifying, keys and the seal need no database: they work before one is open.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.gui.jobs import JobRunner
    from meihao_desktop.gui.main_window import MainWindow


def connect_signing_menus(window: MainWindow) -> None:
    window.exportDistrictRequested.connect(partial(export_district_forms, window))
    window.verifyPdfRequested.connect(partial(open_verify_dialog, window))
    window.keysRequested.connect(partial(open_keys_dialog, window))
    window.sealRequested.connect(partial(open_seal_dialog, window))


def _context(window: MainWindow) -> AppContext | None:
    context: AppContext | None = getattr(window, "context", None)
    return context


def _jobs(window: MainWindow) -> JobRunner:
    context = _context(window)
    if context is not None:
        return context.jobs
    from meihao_desktop.gui.jobs import JobRunner

    return JobRunner(window)


def _show(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_district_forms(window: MainWindow) -> None:
    context = _context(window)
    if context is not None:
        from meihao_desktop.gui.signing.district_dialog import export_district

        export_district(context, window)


def open_verify_dialog(window: MainWindow) -> QDialog:
    from meihao_desktop.gui.signing.verify_dialog import VerifyDialog

    dialog = VerifyDialog(_jobs(window), window)
    dialog.setObjectName("verifyDialog")
    return _show(dialog)


def open_keys_dialog(window: MainWindow) -> QDialog:
    from meihao_desktop.gui.settings import UserSettings
    from meihao_desktop.gui.signing.keys_dialog import KeysDialog
    from meihao_desktop.gui.signing.keys_io import user_keys_dir

    settings = UserSettings.load()
    signer = (settings.inspector_name, settings.inspector_unit)
    dialog = KeysDialog(_jobs(window), user_keys_dir(), signer, window)
    dialog.setObjectName("keysDialog")
    return _show(dialog)


def open_seal_dialog(window: MainWindow) -> QDialog:
    from meihao_desktop.gui.settings import seal_path
    from meihao_desktop.gui.signing.seal_dialog import SealDialog

    dialog = SealDialog(_jobs(window), seal_path(), window)
    dialog.setObjectName("sealDialog")
    return _show(dialog)
