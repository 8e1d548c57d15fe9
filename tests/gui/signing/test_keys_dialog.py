"""Key management: a new personal key is made and listed; an import checks the passphrase."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.jobs import JobRunner
from meihao_desktop.gui.settings import default_key_file
from meihao_desktop.gui.signing.key_model import (
    COL_DEFAULT,
    COL_NAME,
    COL_VALID_UNTIL,
    KeyTableModel,
)
from meihao_desktop.gui.signing.keys_dialog import ImportKeyDialog, KeysDialog, NewKeyDialog
from meihao_desktop.gui.signing.keys_io import user_keys_dir
from meihao_desktop.signing.keys import KeyInfo, list_keys
from tests.gui.signing.conftest import PASSPHRASE


@pytest.fixture
def keys_dialog(qtbot: QtBot) -> KeysDialog:
    host = QWidget()
    qtbot.addWidget(host)
    dialog = KeysDialog(JobRunner(host), user_keys_dir(), ("Wang Kun", "Haizhou"), host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_personal_key_is_created_listed_and_made_default(
    keys_dialog: KeysDialog, qtbot: QtBot
) -> None:
    assert keys_dialog.model.rowCount() == 0
    new = keys_dialog.new_key()
    assert isinstance(new, NewKeyDialog)
    qtbot.waitExposed(new)
    assert new.ui.nameEdit.text() == "Wang Kun"
    QTest.keyClicks(new.ui.passphraseEdit, "short")
    QTest.keyClicks(new.ui.repeatEdit, "short")
    new.ui.buttonBox.accepted.emit()
    assert new.isVisible()
    assert "8" in new.ui.errorLabel.text()
    new.ui.passphraseEdit.clear()
    new.ui.repeatEdit.clear()
    QTest.keyClicks(new.ui.passphraseEdit, "correct horse")
    QTest.keyClicks(new.ui.repeatEdit, "correct horse!")
    new.ui.buttonBox.accepted.emit()
    assert new.isVisible()
    assert new.ui.errorLabel.isVisible()
    QTest.keyClick(new.ui.repeatEdit, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(keys_dialog.keysChanged, timeout=20_000):
        new.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: keys_dialog.model.rowCount() == 1)
    index = keys_dialog.model.index(0, COL_NAME)
    assert index.data() == "Wang Kun"
    assert keys_dialog.model.index(0, COL_DEFAULT).data() == "✓"
    [stored] = list_keys(user_keys_dir())
    assert stored.unit == "Haizhou"
    assert default_key_file() == stored.path
    assert keys_dialog.selected_key() == stored


def test_import_with_a_wrong_passphrase_is_said_in_chinese(
    keys_dialog: KeysDialog, session_key: KeyInfo, qtbot: QtBot
) -> None:
    dialog = keys_dialog.import_key()
    assert isinstance(dialog, ImportKeyDialog)
    dialog.ui.fileEdit.setText(str(session_key.path))
    QTest.keyClicks(dialog.ui.passphraseEdit, "not the passphrase")
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(dialog.ui.errorLabel.isVisible, timeout=10_000)
    assert "口令不正确" in dialog.ui.errorLabel.text()
    assert dialog.isVisible()
    assert list_keys(user_keys_dir()) == []
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: keys_dialog.model.rowCount() == 1)
    assert keys_dialog.model.index(0, COL_NAME).data() == "刘赟"


def key_info(name: str, days_left: int, path: Path) -> KeyInfo:
    now = datetime.now(UTC)
    return KeyInfo(path, name, "", f"CN={name}", "1", now, now + timedelta(days=days_left), True)


def test_key_table_model_is_consistent_and_sorts_by_date(
    prepared_app: object, tmp_path: Path
) -> None:
    model = KeyTableModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    keys = [key_info("甲", 30, tmp_path / "a.p12"), key_info("乙", -1, tmp_path / "b.p12")]
    model.set_keys(keys, tmp_path / "a.p12")
    model.set_default(tmp_path / "b.p12")
    assert model.index(1, COL_DEFAULT).data() == "✓"
    assert model.index(0, COL_DEFAULT).data() == ""
    late = model.index(0, COL_VALID_UNTIL).data(KeyTableModel.SortRole)
    early = model.index(1, COL_VALID_UNTIL).data(KeyTableModel.SortRole)
    assert early < late
    assert model.index(1, COL_VALID_UNTIL).data(Qt.ItemDataRole.ForegroundRole) is not None
