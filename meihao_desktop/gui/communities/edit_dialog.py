"""Adding or editing one community: the form in ``forms/community_dialog.ui``.

The values are checked by the community service with ``clean_community``, the rules the
spreadsheet import uses, so a bad value gets the same Chinese message on both paths. A
rejected value keeps the dialog open with everything typed still there, and the cursor
goes to the field at fault.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from meihao_desktop.domain.community import FIELD_LABELS
from meihao_desktop.domain.errors import InvalidValueError, MeihaoError
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_community_dialog import Ui_CommunityDialog

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.communities import CommunityService
    from meihao_desktop.store.models import Community

DESCRIPTION_LENGTH = 1000
"""About how long the 小区简介 should be; longer text is kept but the count turns red."""
FIELD_OF_LABEL = {label: field for field, label in FIELD_LABELS.items()}


def number_text(value: int | Decimal | None) -> str:
    """A stored number as the reviewer would type it: 95.50 → "95.5", None → ""."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return str(int(value))
        return f"{value.normalize():f}"
    return str(value)


class CommunityDialog(QDialog):
    """``community`` None: a new one. After OK, ``saved_community`` is what was stored."""

    def __init__(
        self,
        service: CommunityService,
        community: Community | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CommunityDialog()
        # uic writes no annotations.
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self._service = service
        self._community = community
        self.saved_community: Community | None = None
        self.line_edits: dict[str, QLineEdit] = self._line_edits()
        self.combos: dict[str, QComboBox] = self._combos()
        self._fill_choices()
        if community is None:
            self.setWindowTitle(self.tr("New Community"))
        else:
            self.setWindowTitle(self.tr("Edit Community — {name}").format(name=community.name))
            self._show(community)
        self._initial = self.values()
        self.ui.nameEdit.textChanged.connect(self._update_ok)
        self.ui.descriptionEdit.textChanged.connect(self._update_count)
        self._update_ok()
        self._update_count()
        self.ui.nameEdit.setFocus()

    def _line_edits(self) -> dict[str, QLineEdit]:
        ui = self.ui
        return {
            "name": ui.nameEdit,
            "district": ui.districtEdit,
            "street": ui.streetEdit,
            "admin_community": ui.adminCommunityEdit,
            "address": ui.addressEdit,
            "property_company": ui.propertyCompanyEdit,
            "manager_name": ui.managerNameEdit,
            "contact_name": ui.contactNameEdit,
            "contact_phone": ui.contactPhoneEdit,
            "households": ui.householdsEdit,
            "buildings": ui.buildingsEdit,
            "year_built": ui.yearBuiltEdit,
            "occupancy_rate": ui.occupancyRateEdit,
            "fee_collection_rate": ui.feeCollectionRateEdit,
        }

    def _combos(self) -> dict[str, QComboBox]:
        ui = self.ui
        return {
            "red_property_stars": ui.redPropertyStarsCombo,
            "cross_appointment": ui.crossAppointmentCombo,
            "joint_party_org": ui.jointPartyOrgCombo,
            "demonstration_level": ui.demonstrationLevelCombo,
        }

    def _fill_choices(self) -> None:
        stars = self.ui.redPropertyStarsCombo
        stars.addItem(self.tr("Not rated"), None)
        for count in range(6):
            stars.addItem(self.tr("{n} star(s)").format(n=count), count)
        for combo in (self.ui.crossAppointmentCombo, self.ui.jointPartyOrgCombo):
            combo.addItem(self.tr("Unknown"), None)
            combo.addItem(self.tr("Yes"), True)
            combo.addItem(self.tr("No"), False)
        # The stored values are the official Chinese terms, whatever the interface language.
        level = self.ui.demonstrationLevelCombo
        level.addItem(self.tr("None"), None)
        level.addItem(self.tr("Provincial"), "省级")
        level.addItem(self.tr("Municipal"), "市级")

    def _show(self, community: Community) -> None:
        for field, edit in self.line_edits.items():
            value = getattr(community, field)
            edit.setText(value if isinstance(value, str) else number_text(value))
        self.ui.descriptionEdit.setPlainText(community.description)
        for field, combo in self.combos.items():
            value = getattr(community, field)
            for index in range(combo.count()):
                # "is" for None/True/False: 0 == False would pick the wrong item.
                data = combo.itemData(index)
                if data is value or (isinstance(value, int | str) and data == value):
                    combo.setCurrentIndex(index)
                    break

    def values(self) -> dict[str, Any]:
        """Every field as entered, before validation (text for the typed fields)."""
        values: dict[str, Any] = {field: edit.text() for field, edit in self.line_edits.items()}
        values["description"] = self.ui.descriptionEdit.toPlainText()
        for field, combo in self.combos.items():
            values[field] = combo.currentData()
        return values

    def widget_for(self, field: str) -> QWidget:
        if field == "description":
            return self.ui.descriptionEdit
        return self.line_edits.get(field) or self.combos[field]

    @property
    def ok_button(self) -> QPushButton:
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    @Slot()
    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.ui.nameEdit.text().strip()))

    @Slot()
    def _update_count(self) -> None:
        count = len(self.ui.descriptionEdit.toPlainText())
        label = self.ui.descriptionCountLabel
        label.setText(
            self.tr("{count} / {limit} characters").format(count=count, limit=DESCRIPTION_LENGTH)
        )
        label.setStyleSheet("color: #c62828;" if count > DESCRIPTION_LENGTH else "")

    @Slot()
    def accept(self) -> None:
        values = self.values()
        try:
            if self._community is None:
                saved = self._service.create(**values)
            else:
                saved = self._service.update(self._community.id, **values)
        except InvalidValueError as error:
            self._point_at(error)
            return
        except MeihaoError as error:
            show_error(self, error)
            return
        self.saved_community = saved
        super().accept()

    def _point_at(self, error: InvalidValueError) -> None:
        """Put the cursor in the field the error names, then say what is wrong with it."""
        field = FIELD_OF_LABEL.get(error.where or "")
        if field is not None:
            widget = self.widget_for(field)
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()
        show_error(self, error)

    @Slot()
    def reject(self) -> None:
        if self.values() != self._initial and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Discard the changes to this community?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
