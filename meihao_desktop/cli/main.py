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
    return parser


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
    try:
        return _run_command(args, db_path)
    except MeihaoError as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader (`| head`) went away: not an error of ours. Silence the final flush.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0


def _run_command(args: argparse.Namespace, db_path: Path) -> int:
    from meihao_desktop.cli import commands

    handlers: dict[str, Callable[[argparse.Namespace, Path], tuple[Any, str]]] = {
        "demo": commands.demo,
        "standards": commands.standards,
        "communities": commands.communities,
        "inspections": commands.inspections,
        "score": commands.score,
        "record": commands.record,
    }
    data, text = handlers[args.command](args, db_path)
    _emit(args, data, text)
    return 0
