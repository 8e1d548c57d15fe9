"""The recommendation form from the communities page, and a district's forms with Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.pages.communities import CommunitiesPage
from meihao_desktop.gui.settings import seal_path
from meihao_desktop.gui.signing.district_dialog import DistrictExportDialog, export_district
from meihao_desktop.gui.signing.recommendation_dialog import RecommendationDialog
from meihao_desktop.gui.signing.seal_image import process_seal
from meihao_desktop.services import Services
from tests.gui.signing.conftest import ZIGZAG, draw_stroke, wait_for
from tests.gui.signing.test_exports import choose_file, pdf_text
from tests.gui.signing.test_seal import scan

COMMUNITY = "东方瑞园"
OPINION = "该小区党建引领作用突出，同意推荐。"


def test_the_recommendation_form_carries_decision_opinion_signature_and_seal(
    context: AppContext,
    services: Services,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seal_path().parent.mkdir(parents=True, exist_ok=True)
    seal_path().write_bytes(process_seal(scan()))
    page = CommunitiesPage(context)
    qtbot.addWidget(page)
    page.show()
    community = next(c for c in services.communities.list() if c.name == COMMUNITY)
    assert page.select_community(community.id)
    assert page.export_action.isEnabled()
    page.export_action.trigger()
    dialog = wait_for(qtbot, "recommendationDialog")
    assert isinstance(dialog, RecommendationDialog)
    assert dialog.ui.undecidedRadio.isChecked()
    assert dialog.ui.sealCheck.isChecked()  # a seal is set: stamped unless unticked
    assert not dialog.ui.signBox.wanted()  # no key: no digital signature offered
    dialog.ui.recommendRadio.setChecked(True)
    dialog.ui.bureauOpinionEdit.setPlainText(OPINION)
    dialog.ui.signerEdit.setText("刘赟")
    draw_stroke(dialog.pad, ZIGZAG)
    choose_file(monkeypatch, tmp_path / "推荐表.pdf")
    campaign_id = dialog.campaign_id
    dialog.ui.buttonBox.accepted.emit()
    wait_for(qtbot, "exportDoneBox", 30_000)
    text = pdf_text(tmp_path / "推荐表.pdf")
    assert COMMUNITY in text
    assert "推荐结论：推荐" in text
    assert OPINION[:8] in text
    saved, signatures = services.signatures.recommendation(campaign_id, community.id)
    assert saved is not None
    assert (saved.decision, saved.bureau_opinion) == ("recommend", OPINION)
    [signature] = signatures
    assert signature.signer_name == "刘赟"
    assert signature.purpose == "bureau"
    assert signature.image_png is not None


def test_the_district_export_can_be_cancelled(
    context: AppContext,
    services: Services,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    export_district(context, host)
    dialog = wait_for(qtbot, "districtExportDialog")
    assert isinstance(dialog, DistrictExportDialog)
    assert not dialog.ui.sealCheck.isEnabled()  # no seal set yet: nothing to stamp
    folder = tmp_path / "forms"
    dialog.ui.folderEdit.setText(str(folder))
    dialog.accept()
    assert dialog.job is not None
    dialog.job.progress.cancel()  # what the progress dialog's Cancel does
    box = wait_for(qtbot, "exportDoneBox", 60_000)
    assert "已取消" in box.text()  # type: ignore[attr-defined]
    written = sorted(folder.glob("*.pdf"))
    communities = len(services.communities.list())
    assert 0 < len(written) < communities
    assert all(path.name.startswith("推荐表-") for path in written)
    assert not list(folder.glob(".*.part"))  # only complete files are left


def test_the_district_export_offers_the_unit_seal_once_it_is_set(
    context: AppContext, qtbot: QtBot
) -> None:
    seal_path().parent.mkdir(parents=True, exist_ok=True)
    seal_path().write_bytes(process_seal(scan()))
    host = QWidget()
    qtbot.addWidget(host)
    export_district(context, host)
    dialog = wait_for(qtbot, "districtExportDialog")
    assert isinstance(dialog, DistrictExportDialog)
    assert dialog.ui.sealCheck.isEnabled()
    assert dialog.ui.sealCheck.isChecked()
    assert dialog.seal_png == seal_path().read_bytes()
    dialog.reject()
