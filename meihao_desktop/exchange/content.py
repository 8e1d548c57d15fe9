"""data.json of a package: every row checked, and the rows checked against each other.

A package must be self-contained and consistent before it is compared with the
database: ids unique, every reference pointing at a row in the package, no two rows
sharing what must be unique (one finding per item of an inspection), the manifest's
list of inspections matching the data, and every photo record matching a photo file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from meihao_desktop.exchange.errors import PackageError
from meihao_desktop.exchange.layout import DATA
from meihao_desktop.exchange.manifest import Manifest, strict_json
from meihao_desktop.exchange.rows import BY_NAME, TABLES, RowRecord, from_wire
from meihao_desktop.media.formats import extension_for

Rows = Mapping[str, tuple[RowRecord, ...]]


def parse_data(data: bytes, where: str) -> dict[str, tuple[RowRecord, ...]]:
    """Parse data.json into checked rows, by table."""
    document = strict_json(data, DATA, where)
    expected = {spec.name for spec in TABLES}
    if not isinstance(document, dict) or set(document) != expected:
        found = sorted(document) if isinstance(document, dict) else type(document).__name__
        raise PackageError(f"{DATA} 的结构不对（表：{found}）", where=where, kind="types")
    rows: dict[str, tuple[RowRecord, ...]] = {}
    for spec in TABLES:
        raw_rows = document[spec.name]
        if not isinstance(raw_rows, list):
            raise PackageError(f"{DATA} 中的 {spec.name} 应为数组", where=where, kind="types")
        rows[spec.name] = tuple(
            from_wire(spec, raw, position, where) for position, raw in enumerate(raw_rows, 1)
        )
    return rows


def check_consistency(
    rows: Rows, manifest: Manifest, photo_files: Mapping[str, str], where: str
) -> None:
    """``photo_files``: sha256 → extension of the photo members."""
    _check_unique_ids(rows, where)
    _check_references(rows, where)
    _check_unique_keys(rows, where)
    inspections = sorted(row.id for row in rows["inspection"])
    if not inspections:
        raise PackageError("包中没有考察记录", where=where, kind="empty")
    if inspections != sorted(manifest.inspections):
        raise PackageError("清单所列的考察记录与数据不一致", where=where, kind="inconsistent")
    _check_photos(rows["photo"], photo_files, where)


def _check_unique_ids(rows: Rows, where: str) -> None:
    counts = Counter(row.id for table in rows.values() for row in table)
    repeated = sorted(row_id for row_id, n in counts.items() if n > 1)
    if repeated:
        raise PackageError(f"{DATA} 中编号 {repeated[0]} 重复出现", where=where, kind="duplicate")


def _check_references(rows: Rows, where: str) -> None:
    ids = {table: {row.id for row in table_rows} for table, table_rows in rows.items()}
    for spec in TABLES:
        for row in rows[spec.name]:
            for column, target in spec.references:
                value = row.values[column]
                if value is not None and value not in ids[target]:
                    raise PackageError(
                        f"{spec.label} {row.id} 引用的{BY_NAME[target].label} {value} 不在包中",
                        where=where,
                        kind="inconsistent",
                    )


def _check_unique_keys(rows: Rows, where: str) -> None:
    for spec in TABLES:
        for key in spec.unique_keys:
            counts = Counter(tuple(row.values[c] for c in key) for row in rows[spec.name])
            if any(n > 1 for n in counts.values()):
                raise PackageError(
                    f"{DATA} 中有重复的{spec.label}（{'、'.join(key)} 相同）",
                    where=where,
                    kind="duplicate",
                )


def _check_photos(
    photos: tuple[RowRecord, ...], photo_files: Mapping[str, str], where: str
) -> None:
    referenced = set()
    for photo in photos:
        sha256 = str(photo.values["sha256"])
        extension = photo_files.get(sha256)
        if extension is None:
            name = photo.values["original_name"]
            raise PackageError(
                f"缺少照片文件：{name}（{sha256[:12]}…）", where=where, kind="missing_photo"
            )
        if extension != extension_for(str(photo.values["media_type"])):
            raise PackageError(
                f"照片 {sha256[:12]}… 的文件类型与记录不符", where=where, kind="inconsistent"
            )
        referenced.add(sha256)
    unused = sorted(set(photo_files) - referenced)
    if unused:
        raise PackageError(
            f"包中的照片文件 {unused[0][:12]}… 没有对应的照片记录", where=where, kind="extra"
        )
