"""Starting an inspection: which community, for which campaign, on which day, by whom.

Laid out in ``forms/new_inspection_dialog.ui``. The dialog only collects the choice
(``request()``); the inspections page creates the records through the services. Its
新建评选活动… button asks the page (``newCampaignRequested``) for a campaign, which
comes back through ``add_campaign``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QWidget

from meihao_desktop.gui.forms_generated.ui_new_inspection_dialog import Ui_NewInspectionDialog


@dataclass(frozen=True)
class CommunityChoice:
    id: str
    name: str
    district: str

    @property
    def label(self) -> str:
        return f"{self.name}（{self.district}）" if self.district else self.name


@dataclass(frozen=True)
class CampaignChoice:
    """An existing campaign (``id`` set) or one to create for ``standard_id``."""

    id: str | None
    name: str
    year: int
    standard_id: str
    standard_title: str = ""
    district: str = ""

    @property
    def details(self) -> str:
        """Year, district and standard: what tells two campaigns of one name apart."""
        parts = [str(self.year), self.district, self.standard_title or self.standard_id]
        return " · ".join(part for part in parts if part)

    @property
    def label(self) -> str:
        """The name, with what it does not say already: year, district, the standard's id
        (its title is in the tooltip)."""
        extras = [str(self.year), self.district]
        extras = [extra for extra in extras if extra and extra not in self.name]
        return f"{self.name}（{' · '.join([*extras, self.standard_id])}）"


@dataclass(frozen=True)
class NewInspectionRequest:
    community_id: str
    campaign: CampaignChoice
    visit_date: date
    inspector_name: str


class NewInspectionDialog(QDialog):
    newCampaignRequested = Signal()
    """新建评选活动… was clicked: answer with ``add_campaign``."""

    def __init__(
        self,
        communities: list[CommunityChoice],
        campaigns: list[CampaignChoice],
        inspector_name: str,
        parent: QWidget | None = None,
        community_id: str | None = None,
        campaign_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewInspectionDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self._communities = communities
        self._campaigns: list[CampaignChoice] = []
        self._fill_communities(community_id)
        for campaign in campaigns:
            self._add_campaign_item(campaign)
        ids = [c.id for c in self._campaigns]
        if campaign_id in ids:
            self.ui.campaignCombo.setCurrentIndex(ids.index(campaign_id))
        self.ui.newCampaignButton.clicked.connect(self.newCampaignRequested)
        self.ui.visitDateEdit.setDate(QDate.currentDate())
        if inspector_name:
            self.ui.inspectorEdit.setText(inspector_name)
            self.ui.inspectorEdit.setReadOnly(True)
            self.ui.inspectorEdit.setToolTip(self.tr("The signed-in inspector (see Settings)"))
        self.ui.communityCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_communities(self, community_id: str | None) -> None:
        combo = self.ui.communityCombo
        for community in self._communities:
            combo.addItem(community.label, community.id)
        completer = combo.completer()
        if completer is not None:  # type to search: any part of the name
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ids = [c.id for c in self._communities]
        combo.setCurrentIndex(ids.index(community_id) if community_id in ids else -1)
        if community_id not in ids:
            combo.setEditText("")

    def _add_campaign_item(self, campaign: CampaignChoice) -> None:
        if campaign.id is None:
            text = self.tr("New campaign: {name}").format(name=campaign.name)
        else:
            text = campaign.label
        self.ui.campaignCombo.addItem(text)
        self.ui.campaignCombo.setItemData(
            self.ui.campaignCombo.count() - 1, campaign.details, Qt.ItemDataRole.ToolTipRole
        )
        self._campaigns.append(campaign)

    def add_campaign(self, campaign: CampaignChoice) -> None:
        """A campaign just created: offer it, chosen, instead of any yet to be created."""
        if any(c.id is None for c in self._campaigns):
            self._campaigns.clear()
            self.ui.campaignCombo.clear()
        self._add_campaign_item(campaign)
        self.ui.campaignCombo.setCurrentIndex(self.ui.campaignCombo.count() - 1)
        self.ui.problemLabel.clear()
        self.ui.campaignCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_community(self) -> CommunityChoice | None:
        """The community whose label (or plain name) is in the box, if exactly one."""
        text = self.ui.communityCombo.currentText().strip()
        matches = [c for c in self._communities if text in (c.label, c.name)]
        return matches[0] if len(matches) == 1 else None

    def request(self) -> NewInspectionRequest | None:
        community = self.chosen_community()
        index = self.ui.campaignCombo.currentIndex()
        name = self.ui.inspectorEdit.text().strip()
        if community is None or index < 0 or not name:
            return None
        return NewInspectionRequest(
            community_id=community.id,
            campaign=self._campaigns[index],
            visit_date=self._visit_date(),
            inspector_name=name,
        )

    def _visit_date(self) -> date:
        chosen = self.ui.visitDateEdit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def accept(self) -> None:
        problem = ""
        if self.chosen_community() is None:
            problem = self.tr("Choose a community from the list (type part of its name).")
        elif self.ui.campaignCombo.currentIndex() < 0:
            problem = self.tr("There is no campaign and no standard to start one with.")
        elif not self.ui.inspectorEdit.text().strip():
            problem = self.tr("Enter your name: it goes on the score sheet.")
        self.ui.problemLabel.setText(problem)
        if problem:
            return
        super().accept()
