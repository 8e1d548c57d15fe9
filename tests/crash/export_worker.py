"""Crash-test worker: exports PDFs over and over to the same place.

``score-sheet DB INSPECTION DEST [KEY PASSPHRASE]``: ``ExportService.export_score_sheet``
to ``DEST`` in a loop (signed when a key is given), printing ``exported n`` after each.
``district DB CAMPAIGN FOLDER``: ``export_district`` (forms drawn in worker processes)
into ``FOLDER`` in a loop, printing ``wrote NAME`` per file and ``round n`` per run.
Both print ``ready`` first, once the database is open.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from meihao_desktop.services import Services
from meihao_desktop.signing.request import SignRequest
from meihao_desktop.store.db import Database
from tests.crash.scenarios import TESTER


def score_sheets(
    services: Services, inspection_id: str, dest: Path, sign: SignRequest | None
) -> None:
    for n in count():
        services.exports.export_score_sheet(inspection_id, dest, sign)
        print(f"exported {n}", flush=True)


def district(services: Services, campaign_id: str, folder: Path) -> None:
    def progress(_done: int, _total: int, path: Path) -> None:
        print(f"wrote {path.name}", flush=True)

    for n in count():
        services.exports.export_district(campaign_id, folder, workers=2, progress=progress)
        print(f"round {n}", flush=True)


def main(mode: str, db_path: Path, key: str, target: Path, *signing: str) -> None:
    services = Services.create(Database.open(db_path), TESTER)
    print("ready", flush=True)
    if mode == "district":
        district(services, key, target)
    else:
        sign = SignRequest(Path(signing[0]), signing[1], reason="崩溃测试") if signing else None
        score_sheets(services, key, target, sign)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]), sys.argv[3], Path(sys.argv[4]), *sys.argv[5:])
