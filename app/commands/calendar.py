"""`sunlight calendar …`: the working-day calendar (import, export, arithmetic)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.calendar_store import (
    export_calendar_csv,
    import_calendar_csv,
    load_calendar,
    recompute_open_cases,
)
from app.commands import parse_date
from app.errors import InvalidInput
from app.files import read_file, spreadsheet_text, write_file

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "calendar",
        help="工作日历（节假日与调休）",
        description="工作日历：导入、导出节假日安排，计算工作日。",
    )
    commands = parser.add_subparsers(dest="calendar_command", metavar="COMMAND", required=True)

    imp = commands.add_parser(
        "import",
        help="从 CSV 文件导入节假日安排",
        description="导入 CSV 文件（date,kind,name；kind 为 holiday 或 workday）。文件涉及的每个年度，"
        "原有安排整体替换；文件有任何错误行则一律不导入，并列出错误行号。",
    )
    imp.add_argument("file", metavar="FILE.csv", help="CSV 文件（UTF-8）")
    imp.set_defaults(handler=_import, creates_database=True)

    exp = commands.add_parser(
        "export", help="导出某年的节假日安排为 CSV", description="导出某年的节假日安排为 CSV。"
    )
    exp.add_argument("--year", type=int, required=True, metavar="YYYY", help="年度")
    exp.add_argument("--out", metavar="FILE", help="输出文件；不指定则打印到屏幕")
    exp.set_defaults(handler=_export)

    add = commands.add_parser(
        "add",
        help="计算某日之后第 N 个工作日",
        description="输出 DATE 之后第 N 个工作日（DATE 当日不计）；加 --natural 则为 DATE 加 N 日，"
        "末日不是工作日的顺延至下一个工作日。",
    )
    add.add_argument("date", metavar="DATE", help="起算日期 YYYY-MM-DD")
    add.add_argument("n", type=int, metavar="N", help="天数")
    add.add_argument("--natural", action="store_true", help="按自然日计算（末日遇节假日顺延）")
    add.set_defaults(handler=_add)

    between = commands.add_parser(
        "between",
        help="计算两日之间的工作日数",
        description="输出 (DATE1, DATE2] 之间的工作日数：DATE1 当日不计，DATE2 当日计入。",
    )
    between.add_argument("date1", metavar="DATE1", help="YYYY-MM-DD")
    between.add_argument("date2", metavar="DATE2", help="YYYY-MM-DD")
    between.set_defaults(handler=_between)

    recompute = commands.add_parser(
        "recompute",
        help="重新计算在办件的办理期限",
        description="按当前工作日历重新计算全部在办件的期限和警示牌，列出期限有变化的办件（建议每日运行一次）。",
    )
    recompute.set_defaults(handler=_recompute)


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    text = spreadsheet_text(read_file(Path(args.file)))
    admin = ctx.require_admin("edit_calendar")
    with ctx.workspace.transaction() as session:
        change = import_calendar_csv(session, text, actor_id=admin.id if admin else None)
    years = "、".join(str(y) for y in change.years)
    print(f"已导入 {years} 年的节假日安排，共 {change.days} 个调整日期。", file=ctx.out)
    _print_moved(ctx, change.moved)
    return 0


def _export(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.workspace.sessions() as session:
        text = export_calendar_csv(session, args.year)
        provisional = load_calendar(session).is_provisional_year(args.year)
    if args.out:
        write_file(args.out, text)
        print(f"已导出 {args.year} 年的节假日安排到 {args.out}。", file=ctx.out)
    else:
        ctx.out.write(text)
    if provisional:
        print(f"注意：{args.year} 年的节假日安排尚未录入，按暂定规则（周一至周五上班）计算。", file=ctx.err)
    return 0


def _warn_provisional(ctx: CliContext, provisional: bool) -> None:
    if provisional:
        print("注意：计算涉及尚未录入节假日安排的年度，结果为暂定。", file=ctx.err)


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    start = parse_date(args.date, "date")
    with ctx.workspace.sessions() as session:
        calendar = load_calendar(session)
    if args.natural:
        if args.n < 0:
            raise InvalidInput("自然日天数不能为负数。", field="n")
        result = calendar.natural_period_end(start, args.n)
    else:
        result = calendar.add_working_days(start, args.n)
    print(result.isoformat(), file=ctx.out)
    _warn_provisional(ctx, calendar.is_provisional(start, result))
    return 0


def _between(args: argparse.Namespace, ctx: CliContext) -> int:
    first = parse_date(args.date1, "date1")
    second = parse_date(args.date2, "date2")
    with ctx.workspace.sessions() as session:
        calendar = load_calendar(session)
    print(calendar.working_days_between(first, second), file=ctx.out)
    _warn_provisional(ctx, calendar.is_provisional(first, second))
    return 0


def _recompute(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.workspace.transaction() as session:
        moved = recompute_open_cases(session)
    _print_moved(ctx, tuple(moved))
    return 0


def _print_moved(ctx: CliContext, moved: tuple[object, ...]) -> None:
    if not moved:
        print("在办件的办理期限均无变化。", file=ctx.out)
        return
    print(f"以下 {len(moved)} 件在办件的办理期限有变化（已记入各办件的办理记录）：", file=ctx.out)
    for change in moved:
        print(f"  {change.describe()}", file=ctx.out)  # type: ignore[attr-defined]
