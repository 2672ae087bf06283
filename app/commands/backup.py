"""`sunlight backup --out FILE` and `sunlight restore FILE`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app import backup as backups
from app.workspace_checks import network_share_warning
from db.engine import resolve_database_url

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    make = subparsers.add_parser(
        "backup",
        help="备份数据库",
        description="为当前数据库做一致的在线备份（其他工作站可以继续办件）。SQLite 使用其在线备份接口；"
        "PostgreSQL 在装有 pg_dump 时用 pg_dump（自定义格式），否则做一致的逻辑导出。",
    )
    make.add_argument("--out", required=True, metavar="FILE", help="备份文件（不得已存在）")
    make.add_argument(
        "--format",
        choices=("auto", "sqlite", "pg_dump", "logical"),
        default="auto",
        help="备份格式（默认 auto）；logical 为与数据库种类无关的逻辑导出，可恢复到 SQLite 或 PostgreSQL",
    )
    make.set_defaults(handler=_backup)

    back = subparsers.add_parser(
        "restore",
        help="把备份恢复到一个空数据库",
        description="把备份文件恢复到 --db 指定的空数据库（新的 SQLite 文件，或没有任何表的 PostgreSQL "
        "数据库），然后校验审计日志的哈希链。目标数据库已有表时拒绝恢复。",
    )
    back.add_argument("file", metavar="FILE", help="备份文件")
    back.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace, ctx: CliContext) -> int:
    backups.require_source(resolve_database_url(ctx.db_url))  # before opening it creates it
    ctx.require_admin("edit_settings")
    url = ctx.workspace.url
    warning = network_share_warning(url)
    if warning:
        print(f"警告：{warning}", file=ctx.err)
    outcome = backups.backup(url, args.out, fmt=args.format)
    labels = {"sqlite": "SQLite 在线备份", "pg_dump": "pg_dump 自定义格式", "logical": "逻辑导出"}
    rows = f"，共 {outcome.total_rows} 行" if outcome.row_counts else ""
    print(
        f"已备份 {ctx.workspace.display_name} 到 {outcome.path}（{labels[outcome.kind]}，"
        f"结构版本 {outcome.revision}{rows}）。",
        file=ctx.out,
    )
    return 0


def _restore(args: argparse.Namespace, ctx: CliContext) -> int:
    # The target is empty: there is no one to log in as, and opening it as a workspace would
    # create a schema. Use the URL only.
    url = resolve_database_url(ctx.db_url)
    outcome = backups.restore(args.file, url)
    print(
        f"已把 {args.file} 恢复到 {backups.display_url(url)}（结构版本 {outcome.revision}，"
        f"共 {outcome.total_rows} 行）。\n{outcome.audit_message}",
        file=ctx.out,
    )
    return 0 if outcome.audit_ok else 1
