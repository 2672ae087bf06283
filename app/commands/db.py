"""`sunlight db …`: schema maintenance."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from db.migrate import current_revision, head_revision

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("db", help="数据库维护", description="数据库维护。")
    commands = parser.add_subparsers(dest="db_command", metavar="COMMAND", required=True)
    upgrade = commands.add_parser(
        "upgrade",
        help="把数据库结构升级到本程序的版本",
        description="把数据库结构升级到本程序的版本（空库则新建）。",
    )
    upgrade.set_defaults(handler=_upgrade, creates_database=True)
    copy = commands.add_parser(
        "copy",
        help="把整个数据库复制到另一个空数据库（如单机 SQLite 迁入 PostgreSQL）",
        description="把 --from 数据库的全部表复制到 --to 指定的空数据库，保留全部编号（id），"
        "重置 PostgreSQL 序列，然后核对每张表的行数并校验审计日志的哈希链。"
        "处室增多、由单机版改用 PostgreSQL 时使用。复制期间请停止在源数据库上办件。",
    )
    copy.add_argument("--from", dest="source", required=True, metavar="URL", help="源数据库地址")
    copy.add_argument("--to", dest="target", required=True, metavar="URL", help="目标数据库地址（须为空库）")
    copy.set_defaults(handler=_copy)


def _upgrade(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace  # opening migrates to head
    print(
        f"数据库 {workspace.display_name} 已是最新结构（{current_revision(workspace.engine)}，"
        f"程序要求 {head_revision()}）。",
        file=ctx.out,
    )
    return 0


def _copy(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.backup import copy_database, display_url
    from app.connection import typed_database_url

    args.source, args.target = typed_database_url(args.source), typed_database_url(args.target)
    outcome = copy_database(args.source, args.target)
    print(
        f"已把 {display_url(args.source)} 复制到 {display_url(args.target)}：{len(outcome.row_counts)} 张表，"
        f"共 {outcome.total_rows} 行，结构版本 {outcome.revision}。\n{outcome.audit_message}",
        file=ctx.out,
    )
    return 0 if outcome.audit_ok else 1
