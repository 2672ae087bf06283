"""`sunlight complaint …`: register and handle complaints (投诉) from scripts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.commands import acting_user, print_record, print_records

if TYPE_CHECKING:
    from app.cli import CliContext

CHANNELS = ("phone", "letter", "visit", "online")
OUTCOMES = ("substantiated", "partly", "not")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "complaint", help="投诉：登记、调查、办结", description="投诉：登记、调查、办结。"
    )
    commands = parser.add_subparsers(dest="complaint_command", metavar="COMMAND", required=True)

    add = commands.add_parser(
        "add", help="登记一件投诉", description="登记一件投诉；办理期限按投诉受理办法计算。"
    )
    add.add_argument("--channel", required=True, choices=CHANNELS, help="渠道：电话、信函、来访、网上")
    add.add_argument("--complainant", required=True, metavar="NAME", help="投诉人（匿名可填“匿名”）")
    add.add_argument("--contact", default="", metavar="TEXT", help="联系方式")
    add.add_argument("--content", required=True, metavar="TEXT", help="投诉事项和主要事实")
    add.add_argument("--case", metavar="NUMBER", help="涉及的办件编号")
    add.add_argument("--division", metavar="CODE", help="涉及的处室代码（未涉及具体办件时）")
    add.add_argument("--json", action="store_true", help="以 JSON 输出")
    add.set_defaults(handler=_add)

    list_ = commands.add_parser("list", help="列出投诉", description="列出本人监督范围内的投诉，最新的在前。")
    list_.add_argument("--open", action="store_true", help="只列出办理中的投诉")
    list_.add_argument("--json", action="store_true", help="以 JSON 输出")
    list_.set_defaults(handler=_list)

    investigate = commands.add_parser("investigate", help="记录调查核实情况")
    investigate.add_argument("id", type=int, metavar="ID", help="投诉序号")
    investigate.add_argument("--notes", required=True, metavar="TEXT", help="调查核实情况")
    investigate.add_argument("--json", action="store_true", help="以 JSON 输出")
    investigate.set_defaults(handler=_investigate)

    conclude = commands.add_parser(
        "conclude", help="办结投诉", description="办结投诉；属实或部分属实的自动生成责任追究事项。"
    )
    conclude.add_argument("id", type=int, metavar="ID", help="投诉序号")
    conclude.add_argument("--outcome", required=True, choices=OUTCOMES, help="属实、部分属实、不属实")
    conclude.add_argument("--reply", required=True, metavar="TEXT", help="答复投诉人的内容")
    conclude.add_argument("--notes", default="", metavar="TEXT", help="补充调查核实情况")
    conclude.add_argument("--json", action="store_true", help="以 JSON 输出")
    conclude.set_defaults(handler=_conclude)


def _line(info) -> str:  # type: ignore[no-untyped-def]
    case = f" 办件 {info.case_number}" if info.case_number else ""
    return (
        f"投诉 {info.id}（{info.channel_label}）{info.complainant}{case} {info.status_label} "
        f"期限 {info.due.isoformat()} {info.time_text}"
    )


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.complaints import complaint_info, register_complaint

    with ctx.workspace.transaction() as session:
        actor = acting_user(session, ctx)
        complaint = register_complaint(
            session,
            actor,
            channel=args.channel,
            complainant=args.complainant,
            contact=args.contact,
            content=args.content,
            case_number=args.case,
            division_code=args.division,
        )
        info = complaint_info(session, actor, complaint.id)
    print_record(ctx, info, args.json, _line)
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.complaints import list_complaints

    with ctx.workspace.reading_sessions() as session:
        infos = list_complaints(session, acting_user(session, ctx), open_only=args.open)
    print_records(ctx, infos, args.json, _line, empty="没有投诉。")
    return 0


def _investigate(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.complaints import complaint_info, record_investigation

    with ctx.workspace.transaction() as session:
        actor = acting_user(session, ctx)
        record_investigation(session, actor, args.id, args.notes)
        info = complaint_info(session, actor, args.id)
    print_record(ctx, info, args.json, _line)
    return 0


def _conclude(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.complaints import complaint_info, conclude_complaint

    with ctx.workspace.transaction() as session:
        actor = acting_user(session, ctx)
        result = conclude_complaint(
            session, actor, args.id, outcome=args.outcome, reply=args.reply, investigation=args.notes
        )
        info = complaint_info(session, actor, args.id)
        item_id = result.accountability.id if result.accountability else None
    print_record(ctx, info, args.json, _line)
    if item_id is not None and not args.json:
        print(f"已生成责任追究事项 {item_id}。", file=ctx.out)
    return 0
