"""The demo's drawn photos and signatures, without loading the demo: what the importer and
the forms read from them, and that the same seed draws the same pictures."""

from __future__ import annotations

import io
import random
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from PIL import Image

from meihao_desktop.media.processing import process_photo
from meihao_desktop.services.demo.data import FOLLOW_UPS, ITEM_PROBLEMS
from meihao_desktop.services.demo.ink import signature_png
from meihao_desktop.services.demo.photos import DemoCamera
from meihao_desktop.services.demo.timeline import at, visit_dates
from meihao_desktop.services.signatures import check_png


def test_a_demo_photo_reads_as_a_phone_photo_of_the_place(tmp_path: Path) -> None:
    when = at(date(2026, 10, 9), 9, 35)
    path = DemoCamera(tmp_path, random.Random(7)).take("gate", "东方瑞园", when, "周雯")
    assert path.name == "IMG_20261009_093500.jpg"
    info, derivatives = process_photo(path.read_bytes(), path.name, render=True)
    assert derivatives is not None
    assert (info.media_type, info.width, info.height) == ("image/jpeg", 1600, 1200)
    assert info.taken_at == when.astimezone(UTC)
    assert info.camera == "HUAWEI Mate 60"
    assert info.gps_lat is not None
    assert info.gps_lon is not None
    assert abs(info.gps_lat - 34.57) < 0.05  # 海州区, 连云港
    assert abs(info.gps_lon - 119.18) < 0.05


def test_the_same_seed_draws_the_same_photos(tmp_path: Path) -> None:
    when = at(date(2026, 10, 9), 10, 0)
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    scenes = {kind.before for kind in FOLLOW_UPS.values()} | {"grounds", "notice_board"}
    for scene in sorted(scenes):
        one = DemoCamera(first, random.Random(3)).take(scene, "蔷薇湖畔", when, "冯玥")
        two = DemoCamera(second, random.Random(3)).take(scene, "蔷薇湖畔", when, "冯玥")
        assert one.read_bytes() == two.read_bytes(), scene


def test_every_item_has_a_problem_with_a_way_to_fix_it() -> None:
    assert len(ITEM_PROBLEMS) == 25
    for kind, problem in ITEM_PROBLEMS.values():
        assert kind in FOLLOW_UPS
        assert problem.endswith("。")


@pytest.mark.parametrize("name", ["周雯", "孙嘉树", "刘建华"])
def test_signatures_are_transparent_pngs_the_forms_accept(name: str) -> None:
    png = signature_png(name, 2024)
    check_png(png)
    assert signature_png(name, 2024) == png
    assert signature_png(name, 2025) != png
    with Image.open(io.BytesIO(png)) as image:
        assert image.mode == "RGBA"
        alpha = image.getchannel("A")
        assert alpha.getpixel((0, 0)) == 0  # a clear margin around the ink
        assert alpha.getextrema()[1] > 200  # and ink


def test_visits_fall_on_workdays_in_the_last_two_months() -> None:
    today = date(2026, 3, 2)
    visits = visit_dates(today)
    assert len(visits) == 14
    for day in visits.values():
        assert day.weekday() < 5
        assert today - timedelta(days=62) <= day < today
    order = sorted(visits, key=visits.__getitem__)
    assert order[-2:] == ["瑞金新村", "东方瑞园"]
