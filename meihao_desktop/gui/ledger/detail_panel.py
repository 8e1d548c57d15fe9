"""The selected problem in full: text, deadline, the rectification report, the after-photo
and the history of every change (who, when, old → new)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meihao_desktop.gui.ledger.history_model import HistoryModel, local_time_text
from meihao_desktop.gui.ledger.table_model import OVERDUE_TEXT, days_left_text, status_text

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.rectifications import HistoryEntry, LedgerRow

THUMBNAIL_SIZE = 160


def _value_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class LedgerDetailPanel(QWidget):
    """Shows one ledger line (or a hint when none is selected)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerDetailPanel")
        self.history_model = HistoryModel(self)
        self.title_label = _value_label(self, "detailTitleLabel")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.problem_label = _value_label(self, "detailProblemLabel")
        self.deadline_label = _value_label(self, "detailDeadlineLabel")
        self.status_label = _value_label(self, "detailStatusLabel")
        self.report_label = _value_label(self, "detailReportLabel")
        self.photo_label = QLabel(self)
        self.photo_label.setObjectName("detailPhotoLabel")
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFixedSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE)
        self.photo_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.history_view = self._history_view()
        self._lay_out()
        self.show_row(None, "", date.today(), [])

    def _history_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("historyView")
        view.setModel(self.history_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def _lay_out(self) -> None:
        details = QGroupBox(self.tr("Problem"), self)
        form = QFormLayout()
        form.addRow(self.tr("Problem:"), self.problem_label)
        form.addRow(self.tr("Deadline:"), self.deadline_label)
        form.addRow(self.tr("Status:"), self.status_label)
        form.addRow(self.tr("Rectification:"), self.report_label)
        inner = QHBoxLayout()
        inner.addLayout(form, 1)
        inner.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        box = QVBoxLayout(details)
        box.addWidget(self.title_label)
        box.addLayout(inner, 1)
        history = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history).addWidget(self.history_view)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(details, 1)
        layout.addWidget(history, 1)

    def show_row(
        self,
        row: LedgerRow | None,
        item_text: str,
        today: date,
        history: Sequence[HistoryEntry],
    ) -> None:
        """Show ``row`` with its checklist item's text and its audit history."""
        self.history_model.set_entries(history)
        self.show_photo(None, "")
        if row is None:
            self.title_label.setText(self.tr("Select a problem to see its details and history."))
            for label in (self.problem_label, self.deadline_label, self.status_label):
                label.clear()
            self.report_label.clear()
            return
        item = item_text or self.tr("(not about a single item)")
        self.title_label.setText(f"{row.community} · {item}")
        self.problem_label.setText(row.problem)
        self._show_deadline(row, today)
        self.status_label.setText(self._status(row))
        self.report_label.setText(self._report(row))
        if row.after_photo_id is not None:
            self.show_photo(None, self.tr("After-photo attached"))

    def show_photo(self, pixmap: QPixmap | None, text: str) -> None:
        """The after-photo's thumbnail, or ``text`` in its place (empty: no frame)."""
        if pixmap is not None and not pixmap.isNull():
            self.photo_label.setPixmap(
                pixmap.scaled(
                    THUMBNAIL_SIZE,
                    THUMBNAIL_SIZE,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo_label.show()
            return
        self.photo_label.clear()
        self.photo_label.setText(text)
        self.photo_label.setWordWrap(True)
        self.photo_label.setVisible(bool(text))

    def _show_deadline(self, row: LedgerRow, today: date) -> None:
        deadline = "" if row.deadline is None else row.deadline.isoformat()
        remaining = days_left_text(row, today)
        self.deadline_label.setText(f"{deadline}　{remaining}" if remaining else deadline)
        colour = OVERDUE_TEXT.name() if row.overdue(today) else ""
        self.deadline_label.setStyleSheet(f"color: {colour};" if colour else "")

    def _status(self, row: LedgerRow) -> str:
        text = status_text(row.status)
        if row.status == "verified" and row.verified_at is not None:
            return self.tr("{status} by {who} on {when}").format(
                status=text, who=row.verified_by, when=local_time_text(row.verified_at)
            )
        return text

    def _report(self, row: LedgerRow) -> str:
        if row.rectified_at is None:
            return self.tr("Not yet reported")
        return self.tr("{when}: {note}").format(
            when=local_time_text(row.rectified_at), note=row.rectified_note
        )
