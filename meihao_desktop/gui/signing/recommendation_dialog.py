"""小区 → 导出推荐表…: the bureau's decision and opinion, signed, sealed, as a PDF form.

``RecommendationDialog`` (``forms/recommendation_dialog.ui``) shows what is saved for the
community in the chosen campaign; on OK the decision and opinion are saved first
(``save_recommendation``), then — after asking where — the form is written in the
background: a signature drawn on the pad is stored as the bureau's and printed with
today's date, the unit seal (设置 → 单位公章…) is stamped if ticked, and the file is
signed digitally if asked. The dialog stays open until the file is written, so a
failure loses nothing.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_recommendation_dialog import (
    Ui_RecommendationDialog,
)
from meihao_desktop.gui.settings import UserSettings, default_key_file, seal_path
from meihao_desktop.gui.signing.export_actions import ask_save_path, show_exported, tell
from meihao_desktop.gui.signing.keys_io import read_optional, user_keys_dir
from meihao_desktop.gui.signing.lifetime import while_alive
from meihao_desktop.gui.signing.pad import render_signature
from meihao_desktop.reports.files import safe_file_name

if TYPE_CHECKING:
    from pathlib import Path

    from meihao_desktop.gui.jobs import Progress
    from meihao_desktop.services.exports import ExportResult
    from meihao_desktop.signing.keys import KeyInfo
    from meihao_desktop.store.models import Community

BUREAU_ROLE = "区物业主管部门"
FORM_REASON = "推荐表签章"


@dataclass(frozen=True)
class SigningMaterial:
    """What the export dialogs offer, read from disk before they open."""

    keys: list[KeyInfo]
    seal_png: bytes | None


def read_signing_material() -> SigningMaterial:
    """The keys and the seal (for worker threads)."""
    from meihao_desktop.signing.keys import list_keys

    return SigningMaterial(list_keys(user_keys_dir()), read_optional(seal_path()))


def recommendation_file_name(district: str, community: str) -> str:
    name = QCoreApplication.translate("Export", "Recommendation form-{district}-{community}")
    return safe_file_name(name.format(district=district or "—", community=community)) + ".pdf"


class RecommendationDialog(QDialog):
    """Decide, sign and export the recommendation form of ``community``."""

    def __init__(
        self,
        context: AppContext,
        community: Community,
        campaigns: list[tuple[str, str]],
        material: SigningMaterial,
        preferred_campaign: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.community = community
        self.seal_png = material.seal_png
        self.result_path: Path | None = None
        self._company_opinion = ""
        self._busy = False
        self.ui = Ui_RecommendationDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.pad = self.ui.pad
        self.ui.errorLabel.hide()
        details = html.escape(f"{community.district}　{community.property_company}")
        self.ui.communityLabel.setText(f"<b>{html.escape(community.name)}</b>　{details}")
        self.ui.signerEdit.setText(context.inspector_name)
        self.ui.undoStrokeButton.clicked.connect(self.pad.undo_stroke)
        self.ui.clearButton.clicked.connect(self.pad.clear)
        self._offer_seal()
        self.ui.signBox.set_keys(material.keys, default_key_file())
        for campaign_id, name in campaigns:
            self.ui.campaignCombo.addItem(name, campaign_id)
        preferred = self.ui.campaignCombo.findData(preferred_campaign)
        self.ui.campaignCombo.setCurrentIndex(max(preferred, 0))
        self.ui.campaignCombo.currentIndexChanged.connect(lambda _index: self._show_saved())
        self._show_saved()
        self.ui.bureauOpinionEdit.setFocus()

    def _offer_seal(self) -> None:
        has_seal = self.seal_png is not None
        self.ui.sealCheck.setEnabled(has_seal)
        self.ui.sealCheck.setChecked(has_seal)
        if not has_seal:
            self.ui.sealCheck.setToolTip(self.tr("No seal yet: see Settings → Unit Seal…"))

    @property
    def campaign_id(self) -> str:
        return str(self.ui.campaignCombo.currentData() or "")

    @property
    def decision(self) -> str | None:
        if self.ui.recommendRadio.isChecked():
            return "recommend"
        if self.ui.notRecommendRadio.isChecked():
            return "not_recommend"
        return None

    def _show_saved(self) -> None:
        """Show the decision and opinion saved for the chosen campaign."""
        if not self.campaign_id:
            return
        try:
            saved, _ = self.context.services.signatures.recommendation(
                self.campaign_id, self.community.id
            )
        except MeihaoError as error:
            show_error(self, error)
            return
        decision = saved.decision if saved else None
        radio = {"recommend": self.ui.recommendRadio, "not_recommend": self.ui.notRecommendRadio}
        radio.get(decision or "", self.ui.undecidedRadio).setChecked(True)
        self.ui.bureauOpinionEdit.setPlainText(saved.bureau_opinion if saved else "")
        self._company_opinion = saved.company_opinion if saved else ""

    def _complain(self, text: str, focus: QWidget) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
        focus.setFocus()

    @Slot()
    def accept(self) -> None:
        if self._busy:
            return
        if not self.campaign_id:
            self._complain(self.tr("Choose the campaign."), self.ui.campaignCombo)
            return
        if not self.pad.is_empty() and not self.ui.signerEdit.text().strip():
            self._complain(self.tr("Enter the name of who signs."), self.ui.signerEdit)
            return
        self.ui.errorLabel.hide()
        self.ui.signBox.verify(self.context.jobs, self._save_and_export)

    def _save_and_export(self) -> None:
        try:
            self.context.services.signatures.save_recommendation(
                self.campaign_id,
                self.community.id,
                self.decision,
                self.ui.bureauOpinionEdit.toPlainText(),
                self._company_opinion,
            )
        except MeihaoError as error:
            show_error(self, error)
            return
        self.context.save_state.saved()
        name = recommendation_file_name(self.community.district, self.community.name)
        dest = ask_save_path(
            self, self.tr("Export Recommendation Form"), UserSettings.load().export_folder / name
        )
        if dest is not None:
            self._write(dest)

    def _write(self, dest: Path) -> None:
        services = self.context.services
        campaign_id, community_id = self.campaign_id, self.community.id
        strokes, signer = self.pad.strokes(), self.ui.signerEdit.text().strip()
        seal = self.seal_png if self.ui.sealCheck.isChecked() else None
        sign = self.ui.signBox.request(FORM_REASON, self.community.district)

        def work(_progress: Progress) -> ExportResult:
            drawn = render_signature(strokes)
            if drawn is not None:
                services.signatures.add_recommendation_signature(
                    campaign_id, community_id, signer, BUREAU_ROLE, drawn, "bureau"
                )
            return services.exports.export_recommendation(
                campaign_id, community_id, dest, sign, signature_png=drawn, seal_png=seal
            )

        self._set_busy(True)
        self.context.jobs.run(
            self.tr("Exporting the recommendation form"),
            work,
            while_alive(self, self._written),
            while_alive(self, self._failed),
            cancellable=False,
        )

    def _written(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.result_path = result.path
        text = self.tr("The recommendation form was saved as\n{path}").format(path=result.path)
        show_exported(self.parentWidget() or self, text, result.path)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_error(self, error)

    @Slot()
    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.setEnabled(not busy)


def export_recommendation(context: AppContext, parent: QWidget, community_id: str) -> None:
    """Open the recommendation dialog for ``community_id`` (keys and seal read first)."""
    services = context.services
    try:
        community = services.communities.get(community_id)
        campaigns = [(c.id, c.name) for c in services.campaigns.list()]
        visits = services.inspections.list(community_id)
    except MeihaoError as error:
        show_error(parent, error)
        return
    if not campaigns:
        tell(
            parent,
            QCoreApplication.translate("Export", "Export Recommendation Form"),
            QCoreApplication.translate(
                "Export", "There is no campaign yet: start an inspection of the community first."
            ),
        )
        return
    latest = max(visits, key=lambda visit: visit.visit_date, default=None)

    def ready(material: SigningMaterial) -> None:
        dialog = RecommendationDialog(
            context, community, campaigns, material, latest.campaign_id if latest else None, parent
        )
        dialog.setObjectName("recommendationDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    context.jobs.run(
        QCoreApplication.translate("Signing", "Reading the keys"),
        lambda _progress: read_signing_material(),
        while_alive(parent, ready),
        while_alive(parent, lambda error: show_error(parent, error)),
        cancellable=False,
        show_progress=False,
    )
