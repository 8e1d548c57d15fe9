"""The standard's tree: structure, what each row says, and Qt's model contract."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from meihao_desktop.gui.editor.state import EditorState, ScoreValue
from meihao_desktop.gui.editor.tree_model import StandardTreeModel, points_text
from meihao_desktop.services import Services
from meihao_desktop.store.models import Photo, Rectification
from tests.gui.editor.conftest import start_inspection

Model = StandardTreeModel


def load_state(services: Services, inspection_id: str) -> EditorState:
    inspections = services.inspections
    return EditorState.from_detail(
        inspections.detail(inspection_id),
        inspections.community_facts(inspection_id),
        inspections.item_marks(inspection_id),
    )


def loaded_model(services: Services, inspection_id: str) -> tuple[Model, EditorState]:
    state = load_state(services, inspection_id)
    model = Model()
    model.set_state(state, state.result())
    return model, state


def cell(model: Model, code: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.index_of(code, column).data(role)


def test_model_passes_qt_checks_through_changes(qapp: QApplication, services: Services) -> None:
    inspection_id = start_inspection(services)
    state = load_state(services, inspection_id)
    model = Model()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_state(state, state.result())
    state.items["1.1"].score = ScoreValue(Decimal(8))
    model.refresh("1.1")
    model.set_result(state.result())
    model.set_state(None, None)
    assert model.rowCount() == 0
    model.set_state(state, state.result())
    assert model.rowCount() == 5


def test_requirements_come_first_then_sections_with_their_items(
    qapp: QApplication, services: Services
) -> None:
    model, _state = loaded_model(services, start_inspection(services))
    groups = [model.index(row, 0) for row in range(model.rowCount())]
    assert [g.data(Model.KindRole) for g in groups] == ["requirements"] + ["section"] * 4
    assert [model.rowCount(g) for g in groups] == [8, 5, 4, 9, 7]
    first_requirement = model.index(0, 0, groups[0])
    assert first_requirement.data(Model.CodeRole) == "R1"
    assert first_requirement.parent() == groups[0]
    assert model.leaf_codes()[:9] == [f"R{n}" for n in range(1, 9)] + ["1.1"]
    assert model.index_of("3.2").parent().row() == 3
    assert not model.index_of("nope").isValid()
    assert model.parent(QModelIndex()) == QModelIndex()


def test_rows_show_scores_na_and_section_progress(qapp: QApplication, services: Services) -> None:
    inspection_id = start_inspection(services)
    services.inspections.record_finding(inspection_id, "1.1", points="8.5")
    services.inspections.record_finding(inspection_id, "1.2", points="3")
    services.inspections.record_finding(inspection_id, "1.3", na=True)
    services.inspections.record_requirement(inspection_id, "R1", True)
    services.inspections.record_requirement(inspection_id, "R2", False)
    model, _ = loaded_model(services, inspection_id)
    assert cell(model, "1.1", Model.COL_SCORE) == "8.5"
    assert cell(model, "1.1", Model.COL_TITLE, Model.MarkerRole) == "scored"
    assert cell(model, "1.2", Model.COL_TITLE, Model.MarkerRole) == "low"  # 3 of 10
    assert cell(model, "1.3", Model.COL_TITLE, Model.MarkerRole) == "na"
    assert cell(model, "1.4", Model.COL_TITLE, Model.MarkerRole) == "unscored"
    assert cell(model, "1.4", Model.COL_SCORE) == "—"
    assert cell(model, "R1", Model.COL_TITLE, Model.MarkerRole) == "passed"
    assert cell(model, "R2", Model.COL_TITLE, Model.MarkerRole) == "failed"
    section = model.index(1, Model.COL_MARKS)
    assert section.data() == "3/5"
    # 20 × (8.5 + 3) ÷ 40: the N/A item leaves the denominator.
    assert model.index(1, Model.COL_SCORE).data() == "5.75"
    assert model.index(0, Model.COL_MARKS).data() == "2/8"
    assert cell(model, "1.1", Model.COL_TITLE).startswith("1.1 所在街道")


def test_photos_and_problems_are_counted_per_item(qapp: QApplication, services: Services) -> None:
    inspection_id = start_inspection(services)
    with services.db.session() as session:
        inspection = services.inspections.summary(inspection_id)
        for n in range(2):
            session.add(Photo(inspection_id=inspection_id, item_code="2.1", sha256=f"{n:064d}"))
        session.add(
            Photo(
                inspection_id=inspection_id,
                item_code="2.1",
                sha256="f" * 64,
                deleted_at=datetime(2024, 9, 3, tzinfo=UTC),
            )
        )
        session.add(
            Rectification(
                inspection_id=inspection_id,
                community_id=inspection.community_id,
                item_code="2.1",
                problem="楼道堆物",
            )
        )
        session.commit()
    model, _ = loaded_model(services, inspection_id)
    text = cell(model, "2.1", Model.COL_MARKS)
    assert isinstance(text, str)
    # Two photos (a third is in the trash) and one problem.
    photos = QCoreApplication.translate("StandardTreeModel", "photos {n}").format(n=2)
    problems = QCoreApplication.translate("StandardTreeModel", "problems {n}").format(n=1)
    assert text == f"{photos} · {problems}"
    assert cell(model, "2.1", Model.COL_MARKS, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(model, "2.2", Model.COL_MARKS) == ""


def test_points_are_written_as_reviewers_write_them() -> None:
    assert points_text(Decimal("8.50")) == "8.5"
    assert points_text(Decimal("10")) == "10"
    assert points_text(Decimal("0.0")) == "0"
