"""设置 → 单位公章…: choose the unit's seal, see it on a checkerboard, keep it.

The picture is read and made into a transparent red seal (``seal_image``) in the
background; Save writes it to ``data_dir()/seal.png`` (atomically, in the background
too), Remove takes it away. Cancel leaves the seal as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Slot
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from meihao_desktop.gui.errors import show_error
from meihao_desktop.gui.forms_generated.ui_seal_dialog import Ui_SealDialog
from meihao_desktop.gui.signing.keys_io import read_optional
from meihao_desktop.gui.signing.lifetime import while_alive
from meihao_desktop.gui.signing.seal_image import process_seal

if TYPE_CHECKING:
    from meihao_desktop.gui.jobs import JobRunner

IMAGE_PATTERNS = "*.png *.jpg *.jpeg *.bmp *.tif *.tiff"
Seal = tuple[bytes, QImage]
T = TypeVar("T")


def _decoded(png: bytes) -> Seal:
    return png, QImage.fromData(png)


def read_seal(path: Path) -> Seal | None:
    """The saved seal and its picture, None if there is none (for worker threads)."""
    png = read_optional(path)
    return None if png is None else _decoded(png)


def make_seal(source: Path) -> Seal:
    """The seal made from the picture in ``source`` (for worker threads)."""
    data = read_optional(source)
    if data is None:
        from meihao_desktop.domain.errors import InvalidValueError

        raise InvalidValueError("文件不存在", where=f"文件 {source}")
    return _decoded(process_seal(data, str(source)))


def write_seal(path: Path, png: bytes | None) -> None:
    """Keep ``png`` as the seal at ``path``, or remove the seal (None)."""
    from meihao_desktop.reports.files import atomic_output

    if png is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path) as temp:
        temp.write_bytes(png)


class SealDialog(QDialog):
    """Edit the seal kept at ``seal_file``. ``changed`` is True once a change was saved."""

    def __init__(self, jobs: JobRunner, seal_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.seal_file = seal_file
        self.seal_png: bytes | None = None  # what Save keeps
        self.changed = False
        self._dirty = False
        self._busy = 0
        self.ui = Ui_SealDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.ui.chooseButton.clicked.connect(self.choose)
        self.ui.removeButton.clicked.connect(self.remove)
        self._run(self.tr("Reading the seal"), lambda: read_seal(seal_file), self._show)
        self.ui.chooseButton.setFocus()

    def _run(self, title: str, work: Callable[[], T], done: Callable[[T], object]) -> None:
        self._set_busy(+1)

        def finished(result: T) -> None:
            self._set_busy(-1)
            done(result)

        def failed(error: BaseException) -> None:
            self._set_busy(-1)
            show_error(self, error)

        self.jobs.run(
            title,
            lambda _progress: work(),
            while_alive(self, finished),
            while_alive(self, failed),
            cancellable=False,
        )

    def _set_busy(self, step: int) -> None:
        self._busy += step
        idle = self._busy == 0
        for widget in (self.ui.chooseButton, self.ui.removeButton):
            widget.setEnabled(idle)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(idle)
        if idle:
            self.ui.removeButton.setEnabled(self.seal_png is not None)

    def _show(self, seal: Seal | None) -> None:
        self.seal_png = None if seal is None else seal[0]
        self.ui.preview.set_image(None if seal is None else seal[1])
        self.ui.removeButton.setEnabled(seal is not None)
        if seal is None:
            self.ui.statusLabel.setText(self.tr("No seal yet."))
        else:
            image = seal[1]
            self.ui.statusLabel.setText(
                self.tr("Seal: {width} × {height} pixels.").format(
                    width=image.width(), height=image.height()
                )
            )

    @Slot()
    def choose(self) -> None:
        file_name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the Seal Image"),
            "",
            self.tr("Images ({patterns});;All files (*)").format(patterns=IMAGE_PATTERNS),
        )
        if file_name:
            self.load_image(Path(file_name))

    def load_image(self, source: Path) -> None:
        """Make the seal from ``source`` (in the background) and show it."""
        self._run(self.tr("Preparing the seal"), lambda: make_seal(source), self._loaded)

    def _loaded(self, seal: Seal) -> None:
        self._dirty = True
        self._show(seal)

    @Slot()
    def remove(self) -> None:
        self._dirty = True
        self._show(None)

    @Slot()
    def accept(self) -> None:
        if self._busy:
            return
        if not self._dirty:
            super().accept()
            return
        path, png = self.seal_file, self.seal_png
        self._run(self.tr("Saving the seal"), lambda: write_seal(path, png), self._saved)

    def _saved(self, _result: object) -> None:
        self.changed = True
        super().accept()

    @Slot()
    def reject(self) -> None:
        if not self._busy:
            super().reject()
