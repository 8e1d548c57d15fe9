"""The one font of every form, and the paragraph styles built on it.

WenQuanYi Micro Hei ships with the program (TrueType outlines, GBK coverage including
rare name characters such as 喆 堃 珺 玥 赟), so forms print the same on every machine
and reportlab embeds a subset of it. No base-14 font may appear in a form: those are not
embedded and have no Chinese glyphs. The font has no bold face; headings are drawn
with a stroked outline instead (see ``flowables.Bold``).

Importing this module imports reportlab: import it only when a form is rendered.
"""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib import colors, textsplit
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from meihao_desktop.resources import font_path

FONT = "MeihaoSans"
# Photos are handed over as JPEG files and copied into the PDF as they are; ASCII-85
# would make every such image 25% larger and the export 15 times slower.
rl_config.useA85 = 0

# Chinese typesetting (标点避头): a line never starts with closing punctuation; it hangs
# at the end of the line before. reportlab's CJK wrapping (``textsplit.wordSplit`` for
# plain paragraphs, ``paragraph.cjkFragSplit`` for styled ones) applies this rule with a
# list made for Japanese, which lacks the full-width comma and most Chinese closing marks;
# both read their module's list when they wrap, so it is extended in both.
CHINESE_CANNOT_START = "，。、；：！？）》」』】〉〕”’…％‰℃"
for _module in (textsplit, paragraph):
    _kept: str = _module.ALL_CANNOT_START
    _module.ALL_CANNOT_START = "".join(dict.fromkeys(_kept + CHINESE_CANNOT_START))


@cache
def register_font() -> str:
    """Register the bundled font with reportlab (once per process); return its name."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    return FONT


def _style(name: str, size: float, **extra: object) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=register_font(),
        fontSize=size,
        leading=round(size * 1.45, 1),
        wordWrap="CJK",  # break between any two Chinese characters
        **extra,
    )


class Styles:
    """The paragraph styles of the forms (sizes in points)."""

    def __init__(self) -> None:
        self.title = _style("title", 18, alignment=TA_CENTER, spaceAfter=2)
        self.subtitle = _style("subtitle", 11, alignment=TA_CENTER, spaceAfter=8)
        self.heading = _style("heading", 12, spaceBefore=10, spaceAfter=4)
        self.body = _style("body", 10)
        self.cell = _style("cell", 9)
        self.cell_center = _style("cell_center", 9, alignment=TA_CENTER)
        self.cell_right = _style("cell_right", 9, alignment=TA_RIGHT)
        self.head_cell = _style("head_cell", 9, alignment=TA_CENTER)
        self.label = _style("label", 10, alignment=TA_CENTER)
        self.small = _style("small", 8, textColor=colors.HexColor("#444444"))
        self.caption = _style("caption", 8.5, alignment=TA_LEFT)
        self.placeholder = _style(
            "placeholder", 10, alignment=TA_CENTER, textColor=colors.HexColor("#777777")
        )


@cache
def styles() -> Styles:
    return Styles()
