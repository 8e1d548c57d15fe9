"""The page every form is printed on: A4 portrait, a binding margin, header and footer.

Every page carries "第 X 页 共 Y 页", the form's verification code and a QR code of it.
The total is only known at the end, so the canvas keeps each finished page's drawing
state and draws the footers when the document is saved (one layout pass, not two).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import qrcode
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from meihao_desktop.reports.fingerprint import grouped
from meihao_desktop.reports.fonts import register_font

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 25 * mm  # wider on the left: forms are bound in files
RIGHT = 15 * mm
TOP = 20 * mm
BOTTOM = 26 * mm
FRAME_WIDTH = PAGE_WIDTH - LEFT - RIGHT
QR_SIZE = 14 * mm
GREY = colors.HexColor("#555555")


@dataclass(frozen=True)
class Furniture:
    """What the header and footer of every page show."""

    running_head: str  # e.g. "考察评分表 · 东方瑞园 · 周雯"
    code: str  # the verification code (``fingerprint.verification_code``)
    generated: str  # when the form was printed, as shown


def _draw_qr(canv: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` drawn as vector squares (sharp at any print resolution)."""
    code = qrcode.QRCode(border=0, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    cell = size / len(matrix)
    canv.setFillColor(colors.black)
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            if dark:
                top = y + size - (row + 1) * cell
                canv.rect(x + column * cell, top, cell, cell, stroke=0, fill=1)


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that draws header and footer, with the page total, when it is saved."""

    def __init__(self, *args: Any, furniture: Furniture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._finished: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._finished.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._finished)
        for state in self._finished:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        furniture = self._furniture
        self.saveState()
        self.setFont(register_font(), 8)
        self.setFillColor(GREY)
        self.setStrokeColor(GREY)
        self.setLineWidth(0.4)
        head_y = PAGE_HEIGHT - 13 * mm
        self.drawString(LEFT, head_y, furniture.running_head)
        self.drawRightString(PAGE_WIDTH - RIGHT, head_y, f"打印时间：{furniture.generated}")
        self.line(LEFT, head_y - 2 * mm, PAGE_WIDTH - RIGHT, head_y - 2 * mm)
        foot_y = BOTTOM - 6 * mm
        self.line(LEFT, foot_y, PAGE_WIDTH - RIGHT, foot_y)
        self.setFont(register_font(), 9)
        self.setFillColor(colors.black)
        text_y = foot_y - 5 * mm
        self.drawCentredString(
            LEFT + FRAME_WIDTH / 2, text_y, f"第 {self._pageNumber} 页 共 {total} 页"
        )
        self.setFont(register_font(), 8)
        self.drawString(LEFT, text_y, f"校验码：{grouped(furniture.code)}")
        qr_x = PAGE_WIDTH - RIGHT - QR_SIZE
        _draw_qr(self, f"MEIHAO:{furniture.code}", qr_x, foot_y - 1.5 * mm - QR_SIZE, QR_SIZE)
        self.restoreState()


def build_pdf(
    path: Path, story: list[Flowable], *, furniture: Furniture, title: str, author: str
) -> int:
    """Lay out ``story`` into the PDF at ``path``; return the number of pages."""
    # Our own file object: reportlab leaves its own open when a write fails (disk full).
    with open(path, "wb") as stream:
        return _build(stream, story, furniture=furniture, title=title, author=author)


def _build(
    stream: BinaryIO, story: list[Flowable], *, furniture: Furniture, title: str, author: str
) -> int:
    font = register_font()
    doc = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        author=author,
        subject=f"校验码 {grouped(furniture.code)}",
        creator="meihao_desktop",
        initialFontName=font,  # else the canvas starts every page in Helvetica
        lang="zh-CN",
    )

    def make_canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, furniture=furniture, **kwargs)

    doc.build(story, canvasmaker=make_canvas)
    return int(doc.page)
