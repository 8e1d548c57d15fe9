"""The demo's photos: drawn scenes saved as a phone saves them, imported through
``PhotoService`` like any inspector's, captioned and linked to the items they show.

In each community one inspector takes the photos: the main gate and the grounds (the
recommendation form prints those two, found by their captions), one or two of the
notice board, the fire lane and the waste sorting station, and a photo of each problem
they record; the rest of the panel attach the gate and the grounds too. Later come the
after-photos of the problems rectified since.
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image

from meihao_desktop.services.demo.campaign import Visit, contact_phone
from meihao_desktop.services.demo.data import (
    COMMUNITIES,
    FOLLOW_UPS,
    GATE_FAILURE,
    HAIZHOU,
    ITEM_PROBLEMS,
    NANJING,
    PHONES,
    WITHOUT_PHOTOS,
    FollowUp,
)
from meihao_desktop.services.demo.pictures import Painter, photo_jpeg
from meihao_desktop.services.demo.timeline import at
from meihao_desktop.services.photos import PhotoService
from meihao_desktop.services.rectifications import LedgerRow

# Inspectors of the bureau take the photos where they are on the panel.
PHOTOGRAPHERS = ("周雯", "孙嘉树")


@dataclass(frozen=True)
class Shot:
    scene: str  # a scene ``DemoCamera`` draws
    caption: str  # "主大门" and "环境" are what the recommendation form looks for
    item_code: str | None


GATE = Shot("gate", "小区主大门", "3.7")
GROUNDS = Shot("grounds", "小区内部环境", "3.6")
EXTRAS = [
    Shot("notice_board", "公示栏", "3.4"),
    Shot("fire_lane", "消防通道", "4.4"),
    Shot("sorting_station", "垃圾分类投放点", "4.6"),
]
BLOCKED_LANE = Shot("fire_lane_blocked", "消防车通道被私家车占用", "4.4")


class DemoCamera:
    """Draws scenes and saves them in ``folder`` as JPEG files of an inspector's phone."""

    def __init__(self, folder: Path, rnd: random.Random) -> None:
        self.folder = folder
        self.rnd = rnd
        self.painter = Painter(rnd)
        self._facts = {row[0]: row for row in COMMUNITIES}

    def take(self, scene: str, community: str, when: datetime, inspector: str) -> Path:
        data = photo_jpeg(
            self._draw(scene, community), when, self._position(community), PHONES[inspector]
        )
        path = self.folder / f"IMG_{when:%Y%m%d_%H%M%S}.jpg"
        while path.exists():  # two photos in one second
            when += timedelta(seconds=1)
            path = self.folder / f"IMG_{when:%Y%m%d_%H%M%S}.jpg"
        path.write_bytes(data)
        return path

    def _draw(self, scene: str, community: str) -> Image.Image:
        painter = self.painter
        _, _, _, company, manager, *_ = self._facts[community]
        phone = contact_phone(community)
        scenes: dict[str, Callable[[], Image.Image]] = {
            "gate": lambda: painter.gate(community),
            "grounds": painter.grounds,
            "notice_board": lambda: painter.notice_board(company, manager, phone),
            "notice_board_stale": lambda: painter.notice_board(company, manager, phone, False),
            "fire_lane": lambda: painter.fire_lane(blocked=False),
            "fire_lane_blocked": lambda: painter.fire_lane(blocked=True),
            "sorting_station": lambda: painter.sorting_station(complete=True),
            "sorting_short": lambda: painter.sorting_station(complete=False),
            "stairwell": lambda: painter.stairwell(None),
            "stairwell_boxes": lambda: painter.stairwell("boxes"),
            "stairwell_bike": lambda: painter.stairwell("bike"),
            "stairwell_dark": lambda: painter.stairwell(None, exit_sign=False),
            "greenbelt": lambda: painter.greenbelt(bare=False),
            "greenbelt_bare": lambda: painter.greenbelt(bare=True),
            "ledger": lambda: painter.ledger(complete=False),
            "ledger_complete": lambda: painter.ledger(complete=True),
        }
        return scenes[scene]()

    def _position(self, community: str) -> tuple[float, float]:
        """Near the community: a fixed spot for each, a few metres apart photo by photo."""
        latitude, longitude = NANJING.get(community, HAIZHOU)
        spread = zlib.crc32(community.encode())
        latitude += (spread % 97 - 48) * 0.0006 + self.rnd.uniform(-2e-4, 2e-4)
        longitude += (spread // 97 % 97 - 48) * 0.0006 + self.rnd.uniform(-2e-4, 2e-4)
        return latitude, longitude


def photograph_visits(
    photos: PhotoService, camera: DemoCamera, visits: Iterable[Visit], problems: Iterable[LedgerRow]
) -> int:
    """Each community's photos, by its photographer; the gate and the grounds are shared
    with the rest of the panel, as teams pass their photos round. Returns how many
    photos were attached (a shared one counts once per inspection)."""
    panels: dict[str, list[Visit]] = {}
    for visit in visits:
        panels.setdefault(visit.community, []).append(visit)
    problem_list = list(problems)
    count = 0
    for community, panel in panels.items():
        if community in WITHOUT_PHOTOS:
            continue
        lead = next((v for v in panel if v.inspector in PHOTOGRAPHERS), panel[0])
        shots = [GATE, GROUNDS, *_extras(community, camera.rnd)]
        found = [row for row in problem_list if row.inspection_id == lead.inspection_id]
        # By item: the ledger's own order ends with random ids.
        found.sort(key=lambda row: row.item_code or "")
        shots += [Shot(follow_up(r).before, first_clause(r.problem), r.item_code) for r in found]
        taken = _take(camera, lead, shots)
        count += _attach(photos, lead, taken)
        for visit in panel:
            if visit is not lead:
                count += _attach(photos, visit, taken[:2])
    return count


def _extras(community: str, rnd: random.Random) -> list[Shot]:
    extras = rnd.sample(EXTRAS, rnd.randint(1, 2))
    if community == GATE_FAILURE:  # the R7 failure, as it was found
        extras = [s for s in extras if s.scene != "fire_lane"] + [BLOCKED_LANE]
    return extras


def _take(camera: DemoCamera, visit: Visit, shots: list[Shot]) -> list[tuple[Path, Shot]]:
    """The photos of ``shots``, taken a few minutes apart on the morning of the visit."""
    when = at(visit.visit_date, 9, camera.rnd.randint(5, 40))
    taken = []
    for shot in shots:
        when += timedelta(minutes=camera.rnd.randint(3, 12), seconds=camera.rnd.randint(0, 59))
        taken.append((camera.take(shot.scene, visit.community, when, visit.inspector), shot))
    return taken


def _attach(photos: PhotoService, visit: Visit, taken: list[tuple[Path, Shot]]) -> int:
    # One file per call, in this process: a pool of worker processes per inspection
    # would cost more to start than decoding these 1600-pixel pictures does.
    for path, shot in taken:
        # Under an item the inspector found not to apply, the photo would look misplaced.
        item = None if shot.item_code in visit.not_applicable else shot.item_code
        [photo] = photos.add(visit.inspection_id, [path], item, workers=1).added
        photos.set_caption(photo.id, shot.caption)
    return len(taken)


def after_photo(photos: PhotoService, camera: DemoCamera, row: LedgerRow, when: datetime) -> str:
    """The after-photo of a rectified problem, captioned; returns the photo's id."""
    done = follow_up(row)
    path = camera.take(done.after, row.community, when, row.inspector)
    [photo] = photos.add(
        row.inspection_id, [path], row.item_code, workers=1, rectification_evidence=True
    ).added
    photos.set_caption(photo.id, f"整改后：{first_clause(done.note)}")
    return photo.id


def follow_up(row: LedgerRow) -> FollowUp:
    """How the problem of a ledger row (recorded by the demo) is dealt with."""
    assert row.item_code is not None  # the demo records every problem under its item
    return FOLLOW_UPS[ITEM_PROBLEMS[row.item_code][0]]


def first_clause(text: str) -> str:
    """ "楼道内堆放杂物，影响通行。" → "楼道内堆放杂物": short enough for a caption."""
    return text.split("，")[0].split("。")[0]
