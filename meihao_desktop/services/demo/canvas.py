"""A drawing surface for the demo's scenes: laid out on an 800 × 600 grid, drawn at
twice that size.

The scenes are easier to write and read on the small grid; drawing them at full size
(1600 × 1200, the photos' size) keeps edges and lettering crisp and costs less than
enlarging a small picture afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

from PIL import Image, ImageDraw, ImageFont

from meihao_desktop.resources import font_path

GRID = (800, 600)
SCALE = 2
Color = tuple[int, int, int]
Box = tuple[float, float, float, float]
Points = Sequence[tuple[float, float]]
Fonts = dict[int, ImageFont.FreeTypeFont]  # by size in grid units


class Canvas:
    """``ImageDraw`` in grid coordinates; widths and font sizes are in grid units too."""

    def __init__(self, background: Color, fonts: Fonts) -> None:
        """``fonts``: a cache of loaded fonts, shared by the canvases of one painter."""
        self.image = Image.new("RGB", (GRID[0] * SCALE, GRID[1] * SCALE), background)
        self._draw = ImageDraw.Draw(self.image)
        self._fonts = fonts

    def rectangle(
        self, box: Box, fill: Color | None = None, outline: Color | None = None, width: int = 1
    ) -> None:
        self._draw.rectangle(_box(box), fill, outline, width * SCALE)

    def rounded_rectangle(self, box: Box, radius: int, fill: Color) -> None:
        self._draw.rounded_rectangle(_box(box), radius * SCALE, fill)

    def ellipse(
        self, box: Box, fill: Color | None = None, outline: Color | None = None, width: int = 1
    ) -> None:
        self._draw.ellipse(_box(box), fill, outline, width * SCALE)

    def polygon(self, points: Points, fill: Color) -> None:
        self._draw.polygon(_points(points), fill)

    def line(self, points: Points, fill: Color, width: int = 1) -> None:
        self._draw.line(_points(points), fill, width * SCALE)

    def text(
        self, at: tuple[float, float], text: str, size: int, fill: Color, anchor: str = "la"
    ) -> None:
        position = (at[0] * SCALE, at[1] * SCALE)
        self._draw.text(position, text, font=self._font(size), fill=fill, anchor=anchor)

    def _font(self, size: int) -> ImageFont.FreeTypeFont:
        if size not in self._fonts:
            self._fonts[size] = ImageFont.truetype(str(font_path()), size * SCALE)
        return self._fonts[size]


def _box(box: Box) -> Box:
    left, top, right, bottom = box
    return (left * SCALE, top * SCALE, right * SCALE, bottom * SCALE)


def _points(points: Points) -> list[tuple[float, float]]:
    return [(x * SCALE, y * SCALE) for x, y in points]
