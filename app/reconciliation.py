"""Every case and every user account against the audit trail: what the hash chain cannot see.

The chain (app.audit.verify_chain) proves the audit trail was not altered; it says nothing of a
case row changed behind the program's back (an UPDATE in a database tool that closes a case,
clears its holder or stops its clock, so that an overdue case drops out of the lists). Every change
of a case's state goes through `app.cases.register_case` or `app.cases.perform`, each of which
records the case's state after it (`after`: status, step, holder, decision, clock state) in the
same transaction; so each case row must stand as its last audit event says, every case must have
one, and every registered case must still be there.

The due dates are not compared: a change of the working calendar, and each night for suspended
cases, moves them without an action (app.calendar_store.recompute_open_cases).

User accounts likewise: app.users records an account's name, division, roles and state with each
change of them, so each must stand as the latest record of it says (`reconcile_users`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app import policy
from app.audit import VerifyResult, verify_chain
from app.auth import ROLES
from app.cases import DECISIONS, STATUS_LABELS
from app.clock import STATE_LABELS
from app.messages import Message, lines, msg
from db.models import AuditEvent, Case, Division, User, UserRole

# The columns of a case its audit snapshot records and that change only by an action, with the
# words that name them.
COMPARED = {
    "status": msg("状态"),
    "step": msg("当前环节"),
    "assignee_id": msg("承办人"),
    "decision": msg("办结决定"),
    "clock_state": msg("计时状态"),
}
SHOWN = 20  # problems listed in full; the rest are counted


@dataclass
class CaseReconciliation:
    checked: int = 0  # case rows compared
    problems: list[Message] = field(default_factory=list)  # the first SHOWN, in the user's words
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    @property
    def message(self) -> Message:
        if self.ok:
            return msg("办件核对：{count} 件办件的当前状态均与其审计记录一致。", count=self.checked)
        return msg(
            "办件核对发现 {count} 处与审计记录不符（共核对 {checked} 件），"
            "办件表可能被绕过程序修改：\n{problems}",
            count=self.problem_count,
            checked=self.checked,
            problems=self.listed(),
        )

    def listed(self) -> Message:
        more = self.problem_count - len(self.problems)
        return lines([*self.problems, *([msg("……另有 {more} 处", more=more)] if more > 0 else [])])

    def add(self, problem: Message) -> None:
        self.problem_count += 1
        if len(self.problems) < SHOWN:
            self.problems.append(problem)


@dataclass
class UserReconciliation(CaseReconciliation):
    """The same for the user accounts (`checked`: users compared)."""

    @property
    def message(self) -> Message:
        if self.ok:
            return msg(
                "用户核对：{count} 个用户的姓名、处室、角色和状态均与其审计记录一致。", count=self.checked
            )
        return msg(
            "用户核对发现 {count} 处与审计记录不符（共核对 {checked} 个用户），"
            "用户表可能被绕过程序修改：\n{problems}",
            count=self.problem_count,
            checked=self.checked,
            problems=self.listed(),
        )


# What a user's audit snapshot (app.users) records and only the user services change, with words.
USER_COMPARED = {
    "name": msg("姓名"),
    "division": msg("所在处室"),
    "roles": msg("角色"),
    "active": msg("账户状态"),
}


def _user_value(key: str, value: Any) -> Message:
    if key == "roles" and isinstance(value, list):
        return _quoted("、".join(ROLES.get(r, r) for r in value) or msg("无"))
    if key == "active" and isinstance(value, bool):
        return msg("在用") if value else msg("停用")
    return _quoted(value)


def _quoted(value: Any) -> Message:
    """A value shown in a finding: “value”, or 空 for none."""
    return msg("空") if value is None else msg("“{value}”", value=value)


def reconcile_users(session: Session) -> UserReconciliation:
    """Every user account against the audit events that recorded it: its name, division, roles
    and whether it is in use, each as the latest event naming it says (user.add, user.update,
    user.import, user.enable/disable). A role granted by a plain INSERT into user_roles (a clerk
    made a leader to approve his own case) is found so, as is an account written in directly."""
    found = UserReconciliation()
    recorded: dict[str, dict[str, tuple[int, Any]]] = {}
    events = session.execute(
        select(AuditEvent.entity_key, AuditEvent.seq, AuditEvent.after)
        .where(AuditEvent.entity_type == "user")
        .order_by(AuditEvent.seq)
        .execution_options(yield_per=5000)
    )
    for login, seq, after in events:
        if isinstance(after, dict):
            mine = recorded.setdefault(login, {})
            for key in USER_COMPARED:
                if key in after:
                    mine[key] = (seq, after[key])
    roles: dict[int, list[str]] = {}
    for user_id, role in session.execute(select(UserRole.user_id, UserRole.role)):
        roles.setdefault(user_id, []).append(role)
    rows = session.execute(
        select(User.id, User.login, User.name, Division.code, User.active)
        .outerjoin(Division, Division.id == User.division_id)
        .order_by(User.id)
    )
    for user_id, login, name, division, active in rows:
        found.checked += 1
        mine = recorded.get(login, {})
        if "roles" not in mine:
            found.add(msg("用户 {login} 没有建立账户的审计记录：是绕过程序写入用户表的。", login=login))
            continue
        now = {"name": name, "division": division, "roles": sorted(roles.get(user_id, [])), "active": active}
        for key, words in USER_COMPARED.items():
            if key in mine and mine[key][1] != now[key]:
                seq, value = mine[key]
                found.add(
                    msg(
                        "用户 {login} 的{field}为{now}，"
                        "而最后记录其{field}的审计记录（第 {seq} 条）记为{recorded}。",
                        login=login,
                        field=words,
                        now=_user_value(key, now[key]),
                        seq=seq,
                        recorded=_user_value(key, value),
                    )
                )
    return found


def _shown(key: str, value: Any, names: dict[int, str]) -> Message:
    """A recorded or current value as staff know it: 已办结 rather than closed, a person by name."""
    labels = {"status": STATUS_LABELS, "clock_state": STATE_LABELS, "decision": DECISIONS}.get(key)
    if labels is not None and value is not None:
        value = labels.get(value, value)
    elif key == "assignee_id" and isinstance(value, int):
        value = names.get(value) or msg("用户 {id}", id=value)
    return _quoted(value)


def _case_rows(session: Session, batch: int) -> Iterator[Any]:
    """Each case with its last case event's sequence number and `after` (None: it has none)."""
    last = (
        select(AuditEvent.case_id, func.max(AuditEvent.seq).label("seq"))
        .where(AuditEvent.entity_type == "case", AuditEvent.case_id.is_not(None))
        .group_by(AuditEvent.case_id)
        .subquery()
    )
    query = (
        select(
            Case.number,
            Case.status,
            Case.current_step,
            Case.assignee_id,
            Case.decision,
            Case.clock_state,
            AuditEvent.seq,
            AuditEvent.after,
        )
        .outerjoin(last, last.c.case_id == Case.id)
        .outerjoin(AuditEvent, AuditEvent.seq == last.c.seq)
        .order_by(Case.id)
        .execution_options(yield_per=batch)
    )
    result = session.execute(query)
    try:
        yield from result
    finally:
        result.close()  # a server-side cursor on PostgreSQL when the caller stops early


def reconcile_cases(session: Session, *, batch: int = 5000) -> CaseReconciliation:
    """Compare every case row with its last audit event, and find registered cases that are gone."""
    found = CaseReconciliation()
    names = {
        user_id: f"{name}（{login}）"
        for user_id, name, login in session.execute(select(User.id, User.name, User.login))
    }
    for number, status, step, assignee_id, decision, clock_state, seq, after in _case_rows(session, batch):
        found.checked += 1
        if seq is None:
            found.add(
                msg(
                    "办件 {number} 没有任何审计记录：不是经本程序登记的，是绕过程序写入办件表的。",
                    number=number,
                )
            )
            continue
        recorded = after if isinstance(after, dict) else {}
        now = {
            "status": status,
            "step": step,
            "assignee_id": assignee_id,
            "decision": decision,
            "clock_state": clock_state,
        }
        for key, words in COMPARED.items():
            if key in recorded and recorded[key] != now[key]:
                found.add(
                    msg(
                        "办件 {number} 的{field}为{now}，而其最后一条审计记录（第 {seq} 条）记为{recorded}。",
                        number=number,
                        field=words,
                        now=_shown(key, now[key], names),
                        seq=seq,
                        recorded=_shown(key, recorded[key], names),
                    )
                )
    gone = (
        select(AuditEvent.entity_key, AuditEvent.seq)
        .where(
            AuditEvent.action == "case.register",
            AuditEvent.case_id.is_not(None),
            ~exists().where(Case.id == AuditEvent.case_id),
        )
        .order_by(AuditEvent.seq)
    )
    for number, seq in session.execute(gone):
        found.add(
            msg(
                "办件 {number} 有登记的审计记录（第 {seq} 条），但办件表中已没有这件：被删除。",
                number=number,
                seq=seq,
            )
        )
    return found


@dataclass(frozen=True)
class AuditCheck:
    """What `audit verify` found: the hash chain, then every case against it."""

    chain: VerifyResult
    cases: CaseReconciliation
    users: UserReconciliation

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.cases.ok and self.users.ok

    @property
    def message(self) -> Message:
        """The three findings, one per line."""
        return lines([self.chain.message, self.cases.message, self.users.message])


def check_audit_trail(
    session: Session,
    actor: User | None = None,
    *,
    progress: Callable[[float, str], None] | None = None,
) -> AuditCheck:
    """`audit verify`, for the CLI, the GUI and a restore alike: the hash chain (`verify_chain`),
    then every case against it (`reconcile_cases`). `actor`, where there is one (a database without
    users has no one to log in as), must be one who may read the audit trail."""
    if actor is not None:
        policy.require(actor, "view_audit")
    chain = verify_chain(session, progress=progress)
    if progress is not None:
        progress(1.0, msg("正在核对各办件……"))
    return AuditCheck(chain, reconcile_cases(session), reconcile_users(session))


__all__ = [
    "AuditCheck",
    "CaseReconciliation",
    "UserReconciliation",
    "check_audit_trail",
    "reconcile_cases",
    "reconcile_users",
]
