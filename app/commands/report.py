"""`sunlight report …`: the monthly Excel report and the open-government publication list."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.commands import acting_user
from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "report", help="报表：月度统计、办件公示", description="报表：月度统计、办件公示。"
    )
    commands = parser.add_subparsers(dest="report_command", metavar="COMMAND", required=True)
    monthly = commands.add_parser(
        "monthly",
        help="生成月度统计报表（Excel）",
        description="生成月度统计报表（Excel），口径见 docs/reports.md。",
    )
    monthly.add_argument("--month", required=True, metavar="YYYY-MM", help="统计月份，如 2026-03")
    monthly.add_argument("--division", metavar="CODE", help="只统计一个处室（处室负责人只能统计本处室）")
    monthly.add_argument("--out", required=True, metavar="FILE.xlsx", help="输出文件")
    monthly.set_defaults(handler=_monthly)
    publish = commands.add_parser(
        "publish",
        help="生成办件公示清单（CSV 或 PDF）",
        description="生成本月办件公示清单；自然人申请人只公开姓氏，不含证件号码、电话和地址。",
    )
    publish.add_argument("--month", required=True, metavar="YYYY-MM", help="公示月份，如 2026-03")
    publish.add_argument("--division", metavar="CODE", help="只列一个处室")
    publish.add_argument("--out", required=True, metavar="FILE.csv|FILE.pdf", help="输出文件")
    publish.set_defaults(handler=_publish)


def _monthly(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.monthly import write_monthly_report

    if not args.out.lower().endswith(".xlsx"):
        raise InvalidInput("月度报表的文件名须以 .xlsx 结尾。", field="out")
    with ctx.workspace.reading_sessions() as session:
        actor = acting_user(session, ctx)
        result = write_monthly_report(session, actor, args.month, args.out, division_code=args.division)
    t = result.total
    rate = f"{t.on_time_rate:.1%}" if t.on_time_rate is not None else "—"
    print(
        f"已生成 {result.month} 月度报表：{result.path}（办件明细 {result.cases} 件；收件 {t.received}，"
        f"办结 {t.completed}，按时办结率 {rate}）。",
        file=ctx.out,
    )
    return 0


def _publish(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.reports.publication import write_publication

    with ctx.workspace.reading_sessions() as session:
        actor = acting_user(session, ctx)
        result = write_publication(session, actor, args.month, args.out, division_code=args.division)
    print(f"已生成 {result.month} 办件公示清单：{result.path}（{result.cases} 件）。", file=ctx.out)
    return 0
