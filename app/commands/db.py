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
    upgrade.set_defaults(handler=_upgrade)


def _upgrade(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace  # opening migrates to head
    print(
        f"数据库 {workspace.display_name} 已是最新结构（{current_revision(workspace.engine)}，"
        f"程序要求 {head_revision()}）。",
        file=ctx.out,
    )
    return 0
