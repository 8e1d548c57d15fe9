"""新建评选活动: name, year, scoring standard and district of a new campaign.

Laid out in ``forms/campaign_dialog.ui``. The dialog only collects and checks the
choice (``request()``); ``create_campaign`` opens it and stores the campaign through
the services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QWidget

from meihao_desktop.domain.errors import MeihaoError
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_campaign_dialog import Ui_CampaignDialog

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.gui.context import AppContext
    from meihao_desktop.store.models import Campaign


@dataclass(frozen=True)
class StandardChoice:
    id: str
    title: str
    version: str

    @property
    def label(self) -> str:
        return f"{self.title}（{self.id}）"


@dataclass(frozen=True)
class CampaignRequest:
    name: str
    year: int
    standard_id: str
    district: str


class CampaignDialog(QDialog):
    """``existing``: (name, year) of the campaigns there are, so as not to make one twice."""

    def __init__(
        self,
        standards: list[StandardChoice],
        districts: list[str],
        existing: list[tuple[str, int]],
        parent: QWidget | None = None,
        *,
        standard_id: str = "",
        district: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CampaignDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setObjectName("campaignDialog")
        self._existing = {(name.strip(), year) for name, year in existing}
        self.ui.yearSpin.setValue(QDate.currentDate().year())
        for standard in standards:
            self.ui.standardCombo.addItem(standard.label, standard.id)
            tip = self.tr("Version {version}").format(version=standard.version)
            self.ui.standardCombo.setItemData(
                self.ui.standardCombo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        chosen = self.ui.standardCombo.findData(standard_id)
        self.ui.standardCombo.setCurrentIndex(max(chosen, 0) if standards else -1)
        self.ui.districtCombo.addItems(districts)
        self.ui.districtCombo.setEditText(district)
        self.ui.nameEdit.textEdited.connect(lambda _text: self.ui.problemLabel.clear())
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def request(self) -> CampaignRequest | None:
        """The campaign to create, or None while something is missing."""
        standard_id = self.ui.standardCombo.currentData()
        name = " ".join(self.ui.nameEdit.text().split())
        if not name or not standard_id:
            return None
        return CampaignRequest(
            name=name,
            year=self.ui.yearSpin.value(),
            standard_id=str(standard_id),
            district=self.ui.districtCombo.currentText().strip(),
        )

    def problem(self) -> tuple[str, QWidget | None]:
        """What keeps the campaign from being created, and the field to fix ("" if none)."""
        name = " ".join(self.ui.nameEdit.text().split())
        year = self.ui.yearSpin.value()
        if not name:
            return self.tr("Enter the campaign's name."), self.ui.nameEdit
        if (name, year) in self._existing:
            text = self.tr("There is already a campaign “{name}” for {year}: choose another name.")
            return text.format(name=name, year=year), self.ui.nameEdit
        if self.ui.standardCombo.currentIndex() < 0:
            text = self.tr(
                "There is no scoring standard to choose: import one first "
                "(Tools → Import Standard (Excel)…)."
            )
            return text, None
        return "", None

    def accept(self) -> None:
        problem, field = self.problem()
        self.ui.problemLabel.setText(problem)
        if problem:
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()


def create_campaign(
    context: AppContext, parent: QWidget, created: Callable[[Campaign], object]
) -> CampaignDialog | None:
    """Open the dialog; once accepted, store the campaign and call ``created`` with it."""
    services = context.services
    try:
        standards = [StandardChoice(s.id, s.title, s.version) for s in services.catalog.all()]
        campaigns = services.campaigns.list()
        districts = sorted({c.district for c in services.communities.list() if c.district})
    except MeihaoError as error:
        show_error(parent, error)
        return None
    latest = campaigns[0] if campaigns else None  # newest year first
    dialog = CampaignDialog(
        standards,
        districts,
        [(c.name, c.year) for c in campaigns],
        parent,
        standard_id=latest.standard_id if latest else "",
        district=latest.district if latest else (districts[0] if len(districts) == 1 else ""),
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def store() -> None:
        request = dialog.request()
        if request is None:
            return
        try:
            campaign = services.campaigns.create(
                request.name, request.year, request.standard_id, request.district
            )
        except MeihaoError as error:
            show_error(parent, error)
            return
        context.save_state.saved()
        created(campaign)

    dialog.accepted.connect(store)
    dialog.open()
    return dialog
