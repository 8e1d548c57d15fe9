"""Blocks both forms share: the signature table and the reserved digital-signature box."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from meihao_desktop.reports import text
from meihao_desktop.reports.flowables import PngImage, SignatureBox, bold, para
from meihao_desktop.reports.fonts import styles
from meihao_desktop.reports.model import SignatureEntry
from meihao_desktop.reports.page import FRAME_WIDTH
from meihao_desktop.reports.tables import grid_table

SIGNATURE_WIDTH = 60 * mm
SIGNATURE_HEIGHT = 18 * mm


def signature_image(png: bytes | None) -> Flowable | str:
    """A drawn signature scaled into its cell, or an empty cell to sign by hand."""
    if png is None:
        return ""
    return PngImage(png, SIGNATURE_WIDTH - 8, SIGNATURE_HEIGHT - 6)


def signature_block(
    heading: str,
    signatures: Sequence[tuple[str, SignatureEntry]],
    box: SignatureBox | None,
    *,
    blank_role: str,
) -> list[Flowable]:
    """A table of (date shown, signature); with none, an empty line to sign on paper.

    ``box``, when given, is placed below the table for the digital signature's field.
    """
    s = styles()
    header = [para(h, s.head_cell) for h in ("角色", "签名", "姓名", "日期")]
    rows: list[list[object]] = [header]
    for shown_date, signature in signatures:
        rows.append(
            [
                para(signature.role or "—", s.cell_center),
                signature_image(signature.image_png),
                para(signature.signer_name, s.cell_center),
                para(shown_date, s.cell_center),
            ]
        )
    if not signatures:
        rows.append([para(blank_role, s.cell_center), "", "", para(text.BLANK_DATE, s.cell_center)])
    widths = (30 * mm, SIGNATURE_WIDTH, 35 * mm, FRAME_WIDTH - 125 * mm)
    heights: list[float | None] = [None] + [SIGNATURE_HEIGHT] * (len(rows) - 1)
    table = grid_table(rows, widths, header_rows=1, row_heights=heights)
    parts: list[Flowable] = [bold(heading, s.heading), table]
    if box is not None:
        parts += [Spacer(1, 4 * mm), para("数字签名：", s.body), Spacer(1, 1 * mm), box]
    return [KeepTogether(parts)]
