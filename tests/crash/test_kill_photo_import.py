"""SIGKILL during a photo import: the rows are all there or none, and after the next
start's tidying every store file belongs to a row and every row has its files."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.crash.killing import Worker, run_python
from tests.crash.scenarios import (
    base_database,
    integrity,
    photo_files,
    photo_rows,
    start_inspection,
    store_problems,
)

PHOTOS = 20


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "near_commit"), [(21, False), (22, False), (23, False), (24, True), (25, True)]
)
def test_a_killed_photo_import_leaves_nothing_half_done(
    tmp_path: Path, seed: int, near_commit: bool
) -> None:
    rnd = random.Random(seed)
    db_path = tmp_path / "photos.sqlite"
    base_database(db_path)
    inspection_id = start_inspection(db_path)
    camera = tmp_path / "camera"
    photo_files(camera, PHOTOS)

    worker = Worker.python(
        "tests.crash.photo_worker",
        str(db_path),
        inspection_id,
        str(camera),
        log=tmp_path / "worker.log",
    )
    # photos processed before the kill: some (mid-way), or all (the rows are being written)
    wanted = PHOTOS if near_commit else rnd.randint(1, PHOTOS - 2)
    worker.wait_for(lambda lines: len(lines) >= wanted)
    worker.linger(rnd.uniform(0, 0.05))
    lines = worker.kill()
    committed = any(line.startswith("committed") for line in lines)

    assert integrity(db_path) == "ok"
    rows = photo_rows(db_path)
    assert len(rows) in (0, PHOTOS)  # one transaction: all the rows or none
    if committed:
        assert len(rows) == PHOTOS
    store = tmp_path / "photos.photos"
    assert store.is_dir()  # the kill came after files were written: there is something to tidy

    removed = int(run_python("tests.crash.tidy_photos", str(db_path)))
    assert store_problems(db_path, derivatives=True) == []
    if not rows:
        assert removed > 0
