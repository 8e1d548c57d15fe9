"""Reading PDFs back with the tools a clerk's computer has: poppler and qpdf."""

from __future__ import annotations

import io
import math
import re
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from meihao_desktop.resources import font_path


def run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False, timeout=120
    )


def text(pdf: Path, page: int | None = None, *, layout: bool = False) -> str:
    """The text of the PDF (or of one 1-based page), as pdftotext reads it.

    pdftotext's reading order keeps the lines of one table cell together; ``layout``
    keeps a table row on one line instead (and interleaves its cells' lines).
    """
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    result = run("pdftotext", *(["-layout"] if layout else []), *pages, pdf, "-")
    assert result.returncode == 0, result.stderr
    return result.stdout


def flat(value: str) -> str:
    """Text without any whitespace: line wrapping and layout spaces are not content."""
    return re.sub(r"\s+", "", value)


def page_count(pdf: Path) -> int:
    info = run("pdfinfo", pdf).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))  # type: ignore[union-attr]


def fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table: name, type, emb, … for every font in the file."""
    lines = run("pdffonts", pdf).stdout.splitlines()[2:]
    found = []
    for line in lines:
        parts = line.split()
        # name type [type …] encoding emb sub uni object-id generation
        found.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return found


def images(pdf: Path) -> list[dict[str, str]]:
    """pdfimages -list rows: page, type, width, height, enc …"""
    lines = run("pdfimages", "-list", pdf).stdout.splitlines()[2:]
    keys = ("page", "num", "type", "width", "height", "color", "comp", "bpc", "enc")
    return [dict(zip(keys, line.split(), strict=False)) for line in lines]


def handwriting_png(name: str) -> bytes:
    """A drawn-signature PNG (transparent background) of ``name``."""
    picture = Image.new("RGBA", (480, 160), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    draw.text((16, 20), name, font=ImageFont.truetype(str(font_path()), 100), fill=(20, 20, 90))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def seal_png(unit: str) -> bytes:
    """A round red seal with ``unit`` around a star, as units stamp documents."""
    picture = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    red = (200, 20, 20, 220)
    draw.ellipse((10, 10, 390, 390), outline=red, width=14)
    font = ImageFont.truetype(str(font_path()), 44)
    for index, char in enumerate(unit):
        angle = math.radians(200 + index * 140 / max(1, len(unit) - 1))
        x, y = 200 + 140 * math.cos(angle), 200 + 140 * math.sin(angle)
        draw.text((x - 22, y - 22), char, font=font, fill=red)
    draw.regular_polygon((200, 210, 50), 5, fill=red)
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


MARK = (220, 30, 30)  # the band along the top edge of every test photo


def site_photo(orientation: int, number: int) -> bytes:
    """A 1200×900 landscape photo with a red band along its top edge, stored turned the
    way a camera held sideways stores it, with the EXIF orientation that undoes it."""
    picture = Image.new("RGB", (1200, 900), (60, 140, 70))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 0, 1199, 130), fill=MARK)
    draw.text((80, 400), f"照片 {number}", font=ImageFont.truetype(str(font_path()), 120))
    undo = {
        3: Image.Transpose.ROTATE_180,
        6: Image.Transpose.ROTATE_90,
        8: Image.Transpose.ROTATE_270,
    }
    if orientation in undo:
        picture = picture.transpose(undo[orientation])
    exif = Image.Exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90, exif=exif)
    return buffer.getvalue()
