"""SIGKILL while PDFs are exported: a form's final name holds a complete PDF or nothing.

The worker exports to the same destination over and over (a score sheet, a signed one,
or a district's recommendation forms drawn in worker processes); the kill lands inside
some export. Whatever sits under a final name must pass ``qpdf --check``; anything else
left in the folder may only be a hidden temporary ``.NAME.xxxxxxxx.part`` file.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from meihao_desktop import PROCESS_STARTED
from meihao_desktop.services import Services
from meihao_desktop.services.demo import load_demo
from meihao_desktop.signing.keys import create_key
from meihao_desktop.store.db import Database
from tests.crash.killing import Worker
from tests.crash.scenarios import TESTER, integrity

TEMPORARY = re.compile(r"^\..+\.[0-9a-f]{8}\.part$")
PASSPHRASE = "崩溃测试口令 2024"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """The demo database (a copy per test), one of its inspections and its campaign."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Database.open(path) as db:
        services = Services.create(db, TESTER)
        load_demo(db, services.catalog, TESTER)
        inspection = services.inspections.list()[0]
    return path, inspection.id, inspection.campaign_id


def qpdf_check(path: Path) -> None:
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, f"{path.name} is not a complete PDF:\n{result.stdout}"


def check_folder(folder: Path) -> list[str]:
    """Every final name a complete PDF; returns the temporary files left beside them."""
    leftovers = []
    for path in sorted(folder.iterdir()):
        if path.suffix == ".pdf" and not path.name.startswith("."):
            qpdf_check(path)
        else:
            assert TEMPORARY.match(path.name), f"unexpected file {path.name}"
            leftovers.append(path.name)
    return leftovers


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "mode"),
    [(41, "score-sheet"), (42, "score-sheet"), (47, "signed"), (44, "district"), (45, "district")],
)
def test_a_killed_export_leaves_a_whole_pdf_or_none(
    demo: tuple[Path, str, str], tmp_path: Path, seed: int, mode: str
) -> None:
    rnd = random.Random(seed)
    template, inspection_id, campaign_id = demo
    db_path = tmp_path / "demo.sqlite"
    shutil.copy(template, db_path)
    out = tmp_path / "out"
    out.mkdir()
    if mode == "district":
        args = ["district", str(db_path), campaign_id, str(out)]
    else:
        args = ["score-sheet", str(db_path), inspection_id, str(out / "考察评分表.pdf")]
    if mode == "signed":
        key = create_key(tmp_path / "keys", "冯玥", "海州区住建局", PASSPHRASE)
        args += [str(key.path), PASSPHRASE]

    worker = Worker.python("tests.crash.export_worker", *args, log=tmp_path / "worker.log")
    worker.wait_for(lambda lines: "ready" in lines)
    started = time.monotonic()
    if mode == "district":  # 14 forms per round, each ~0.1 s in a worker
        wanted = rnd.randint(1, 12)
        worker.wait_for(lambda lines: len(lines) > wanted, timeout=60)
        one_export = 0.1
    else:
        wanted = rnd.randint(0, 3)  # exports finished before the kill (0: not even one)
        worker.wait_for(lambda lines: len(lines) > max(wanted, 1), timeout=60)
        one_export = (time.monotonic() - started) / max(wanted, 1)
        if wanted == 0:  # that run timed the first export; kill a new one inside it
            worker.kill()
            shutil.rmtree(out)
            out.mkdir()
            worker = Worker.python("tests.crash.export_worker", *args, log=tmp_path / "again.log")
            worker.wait_for(lambda lines: "ready" in lines)
    worker.linger(rnd.uniform(0, one_export))
    worker.kill()

    check_folder(out)
    assert integrity(db_path) == "ok"


def test_stale_temporary_files_of_an_earlier_run_are_removed_by_the_next_export(
    demo: tuple[Path, str, str], tmp_path: Path
) -> None:
    """What a killed export leaves (a hidden ``.part``) should not stay forever."""
    template, inspection_id, _campaign = demo
    db_path = tmp_path / "demo.sqlite"
    shutil.copy(template, db_path)
    dest = tmp_path / "out" / "考察评分表.pdf"
    dest.parent.mkdir()
    stale = dest.with_name(f".{dest.name}.0123abcd.part")
    stale.write_bytes(b"%PDF-1.7\n(cut off")
    before = PROCESS_STARTED - 60
    os.utime(stale, (before, before))
    with Database.open(db_path) as db:
        Services.create(db, TESTER).exports.export_score_sheet(inspection_id, dest)
    qpdf_check(dest)
    assert not stale.exists(), "the next export removes a killed export's temporary file"
