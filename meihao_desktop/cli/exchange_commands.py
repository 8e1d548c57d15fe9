"""The CLI's exchange, compile and workbook subcommands: each returns (data, text) or
(data, text, exit status)."""

from __future__ import annotations

import argparse
import getpass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meihao_desktop.cli.commands import _passphrase, _services
from meihao_desktop.domain.errors import InvalidValueError
from meihao_desktop.domain.numbers import shown_str
from meihao_desktop.services import Actor, Services

if TYPE_CHECKING:
    from meihao_desktop.exchange import PackagePreview

EXIT_CONFLICTS = 3
Result = tuple[Any, ...]


def _keys_dir() -> Path:
    from meihao_desktop.paths import data_dir

    return data_dir() / "keys"


def package(args: argparse.Namespace, db_path: Path) -> Result:
    if args.action == "export":
        return _package_export(args, db_path)
    if args.action == "key":
        return _package_key()
    return _package_import(args, db_path)


def _package_key() -> Result:
    from meihao_desktop.exchange import device_key, fingerprint
    from meihao_desktop.exchange.keys import DEVICE_KEY_FILE

    keys_dir = _keys_dir()
    shown = fingerprint(device_key(keys_dir).public_key())
    data = {"fingerprint": shown, "path": str(keys_dir / DEVICE_KEY_FILE)}
    return data, f"本机设备密钥指纹：{shown}"


def _package_export(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.exchange import device_signer, export_package, key_file_signer
    from meihao_desktop.media.photo_store import PhotoStore

    if bool(args.all) == bool(args.inspection_ids):
        raise InvalidValueError("请给出考察记录编号，或用 --all 导出全部", where="参数")
    if args.sign:
        signer = key_file_signer(Path(args.sign), _passphrase(args.passphrase_file))
    else:
        signer = device_signer(_keys_dir(), args.name or getpass.getuser())
    with _services(db_path) as services:
        ids = None if args.all else list(args.inspection_ids)
        store = PhotoStore.beside(db_path)
        result = export_package(
            services.db, store, Path(args.output), ids, signer, inspector=args.name or ""
        )
    data = {
        "path": str(result.path),
        "inspections": result.inspections,
        "rows": result.rows,
        "photos": result.photos,
        "size": result.size,
        "signer": {"name": result.signer.name, "fingerprint": result.signer.fingerprint},
    }
    text = (
        f"已导出 {result.path}：{result.inspections} 次考察，{result.photos} 张照片"
        f"（签名人 {result.signer.name}，密钥指纹 {result.signer.fingerprint}）"
    )
    return data, text


def _package_import(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.exchange import discard_preview, read_package

    with _services(db_path) as services:
        preview = read_package(Path(args.file), services.db)
        try:
            return _apply_previewed(args, db_path, services, preview)
        finally:
            discard_preview(preview)  # staged photos not moved into the store


def _apply_previewed(
    args: argparse.Namespace, db_path: Path, services: Services, preview: PackagePreview
) -> Result:
    from meihao_desktop.cli.exchange_output import preview_json, preview_text, result_json
    from meihao_desktop.exchange import apply_package
    from meihao_desktop.media.photo_store import PhotoStore

    data: dict[str, Any] = {**preview_json(preview), "applied": False}
    lines = preview_text(preview)
    if args.dry_run:
        return data, "\n".join([*lines, "（试运行：未写入任何内容）"])
    if preview.conflicts and args.take is None:
        lines.append("有冲突，未导入。请用 --take local 或 --take incoming 选择处理方式。")
        return data, "\n".join(lines), EXIT_CONFLICTS
    resolutions = {conflict.key: args.take for conflict in preview.conflicts}
    actor = Actor(getpass.getuser(), "cli")
    store = PhotoStore.beside(db_path)
    result = apply_package(preview, services.db, store, actor, resolutions)
    data["applied"] = True
    data["result"] = result_json(result)
    done = "已导入" if result.changed else "没有需要导入的新内容（此前已导入）"
    return data, "\n".join([*lines, done])


def compile_campaign(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.cli.exchange_output import compilation_json
    from meihao_desktop.services.compile import UNRANKED, CompileService

    with _services(db_path) as services:
        compilation = CompileService(services.db, services.catalog).compile(
            args.campaign, district=args.district, street=args.street
        )
    lines = [f"{compilation.campaign}（{compilation.standard.title}）"]
    for row in compilation.rows:
        rank = UNRANKED.get(row.standing, "-") if row.rank is None else str(row.rank)
        reasons = "；".join(row.unranked_reasons)
        total = shown_str(row.total) or "—"
        lines.append(
            f"{rank}\t{row.community}\t{row.district}\t{total}\t{row.scorers} 人"
            + (f"\t{reasons}" if reasons else "")
        )
    return compilation_json(compilation), "\n".join(lines)


def _threshold(value: str, name: str) -> Decimal:
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise InvalidValueError(f"{value!r} 不是数字", where=name) from None
    if not number.is_finite():
        raise InvalidValueError(f"{value!r} 不是数字", where=name)
    return number


def export_summary(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.services.workbooks import export_summary as write_summary

    red, black = _threshold(args.red, "红榜分数线"), _threshold(args.black, "黑榜分数线")
    with _services(db_path) as services:
        result = write_summary(
            services.db, services.catalog, Path(args.output), args.campaign, red=red, black=black
        )
    data = {
        "path": str(result.path),
        "communities": result.communities,
        "inspections": result.inspections,
        "rectifications": result.rectifications,
    }
    return data, f"已导出 {result.path}（{result.communities} 个小区，{result.inspections} 次考察）"


def standards_io(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.services.catalog import default_catalog
    from meihao_desktop.services.standards_io import (
        export_standard_workbook,
        import_standard_workbook,
        save_imported_standard,
    )

    catalog = default_catalog()
    if args.action == "export":
        path = export_standard_workbook(catalog.get(args.standard_id), Path(args.output))
        return {"path": str(path)}, f"已导出 {path}"
    standard = import_standard_workbook(Path(args.file))
    folder = catalog.user_folder
    assert folder is not None  # default_catalog always has the user folder
    saved = save_imported_standard(
        standard, folder, shipped_ids=catalog.shipped_ids(), replace=args.replace
    )
    data = {"id": standard.id, "version": standard.version, "title": standard.title}
    return {
        **data,
        "path": str(saved),
    }, f"已导入评分标准 {standard.id}（{standard.title}）：{saved}"
