"""The ``meihao`` command: the GUI with no subcommand, headless work with one.

User errors print one line in Chinese on stderr and exit with status 2; no traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from meihao_desktop.domain.errors import MeihaoError

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USER_ERROR, f"参数错误：{message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="meihao", description="美好家园考察评审：现场考察、评分与推荐表。")
    parser.add_argument("--db", help="数据库文件（默认：环境变量 MEIHAO_DB，否则用户数据目录）")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)

    demo = sub.add_parser("demo", help="写入演示数据（已存在则不重复写入）")
    demo.add_argument("--json", action="store_true")

    standards = sub.add_parser("standards", help="评分标准").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    standards.add_parser("list", help="列出评分标准").add_argument("--json", action="store_true")
    check = standards.add_parser("check", help="检查一个评分标准文件（TOML）")
    check.add_argument("file")
    check.add_argument("--json", action="store_true")
    show = standards.add_parser("show", help="显示一个评分标准")
    show.add_argument("standard_id")
    show.add_argument("--json", action="store_true")
    _add_standards_io_parsers(standards)

    communities = sub.add_parser("communities", help="小区").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    listing = communities.add_parser("list", help="列出小区")
    listing.add_argument("--search", default="")
    listing.add_argument("--json", action="store_true")

    inspections = sub.add_parser("inspections", help="考察记录").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    inspections.add_parser("list", help="列出考察记录").add_argument("--json", action="store_true")
    detail = inspections.add_parser("show", help="显示一次考察的评分记录")
    detail.add_argument("inspection_id")
    detail.add_argument("--json", action="store_true")

    score = sub.add_parser("score", help="计算一次考察的得分")
    score.add_argument("inspection_id")
    score.add_argument("--json", action="store_true")

    record = sub.add_parser("record", help="记录一项评分")
    record.add_argument("inspection_id")
    record.add_argument("item_code")
    what = record.add_mutually_exclusive_group(required=True)
    what.add_argument("--points", help="得分，如 8.5")
    what.add_argument("--level", help="等级，如 较好（等级评分项）")
    what.add_argument("--na", action="store_true", help="标记为不适用")
    record.add_argument("--text", help="考察发现")
    record.add_argument("--json", action="store_true")
    exports = _add_forms_parsers(sub)
    _add_exchange_parsers(sub, exports)
    _add_backup_parsers(sub)
    return parser


def _add_backup_parsers(sub: Any) -> None:
    """Backups of the database and moving the data folder (``backup_commands``)."""
    backup = sub.add_parser("backup", help="备份与恢复").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    create = backup.add_parser("create", help="立即备份数据库")
    listing = backup.add_parser("list", help="列出备份及其内容")
    restore = backup.add_parser("restore", help="用备份恢复数据库（先自动备份当前数据）")
    restore.add_argument("backup", help="备份文件名（见 backup list）")
    export = backup.add_parser("export", help="把数据库、照片和密钥导出为一个 zip（换电脑用）")
    export.add_argument("-o", "--output", required=True, help="zip 文件")
    into = backup.add_parser("import", help="从 zip 导入数据文件夹")
    into.add_argument("file")
    into.add_argument("--into", help="目标文件夹（默认：数据库所在的文件夹）")
    into.add_argument("--replace", action="store_true", help="替换已有数据的数据库（先自动备份）")
    for command in (create, listing, restore, export, into):
        command.add_argument("--json", action="store_true")


def _add_standards_io_parsers(standards: Any) -> None:
    """Standards to and from Excel (handled by ``exchange_commands.standards_io``)."""
    imported = standards.add_parser("import", help="从 Excel 导入评分标准（存入用户数据目录）")
    imported.add_argument("file")
    imported.add_argument("--replace", action="store_true", help="替换此前导入的同编号标准")
    exported = standards.add_parser("export", help="把评分标准导出为 Excel")
    exported.add_argument("standard_id")
    exported.add_argument("-o", "--output", required=True, help="Excel 文件（.xlsx）")
    for command in (imported, exported):
        command.add_argument("--json", action="store_true")
        command.set_defaults(handler="standards_io")


def _add_exchange_parsers(sub: Any, exports: Any) -> None:
    """Exchange packages, compiling a campaign, the summary workbook."""
    package = sub.add_parser("package", help="数据包（.meihao）").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    out = package.add_parser("export", help="导出考察记录为数据包")
    out.add_argument("inspection_ids", nargs="*", metavar="INSPECTION_ID")
    out.add_argument("--all", action="store_true", help="导出全部考察记录")
    out.add_argument("-o", "--output", required=True, help="数据包文件（.meihao）")
    out.add_argument("--name", help="导出人姓名（默认：考察人员或系统用户名）")
    _add_sign_options(out)
    into = package.add_parser("import", help="导入数据包（先校验，再合并）")
    into.add_argument("file")
    into.add_argument("--dry-run", action="store_true", help="只校验和预览，不写入")
    into.add_argument("--take", choices=("local", "incoming"), help="冲突时保留本机或采用包中")
    key = package.add_parser("key", help="显示本机设备密钥的指纹")
    for command in (out, into, key):
        command.add_argument("--json", action="store_true")

    compiled = sub.add_parser("compile", help="汇总评选活动的得分与排名")
    compiled.add_argument("--campaign", help="评选活动编号（默认：最近的活动）")
    compiled.add_argument("--district", help="只看此区县")
    compiled.add_argument("--street", help="只看此街道")
    compiled.add_argument("--json", action="store_true")

    summary = exports.add_parser("summary", help="导出汇总表、红黑榜、明细和问题台账（Excel）")
    summary.add_argument("--campaign", help="评选活动编号（默认：最近的活动）")
    summary.add_argument("-o", "--output", required=True, help="Excel 文件（.xlsx）")
    summary.add_argument("--red", default="90", help="红榜分数线（默认 90）")
    summary.add_argument("--black", default="70", help="黑榜分数线（默认 70）")
    summary.add_argument("--json", action="store_true")
    summary.set_defaults(handler="export_summary")


def _add_sign_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sign", metavar="P12", help="用此密钥文件（.p12）加数字签名")
    parser.add_argument("--passphrase-file", help="密钥口令所在的文件（第一行）")


def _add_forms_parsers(sub: Any) -> Any:
    """The PDF forms, digital signatures and signing keys; returns ``export``'s subparsers."""
    export = sub.add_parser("export", help="导出 PDF 表格").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    sheet = export.add_parser("score-sheet", help="导出一次考察的考察评分表")
    sheet.add_argument("inspection_id")
    sheet.add_argument("-o", "--output", required=True, help="PDF 文件")
    recommendation = export.add_parser("recommendation", help="导出一个小区的推荐表")
    recommendation.add_argument("community_id")
    recommendation.add_argument("--campaign", help="评选活动编号（小区只参加一个活动时可省略）")
    recommendation.add_argument("-o", "--output", required=True, help="PDF 文件")
    for form in (sheet, recommendation):
        _add_sign_options(form)
        form.add_argument("--json", action="store_true")

    verify = sub.add_parser("verify", help="检查 PDF 的数字签名（0 有效，1 被修改或损坏）")
    verify.add_argument("file")
    verify.add_argument("--json", action="store_true")

    keys = sub.add_parser("keys", help="数字签名密钥").add_subparsers(
        dest="action", required=True, parser_class=_Parser
    )
    create = keys.add_parser("create", help="创建个人密钥和自签名证书")
    create.add_argument("--name", required=True, help="姓名（证书 CN）")
    create.add_argument("--unit", default="", help="单位（证书 O）")
    create.add_argument("--type", choices=("rsa", "ec"), default="rsa", dest="key_type")
    create.add_argument("--passphrase-file", required=True, help="新口令所在的文件（第一行）")
    imported = keys.add_parser("import", help="导入 .p12/.pfx 密钥文件")
    imported.add_argument("file")
    imported.add_argument("--passphrase-file", required=True, help="口令所在的文件（第一行）")
    keys.add_parser("list", help="列出密钥").add_argument("--json", action="store_true")
    for command in (create, imported):
        command.add_argument("--json", action="store_true")
    return export


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(text)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from meihao_desktop.paths import resolve_db_path

    db_path = resolve_db_path(args.db)
    if args.command is None:
        from meihao_desktop.gui.app import run_gui

        return run_gui(db_path, sys.argv[:1])
    from meihao_desktop.diagnostics.logs import setup_logging
    from meihao_desktop.paths import data_dir

    logs = setup_logging(data_dir())
    try:
        return _run_command(args, db_path)
    except MeihaoError as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader (`| head`) went away: not an error of ours. Silence the final flush.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except Exception:
        # A bug: the traceback goes to stderr as always, and into the log file too.
        import logging

        logging.getLogger(__name__).exception("command %s failed", args.command)
        raise
    finally:
        logs.close()


def _run_command(args: argparse.Namespace, db_path: Path) -> int:
    from meihao_desktop.cli import backup_commands, commands, exchange_commands

    # A handler returns (data, text), or (data, text, exit status) when the answer
    # itself is a verdict (``verify``: 1 when a signature does not hold).
    handlers: dict[str, Callable[[argparse.Namespace, Path], tuple[Any, ...]]] = {
        "demo": commands.demo,
        "standards": commands.standards,
        "communities": commands.communities,
        "inspections": commands.inspections,
        "score": commands.score,
        "record": commands.record,
        "export": commands.export,
        "verify": commands.verify,
        "keys": commands.keys,
        "package": exchange_commands.package,
        "compile": exchange_commands.compile_campaign,
        # Subcommands of a shared command name their own handler (set_defaults).
        "export_summary": exchange_commands.export_summary,
        "standards_io": exchange_commands.standards_io,
        "backup": backup_commands.backup,
    }
    handler = getattr(args, "handler", None) or args.command
    data, text, *status = handlers[handler](args, db_path)
    _emit(args, data, text)
    return int(status[0]) if status else 0
