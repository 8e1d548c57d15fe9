"""Scene pictures for the demo photos, drawn with Pillow: a community's main gate with
its name, the grounds, a notice board, a fire lane, a stairwell before and after it was
cleared.

Nothing is copied from real photos (those may not be redistributed). Each scene is laid
out on a ``canvas.Canvas`` and saved by ``photo_jpeg`` as a 1600 × 1200 JPEG with the
EXIF a phone writes (when, where, which camera), so that the photos go through the real
import path like any inspector's.
"""

from __future__ import annotations

import io
import random
from datetime import datetime

from PIL import Image

from meihao_desktop.services.demo.canvas import Canvas, Color, Fonts

HORIZON = 330
GREENS: list[Color] = [(58, 112, 52), (74, 130, 60), (46, 96, 48), (88, 140, 70)]
WALLS: list[Color] = [(226, 214, 196), (214, 206, 196), (232, 222, 206), (200, 196, 190)]


class Painter:
    """Draws the scenes; ``rnd`` varies trees, windows and clutter from picture to picture."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self._fonts: Fonts = {}  # loaded once for all the pictures

    def _canvas(self, background: Color) -> Canvas:
        return Canvas(background, self._fonts)

    # -- scenes ----------------------------------------------------------------------

    def gate(self, name: str) -> Image.Image:
        """The main gate: pillars, a lintel lettered with the community's name, a barrier."""
        canvas = self._outdoor()
        for x in (40, 560):
            self._building(canvas, (x, 90, x + 200, HORIZON), self.rnd.choice(WALLS), floors=11)
        self._trees(canvas, [(30, 370, 70), (770, 370, 70), (120, 360, 50), (690, 360, 50)])
        stone, dark = (178, 170, 160), (120, 112, 104)
        canvas.rectangle((150, 170, 230, 440), fill=stone, outline=dark, width=2)
        canvas.rectangle((570, 170, 650, 440), fill=stone, outline=dark, width=2)
        canvas.rectangle((130, 150, 670, 230), fill=(150, 40, 36), outline=dark, width=3)
        canvas.text((400, 190), name, 56, (236, 200, 110), "mm")
        canvas.rectangle((250, 300, 330, 440), fill=(232, 232, 226), outline=dark, width=2)
        canvas.rectangle((262, 320, 318, 360), fill=(120, 150, 170))
        canvas.rectangle((330, 395, 560, 405), fill=(230, 60, 50))
        for x in range(350, 560, 40):
            canvas.rectangle((x, 395, x + 18, 405), fill=(245, 245, 245))
        canvas.polygon([(230, 440), (570, 440), (720, 600), (80, 600)], fill=(112, 112, 116))
        return canvas.image

    def grounds(self) -> Image.Image:
        """Inside the community: blocks of flats, lawns, a path, trees and a bench."""
        canvas = self._outdoor()
        wall = self.rnd.choice(WALLS)
        for x in range(10, 800, 200):
            self._building(canvas, (x, 60 + self.rnd.randint(0, 40), x + 170, HORIZON), wall, 14)
        canvas.rectangle((0, HORIZON, 800, 600), fill=(96, 150, 72))
        canvas.polygon(
            [(360, HORIZON), (440, HORIZON), (620, 600), (180, 600)], fill=(196, 186, 170)
        )
        trees = [(self.rnd.randint(0, 800), self.rnd.randint(350, 420), 45) for _ in range(6)]
        self._trees(canvas, [*sorted(trees, key=lambda t: t[1]), (90, 520, 90), (720, 520, 90)])
        canvas.rectangle((470, 470, 560, 480), fill=(140, 96, 60))
        canvas.rectangle((476, 480, 482, 500), fill=(80, 80, 80))
        canvas.rectangle((548, 480, 554, 500), fill=(80, 80, 80))
        for x in (300, 520):
            canvas.rectangle((x, 350, x + 4, 440), fill=(60, 60, 64))
            canvas.ellipse((x - 8, 340, x + 12, 356), fill=(240, 236, 210))
        return canvas.image

    def notice_board(
        self, company: str, manager: str, phone: str, up_to_date: bool = True
    ) -> Image.Image:
        """A notice board: who manages the community, the fees, whom to complain to;
        not ``up_to_date``: yellowed sheets, and the complaint numbers missing."""
        canvas = self._outdoor()
        self._building(canvas, (0, 60, 800, HORIZON + 40), self.rnd.choice(WALLS), 12)
        canvas.rectangle((90, 120, 710, 500), fill=(70, 70, 76))
        canvas.rectangle((100, 130, 700, 180), fill=(176, 30, 30))
        canvas.text((400, 155), "物业服务信息公示栏", 30, (250, 230, 150), "mm")
        sheets = [
            ("物业服务企业", [company, f"项目负责人：{manager}", f"服务电话：{phone}"]),
            (
                "收费标准",
                ["多层住宅 0.60 元/㎡·月", "高层住宅 1.20 元/㎡·月", "收费依据：物价备案"],
            ),
            (
                "投诉咨询电话",
                ["住建局物业科 0518-85820000", "街道办事处 0518-85510000", "市民热线 12345"],
            ),
        ]
        paper = (248, 248, 244) if up_to_date else (232, 220, 180)
        for index, (title, lines) in enumerate(sheets if up_to_date else sheets[:2]):
            left = 115 + index * 195
            canvas.rectangle((left, 195, left + 180, 480), fill=paper)
            canvas.text((left + 90, 215), title, 17, (150, 20, 20), "mm")
            for row, line in enumerate(lines):
                canvas.text((left + 8, 240 + row * 24), line, 11, (40, 40, 40))
            for y in range(320, 470, 14):
                width = self.rnd.randint(100, 160)
                canvas.line([(left + 10, y), (left + 10 + width, y)], fill=(170, 170, 170), width=3)
        canvas.rectangle((140, 500, 150, 600), fill=(60, 60, 60))
        canvas.rectangle((650, 500, 660, 600), fill=(60, 60, 60))
        return canvas.image

    def fire_lane(self, blocked: bool) -> Image.Image:
        """A fire lane between two blocks, marked on the road; ``blocked``: a car on it."""
        canvas = self._outdoor()
        self._building(canvas, (-40, 40, 230, 560), self.rnd.choice(WALLS), 16)
        self._building(canvas, (570, 40, 840, 560), self.rnd.choice(WALLS), 16)
        canvas.polygon(
            [(330, HORIZON), (470, HORIZON), (640, 600), (160, 600)], fill=(110, 110, 114)
        )
        yellow = (238, 196, 40)
        canvas.line([(335, HORIZON), (175, 600)], fill=yellow, width=8)
        canvas.line([(465, HORIZON), (625, 600)], fill=yellow, width=8)
        canvas.text((400, 470), "消防通道", 54, yellow, "mm")
        canvas.text((400, 540), "禁止占用", 40, yellow, "mm")
        canvas.rectangle((520, 260, 526, 420), fill=(90, 90, 90))
        canvas.rectangle((470, 240, 580, 300), fill=(200, 30, 30))
        canvas.text((525, 258), "消防车通道", 18, (255, 255, 255), "mm")
        canvas.text((525, 283), "严禁占用", 18, (255, 255, 255), "mm")
        if blocked:
            self._car(
                canvas, 290, 420, self.rnd.choice([(40, 40, 46), (236, 236, 236), (150, 20, 24)])
            )
        return canvas.image

    def sorting_station(self, complete: bool = True) -> Image.Image:
        """A covered waste sorting station with its four coloured bins; not ``complete``:
        two bins, and bags left on the ground beside them."""
        canvas = self._outdoor()
        self._trees(canvas, [(80, 380, 80), (720, 380, 80)])
        canvas.rectangle((150, 170, 650, 200), fill=(60, 110, 70))
        canvas.text((400, 185), "生活垃圾分类投放点", 22, (255, 255, 255), "mm")
        canvas.rectangle((160, 200, 170, 470), fill=(90, 90, 90))
        canvas.rectangle((630, 200, 640, 470), fill=(90, 90, 90))
        canvas.rectangle((150, 470, 650, 490), fill=(170, 170, 170))
        bins = [
            ("可回收物", (30, 90, 170)),
            ("有害垃圾", (200, 40, 40)),
            ("厨余垃圾", (60, 140, 70)),
            ("其他垃圾", (90, 90, 90)),
        ]
        if not complete:
            for x in range(420, 620, 45):
                top = 420 + self.rnd.randint(0, 20)
                canvas.ellipse(
                    (x, top, x + 60, 475), fill=self.rnd.choice([(40, 40, 40), (200, 200, 60)])
                )
        for index, (label, color) in enumerate(bins if complete else bins[:2]):
            left = 190 + index * 115
            canvas.rectangle((left, 330, left + 95, 470), fill=color)
            canvas.rectangle((left - 4, 318, left + 99, 334), fill=color)
            canvas.text((left + 47, 390), label, 17, (255, 255, 255), "mm")
        return canvas.image

    def stairwell(self, clutter: str | None, exit_sign: bool = True) -> Image.Image:
        """A stairwell landing; ``clutter``: "boxes" stacked in it, or an e-"bike" charging;
        without its ``exit_sign`` lit: the sign's empty, broken box."""
        canvas = self._canvas((222, 218, 208))
        canvas.rectangle((0, 430, 800, 600), fill=(170, 160, 150))
        canvas.rectangle((0, 400, 800, 430), fill=(120, 150, 140))
        canvas.rectangle((80, 140, 260, 430), fill=(150, 90, 60), outline=(90, 60, 40), width=4)
        canvas.ellipse((230, 280, 244, 294), fill=(220, 200, 120))
        for step in range(7):
            y = 430 - step * 40
            canvas.rectangle((480 + step * 40, y - 40, 800, y), fill=(190 - step * 4,) * 3)
        if exit_sign:
            canvas.rectangle((340, 120, 430, 180), fill=(30, 150, 70))
            canvas.text((385, 150), "安全出口", 20, (255, 255, 255), "mm")
        else:
            canvas.rectangle((340, 120, 430, 180), fill=(90, 90, 86), outline=(60, 60, 60), width=3)
            canvas.line([(350, 130), (420, 172)], fill=(150, 150, 146), width=2)
        if clutter == "boxes":
            for left, top, width, height in [
                (300, 340, 120, 90),
                (320, 270, 90, 70),
                (430, 360, 90, 70),
                (270, 380, 40, 50),
            ]:
                shade = self.rnd.randint(150, 190)
                box = (left, top, left + width, top + height)
                canvas.rectangle(
                    box, fill=(shade, shade - 30, shade - 80), outline=(110, 80, 50), width=2
                )
        elif clutter == "bike":
            self._bike(canvas, 320, 430)
            canvas.line([(450, 330), (500, 250), (520, 140)], fill=(30, 30, 30), width=3)
            canvas.rectangle((510, 120, 540, 145), fill=(240, 240, 240))
        return canvas.image

    def greenbelt(self, bare: bool) -> Image.Image:
        """A lawn along a path: ``bare`` patches of earth, or newly planted and whole."""
        canvas = self._outdoor()
        for x in range(20, 800, 260):
            self._building(canvas, (x, 100, x + 220, HORIZON), self.rnd.choice(WALLS), 12)
        canvas.rectangle((0, HORIZON, 800, 600), fill=(92, 148, 70))
        canvas.polygon([(0, 560), (800, 470), (800, 520), (0, 600)], fill=(196, 186, 170))
        if bare:
            for _ in range(4):
                x, y = self.rnd.randint(60, 700), self.rnd.randint(370, 450)
                canvas.ellipse((x, y, x + self.rnd.randint(90, 170), y + 50), fill=(150, 112, 72))
        else:
            for x in range(40, 780, 46):
                y = self.rnd.randint(380, 440)
                canvas.ellipse((x, y, x + 44, y + 34), fill=self.rnd.choice(GREENS))
        self._trees(canvas, [(120, 380, 60), (460, 370, 55), (700, 390, 65)])
        return canvas.image

    def ledger(self, complete: bool) -> Image.Image:
        """Minutes and records on a desk: a binder open at a page; not ``complete``: its
        entries half filled in and nothing reported to the Party organisation."""
        canvas = self._canvas((150, 110, 76))
        canvas.rectangle((150, 60, 650, 560), fill=(40, 70, 120))
        canvas.rectangle((180, 80, 620, 540), fill=(250, 250, 246))
        canvas.text((400, 115), "会议记录及工作台账", 28, (30, 30, 30), "mm")
        for row, line in enumerate(["时间：", "地点：小区党群服务站", "参加人员：", "议题："]):
            canvas.text((210, 160 + row * 34), line, 18, (40, 40, 40))
        for y in range(300, 440 if complete else 350, 22):
            width = self.rnd.randint(250, 380)
            canvas.line([(210, y), (210 + width, y)], fill=(110, 110, 130), width=2)
        canvas.text((210, 470), "报告社区党组织：", 18, (40, 40, 40))
        if complete:
            canvas.line(
                [(370, 490), (400, 470), (420, 492), (455, 468)], fill=(30, 40, 90), width=3
            )
        return canvas.image

    # -- parts -----------------------------------------------------------------------

    def _outdoor(self) -> Canvas:
        """Sky fading to the horizon, and pale paving below it."""
        canvas = self._canvas((200, 200, 196))
        red, green, blue = self.rnd.choice([(110, 160, 220), (150, 180, 210), (170, 186, 200)])
        for y in range(HORIZON):
            fade = y / HORIZON
            shade = (_towards(red, fade), _towards(green, fade), _towards(blue, fade))
            canvas.rectangle((0, y, 800, y + 1), fill=shade)
        return canvas

    def _building(
        self, canvas: Canvas, box: tuple[int, int, int, int], wall: Color, floors: int
    ) -> None:
        left, top, right, bottom = box
        canvas.rectangle(box, fill=wall, outline=(150, 140, 130))
        canvas.rectangle((left, top, right, top + 8), fill=(170, 80, 60))
        height = (bottom - top - 16) / floors
        for floor in range(floors):
            y = top + 14 + floor * height
            for x in range(left + 10, right - 20, 34):
                lit = self.rnd.random() < 0.15
                glass = (230, 220, 170) if lit else (110, 140, 160)
                canvas.rectangle((x, y, x + 20, y + height * 0.55), fill=glass)

    def _trees(self, canvas: Canvas, trees: list[tuple[int, int, int]]) -> None:
        """Trees standing on (x, ground y) with crowns ``size`` across."""
        for x, ground, size in trees:
            canvas.rectangle(
                (x - size // 12, ground - size, x + size // 12, ground), fill=(96, 70, 48)
            )
            for _ in range(4):
                dx = self.rnd.randint(-size // 3, size // 3)
                dy = self.rnd.randint(-size // 3, 0)
                cx, cy, r = x + dx, ground - size + dy, size // 2
                canvas.ellipse((cx - r, cy - r, cx + r, cy + r), fill=self.rnd.choice(GREENS))

    def _car(self, canvas: Canvas, left: int, bottom: int, body: Color) -> None:
        canvas.rounded_rectangle((left, bottom - 90, left + 230, bottom - 20), 18, fill=body)
        canvas.polygon(
            [
                (left + 40, bottom - 90),
                (left + 70, bottom - 140),
                (left + 170, bottom - 140),
                (left + 200, bottom - 90),
            ],
            fill=body,
        )
        canvas.polygon(
            [
                (left + 60, bottom - 92),
                (left + 80, bottom - 130),
                (left + 160, bottom - 130),
                (left + 182, bottom - 92),
            ],
            fill=(80, 100, 120),
        )
        for x in (left + 50, left + 180):
            canvas.ellipse((x - 26, bottom - 46, x + 26, bottom + 6), fill=(25, 25, 25))
            canvas.ellipse((x - 10, bottom - 30, x + 10, bottom - 10), fill=(150, 150, 150))

    def _bike(self, canvas: Canvas, left: int, ground: int) -> None:
        for x in (left, left + 150):
            canvas.ellipse((x - 40, ground - 80, x + 40, ground), outline=(30, 30, 30), width=7)
        frame = (40, 90, 150)
        canvas.line(
            [(left, ground - 40), (left + 60, ground - 100), (left + 150, ground - 40)],
            fill=frame,
            width=9,
        )
        canvas.rectangle((left + 50, ground - 120, left + 110, ground - 100), fill=(30, 30, 30))
        canvas.line([(left + 130, ground - 40), (left + 120, ground - 140)], fill=frame, width=7)


def _towards(value: int, fade: float, haze: int = 235) -> int:
    return int(value + (haze - value) * fade)


def photo_jpeg(
    picture: Image.Image,
    taken_at: datetime,
    position: tuple[float, float],
    camera: tuple[str, str] = ("HUAWEI", "HUAWEI nova 11"),
) -> bytes:
    """``picture`` as a phone's JPEG: time (with its UTC offset), GPS position (latitude,
    longitude) and camera in the EXIF."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = camera  # Make, Model
    details = exif.get_ifd(0x8769)  # the Exif IFD
    details[0x9003] = taken_at.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    details[0x9011] = taken_at.strftime("%z")[:3] + ":" + taken_at.strftime("%z")[3:]
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", _degrees(position[0])
    gps[3], gps[4] = "E", _degrees(position[1])
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, exif=exif)
    return buffer.getvalue()


def _degrees(value: float) -> tuple[float, float, float]:
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60, 2)
    return (float(degrees), float(minutes), seconds)
