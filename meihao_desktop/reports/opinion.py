"""The opinion boxes of the recommendation form: text at the top, 签章 and date at the bottom.

As on the paper form, the signing line sits at the foot of the box however short the
opinion is; the drawn signature and the seal are printed above it, the seal overlapping
the signature as a stamped seal does, and a digital signature's field may take the
right-hand side.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from meihao_desktop.reports.flowables import PngImage, SignatureBox, para
from meihao_desktop.reports.fonts import register_font, styles

SIGN_OFF_HEIGHT = 34 * mm
MAX_WHOLE_HEIGHT = 200 * mm  # below a page's frame height: such a box moves, unsplit


class SignOff(Flowable):  # type: ignore[misc]
    """The foot of an opinion box: "签章：", signature and seal images, the date."""

    def __init__(
        self,
        width: float,
        date_text: str,
        *,
        signature_png: bytes | None = None,
        seal_png: bytes | None = None,
        box: SignatureBox | None = None,
    ) -> None:
        super().__init__()
        self.width, self.height = width, SIGN_OFF_HEIGHT
        self.date_text = date_text
        self.signature = (
            None if signature_png is None else PngImage(signature_png, 45 * mm, 16 * mm)
        )
        self.seal = None if seal_png is None else PngImage(seal_png, 28 * mm, 28 * mm)
        self.box = box

    def draw(self) -> None:
        canv = self.canv
        canv.setFont(register_font(), 10)
        canv.drawString(0, 2 * mm, "签章：")
        canv.drawRightString(self.width - 2 * mm, 2 * mm, self.date_text)
        if self.signature is not None:
            self.signature.drawOn(canv, 10 * mm, 9 * mm)
        if self.seal is not None:  # printed after the signature: the seal lies on top
            self.seal.drawOn(canv, 30 * mm, 6 * mm)
        if self.box is not None:
            self.box.drawOn(canv, self.width - self.box.width - 2 * mm, 8 * mm)


class OpinionBox(Flowable):  # type: ignore[misc]
    """Opinion paragraphs at the top and a ``SignOff`` at the bottom of a minimum height."""

    def __init__(
        self, lines: Sequence[str], sign_off: SignOff, *, min_height: float = 58 * mm
    ) -> None:
        super().__init__()
        self.body = [para(line, styles().body) for line in lines if line.strip()]
        self.sign_off = sign_off
        self.min_height = min_height
        self._body_heights: list[float] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._body_heights = [p.wrap(available_width, available_height)[1] for p in self.body]
        needed = sum(self._body_heights) + 3 * mm * len(self.body) + SIGN_OFF_HEIGHT
        self.height = max(self.min_height, needed)
        self.sign_off.wrap(available_width, SIGN_OFF_HEIGHT)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Move a box that would fit on a page whole; break up only one longer than that."""
        self.wrap(available_width, available_height)
        if self.height <= MAX_WHOLE_HEIGHT:
            return []
        return [*self.body, self.sign_off]

    def draw(self) -> None:
        y = self.height
        for paragraph, height in zip(self.body, self._body_heights, strict=True):
            y -= height
            paragraph.drawOn(self.canv, 0, y)
            y -= 3 * mm
        self.sign_off.drawOn(self.canv, 0, 0)
