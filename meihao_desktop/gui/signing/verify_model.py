"""The table of a PDF's digital signatures, one row per signature, as the verify dialog
shows them; and the verdicts in the interface language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from meihao_desktop.signing import verify
from meihao_desktop.signing.verify import SignatureCheck

COL_SIGNER = 0
COL_TIME = 1
COL_INTACT = 2
COL_WHOLE = 3
COL_CERTIFICATE = 4
COL_VERDICT = 5
COLUMN_COUNT = 6
GOOD = QColor("#237804")
BAD = QColor("#a8071a")

ModelIndex = QModelIndex | QPersistentModelIndex


def verdict_text(verdict: str) -> str:
    """The signing package's verdict (Chinese) in the interface language."""
    translate = QCoreApplication.translate
    texts = {
        verify.VALID: translate("VerifyDialog", "Signature valid: the file was not changed"),
        verify.VALID_THEN_SIGNED: translate(
            "VerifyDialog", "Signature valid: only other signatures were added after it"
        ),
        verify.ALTERED: translate("VerifyDialog", "The file was changed after signing"),
        verify.BROKEN: translate("VerifyDialog", "The signature is damaged"),
        verify.NO_SIGNATURES: translate("VerifyDialog", "The file has no digital signature"),
    }
    return texts.get(verdict, verdict)


class SignatureCheckModel(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole + 1
    OkRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks: list[SignatureCheck] = []

    def set_checks(self, checks: list[SignatureCheck]) -> None:
        self.beginResetModel()
        self._checks = list(checks)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._checks)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            COL_SIGNER: self.tr("Signer"),
            COL_TIME: self.tr("Time"),
            COL_INTACT: self.tr("Integrity"),
            COL_WHOLE: self.tr("Covers whole file"),
            COL_CERTIFICATE: self.tr("Certificate"),
            COL_VERDICT: self.tr("Verdict"),
        }
        return titles.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._checks):
            return None
        check = self._checks[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
            if role == self.SortRole and column == COL_TIME:
                return check.signed_at.timestamp() if check.signed_at else 0.0
            return self._text(check, column)
        if role == self.OkRole:
            return check.ok
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(check, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SIGNER:
            return self.tr("Signature field: {name}").format(name=check.field_name)
        return None

    def _text(self, check: SignatureCheck, column: int) -> str:
        if column == COL_SIGNER:
            return f"{check.signer}（{check.unit}）" if check.unit else check.signer or "—"
        if column == COL_TIME:
            moment = check.signed_at
            return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "—"
        if column == COL_INTACT:
            return self.tr("Unchanged") if check.intact else self.tr("Changed")
        if column == COL_WHOLE:
            return self.tr("Yes") if check.covers_whole_file else self.tr("No")
        if column == COL_CERTIFICATE:
            if check.trusted:
                return self.tr("Issued by a trusted authority")
            return self.tr("Self-signed or unknown issuer")
        if column == COL_VERDICT:
            return verdict_text(check.verdict)
        return ""

    def _colour(self, check: SignatureCheck, column: int) -> QColor | None:
        if column == COL_INTACT:
            return GOOD if check.intact else BAD
        if column == COL_VERDICT:
            return GOOD if check.ok else BAD
        return None
