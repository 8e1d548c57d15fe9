"""Handwritten signatures for the demo: a name written fast and slanted, with a flourish.

Drawn as the signature pad saves them (``gui.signing.pad``): blue-black ink on a
transparent background, cropped to the ink. Each character is drawn a little larger or
smaller, higher or lower, and the whole name is sheared as a quick hand leans; the ink
is thickened and softened so the strokes look written, not typeset.
"""

from __future__ import annotations

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from meihao_desktop.resources import font_path

INK = (27, 42, 74)  # the pad's ink, #1b2a4a
MARGIN = 12


def signature_png(name: str, seed: int) -> bytes:
    """A PNG of ``name`` signed by hand; the same name and seed give the same picture."""
    rnd = random.Random(f"{seed}:{name}")
    mask = Image.new("L", (120 + 120 * len(name), 260), 0)
    font = ImageFont.truetype(str(font_path()), 116)
    x = 40
    for char in name:
        size = rnd.randint(96, 116)
        glyph = Image.new("L", (136, 136), 0)
        ImageDraw.Draw(glyph).text((10, 10), char, font=font, fill=255)
        glyph = glyph.rotate(rnd.uniform(-9, 6), Image.Resampling.BICUBIC)
        glyph = glyph.resize((size + 20, size + 20), Image.Resampling.BICUBIC)
        mask.paste(255, (x, 50 + rnd.randint(-12, 12)), glyph)
        x += int(size * rnd.uniform(0.84, 0.94))  # written characters crowd together
    _flourish(ImageDraw.Draw(mask), rnd, x)
    shear = rnd.uniform(0.2, 0.32)
    mask = mask.transform(
        mask.size,
        Image.Transform.AFFINE,
        (1, shear, -shear * 130, 0, 1, 0),
        Image.Resampling.BICUBIC,
    )
    # Thinner strokes with soft edges: a pen line, not a printed typeface.
    mask = mask.filter(ImageFilter.MinFilter(3)).filter(ImageFilter.GaussianBlur(0.9))
    box = mask.getbbox() or (0, 0, 1, 1)
    mask = mask.crop((box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN))
    picture = Image.new("RGBA", mask.size, (*INK, 0))
    picture.putalpha(mask)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def _flourish(draw: ImageDraw.ImageDraw, rnd: random.Random, end: int) -> None:
    """The underline stroke a signer ends with: a swash that thins out."""
    # From under the last character back left beneath the name, rising at its end.
    right, left = end + rnd.randint(0, 30), 40 + rnd.randint(0, 60)
    dip, lift = rnd.uniform(25, 45), rnd.uniform(10, 40)
    points = []
    for step in range(80):
        t = step / 79
        x = right - (right - left) * t
        y = 170 + dip * math.sin(math.pi * t) - lift * t * t
        points.append((x, y))
    for index in range(len(points) - 1):
        width = max(4, round(11 * (1 - index / len(points))))  # the pen lifts off
        draw.line([points[index], points[index + 1]], fill=255, width=width)
