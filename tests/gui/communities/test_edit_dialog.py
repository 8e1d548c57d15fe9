"""Adding and editing a community through the dialog: validation, nothing lost, audit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.communities.edit_dialog import CommunityDialog
from meihao_desktop.gui.communities.table_model import COL_HOUSEHOLDS, COL_NAME
from meihao_desktop.gui.pages.communities import CommunitiesPage
from tests.gui.communities.helpers import audit_entries, error_box


def open_new(page: CommunitiesPage) -> CommunityDialog:
    page.new_action.trigger()
    dialog = page.current_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def names_in_table(page: CommunitiesPage) -> list[str]:
    return [str(page.proxy.index(r, COL_NAME).data()) for r in range(page.proxy.rowCount())]


def test_a_new_community_appears_in_the_table_and_the_database(
    page: CommunitiesPage, qtbot: QtBot
) -> None:
    dialog = open_new(page)
    assert dialog.windowTitle() == "新建小区"
    dialog.ui.nameEdit.setText("新海花园")
    dialog.ui.districtEdit.setText("海州区")
    qtbot.keyClicks(dialog.ui.householdsEdit, "1380")
    qtbot.keyClicks(dialog.ui.occupancyRateEdit, "95.5")
    dialog.ui.redPropertyStarsCombo.setCurrentIndex(4)  # 3 星
    dialog.ui.crossAppointmentCombo.setCurrentIndex(1)  # 是
    dialog.ui.demonstrationLevelCombo.setCurrentIndex(2)  # 市级
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert names_in_table(page) == ["新海花园"]
    assert page.current_community_id() is not None  # the new row is selected
    [stored] = page.context.services.communities.list()
    assert (stored.name, stored.district, stored.households) == ("新海花园", "海州区", 1380)
    assert stored.occupancy_rate == Decimal("95.5")
    assert stored.red_property_stars == 3
    assert stored.cross_appointment is True
    assert stored.joint_party_org is None
    assert stored.demonstration_level == "市级"
    assert page.stack.currentIndex() == 1  # the table replaced the empty state


def test_ok_is_disabled_while_the_name_is_empty(page: CommunitiesPage, qtbot: QtBot) -> None:
    dialog = open_new(page)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.ui.nameEdit, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.ui.nameEdit.setText("怡江苑")
    assert dialog.ok_button.isEnabled()
    assert "小区名称" in dialog.ui.nameLabel.text()
    assert "必填" in dialog.ui.nameLabel.text()


def test_an_invalid_rate_names_the_field_and_keeps_everything(
    page: CommunitiesPage, qtbot: QtBot
) -> None:
    dialog = open_new(page)
    dialog.ui.nameEdit.setText("新海花园")
    dialog.ui.descriptionEdit.setPlainText("建于二〇〇八年。")
    qtbot.keyClicks(dialog.ui.householdsEdit, "1380")
    qtbot.keyClicks(dialog.ui.occupancyRateEdit, "120")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    box = error_box(dialog)
    assert "入住率" in box.text()
    assert "超出 0–100 的范围" in box.text()
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.ui.occupancyRateEdit
    assert dialog.ui.occupancyRateEdit.text() == "120"
    assert dialog.ui.householdsEdit.text() == "1380"
    assert dialog.ui.descriptionEdit.toPlainText() == "建于二〇〇八年。"
    assert page.context.services.communities.list() == []

    box.accept()
    dialog.ui.occupancyRateEdit.setText("96")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [stored] = page.context.services.communities.list()
    assert stored.occupancy_rate == Decimal(96)


def test_a_bad_year_points_at_the_year(page: CommunitiesPage, qtbot: QtBot) -> None:
    dialog = open_new(page)
    dialog.ui.nameEdit.setText("新海花园")
    qtbot.keyClicks(dialog.ui.yearBuiltEdit, "1850")
    dialog.accept()
    assert "建成年份" in error_box(dialog).text()
    assert dialog.focusWidget() is dialog.ui.yearBuiltEdit


def test_the_description_shows_its_length_as_it_is_typed(page: CommunitiesPage) -> None:
    dialog = open_new(page)
    dialog.ui.descriptionEdit.setPlainText("小区" * 10)
    assert dialog.ui.descriptionCountLabel.text() == "20 / 1000 字"
    dialog.ui.descriptionEdit.setPlainText("字" * 1001)
    assert dialog.ui.descriptionCountLabel.text() == "1001 / 1000 字"
    assert "c62828" in dialog.ui.descriptionCountLabel.styleSheet()  # too long: red


def test_edit_updates_the_community_and_audits_the_change(
    page: CommunitiesPage, qtbot: QtBot
) -> None:
    services = page.context.services
    created = services.communities.create(
        name="新海花园", district="海州区", households=800, occupancy_rate="95.50"
    )
    page.refresh()
    assert page.select_community(created.id)
    page.edit_action.trigger()
    dialog = page.current_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "编辑小区 — 新海花园"
    assert dialog.ui.householdsEdit.text() == "800"
    assert dialog.ui.occupancyRateEdit.text() == "95.5"
    dialog.ui.householdsEdit.clear()
    qtbot.keyClicks(dialog.ui.householdsEdit, "1200")
    dialog.ui.jointPartyOrgCombo.setCurrentIndex(2)  # 否
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    stored = services.communities.get(created.id)
    assert stored.households == 1200
    assert stored.joint_party_org is False
    assert stored.occupancy_rate == Decimal("95.5")
    changes = {
        (entry.field, entry.old, entry.new, entry.actor)
        for entry in audit_entries(services.db, created.id)
        if entry.action == "update"
    }
    assert changes == {
        ("households", "800", "1200", "测试员"),
        ("joint_party_org", None, "false", "测试员"),
    }
    row = page.proxy.mapFromSource(page.model.index(page.model.row_of(created.id) or 0, 0))
    assert page.proxy.index(row.row(), COL_HOUSEHOLDS).data() == "1200"


def test_escape_with_changes_asks_before_discarding(
    page: CommunitiesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = open_new(page)
    dialog.ui.nameEdit.setText("新海花园")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # "Cancel": keep editing
    assert dialog.ui.nameEdit.text() == "新海花园"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert len(asked) == 2
    assert page.context.services.communities.list() == []


def test_escape_without_changes_just_closes(
    page: CommunitiesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked"))
    dialog = open_new(page)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
