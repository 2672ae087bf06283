"""`sunlight supervision …`: the dashboard's numbers, supervision notices and accountability items."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from app.commands import acting_user, parse_date, print_record, print_records
from app.files import write_file

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "supervision",
        help="监督：监督情况、督办通知、责任追究",
        description="监督：监督情况、督办通知、责任追究。",
    )
    commands = parser.add_subparsers(dest="supervision_command", metavar="COMMAND", required=True)

    summary = commands.add_parser(
        "summary",
        help="监督情况汇总（与监督页的数字一致）",
        description="先生成应当自动生成的责任追究事项（超过法定时限、未一次性告知），再输出监督情况汇总。",
    )
    summary.add_argument("--json", action="store_true", help="以 JSON 输出")
    summary.set_defaults(handler=_summary)

    scan = commands.add_parser(
        "scan",
        help="生成自动责任追究事项",
        description="检查超期和未一次性告知的办件，生成责任追究事项（可重复运行）。",
    )
    scan.add_argument("--json", action="store_true", help="以 JSON 输出")
    scan.set_defaults(handler=_scan)

    send = commands.add_parser(
        "notice-send", help="发出督办通知", description="就一件或多件办件向承办处室发出督办通知。"
    )
    send.add_argument(
        "--case", action="append", default=[], metavar="NUMBER", help="督办的办件编号（可重复）"
    )
    send.add_argument("--division", metavar="CODE", help="督办的处室代码（不涉及具体办件时）")
    send.add_argument("--subject", required=True, metavar="TEXT", help="督办事项")
    send.add_argument("--requirements", required=True, metavar="TEXT", help="整改要求")
    send.add_argument("--json", action="store_true", help="以 JSON 输出")
    send.set_defaults(handler=_notice_send)

    reply = commands.add_parser("notice-reply", help="回复督办通知（处室负责人）")
    reply.add_argument("id", type=int, metavar="ID", help="督办通知序号")
    reply.add_argument("--text", required=True, metavar="TEXT", help="办理和整改情况")
    reply.add_argument("--json", action="store_true", help="以 JSON 输出")
    reply.set_defaults(handler=_notice_reply)

    notices = commands.add_parser("notices", help="列出督办通知")
    notices.add_argument("--open", action="store_true", help="只列出待回复的")
    notices.add_argument("--json", action="store_true", help="以 JSON 输出")
    notices.set_defaults(handler=_notices)

    print_ = commands.add_parser("notice-print", help="将督办通知书输出为 PDF")
    print_.add_argument("id", type=int, metavar="ID", help="督办通知序号")
    print_.add_argument("--output", required=True, metavar="FILE.pdf", help="输出文件")
    print_.set_defaults(handler=_notice_print)

    items = commands.add_parser("accountability", help="列出责任追究事项")
    items.add_argument("--status", choices=("open", "concluded", "dismissed"), help="状态")
    items.add_argument("--json", action="store_true", help="以 JSON 输出")
    items.set_defaults(handler=_items)

    raise_ = commands.add_parser("accountability-raise", help="立项责任追究事项")
    raise_.add_argument("--type", required=True, metavar="CODE", help="违规类型代码，如 shirking")
    raise_.add_argument("--description", required=True, metavar="TEXT", help="违规事实")
    raise_.add_argument("--case", metavar="NUMBER", help="涉及的办件编号")
    raise_.add_argument("--division", metavar="CODE", help="涉及的处室代码")
    raise_.add_argument(
        "--person", action="append", default=[], metavar="LOGIN", help="责任人登录名（可重复）"
    )
    raise_.add_argument("--json", action="store_true", help="以 JSON 输出")
    raise_.set_defaults(handler=_raise)

    conclude = commands.add_parser("accountability-conclude", help="登记处理决定")
    conclude.add_argument("id", type=int, metavar="ID")
    conclude.add_argument("--finding", required=True, metavar="TEXT", help="认定的事实和责任")
    conclude.add_argument("--sanction", required=True, metavar="TEXT", help="处理方式，如 批评教育、书面检查")
    conclude.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="处理日期")
    conclude.add_argument(
        "--person", action="append", default=[], metavar="LOGIN", help="责任人登录名（替换原名单）"
    )
    conclude.add_argument("--json", action="store_true", help="以 JSON 输出")
    conclude.set_defaults(handler=_conclude)

    dismiss = commands.add_parser("accountability-dismiss", help="不予追究（须写明理由）")
    dismiss.add_argument("id", type=int, metavar="ID")
    dismiss.add_argument("--reason", required=True, metavar="TEXT", help="不予追究的理由")
    dismiss.add_argument("--json", action="store_true", help="以 JSON 输出")
    dismiss.set_defaults(handler=_dismiss)


def _summary(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.accountability import raise_overdue_items
    from app.supervision import supervision_summary

    ctx.require_actor()
    with ctx.workspace.transaction() as session:
        raise_overdue_items(session)
    with ctx.workspace.reading_sessions() as session:
        summary = supervision_summary(session, acting_user(session, ctx))
    if args.json:
        ctx.print_json(summary.as_json())
        return 0
    c = summary.cards
    out = ctx.out
    print(
        f"截至 {summary.today.isoformat()}：在办 {summary.open_total} 件（未计时 {summary.untimed} 件）",
        file=out,
    )
    print(f"正常 {c['green']} 件，黄牌 {c['yellow']} 件，红牌 {c['red']} 件", file=out)
    for d in summary.divisions:
        if d.open or d.complaints_open or d.notices_awaiting:
            print(f"  {d.name}：在办 {d.open}，正常 {d.green}，黄牌 {d.yellow}，红牌 {d.red}", file=out)
    print(
        f"暂停超期 {len(summary.suspended_over)} 件；本月不予受理 {summary.refused_this_month} 件；"
        f"投诉办理中 {summary.complaints_open} 件（超期 {summary.complaints_overdue}）；"
        f"督办待回复 {summary.notices_awaiting} 件（逾期 {summary.notices_overdue}）；"
        f"责任追究待处理 {summary.accountability_open} 件",
        file=out,
    )
    return 0


def _scan(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.accountability import raise_overdue_items
    from app.supervision import require_supervisor

    with ctx.workspace.transaction() as session:
        require_supervisor(session, acting_user(session, ctx))
        raised = raise_overdue_items(session)
        ids = [item.id for item in raised]
    if args.json:
        ctx.print_json({"raised": ids})
    else:
        print(f"新生成责任追究事项 {len(ids)} 件。", file=ctx.out)
    return 0


def _notice_line(info) -> str:  # type: ignore[no-untyped-def]
    cases = "、".join(info.case_numbers) or "—"
    return (
        f"{info.label} 致{info.division}：{info.subject}（办件 {cases}）{info.status_label}，"
        f"回复期限 {info.reply_due.isoformat()} {info.time_text}"
    )


def _notice_send(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.notices import notice_info, send_notice

    with ctx.workspace.transaction() as session:
        notice = send_notice(
            session,
            acting_user(session, ctx),
            case_numbers=args.case,
            subject=args.subject,
            requirements=args.requirements,
            division_code=args.division,
        )
        info = notice_info(session, notice.id)
    print_record(ctx, info, args.json, _notice_line)
    return 0


def _notice_reply(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.notices import notice_info, reply_notice

    with ctx.workspace.transaction() as session:
        reply_notice(session, acting_user(session, ctx), args.id, args.text)
        info = notice_info(session, args.id)
    print_record(ctx, info, args.json, _notice_line)
    return 0


def _notices(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.notices import list_notices

    with ctx.workspace.reading_sessions() as session:
        infos = list_notices(session, acting_user(session, ctx), open_only=args.open)
    print_records(ctx, infos, args.json, _notice_line, empty="没有督办通知。")
    return 0


def _notice_print(args: argparse.Namespace, ctx: CliContext) -> int:
    from app import settings
    from app.notices import notice_info
    from app.supervision import supervision_scope
    from app.supervision_print import notice_pdf

    with ctx.workspace.reading_sessions() as session:
        actor = acting_user(session, ctx)
        info = notice_info(session, args.id)
        if actor.division_id != info.division_id:
            supervision_scope(actor)  # others: supervisors and leaders only
        agency = settings.read_setting(session, settings.AGENCY_NAME)
    write_file(args.output, notice_pdf(info, agency))
    print(f"已生成 {args.output}", file=ctx.out)
    return 0


def _print_item(ctx: CliContext, session, item_id: int, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    from app.accountability import list_items

    info = next(i for i in list_items(session, acting_user(session, ctx)) if i.id == item_id)
    print_record(
        ctx,
        info,
        as_json,
        lambda i: f"责任追究 {i.id}：{i.violation_label} {i.case_number or i.division} {i.status_label}",
    )


def _items(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.accountability import list_items

    with ctx.workspace.reading_sessions() as session:
        infos = list_items(session, acting_user(session, ctx), status=args.status)
    print_records(
        ctx,
        infos,
        args.json,
        lambda i: (
            f"{i.id} {i.status_label} {i.violation_label} {i.case_number or i.division} "
            f"责任人：{'、'.join(n for n, _ in i.persons) or '待定'} 来源：{i.source_label}"
        ),
        empty="没有责任追究事项。",
    )
    return 0


def _persons(logins: list[str]):  # type: ignore[no-untyped-def]
    from app.accountability import PersonInput

    return [PersonInput(login=login) for login in logins]


def _raise(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.accountability import raise_item

    with ctx.workspace.transaction() as session:
        item = raise_item(
            session,
            acting_user(session, ctx),
            violation_type=args.type,
            description=args.description,
            case_number=args.case,
            division_code=args.division,
            persons=_persons(args.person),
        )
        _print_item(ctx, session, item.id, args.json)
    return 0


def _conclude(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.accountability import conclude_item

    day = parse_date(args.date, "date", what="处理日期", example="2026-03-31")
    with ctx.workspace.transaction() as session:
        conclude_item(
            session,
            acting_user(session, ctx),
            args.id,
            finding=args.finding,
            sanction=args.sanction,
            sanction_on=day,
            persons=_persons(args.person) if args.person else None,
        )
        _print_item(ctx, session, args.id, args.json)
    return 0


def _dismiss(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.accountability import dismiss_item

    with ctx.workspace.transaction() as session:
        dismiss_item(session, acting_user(session, ctx), args.id, args.reason)
        _print_item(ctx, session, args.id, args.json)
    return 0
