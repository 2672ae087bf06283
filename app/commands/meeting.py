"""`sunlight meeting …`: record collective-decision meetings, opinions and decisions; print minutes."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.commands import acting_user, parse_date, print_records
from app.files import write_file

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "meeting", help="集体决策会议", description="集体决策会议：登记会议、表态、决定、会议记录。"
    )
    commands = parser.add_subparsers(dest="meeting_command", metavar="COMMAND", required=True)

    record = commands.add_parser(
        "record", help="登记会议", description="登记已召开的会议；到会人数不足的不予登记。"
    )
    record.add_argument("--type", required=True, metavar="TYPE", help="会议类型：党组会、主任办公会、处务会")
    record.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="会议日期")
    record.add_argument("--title", default="", metavar="TEXT", help="会议名称")
    record.add_argument("--presiding", required=True, metavar="LOGIN", help="主持人登录名")
    record.add_argument("--member", action="append", default=[], metavar="LOGIN", help="到会人员（可重复）")
    record.add_argument(
        "--absent", action="append", default=[], metavar="LOGIN[:REASON]", help="缺席的应到会人员（可重复）"
    )
    record.add_argument(
        "--item",
        action="append",
        default=[],
        metavar="TITLE[|CASE]",
        help="议题，可用 | 附办件编号（可重复）",
    )
    record.add_argument("--personnel", action="store_true", help="议题为人事事项（须三分之二以上到会）")
    record.add_argument("--notes", default="", metavar="TEXT", help="其他记录")
    record.add_argument("--json", action="store_true", help="以 JSON 输出")
    record.set_defaults(handler=_record)

    opinion = commands.add_parser("opinion", help="登记参会人员意见（主持人末位表态）")
    opinion.add_argument("id", type=int, metavar="MEETING")
    opinion.add_argument("item", type=int, metavar="ITEM", help="议题序号")
    opinion.add_argument("--member", required=True, metavar="LOGIN")
    opinion.add_argument("--stance", required=True, choices=("agree", "disagree", "defer", "recused"))
    opinion.add_argument("--reason", default="", metavar="TEXT")
    opinion.add_argument("--json", action="store_true", help="以 JSON 输出")
    opinion.set_defaults(handler=_opinion)

    decide = commands.add_parser("decide", help="登记会议决定")
    decide.add_argument("id", type=int, metavar="MEETING")
    decide.add_argument("item", type=int, metavar="ITEM", help="议题序号")
    decide.add_argument("--decision", required=True, choices=("approved", "rejected", "deferred"))
    decide.add_argument("--text", required=True, metavar="TEXT", help="决定内容")
    decide.add_argument("--dissent", default="", metavar="TEXT", help="其他不同意见")
    decide.add_argument("--json", action="store_true", help="以 JSON 输出")
    decide.set_defaults(handler=_decide)

    show = commands.add_parser("show", help="查看会议记录")
    show.add_argument("id", type=int, metavar="MEETING")
    show.add_argument("--pdf", metavar="FILE.pdf", help="同时输出会议记录 PDF")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=_show)

    list_ = commands.add_parser("list", help="列出会议")
    list_.add_argument("--case", metavar="NUMBER", help="只列出研究该办件的会议")
    list_.add_argument("--json", action="store_true", help="以 JSON 输出")
    list_.set_defaults(handler=_list)


def _print_minutes(ctx: CliContext, record, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    if as_json:
        ctx.print_json(record.as_json())
        return
    out = ctx.out
    print(
        f"会议 {record.id}：{record.title}（{record.meeting_type}，{record.held_on.isoformat()}）", file=out
    )
    print(f"主持人 {record.presiding}；{record.quorum.text}", file=out)
    for item in record.items:
        case = f"（办件 {item.case_number}）" if item.case_number else ""
        print(f"  议题{item.seq}：{item.title}{case} — {item.decision_label}", file=out)
        for o in item.opinions:
            print(
                f"    {o.seq}. {o.name}{'（主持人）' if o.presiding else ''}：{o.stance_label} {o.reason}",
                file=out,
            )


def _record(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.meetings import ItemInput, MemberInput, minutes, record_meeting

    held_on = parse_date(args.date, "held_on", what="会议日期", example="2026-03-02")
    members = [MemberInput(login) for login in args.member]
    for raw in args.absent:
        login, _, reason = raw.partition(":")
        members.append(MemberInput(login, attended=False, absence_reason=reason))
    if args.presiding not in args.member:
        members.insert(0, MemberInput(args.presiding))
    items = []
    for raw in args.item:
        title, _, case = raw.partition("|")
        items.append(ItemInput(title, case.strip() or None, args.personnel))
    with ctx.workspace.transaction() as session:
        meeting = record_meeting(
            session,
            acting_user(session, ctx),
            meeting_type=args.type,
            held_on=held_on,
            presiding_login=args.presiding,
            members=members,
            items=items,
            title=args.title,
            notes=args.notes,
        )
        record = minutes(session, meeting.id)
    _print_minutes(ctx, record, args.json)
    return 0


def _opinion(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.meetings import minutes, record_opinion

    with ctx.workspace.transaction() as session:
        record_opinion(
            session,
            acting_user(session, ctx),
            args.id,
            args.item,
            member_login=args.member,
            stance=args.stance,
            reason=args.reason,
        )
        record = minutes(session, args.id)
    _print_minutes(ctx, record, args.json)
    return 0


def _decide(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.meetings import decide_item, minutes

    with ctx.workspace.transaction() as session:
        decide_item(
            session,
            acting_user(session, ctx),
            args.id,
            args.item,
            decision=args.decision,
            decision_text=args.text,
            dissent=args.dissent,
        )
        record = minutes(session, args.id)
    _print_minutes(ctx, record, args.json)
    return 0


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    from app import settings
    from app.meetings import minutes

    ctx.require_actor()
    with ctx.workspace.reading_sessions() as session:
        record = minutes(session, args.id)
        agency = settings.read_setting(session, settings.AGENCY_NAME)
    if args.pdf:
        from app.supervision_print import minutes_pdf

        write_file(args.pdf, minutes_pdf(record, agency))
    _print_minutes(ctx, record, args.json)
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.cases import find_case
    from app.meetings import list_meetings

    ctx.require_actor()
    with ctx.workspace.reading_sessions() as session:
        case_id = find_case(session, args.case).id if args.case else None
        rows = list_meetings(session, case_id=case_id)
    print_records(
        ctx,
        rows,
        args.json,
        lambda r: (
            f"{r.id} {r.held_on.isoformat()} {r.meeting_type} {r.title}（议题 {r.items}，已决定 {r.decided}）"
        ),
        empty="没有会议记录。",
        data=lambda r: {
            "id": r.id,
            "type": r.meeting_type,
            "title": r.title,
            "held_on": r.held_on.isoformat(),
            "items": r.items,
            "decided": r.decided,
        },
    )
    return 0
