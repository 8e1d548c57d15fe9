"""Importing photos as a background job, and telling the inspector how it went.

The job lists dropped folders, then hands the files to ``PhotoService.add``, which
decodes them in worker processes; the job runner shows progress with a Cancel button.
Afterwards a one-line summary ("已导入 12 张；已存在 3 张") goes to the strip, and a
message box lists every file that failed, by name and reason — only when one did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import Shiboken

from meihao_desktop.gui.context import AppContext
from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.jobs import Job, Progress
from meihao_desktop.gui.photos.files import image_files

if TYPE_CHECKING:  # the data layer is imported only after the first paint
    from meihao_desktop.services.photos import PhotoImportResult, PhotoService

SHOWN_FAILURES = 8  # in the box itself; all of them under "Show Details…"


@dataclass(frozen=True)
class ImportOutcome:
    """What one import did; ``result`` is None when the drop held no photo files."""

    files: list[Path]
    result: PhotoImportResult | None

    @property
    def changed(self) -> bool:
        """Whether the inspection's photos changed (added, or taken out of the trash)."""
        return self.result is not None and bool(self.result.added or self.result.restored)


class PhotoImporter(QObject):
    """Runs one import at a time for a widget, and reports how it went.

    ``finished(summary, photo_ids)``: the one-line summary ("" after a refusal, which is
    shown as an error) and the ids of the photos that came in (added, or restored from
    the trash). Failed files are listed in a message box over ``parent``.
    """

    finished = Signal(str, list)

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self.job: Job[ImportOutcome] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(
        self, inspection_id: str, item_code: str, paths: Sequence[Path]
    ) -> Job[ImportOutcome] | None:
        """Import ``paths`` (files and folders) under ``item_code`` ("" = no item)."""
        if self.busy or not paths:
            return None
        self.job = self._context.jobs.run(
            QCoreApplication.translate("PhotoImport", "Importing photos"),
            import_work(self._context.services.photos, inspection_id, item_code, paths),
            self._done,
            self._failed,
        )
        return self.job

    def _done(self, outcome: ImportOutcome) -> None:
        if not Shiboken.isValid(self):
            return  # the workbench was rebuilt (another database) meanwhile
        self.job = None
        result = outcome.result
        if result is None:
            show_nothing_found(self._parent)
            self.finished.emit("", [])
            return
        if result.failures:
            show_failures(self._parent, result)
        self.finished.emit(
            summary_text(result), [photo.id for photo in (*result.added, *result.restored)]
        )

    def _failed(self, error: BaseException) -> None:
        if not Shiboken.isValid(self):
            return
        self.job = None
        show_error(self._parent, error)
        self.finished.emit("", [])


def import_work(
    photos: PhotoService, inspection_id: str, item_code: str, paths: Sequence[Path]
) -> Callable[[Progress], ImportOutcome]:
    """The job: list the folders, then import (in the job runner's thread)."""
    chosen = list(paths)

    def work(progress: Progress) -> ImportOutcome:
        files = image_files(chosen)
        if not files:
            return ImportOutcome(files, None)
        result = photos.add(
            inspection_id,
            files,
            item_code or None,
            # Counts only, no file name: once the job runner's progress dialog shows,
            # it handles events inside setValue, may be closed meanwhile, and then
            # fails on the label it sets next (gui/jobs.py, Job._on_progress).
            progress=lambda done, total, _name: progress.update(done, total),
            cancelled=lambda: progress.cancelled,
        )
        return ImportOutcome(files, result)

    return work


def summary_text(result: PhotoImportResult) -> str:
    """ "Imported 12 photos; 3 already attached; 1 file failed" in the reviewer's words."""
    translate = QCoreApplication.translate
    parts = [
        translate("PhotoImport", "Imported {n} photos").format(
            n=len(result.added) + len(result.restored)
        )
    ]
    if result.restored:
        parts.append(
            translate("PhotoImport", "{n} of them back from the trash").format(
                n=len(result.restored)
            )
        )
    if result.already_attached:
        parts.append(
            translate("PhotoImport", "{n} already attached").format(n=len(result.already_attached))
        )
    if result.failures:
        parts.append(translate("PhotoImport", "{n} files failed").format(n=len(result.failures)))
    if result.cancelled:
        parts.append(
            translate("PhotoImport", "cancelled: {n} files not imported").format(
                n=len(result.not_started)
            )
        )
    return translate("PhotoImport", "; ").join(parts)


def show_failures(parent: QWidget, result: PhotoImportResult) -> QMessageBox:
    """The summary, and every file that failed with its reason (window-modal)."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("photoImportFailures")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PhotoImport", "Photo import"))
    box.setText(summary_text(result))
    lines = [f"{failure.name}：{failure.reason}" for failure in result.failures]
    shown = lines[:SHOWN_FAILURES]
    if len(lines) > len(shown):
        more = translate("PhotoImport", "… and {n} more (Show Details)")
        shown.append(more.format(n=len(lines) - len(shown)))
    heading = translate("PhotoImport", "These files were not imported:")
    box.setInformativeText("\n".join([heading, *shown]))
    box.setDetailedText("\n".join(f"{f.name}：{f.reason}\n    {f.path}" for f in result.failures))
    box.open()
    return box


def show_nothing_found(parent: QWidget) -> QMessageBox:
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("photoImportNothingFound")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("PhotoImport", "Photo import"))
    box.setText(translate("PhotoImport", "No photos (JPEG, PNG, HEIC, HEIF) were found there."))
    box.open()
    return box
