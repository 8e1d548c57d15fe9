"""The preview dialog tells the bureau which communities and campaigns of a package are
merged with its own by name, and warns about one it cannot merge; a laptop's bare
community pairs with the bureau's full one without a conflict to decide."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.exchange import Action, PackagePreview, read_package
from meihao_desktop.gui.exchange.preview_dialog import PackagePreviewDialog
from meihao_desktop.gui.exchange.preview_models import MATCH_ROLE, UNDECIDED_COLOUR
from meihao_desktop.services import Actor
from meihao_desktop.store.models import AuditEntry
from tests.exchange.conftest import BUREAU
from tests.exchange.test_natural_keys import Site, inspect, open_site
from tests.exchange.test_natural_keys_fields import bare_site


@pytest.fixture
def laptop_and_bureau(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    laptop = open_site(tmp_path / "a", "周雯", Actor("周雯", "test"))
    bureau = open_site(tmp_path / "bureau", "刘科长", BUREAU)
    inspect(laptop, "周雯", "8", {})
    yield laptop, bureau
    laptop.laptop.db.close()
    bureau.laptop.db.close()


def open_dialog(preview: PackagePreview, host: QWidget, qtbot: QtBot) -> PackagePreviewDialog:
    dialog = PackagePreviewDialog(preview, host)
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(
        dialog.matches_model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    dialog.show()
    return dialog


def test_the_merged_community_and_campaign_are_said_plainly(
    laptop_and_bureau: tuple[Site, Site], host: QWidget, qtbot: QtBot, tmp_path: Path
) -> None:
    laptop, bureau = laptop_and_bureau
    preview = read_package(laptop.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)
    dialog = open_dialog(preview, host, qtbot)

    notice = dialog.matches_notice.text()
    assert "包中的小区「阳光花园」（海州区）与本机已有的同名小区合并为同一小区。" in notice
    assert "包中的评选活动「2024年美好家园」（2024，海州区）与本机已有的同名评选活动" in notice
    assert dialog.matches_notice.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.matches_tab
    model = dialog.matches_model
    assert [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())] == [
        ["小区", "阳光花园（海州区）", "阳光花园（海州区）", "与本机的同名记录合并为同一条"],
        [
            "评选活动",
            "2024年美好家园（2024，海州区）",
            "2024年美好家园（海州区）",
            "与本机的同名记录合并为同一条",
        ],
    ]
    assert model.index(0, 0).data(MATCH_ROLE).local_id == bureau.sunshine
    assert dialog.import_button.isEnabled()


def test_an_ambiguous_name_is_a_warning_in_red(
    laptop_and_bureau: tuple[Site, Site], host: QWidget, qtbot: QtBot, tmp_path: Path
) -> None:
    laptop, bureau = laptop_and_bureau
    bureau.laptop.services.communities.create(name="阳光花园", district="海州区", street="二期")
    preview = read_package(laptop.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)
    dialog = open_dialog(preview, host, qtbot)

    assert "本机有 2 个同名小区，无法确定是哪一个" in dialog.matches_notice.text()
    model = dialog.matches_model
    ambiguous = next(r for r in range(model.rowCount()) if model.index(r, 2).data() == "—")
    assert model.index(ambiguous, 3).data() == "未合并：本机有 2 条同名记录，作为新记录导入"
    assert model.index(ambiguous, 1).data(Qt.ItemDataRole.ForegroundRole) == QBrush(
        UNDECIDED_COLOUR
    )


def test_a_package_of_shared_ids_shows_no_notice(
    laptop_and_bureau: tuple[Site, Site], host: QWidget, qtbot: QtBot, tmp_path: Path
) -> None:
    laptop, _bureau = laptop_and_bureau
    # The laptop's own package previewed on the laptop: every id is known.
    preview = read_package(laptop.laptop.export(tmp_path / "周雯.meihao"), laptop.laptop.db)
    dialog = open_dialog(preview, host, qtbot)
    assert not dialog.matches_notice.isVisible()
    assert not dialog.ui.tabs.isTabEnabled(dialog.ui.tabs.indexOf(dialog.matches_tab))
    assert dialog.ui.tabs.currentWidget() is not dialog.matches_tab


def test_a_bare_laptop_community_pairs_and_the_import_is_ready(
    host: QWidget, qtbot: QtBot, tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a")
    bureau = open_site(tmp_path / "bureau", "刘科长", BUREAU)
    try:
        preview = read_package(laptop.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)
        dialog = open_dialog(preview, host, qtbot)
        assert not preview.conflicts
        assert preview.counts["community"] == {Action.UNCHANGED: 1}
        model = dialog.matches_model
        assert model.index(0, 3).data() == "与本机的同名记录合并为同一条"
        assert dialog.import_button.isEnabled()  # nothing to choose first
    finally:
        laptop.laptop.db.close()
        bureau.laptop.db.close()


def test_a_conflict_on_a_row_without_an_author_says_this_laptop(
    host: QWidget, qtbot: QtBot, tmp_path: Path
) -> None:
    laptop = bare_site(tmp_path / "a", address="朝阳中路 20 号")
    bureau = open_site(tmp_path / "bureau", "刘科长", BUREAU)
    try:
        with bureau.laptop.db.engine.begin() as connection:  # a list loaded without audit
            audit = AuditEntry.__table__  # type: ignore[attr-defined]
            connection.execute(sa.delete(audit).where(audit.c.entity_id == bureau.sunshine))
        preview = read_package(laptop.laptop.export(tmp_path / "周雯.meihao"), bureau.laptop.db)
        dialog = open_dialog(preview, host, qtbot)
        dialog.ui.tabs.setCurrentWidget(dialog.ui.conflictsTab)
        assert not dialog.import_button.isEnabled()
        _heading, detail = dialog.ui.localSideLabel.text().split("<br>")
        assert "本机" in detail  # who changed it: this laptop, not "unknown"
        assert "未知" not in detail
        assert "unknown" not in detail
    finally:
        laptop.laptop.db.close()
        bureau.laptop.db.close()
