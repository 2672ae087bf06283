"""`sunlight audit …`: verify the hash-chained audit trail, list its events."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from sqlalchemy import select

from app import audit, policy
from app.agency_time import agency_zone
from app.commands import print_records
from app.errors import NotFound
from app.reconciliation import check_audit_trail
from db.models import Case

if TYPE_CHECKING:
    from app.cli import CliContext


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "audit", help="审计日志：校验完整性、查看记录", description="审计日志（系统管理员、纪检监察人员）。"
    )
    commands = parser.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    verify = commands.add_parser(
        "verify",
        help="校验审计日志的哈希链，并核对办件和用户是否与审计记录一致",
        description="逐条校验审计日志的哈希链，并逐件核对办件的当前状态、逐个核对用户的姓名、处室、"
        "角色和状态是否与审计记录一致（发现绕过程序修改、写入或删除的办件和用户）。都完好时输出记录"
        "条数和末条哈希值（退出码 0）；哈希链发现被修改、插入或删除的记录时报告第一处问题，核对不符时"
        "列出不符之处（退出码 1）。",
    )
    verify.add_argument("--json", action="store_true", help="以 JSON 输出")
    verify.set_defaults(handler=_verify)

    log = commands.add_parser("log", help="查看审计记录", description="按时间顺序列出审计记录。")
    log.add_argument("--case", metavar="NUMBER", help="只看某一办件（办件编号）")
    log.add_argument("--entity", metavar="TYPE", help="只看某类对象，例如 user、case、setting")
    log.add_argument("--key", metavar="KEY", help="只看某一对象，例如登录名")
    log.add_argument("--limit", type=int, default=50, metavar="N", help="最多列出最近 N 条（默认 50）")
    log.add_argument("--json", action="store_true", help="以 JSON 输出")
    log.set_defaults(handler=_log)


def _authorise(ctx: CliContext) -> None:
    actor = ctx.actor
    if actor is not None:
        policy.require(actor, "view_audit")


def _verify(args: argparse.Namespace, ctx: CliContext) -> int:
    with ctx.workspace.reading_sessions() as session:
        check = check_audit_trail(session, ctx.actor)
    result, reconciled = check.chain, {"cases": check.cases, "users": check.users}
    if args.json:
        ctx.print_json(
            {
                "ok": check.ok,
                "count": result.count,
                "first_bad_seq": result.first_bad_seq,
                "problem": result.problem or None,
                "message": result.message,
                "head_hash": result.head_hash,
                **{
                    name: {
                        "ok": found.ok,
                        "checked": found.checked,
                        "problem_count": found.problem_count,
                        "problems": found.problems,
                    }
                    for name, found in reconciled.items()
                },
            }
        )
    else:
        if result.ok:
            print(f"{result.message}末条哈希：{result.head_hash}", file=ctx.out)
        else:
            print(f"审计日志校验失败：{result.message}（此前 {result.count} 条完好）", file=ctx.out)
        for found in reconciled.values():
            print(found.message, file=ctx.out)
    return 0 if check.ok else 1


def _log(args: argparse.Namespace, ctx: CliContext) -> int:
    _authorise(ctx)
    with ctx.workspace.reading_sessions() as session:
        case_id = None
        if args.case:
            case_id = session.scalar(select(Case.id).where(Case.number == args.case))
            if case_id is None:
                raise NotFound(f"没有编号为“{args.case}”的办件。")
        rows = audit.entries(
            session,
            case_id=case_id,
            entity=args.entity,
            entity_key=args.key,
            limit=args.limit,
            newest_first=True,
        )
    rows.reverse()
    print_records(ctx, rows, args.json, _entry_line, empty="没有符合条件的审计记录。", data=_entry_json)
    return 0


def _entry_json(r: audit.AuditEntry) -> dict[str, object]:
    return {
        "seq": r.seq,
        "at": r.at.isoformat(),
        "actor": r.actor,
        "acting_for": r.acting_for or None,
        "action": r.action,
        "entity": r.entity_type,
        "key": r.entity_key,
        "before": r.before,
        "after": r.after,
    }


def _entry_line(r: audit.AuditEntry) -> str:
    acting = f"（代 {r.acting_for}）" if r.acting_for else ""
    return (
        f"{r.seq}\t{r.at.astimezone(agency_zone()):%Y-%m-%d %H:%M:%S}\t{r.actor}{acting}\t"
        f"{r.action_label}\t{r.entity_type}:{r.entity_key}"
    )
