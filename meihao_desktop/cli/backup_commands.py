"""The CLI's ``backup`` subcommands: make, list and restore backups; move the data folder.

Each returns (JSON-able data, human-readable text), as ``commands`` does. Restoring
works on the file directly: no other program may have the database open meanwhile.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from meihao_desktop.services.backups import Backup, BackupPreview, BackupService

Result = tuple[Any, str]
REASON_NAMES = {
    "startup": "启动时",
    "migration": "升级前",
    "package-import": "导入数据包前",
    "manual": "手动",
    "before-restore": "恢复前",
}


def backup(args: argparse.Namespace, db_path: Path) -> Result:
    service = BackupService(db_path)
    if args.action == "create":
        made = service.create("manual")
        return _backup_json(service.find(made.name)), f"已备份：{made}"
    if args.action == "list":
        found = service.list()
        lines = [_backup_line(item) for item in found] or [f"还没有备份（{service.folder}）"]
        return [_backup_json(item) for item in found], "\n".join(lines)
    if args.action == "restore":
        chosen = service.find(args.backup)
        before = service.restore(chosen)
        data = {"restored": chosen.name, "database": str(db_path), "before_restore": _str(before)}
        kept = f"；恢复前的数据已备份为 {before.name}" if before else ""
        return data, f"已用备份 {chosen.name} 恢复数据库 {db_path}{kept}"
    return _data_folder(args, db_path)


def _data_folder(args: argparse.Namespace, db_path: Path) -> Result:
    from meihao_desktop.paths import data_dir
    from meihao_desktop.services.backups import export_data_folder, import_data_folder

    keys = data_dir() / "keys"
    if args.action == "export":
        written = export_data_folder(db_path, Path(args.output), keys_dir=keys)
        return {"path": str(written)}, f"已导出数据文件夹：{written}"
    target = Path(args.into) if args.into else db_path.parent
    result = import_data_folder(Path(args.file), target, keys_dir=keys, replace=args.replace)
    data = {
        "database": str(result.db_path),
        "photos_added": result.photos_added,
        "keys_added": result.keys_added,
        "keys_kept": result.keys_kept,
        "replaced_backup": _str(result.replaced_backup),
    }
    added = f"照片 {result.photos_added} 个，密钥 {result.keys_added} 个"
    text = f"已导入到 {result.db_path}（{added}）"
    return data, text


def _str(path: Path | None) -> str | None:
    return str(path) if path is not None else None


def _preview_json(preview: BackupPreview | None) -> dict[str, Any] | None:
    if preview is None:
        return None
    newest = preview.newest_inspection
    return {
        "communities": preview.communities,
        "inspections": preview.inspections,
        "findings": preview.findings,
        "photos": preview.photos,
        "newest_inspection": newest.isoformat() if newest else None,
        "schema_revision": preview.revision,
    }


def _backup_json(item: Backup) -> dict[str, Any]:
    return {
        "name": item.name,
        "path": str(item.path),
        "created_at": item.created_at.isoformat(),
        "reason": item.reason,
        "size": item.size,
        "preview": _preview_json(item.preview),
    }


def _backup_line(item: Backup) -> str:
    when = item.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    reason = REASON_NAMES.get(item.reason, item.reason)
    preview = item.preview
    if preview is None:
        holds = "无法读取"
    else:
        newest = preview.newest_inspection.isoformat() if preview.newest_inspection else "—"
        holds = (
            f"{preview.communities} 个小区，{preview.inspections} 次考察，"
            f"{preview.photos} 张照片，最近考察 {newest}"
        )
    return f"{when}  {reason}  {holds}  {item.name}"
