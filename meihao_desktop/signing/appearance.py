"""What a visible digital signature looks like: drawn signature and seal, name, unit, time.

pyHanko's own text stamps need HarfBuzz for any font but the base-14 ones, which have no
Chinese. So the appearance is drawn with reportlab as a one-page PDF the size of the
signature field, in the program's embedded font, and pyHanko imports that page as the
field's appearance.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from meihao_desktop.reports.fonts import register_font

BORDER = colors.HexColor("#9E1B1B")
INK = colors.HexColor("#222222")


@dataclass(frozen=True)
class Appearance:
    """The content of a visible signature."""

    signer: str
    unit: str
    time_text: str  # e.g. "2024-09-20 14:03"
    signature_png: bytes | None = None
    seal_png: bytes | None = None


def _draw_images(canvas: Canvas, look: Appearance, width: float, height: float) -> None:
    pad = 3
    if look.signature_png is not None:
        canvas.drawImage(
            ImageReader(BytesIO(look.signature_png)),
            pad,
            pad,
            width - 2 * pad,
            height * 0.6,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )
    if look.seal_png is not None:  # the seal over the signature, as when stamped
        canvas.drawImage(
            ImageReader(BytesIO(look.seal_png)),
            pad,
            pad,
            width - 2 * pad,
            height - 2 * pad,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )


def _fit_size(text: str, font: str, size: float, width: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > 5 and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def draw_appearance(path: Path, width: float, height: float, look: Appearance) -> None:
    """Write a one-page PDF of ``width`` × ``height`` points showing ``look``."""
    font = register_font()
    canvas = Canvas(str(path), pagesize=(width, height), initialFontName=font)
    canvas.setFillColor(colors.white)
    canvas.rect(0, 0, width, height, stroke=0, fill=1)
    has_images = look.signature_png is not None or look.seal_png is not None
    text_left = width * 0.42 if has_images else 4
    if has_images:
        _draw_images(canvas, look, text_left, height)
    lines = [f"数字签名：{look.signer}", look.unit, f"时间：{look.time_text}"]
    lines = [line for line in lines if line]
    size = min(9.0, (height - 6) / (len(lines) * 1.35))
    canvas.setFillColor(INK)
    y = height - 3 - size
    for line in lines:
        fitted = _fit_size(line, font, size, width - text_left - 3)
        canvas.setFont(font, fitted)
        canvas.drawString(text_left, y, line)
        y -= size * 1.35
    canvas.setStrokeColor(BORDER)
    canvas.setLineWidth(0.8)
    canvas.rect(0.4, 0.4, width - 0.8, height - 0.8)
    canvas.showPage()
    canvas.save()
