"""新建评选活动: the dialog's checks, and creating a campaign from the inspections page, from
the new-inspection dialog and from the main window's File menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.campaigns.campaign_dialog import CampaignDialog
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.editor.new_inspection_dialog import NewInspectionDialog
from meihao_desktop.gui.main_window import MainWindow
from meihao_desktop.gui.pages.inspections import InspectionsPage
from meihao_desktop.services import Services
from tests.gui.editor.test_inspections_page import accept, show_page


@pytest.fixture
def page(context: AppContext, qtbot: QtBot) -> InspectionsPage:
    return show_page(qtbot, context)


def click_ok(dialog: CampaignDialog, qtbot: QtBot) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def open_from_button(page: InspectionsPage, qtbot: QtBot) -> CampaignDialog:
    qtbot.mouseClick(page.campaign_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(CampaignDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_the_dialog_offers_the_standards_and_the_known_districts(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    latest = services.campaigns.list()[0]
    dialog = open_from_button(page, qtbot)
    standards = [
        dialog.ui.standardCombo.itemData(n) for n in range(dialog.ui.standardCombo.count())
    ]
    assert standards == [s.id for s in services.catalog.all()]
    assert {"meihao-2024", "wenming-2019"} <= set(standards)
    assert dialog.ui.standardCombo.currentData() == latest.standard_id  # as the latest one
    districts = {
        dialog.ui.districtCombo.itemText(n) for n in range(dialog.ui.districtCombo.count())
    }
    assert districts == {c.district for c in services.communities.list() if c.district}
    assert dialog.ui.districtCombo.currentText() == latest.district
    assert dialog.ui.yearSpin.value() == QDate.currentDate().year()
    qtbot.waitUntil(dialog.ui.nameEdit.hasFocus)  # ready to type the name
    dialog.reject()


def test_a_name_is_required_and_must_not_repeat_in_its_year(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    existing = services.campaigns.list()[0]
    before = len(services.campaigns.list())
    dialog = open_from_button(page, qtbot)
    click_ok(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.ui.problemLabel.text()
    dialog.ui.nameEdit.setText(f"  {existing.name} ")
    dialog.ui.yearSpin.setValue(existing.year)
    click_ok(dialog, qtbot)
    assert dialog.isVisible()
    assert existing.name in dialog.ui.problemLabel.text()
    qtbot.waitUntil(dialog.ui.nameEdit.hasFocus)  # where the fault is
    assert len(services.campaigns.list()) == before
    dialog.ui.yearSpin.setValue(existing.year + 1)  # the same name next year is fine
    click_ok(dialog, qtbot)
    assert not dialog.isVisible()
    assert len(services.campaigns.list()) == before + 1


def test_creating_one_from_the_page_stores_every_field(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    dialog = open_from_button(page, qtbot)
    dialog.ui.nameEdit.setText("2025年度 连云区 文明示范小区评选")
    dialog.ui.yearSpin.setValue(2025)
    dialog.ui.standardCombo.setCurrentIndex(dialog.ui.standardCombo.findData("wenming-2019"))
    dialog.ui.districtCombo.setEditText("连云区")
    dialog.ui.nameEdit.setFocus()
    qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Return)  # Enter is OK
    created = next(c for c in services.campaigns.list() if c.year == 2025)
    assert (created.name, created.standard_id, created.district) == (
        "2025年度 连云区 文明示范小区评选",
        "wenming-2019",
        "连云区",
    )
    assert created.standard_version == services.catalog.get("wenming-2019").version


def test_the_new_inspection_dialog_creates_and_chooses_a_campaign(
    page: InspectionsPage, services: Services, qtbot: QtBot
) -> None:
    inspection_dialog = page.new_inspection()
    assert inspection_dialog is not None
    combo = inspection_dialog.ui.campaignCombo
    campaigns = services.campaigns.list()
    assert combo.count() == len(campaigns)
    demo = campaigns[0]
    assert combo.itemText(0).startswith(demo.name)
    assert combo.itemText(0).endswith(f"{demo.standard_id}）")
    title = services.catalog.get(demo.standard_id).title
    assert title in combo.itemData(0, Qt.ItemDataRole.ToolTipRole)
    qtbot.mouseClick(inspection_dialog.ui.newCampaignButton, Qt.MouseButton.LeftButton)
    dialog = inspection_dialog.findChild(CampaignDialog)
    assert dialog is not None
    dialog.ui.nameEdit.setText("复查")
    dialog.ui.standardCombo.setCurrentIndex(dialog.ui.standardCombo.findData("wenming-2019"))
    click_ok(dialog, qtbot)
    assert combo.count() == len(campaigns) + 1
    assert combo.currentIndex() == len(campaigns)
    assert "复查" in combo.currentText()
    inspection_dialog.ui.communityCombo.setEditText("瑞金新村")
    accept(inspection_dialog, qtbot)
    summary = services.inspections.summary(page.editor.inspection_id)
    campaign = services.campaigns.get(summary.campaign_id)
    assert (campaign.name, summary.standard_id) == ("复查", "wenming-2019")
    page.close_editor()
    again = page.new_inspection()  # the campaign used last comes first
    assert again is not None
    assert "复查" in again.ui.campaignCombo.currentText()
    again.reject()


def test_two_campaigns_of_one_name_are_told_apart(
    page: InspectionsPage, services: Services
) -> None:
    name = services.campaigns.list()[0].name
    services.campaigns.create(name, 2019, "wenming-2019", "连云区")
    dialog = page.new_inspection()
    assert isinstance(dialog, NewInspectionDialog)
    texts = [dialog.ui.campaignCombo.itemText(n) for n in range(dialog.ui.campaignCombo.count())]
    assert len(set(texts)) == len(texts)
    assert any("2019" in text and "连云区" in text for text in texts)
    dialog.reject()


def test_file_menu_opens_it_on_the_inspections_page(main_window: MainWindow, qtbot: QtBot) -> None:
    menu = main_window.findChild(QMenu, "fileMenu")
    assert menu is not None
    action = next(a for a in menu.actions() if a.objectName() == "newCampaignAction")
    assert action.text() == QApplication.translate("MainWindow", "New Campaign…")
    action.trigger()
    page = main_window.page("inspections")
    assert isinstance(page, InspectionsPage)
    assert page.isVisible()
    dialog = page.findChild(CampaignDialog)
    assert dialog is not None
    dialog.ui.nameEdit.setText("菜单里新建的活动")
    click_ok(dialog, qtbot)
    services: Services = main_window.context.services  # type: ignore[attr-defined]
    assert [c.name for c in services.campaigns.list()] == ["菜单里新建的活动"]
