"""Recording a problem from the inspection editor, and reporting one rectified."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.ledger.problem_dialog import ProblemDialog, open_problem_dialog
from meihao_desktop.gui.ledger.rectified_dialog import RectifiedDialog
from meihao_desktop.media.errors import NOT_IMAGE, PhotoError
from meihao_desktop.services import Services
from meihao_desktop.services.inspections import InspectionSummary
from meihao_desktop.store.models import Inspection, Photo
from tests.gui.ledger.conftest import TODAY, first_open

ITEM = "3.5"


@pytest.fixture
def inspection(services: Services) -> InspectionSummary:
    return services.inspections.list()[0]


def press_ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    assert box is not None
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None
    ok.click()


def error_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox, "errorBox") if box.isVisible()]


def test_dialog_shows_the_item_and_prefills_the_finding(
    qtbot: QtBot, context: AppContext, services: Services, inspection: InspectionSummary
) -> None:
    services.inspections.record_finding(inspection.id, ITEM, text="楼道堆放杂物")
    dialog = ProblemDialog(context, inspection.id, ITEM)
    qtbot.addWidget(dialog)
    item = services.inspections.detail(inspection.id).standard.item(ITEM)
    assert item is not None
    assert dialog.ui.itemLabel.text() == f"{ITEM} {item.text}"
    assert inspection.community in dialog.ui.inspectionLabel.text()
    assert dialog.problem == "楼道堆放杂物"
    assert dialog.deadline == inspection.visit_date + timedelta(days=30)
    assert dialog.ui.deadlineEdit.calendarPopup()


def test_ok_records_the_problem_and_reports_saved(
    qtbot: QtBot, context: AppContext, services: Services, inspection: InspectionSummary
) -> None:
    dialog = ProblemDialog(context, inspection.id, ITEM)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.problemEdit.setPlainText("电动自行车在楼道内充电")
    dialog.ui.deadlineEdit.setDate(TODAY + timedelta(days=14))
    with qtbot.waitSignal(context.save_state.changed):
        press_ok(dialog)
    assert not dialog.isVisible()
    assert dialog.rectification is not None
    row = services.rectifications.get(dialog.rectification.id)
    assert (row.inspection_id, row.item_code, row.problem, row.deadline) == (
        inspection.id,
        ITEM,
        "电动自行车在楼道内充电",
        TODAY + timedelta(days=14),
    )


def test_an_empty_problem_keeps_the_dialog_open(
    qtbot: QtBot, context: AppContext, services: Services, inspection: InspectionSummary
) -> None:
    before = len(services.rectifications.list())
    dialog = ProblemDialog(context, inspection.id, ITEM)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.problemEdit.setPlainText("   \n")
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert len(services.rectifications.list()) == before
    dialog.ui.problemEdit.setPlainText("公示栏信息未更新")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert len(services.rectifications.list()) == before + 1


def test_the_deadline_cannot_precede_the_visit(
    qtbot: QtBot, context: AppContext, inspection: InspectionSummary
) -> None:
    dialog = ProblemDialog(context, inspection.id, None)
    qtbot.addWidget(dialog)
    dialog.ui.deadlineEdit.setDate(date(2024, 1, 1))
    assert dialog.deadline == inspection.visit_date
    assert dialog.ui.itemLabel.text() == "(not about a single item)"


def test_open_problem_dialog_returns_the_recorded_problem(
    qtbot: QtBot, context: AppContext, host: QWidget, inspection: InspectionSummary
) -> None:
    def fill_in() -> None:
        dialog = host.findChild(ProblemDialog)
        assert dialog is not None
        dialog.ui.problemEdit.setPlainText("绿化带黄土裸露")
        press_ok(dialog)

    QTimer.singleShot(0, fill_in)
    recorded = open_problem_dialog(context, host, inspection.id, ITEM)
    assert recorded is not None
    assert recorded.problem == "绿化带黄土裸露"


def test_a_signed_inspection_takes_no_problem(
    qtbot: QtBot,
    context: AppContext,
    services: Services,
    host: QWidget,
    inspection: InspectionSummary,
) -> None:
    with services.db.session() as session:
        row = session.get(Inspection, inspection.id)
        assert row is not None
        row.status = "signed"
        session.commit()
    host.show()
    assert open_problem_dialog(context, host, inspection.id, ITEM) is None
    [box] = error_boxes(host)
    assert "signed" in box.text()


@pytest.fixture
def open_row_id(services: Services) -> str:
    return first_open(services).id


def add_photo(services: Services, inspection_id: str) -> str:
    photo = Photo(inspection_id=inspection_id, sha256="b" * 64, original_name="after.jpg")
    with services.db.session() as session:
        session.add(photo)
        session.commit()
    return photo.id


def test_rectified_with_an_after_photo(
    qtbot: QtBot, context: AppContext, services: Services, open_row_id: str, tmp_path: Path
) -> None:
    row = services.rectifications.get(open_row_id)
    photo_id = add_photo(services, row.inspection_id)
    imported: list[Path] = []

    def import_photo(path: Path) -> str:
        imported.append(path)
        return photo_id

    dialog = RectifiedDialog(context, row, import_photo, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.noteEdit.setPlainText("楼道杂物已全部清理")
    dialog.set_photo_path(tmp_path / "after.jpg")
    dialog.ui.dateEdit.setDate(QDate(TODAY - timedelta(days=2)))  # reported late
    with qtbot.waitSignal(dialog.accepted):
        press_ok(dialog)
    assert imported == [tmp_path / "after.jpg"]
    after = services.rectifications.get(open_row_id)
    assert (after.status, after.rectified_note, after.after_photo_id) == (
        "rectified",
        "楼道杂物已全部清理",
        photo_id,
    )
    assert after.rectified_at is not None
    assert after.rectified_at.astimezone().date() == TODAY - timedelta(days=2)


def test_a_photo_that_cannot_be_imported_keeps_the_dialog_open(
    qtbot: QtBot, context: AppContext, services: Services, open_row_id: str, tmp_path: Path
) -> None:
    def import_photo(path: Path) -> str:
        raise PhotoError(NOT_IMAGE, path.name)

    dialog = RectifiedDialog(context, services.rectifications.get(open_row_id), import_photo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.noteEdit.setPlainText("已清理")
    dialog.set_photo_path(tmp_path / "notes.pdf")
    press_ok(dialog)
    qtbot.waitUntil(lambda: bool(error_boxes(dialog)))
    assert "notes.pdf" in error_boxes(dialog)[0].text()
    assert dialog.isVisible()
    assert dialog.ui.buttonBox.isEnabled()
    assert services.rectifications.get(open_row_id).status == "open"


def test_rectified_needs_a_note_and_photo_is_optional(
    qtbot: QtBot, context: AppContext, services: Services, open_row_id: str
) -> None:
    dialog = RectifiedDialog(context, services.rectifications.get(open_row_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.choosePhotoButton.isEnabled()  # no photo service: no photo
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    dialog.ui.noteEdit.setPlainText("已整改")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert services.rectifications.get(open_row_id).after_photo_id is None
