"""`sunlight case …`: register and handle cases from scripts (the same services as the GUI)."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

from app.commands import acting_user, print_records
from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.cli import CliContext

ACTIONS = (
    "supplement",
    "accept",
    "refuse",
    "pass",
    "return",
    "suspend",
    "resume",
    "extend",
    "approve",
    "reject",
    "withdraw",
    "close",
    "assign",
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "case", help="办件：登记、办理、查询", description="办件：登记、办理、查询。"
    )
    commands = parser.add_subparsers(dest="case_command", metavar="COMMAND", required=True)

    open_ = commands.add_parser(
        "open", help="登记一件申请", description="登记一件申请（首问负责：登记人即为接收人）。"
    )
    open_.add_argument("--regulation", required=True, metavar="CODE", help="事项编号，如 QL-04")
    open_.add_argument("--applicant", required=True, metavar="NAME", help="申请人名称")
    open_.add_argument(
        "--applicant-type",
        choices=("organisation", "person"),
        default="organisation",
        help="申请人类型（默认法人或其他组织）",
    )
    open_.add_argument("--id-code", default="", metavar="CODE", help="统一社会信用代码或公民身份号码")
    open_.add_argument("--contact", default="", metavar="NAME", help="联系人")
    open_.add_argument("--phone", default="", metavar="PHONE", help="联系电话")
    open_.add_argument("--address", default="", metavar="TEXT", help="地址")
    open_.add_argument("--subject", default="", metavar="TEXT", help="项目名称或事由")
    open_.add_argument(
        "--received", metavar="ISO", help="接收时间（ISO 格式，不得晚于现在；补录时使用，记入审计）"
    )
    open_.add_argument(
        "--materials",
        default="all",
        metavar="all|CODE,...",
        help="已收取的材料：all 表示清单中全部材料，或列出已收取材料的代码（其余必备材料登记为缺少）",
    )
    open_.add_argument("--json", action="store_true", help="以 JSON 输出办件")
    open_.set_defaults(handler=_open)

    act = commands.add_parser(
        "act", help="对办件执行一项操作", description="对办件执行一项操作；被拒绝时退出码为 1，办件不变。"
    )
    act.add_argument("number", metavar="NUMBER", help="办件编号")
    act.add_argument("action", choices=ACTIONS, metavar="ACTION", help="操作：" + "、".join(ACTIONS))
    act.add_argument("--opinion", default="", metavar="TEXT", help="办理意见或决定内容")
    act.add_argument("--reason", default="", metavar="TEXT", help="理由（不予受理、暂停、延期、撤回）")
    act.add_argument("--reason-code", default="", metavar="CODE", help="暂停计时事由代码，如 expert_review")
    act.add_argument("--days", type=int, metavar="N", help="延期天数")
    act.add_argument("--to", default="", metavar="STEP", help="退回到的环节（代码或名称）")
    act.add_argument(
        "--rating", default="", metavar="R", help="申请人评价：satisfied、basically、dissatisfied"
    )
    act.add_argument("--assignee", default="", metavar="LOGIN", help="分办给的用户")
    act.add_argument("--missing", default="", metavar="CODE,...", help="补正：缺少的材料代码")
    act.add_argument("--defective", default="", metavar="CODE,...", help="补正：不符合要求的材料代码")
    act.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help="集体决策环节：研究决定本件的会议记录编号（见 sunlight meeting list）",
    )
    act.add_argument("--expected-version", type=int, metavar="N", help="办件版本号（防止覆盖他人的修改）")
    act.add_argument("--json", action="store_true", help="以 JSON 输出办件")
    act.set_defaults(handler=_act)

    show = commands.add_parser(
        "show", help="查看办件", description="查看办件的全部信息，包括时限和办理过程。"
    )
    show.add_argument("number", metavar="NUMBER", help="办件编号")
    show.add_argument("--json", action="store_true", help="以 JSON 输出")
    show.set_defaults(handler=_show)

    list_ = commands.add_parser("list", help="列出办件", description="列出本人权限范围内的办件，最新的在前。")
    list_.add_argument("--status", metavar="S", help="状态，如 in_progress、decided")
    list_.add_argument("--card", choices=("green", "yellow", "red"), help="状态牌")
    list_.add_argument("--regulation", metavar="CODE", help="事项编号")
    list_.add_argument("--limit", type=int, default=100, metavar="N", help="最多列出的件数（默认 100）")
    list_.add_argument("--json", action="store_true", help="以 JSON 输出")
    list_.set_defaults(handler=_list)


def _parse_received(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidInput(
            f"接收时间“{raw}”无效，应写作 2026-03-02T09:30 这样的格式。", field="received"
        ) from None
    if value.tzinfo is None:
        from app.agency_time import agency_zone

        value = value.replace(tzinfo=agency_zone())
    return value


def _codes(raw: str) -> list[str]:
    return [code.strip().upper() for code in raw.split(",") if code.strip()]


def _open(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.cases import ApplicantDetails, MaterialCheck, case_json, register_case, regulation_for_new_case
    from app.catalogue import regulation_spec

    received = _parse_received(args.received)
    with ctx.workspace.transaction() as session:
        actor = acting_user(session, ctx)
        regulation = regulation_for_new_case(session, args.regulation, received)
        materials = None
        if args.materials.strip().lower() != "all":
            received_codes = set(_codes(args.materials))
            known = {m.code for m in regulation_spec(regulation).materials}
            unknown = received_codes - known
            if unknown:
                raise InvalidInput(
                    f"材料代码 {'、'.join(sorted(unknown))} 不在该事项的材料清单中"
                    f"（可用：{'、'.join(sorted(known))}）。",
                    field="materials",
                )
            materials = [
                MaterialCheck(
                    m.code,
                    "received" if m.code in received_codes else "missing",
                    m.copies if m.code in received_codes else 0,
                )
                for m in regulation_spec(regulation).materials
            ]
        case = register_case(
            session,
            actor=actor,
            regulation=regulation,
            applicant=ApplicantDetails(
                name=args.applicant,
                applicant_type=args.applicant_type,
                id_code=args.id_code,
                contact=args.contact,
                phone=args.phone,
                address=args.address,
            ),
            subject=args.subject,
            received_at=received,
            materials=materials,
        )
        session.flush()
        data = case_json(session, case)
    _print_case(ctx, data, args.json, f"已登记办件 {data['number']}（{data['regulation_title']}）。")
    return 0


def _act(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.cases import ActionInput, MaterialCheck, case_json, find_case_for, perform

    actor_id = ctx.require_actor().id
    materials = tuple(
        [MaterialCheck(code, "missing") for code in _codes(args.missing)]
        + [MaterialCheck(code, "defective") for code in _codes(args.defective)]
    )
    with ctx.workspace.transaction() as session:
        case, actor = find_case_for(session, args.number, actor_id)
        if actor is None:  # removed since the login
            actor = acting_user(session, ctx)
        if materials:
            # Only the named materials change; the others keep what the counter recorded.
            kept = tuple(
                MaterialCheck(m.code, m.status, m.copies, m.note)
                for m in case.materials
                if m.code not in {c.code for c in materials}
            )
            materials = kept + materials
        result = perform(
            session,
            actor,
            case,
            args.action,
            ActionInput(
                opinion=args.opinion,
                reason=args.reason,
                reason_code=args.reason_code,
                days=args.days,
                to_step=args.to,
                rating=args.rating,
                assignee_login=args.assignee,
                materials=materials,
                expected_version=args.expected_version,
                meeting_id=args.meeting,
            ),
        )
        session.flush()
        data = case_json(session, case)
    _print_case(ctx, data, args.json, result.message)
    return 0


def _show(args: argparse.Namespace, ctx: CliContext) -> int:
    from app import policy
    from app.cases import case_json, find_case

    with ctx.workspace.reading_sessions() as session:
        actor = acting_user(session, ctx)
        case = find_case(session, args.number)
        policy.require(actor, "view", case, session=session)
        data = case_json(session, case)
    _print_case(ctx, data, args.json, None)
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.agency_time import agency_date
    from app.calendar_store import load_calendar
    from app.caselist import CaseFilter, card_condition, fetch_case_page, list_clock_rules, scope_filter
    from app.cases import STATUS_LABELS
    from app.clock import cached_card, card_label, remaining_label
    from app.policy import case_scope
    from app.timesource import current_time

    if args.status and args.status not in STATUS_LABELS:
        raise InvalidInput(f"状态“{args.status}”无效，可用：{'、'.join(STATUS_LABELS)}。", field="status")
    if args.limit <= 0:
        raise InvalidInput("--limit 须为正整数。", field="limit")
    today = agency_date(current_time())
    with ctx.workspace.reading_sessions() as session:
        actor = acting_user(session, ctx)
        base = CaseFilter(
            statuses=frozenset({args.status}) if args.status else frozenset(),
            regulation_code=args.regulation.upper() if args.regulation else None,
            extra=(card_condition(args.card, today),) if args.card else (),
        )
        rows = fetch_case_page(session, case_filter=scope_filter(session, actor, base), limit=args.limit)
        sees_none = case_scope(session, actor).nothing
        rules = list_clock_rules(session)
        calendar = load_calendar(session)
    items = []
    for row in rows:
        rule = rules.get(row.regulation_code)
        promised_overdue = rule.promised_overdue if rule else "yellow"
        unit = rule.unit if rule else "working"
        remaining, overdue = row.remaining_and_overdue(calendar, today, unit)
        past_due = row.statutory_due is not None and today > row.statutory_due
        card = cached_card(
            row.clock_state, row.statutory_due, row.promised_due, row.yellow_on, today, promised_overdue
        )
        items.append(
            {
                "number": row.number,
                "regulation": row.regulation_code,
                "applicant": row.applicant_name,
                "subject": row.subject,
                "status": row.status,
                "step": row.current_step,
                "received_at": row.received_at.isoformat(),
                "statutory_due": row.statutory_due.isoformat() if row.statutory_due else None,
                "card": card,
                "remaining_days": remaining if row.clock_state in ("running", "suspended") else None,
                "overdue_days": overdue if row.clock_state in ("running", "suspended", "stopped") else None,
                "remaining": remaining_label(remaining, overdue, unit, row.clock_state, past_due),
            }
        )
    print_records(
        ctx,
        items,
        args.json,
        lambda item: (
            f"{item['number']}\t{item['regulation']}\t{item['applicant']}\t"
            f"{STATUS_LABELS[item['status']]}\t{item['statutory_due'] or '-'}\t"
            f"{card_label(item['card']) or '-'}\t{item['remaining']}"
        ),
        empty=(
            "您的角色不办理也不查看办件，办件列表为空"
            "（办件由各处室经办人、审核人、处室负责人以及委领导、纪检监察人员查看）。"
            if sees_none
            else "没有符合条件的办件。"
        ),
        data=lambda item: item,
    )
    return 0


def _print_case(ctx: CliContext, data: dict, as_json: bool, message: str | None) -> None:  # type: ignore[type-arg]
    if as_json:
        ctx.print_json(data)
        return
    if message:
        print(message, file=ctx.out)
    print(
        f"{data['number']}  {data['regulation']} {data['regulation_title']}\n"
        f"申请人：{data['applicant']}    状态：{data['status_label']}    "
        f"当前环节：{data['step_name'] or '-'}\n"
        f"时限：{data['clock_explanation'] or '未开始计时'}",
        file=ctx.out,
    )
