"""`sunlight demo`: fill a training database (培训库)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.errors import InvalidInput
from app.timesource import current_time

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="建立培训库：导入示例制度目录、演示用户和示例办件",
        description="建立培训库：导入示例制度目录、演示处室和用户（密码 sunlight-demo），"
        "并生成分布在最近12个月的示例办件。已有正式数据的数据库不会被改动。",
    )
    parser.add_argument("--cases", type=int, default=200, metavar="N", help="生成的示例办件数（默认 200）")
    parser.add_argument(
        "--if-empty",
        action="store_true",
        help="仅当数据库还没有任何数据时才生成（make run 首次运行时使用）",
    )
    parser.set_defaults(handler=_demo, creates_database=True)


def _demo(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.demo import build_training_database, database_is_empty

    if args.cases < 0:
        raise InvalidInput("--cases 不能为负数。")
    if args.if_empty and not database_is_empty(ctx.workspace):
        print(f"数据库 {ctx.workspace.display_name} 已有数据，未生成演示数据。", file=ctx.out)
        return 0

    def progress(done: int, total: int) -> None:
        step = 50 if total <= 2000 else 1000
        if done % step == 0 or done == total:
            print(f"已生成 {done}/{total} 件……", file=ctx.err)

    report = build_training_database(ctx.workspace, cases=args.cases, now=current_time(), progress=progress)
    print(
        f"培训库已就绪：{ctx.workspace.display_name}\n"
        f"制度 {report.regulations} 项，用户 {report.users} 个（管理员 admin，密码 sunlight-demo），"
        f"本次生成示例办件 {report.cases} 件。",
        file=ctx.out,
    )
    return 0
