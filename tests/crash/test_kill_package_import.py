"""SIGKILL during a package import: the package is in completely or not at all, and the
photo store agrees with the rows after the next start's tidying."""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections import defaultdict
from contextlib import closing
from pathlib import Path

import pytest

from meihao_desktop.exchange import Action, read_package
from meihao_desktop.store.db import Database
from tests.crash.killing import Worker, run_python
from tests.crash.scenarios import base_database, integrity, laptop_package, store_problems

PHOTOS = 20


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The bureau's database before the import, and a laptop's package for it."""
    folder = tmp_path_factory.mktemp("package")
    base = folder / "base.sqlite"
    base_database(base)
    return base, laptop_package(base, folder / "laptop", PHOTOS).path


def added_rows(db_path: Path, package: Path) -> dict[str, list[str]]:
    """Per table, the ids of the rows the import will add (the package's community,
    campaign and inspector came from the bureau: unchanged)."""
    with Database.open(db_path) as db:
        preview = read_package(package, db)
    added: dict[str, list[str]] = defaultdict(list)
    for plan in preview.plans:
        assert plan.action in (Action.ADD, Action.UNCHANGED)
        if plan.action is Action.ADD:
            added[plan.incoming.table].append(plan.incoming.id)
    return added


def present(db_path: Path, added: dict[str, list[str]]) -> dict[str, int]:
    """Per table, how many of ``added``'s rows the database holds."""
    with closing(sqlite3.connect(db_path)) as connection:
        return {
            table: connection.execute(
                f"SELECT COUNT(*) FROM {table} WHERE id IN ({','.join('?' * len(ids))})", ids
            ).fetchone()[0]
            for table, ids in added.items()
        }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "late", "linger"),
    [(31, False, 0.01), (32, False, 0.01), (33, False, 0.01), (34, True, 0.02), (35, True, 0.3)],
)
def test_a_killed_package_import_is_all_or_nothing(
    made: tuple[Path, Path], tmp_path: Path, seed: int, late: bool, linger: float
) -> None:
    rnd = random.Random(seed)
    base, package = made
    db_path = tmp_path / "bureau.sqlite"
    shutil.copy(base, db_path)
    added = added_rows(db_path, package)
    assert len(added["photo"]) == PHOTOS
    assert len(added["finding"]) == 25
    nothing = dict.fromkeys(added, 0)
    everything = {table: len(ids) for table, ids in added.items()}

    worker = Worker.python(
        "tests.crash.package_worker", str(db_path), str(package), log=tmp_path / "worker.log"
    )
    # mid-transaction: some originals landed; late: all landed, then the rows are written
    # and committed (within ~20 ms), then the display copies made (~1 s)
    wanted = PHOTOS if late else rnd.randint(1, PHOTOS - 2)
    worker.wait_for(lambda lines: f"landed {wanted}" in lines)
    worker.linger(rnd.uniform(0, linger))
    lines = worker.kill()
    applied = "applied" in lines

    assert integrity(db_path) == "ok"
    counts = present(db_path, added)
    assert counts in (nothing, everything), counts
    if applied:
        assert counts == everything
    run_python("tests.crash.tidy_photos", str(db_path))
    # display copies are made after the commit and again on demand: originals suffice
    assert store_problems(db_path, derivatives=False) == []
    assert integrity(db_path) == "ok"
