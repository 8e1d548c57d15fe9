"""The pieces forms are built from that reportlab does not have ready-made.

Bold headings in a font without a bold face, images from PNG bytes (drawn signatures and
seals, with their transparency), photo frames that keep a photo's proportions, and the
reserved box a digital signature's visible field is later placed on.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from meihao_desktop.reports.fonts import styles
from meihao_desktop.reports.model import PhotoEntry, Placement

GRID = colors.HexColor("#333333")


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters escaped, line breaks kept."""
    lines = escape(text.strip()).splitlines() or [""]
    return Paragraph("<br/>".join(lines), style)


def vertical(text: str) -> Paragraph:
    """A label written top to bottom, one character a line (narrow group columns)."""
    return Paragraph("<br/>".join(escape(ch) for ch in text), styles().head_cell)


class Bold(Paragraph):  # type: ignore[misc]
    """A paragraph drawn fill-and-stroke: a bold look without a bold font file."""

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.style.fontSize * 0.035)
        canv.addLiteral("2 Tr")  # text rendering mode 2: fill, then stroke
        super().draw()
        canv.restoreState()


def bold(text: str, style: ParagraphStyle) -> Bold:
    return Bold(escape(text), style)


HEADING_ROOM = 30 * mm  # a heading needs this much below it, or it starts the next page


def heading(text: str) -> list[Flowable]:
    """A section heading that is never left alone at the foot of a page."""
    return [CondPageBreak(HEADING_ROOM), bold(text, styles().heading)]


class PngImage(Flowable):  # type: ignore[misc]
    """A PNG (a drawn signature, a seal) scaled to fit a box, transparency kept."""

    def __init__(self, png: bytes, width: float, height: float) -> None:
        super().__init__()
        self._reader = ImageReader(BytesIO(png))
        self.width, self.height = width, height

    def draw(self) -> None:
        self.canv.drawImage(
            self._reader,
            0,
            0,
            self.width,
            self.height,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )


class PhotoFrame(Flowable):  # type: ignore[misc]
    """A framed box showing a photo, fitted and centred; a note in the box if there is none.

    The photo is the upright display copy, handed to reportlab by path so that the JPEG
    is copied into the PDF without being decoded.
    """

    def __init__(self, photo: PhotoEntry | None, width: float, height: float) -> None:
        super().__init__()
        self.photo = photo
        self.width, self.height = width, height

    def draw(self) -> None:
        canv = self.canv
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.5)
        canv.rect(0, 0, self.width, self.height)
        if self.photo is not None and self.photo.path is not None:
            pad = 3
            canv.drawImage(
                self.photo.path,
                pad,
                pad,
                self.width - 2 * pad,
                self.height - 2 * pad,
                preserveAspectRatio=True,
                anchor="c",
            )
            return
        note = "照片未提供" if self.photo is None else "照片文件缺失"
        message = para(note, styles().placeholder)
        _, used = message.wrap(self.width, self.height)
        message.drawOn(canv, 0, (self.height - used) / 2)


class SignatureBox(Flowable):  # type: ignore[misc]
    """Empty room reserved for a digital signature's visible field.

    When drawn it records its page and position in ``placement``; the signer puts the
    signature field (which has its own frame) exactly there.
    """

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.placement: Placement | None = None

    def draw(self) -> None:
        canv: Any = self.canv
        x, y = canv.absolutePosition(0, 0)
        self.placement = Placement(canv.getPageNumber() - 1, x, y, self.width, self.height)
