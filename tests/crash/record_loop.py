"""Crash-test worker: records findings through the services forever, printing each id.

An id is printed only after ``record_finding`` has returned, i.e. after its commit; the
test kills this process with SIGKILL and then checks that every printed id survived.
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path

from meihao_desktop.services import Actor, Services
from meihao_desktop.store.db import Database


def main(db_path: Path, inspection_id: str) -> None:
    db = Database.open(db_path)
    services = Services.create(db, Actor("崩溃测试", "test"))
    items = [item.code for item in services.catalog.get("meihao-2024").items]
    for n in count():
        code = items[n % len(items)]
        points = f"{(n % 21) / 2}"
        finding = services.inspections.record_finding(
            inspection_id, code, points=points, text=f"第 {n} 次记录"
        )
        print(f"{finding.id} {code} {points} {n}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
