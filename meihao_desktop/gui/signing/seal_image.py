"""Turning a picture of the unit's seal (公章) into a clean, transparent red seal.

A scan on white paper or a PNG with transparency alike: how far each pixel is from
white becomes its opacity (paper turns transparent, ink opaque, the soft edges in
between stay soft), the original transparency is kept, every pixel is coloured seal
red, and the picture is cropped to the seal. Plain Pillow, no Qt: run it in a job.
"""

from __future__ import annotations

from io import BytesIO

from meihao_desktop.domain.errors import InvalidValueError

SEAL_RED = (0xD0, 0x02, 0x1B)
MAX_EDGE = 1200  # pixels; the form prints the seal about 4 cm wide
PAPER = 40  # distance from white up to which a pixel is paper (scanner noise, yellowing)
INK = 150  # distance from white from which a pixel is fully ink
VISIBLE = 8  # opacity below which a pixel does not count when cropping
MARGIN = 4  # pixels kept around the seal


def _opacity(distance: int) -> int:
    if distance <= PAPER:
        return 0
    if distance >= INK:
        return 255
    return round((distance - PAPER) * 255 / (INK - PAPER))


def process_seal(data: bytes, source: str = "") -> bytes:
    """The seal in ``data`` (any image Pillow reads) as a cropped, transparent red PNG.

    ``source`` names the file in errors.
    """
    from PIL import Image, ImageChops, ImageOps, UnidentifiedImageError

    where = f"文件 {source}" if source else "印章图片"
    try:
        with Image.open(BytesIO(data)) as opened:
            image = ImageOps.exif_transpose(opened).convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise InvalidValueError("不是可读取的图片", where=where) from None
    image.thumbnail((MAX_EDGE, MAX_EDGE))
    red, green, blue, alpha = image.split()
    # The faintest channel says how far from white a pixel is, whatever the ink's colour.
    faintest = ImageChops.darker(ImageChops.darker(red, green), blue)
    ink = ImageOps.invert(faintest).point(_opacity)
    opacity = ImageChops.multiply(ink, alpha)
    box = opacity.point(lambda value: 255 if value >= VISIBLE else 0).getbbox()
    if box is None:
        raise InvalidValueError("图片中没有找到印章（几乎全是白色或透明）", where=where)
    seal = Image.new("RGBA", image.size, (*SEAL_RED, 0))
    seal.putalpha(opacity)
    left, top, right, bottom = box
    seal = seal.crop(
        (
            max(0, left - MARGIN),
            max(0, top - MARGIN),
            min(image.width, right + MARGIN),
            min(image.height, bottom + MARGIN),
        )
    )
    buffer = BytesIO()
    seal.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
