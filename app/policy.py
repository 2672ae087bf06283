"""Who may do what: the one module that decides every permission.

Services call `require(...)` before they change anything; the GUI calls `can(...)` only to enable
or hide controls (and to show the reason on hover). A decision depends on:

- the actor's roles and division (a step is held by a role in a division; commission leaders act
  across divisions);
- the case's current step under the regulation version it was opened with (`regulation_spec`, or
  the stored definition);
- separation of duties (相互制约) as configured per regulation in `separation_of_duties`
  (docs/catalogue.md): `acceptor_not_decider`, `drafter_not_approver`, `distinct_persons`;
- recusal (回避) declared by the actor on the case or its applicant;
- A/B posts (AB岗): while a case's assignee is marked absent, his backup acts with the holder's
  authority, and the decision names the holder in `acting_for` for the services to record.

Supervisors and division inspectors read cases in their scope and act only through supervision
records (`supervise`); administrators administer (users, catalogue, calendar, settings) and do
not handle cases. A person holding several roles gets the union, but separation-of-duties rules
and recusal still apply to the same case.

The history that separation of duties reads is the case timeline (CaseEvent): the case-handling
services record `accept` for acceptance and, for each step action, the action (`pass`, `return`,
`approve`, `reject`) with `step` set to the step code, `actor_id` the person and `acting_for_id`
the holder acted for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, object_session

from app.auth import ADMIN_ROLE, HANDLING_ROLES, ROLES, SUPERVISION_ROLES
from app.errors import PermissionDenied
from app.messages import enumeration, msg
from db.models import Case, CaseEvent, Division, Recusal, Regulation, User

CASE_ACTIONS: dict[str, str] = {
    "register": "登记",
    "supplement": "一次性告知补正",
    "accept": "受理",
    "refuse": "不予受理",
    "pass": "通过",
    "return": "退回",
    "suspend": "暂停计时",
    "resume": "恢复计时",
    "extend": "批准延期",
    "approve": "作出准予决定",
    "reject": "作出不予批准决定",
    "withdraw": "撤回",
    "close": "归档",
    "assign": "分办",
    "view": "查看办件",
}
ADMIN_ACTIONS: dict[str, str] = {
    "manage_users": "管理用户",
    "import_catalogue": "导入制度目录",
    "edit_calendar": "维护工作日历",
    "edit_settings": "修改系统设置",
}
SUPERVISION_ACTIONS: dict[str, str] = {
    "view_all_cases": "查看全部办件",
    "supervise": "督办、登记投诉和责任追究",
    "view_audit": "查看审计日志",
}
OTHER_ACTIONS: dict[str, str] = {
    "arrange_posts": "安排AB岗（设置后备人员和外出状态）",
    "declare_recusal": "声明回避",
}
ACTIONS: dict[str, str] = {**CASE_ACTIONS, **ADMIN_ACTIONS, **SUPERVISION_ACTIONS, **OTHER_ACTIONS}

# Actions taken at the case's current step.
STEP_ACTIONS = frozenset({"pass", "return", "approve", "reject"})
# Actions that sign off a step (what "acted on a step" means for separation of duties).
SIGN_OFF_ACTIONS = frozenset({"pass", "approve", "reject", "decide"})
# Actions before the steps: at the counter, by a clerk of the accepting division.
COUNTER_ACTIONS = frozenset({"register", "supplement", "accept", "refuse", "close"})

SEPARATION_RULE_LABELS: dict[str, str] = {
    "acceptor_not_decider": "受理人不得作出最后决定",
    "drafter_not_approver": "办理上一环节的人员不得审批下一环节",
    "distinct_persons": "指定环节须由不同人员办理",
}


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # why not (an app.messages.Message, Chinese); empty when allowed
    acting_for: User | None = None  # the absent holder the actor acts for (AB岗), if any

    def __bool__(self) -> bool:
        return self.allowed


ALLOW = Decision(True)


def _deny(reason: str) -> Decision:
    return Decision(False, reason)


# --- The regulation as the policy needs it -------------------------------------------------------


@dataclass(frozen=True)
class _Step:
    code: str
    name: str
    role: str
    division: str | None  # division code; None = the case's division
    actions: tuple[str, ...] | None  # None = not restricted


@dataclass(frozen=True)
class _Rules:
    title: str
    kind: str | None
    steps: tuple[_Step, ...]
    separation: tuple[tuple[str, tuple[str, ...]], ...]
    extension_role: str | None  # None = no extension allowed
    extension_known: bool  # False when the regulation says nothing (no spec): leaders approve

    def step(self, code: str | None) -> _Step | None:
        for step in self.steps:
            if step.code == code:
                return step
        return None

    def index(self, code: str) -> int:
        return [s.code for s in self.steps].index(code)


def _rules_from_spec(spec: Any) -> _Rules:
    """From an app.catalogue.model.RegulationSpec."""
    return _Rules(
        title=spec.title,
        kind=spec.kind,
        steps=tuple(
            _Step(s.code, s.name, s.role, s.division or None, tuple(s.actions) or None) for s in spec.steps
        ),
        separation=tuple((r.rule, tuple(r.steps)) for r in spec.separation_of_duties),
        extension_role=spec.extension.approver_role if spec.extension else None,
        extension_known=True,
    )


def _rules_from_definition(regulation: Regulation) -> _Rules:
    d: Mapping[str, Any] = regulation.definition or {}
    extension = d.get("extension", "unset")
    return _Rules(
        title=regulation.title,
        kind=regulation.kind,
        steps=tuple(
            _Step(
                str(s.get("code")),
                str(s.get("name", s.get("code"))),
                str(s.get("role", "")),
                s.get("division") or None,
                tuple(s["actions"]) if s.get("actions") else None,
            )
            for s in d.get("steps", ())
        ),
        separation=tuple((r["rule"], tuple(r.get("steps", ()))) for r in d.get("separation_of_duties", ())),
        extension_role=(extension or {}).get("approver_role", "leader") if extension != "unset" else "leader",
        extension_known=extension != "unset",
    )


def _rules(case: Case | None, regulation_spec: Any, session: Session | None) -> _Rules | None:
    if regulation_spec is not None:
        return _rules_from_spec(regulation_spec)
    if case is None:
        return None
    regulation = case.regulation
    if regulation is None and session is not None and case.regulation_id is not None:
        regulation = session.get(Regulation, case.regulation_id)
    return _rules_from_definition(regulation) if regulation is not None else None


# --- Helpers --------------------------------------------------------------------------------------


def _session(session: Session | None, *objects: object) -> Session | None:
    if session is not None:
        return session
    for obj in objects:
        if obj is not None:
            found = object_session(obj)
            if found is not None:
                return found
    return None


def _label(action: str) -> str:
    return ACTIONS[action]


@dataclass(frozen=True)
class Participation:
    """Who took which action at which step of a case: what separation of duties and the
    supervisors' scope read of the timeline (a CaseEvent has the same attributes)."""

    action: str
    step: str | None
    actor_id: int | None
    acting_for_id: int | None


def _participants(
    events: Iterable[Participation | CaseEvent], actions: frozenset[str], steps: Iterable[str] | None = None
):
    step_set = set(steps) if steps is not None else None
    people: set[int] = set()
    for event in events:
        if event.action not in actions:
            continue
        if step_set is not None and event.step not in step_set:
            continue
        people.update(i for i in (event.actor_id, event.acting_for_id) if i is not None)
    return people


def _case_events(session: Session | None, case: Case) -> Sequence[Participation | CaseEvent]:
    known = _known(case)
    if known is not None and known.timeline is not None:
        return known.timeline
    if session is None or case.id is None:
        return []
    return list(session.scalars(select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.id)))


@dataclass(frozen=True)
class KnownFacts:
    """What the caller already read about the case in hand (app.cases reads it with the case, in
    one query): the decision then needs no lookup of its own. `recusals` maps a user id to the
    id of that user's recusal covering the case, or None when there is none; `timeline`, when
    given, is every event of the case's timeline so far."""

    case_id: int
    division_ids: Mapping[str, int | None] = field(default_factory=dict)
    recusals: Mapping[int, int | None] = field(default_factory=dict)
    timeline: tuple[Participation, ...] | None = None


_KNOWN: ContextVar[KnownFacts | None] = ContextVar("known_facts", default=None)


@contextmanager
def facts_known(facts: KnownFacts) -> Iterator[None]:
    """Decide with `facts` in hand while the block runs."""
    token = _KNOWN.set(facts)
    try:
        yield
    finally:
        _KNOWN.reset(token)


def _known(case: Case) -> KnownFacts | None:
    known = _KNOWN.get()
    return known if known is not None and case.id is not None and known.case_id == case.id else None


def _division_id(session: Session | None, code: str | None, case: Case) -> int | None:
    if code is None or session is None:
        return case.division_id
    known = _known(case)
    if known is not None and code in known.division_ids:
        found = known.division_ids[code]
    else:
        found = session.scalar(select(Division.id).where(Division.code == code))
    return found if found is not None else case.division_id


def effective_principal(actor: User, case: Case, session: Session | None = None) -> User:
    """Whose authority the actor uses on this case: the case's assignee when the assignee is marked
    absent and the actor is his backup (AB岗), otherwise the actor himself."""
    if case.assignee_id is None or case.assignee_id == actor.id:
        return actor
    session = _session(session, case, actor)
    holder = session.get(User, case.assignee_id) if session is not None else None
    if holder is not None and holder.absent and holder.active and holder.backup_id == actor.id:
        return holder
    return actor


def recusal_for(session: Session | None, user: User, case: Case) -> Recusal | None:
    """The user's recusal that covers this case (declared on it, or on its applicant), if any."""
    if session is None:
        return None
    known = _known(case)
    if known is not None and user.id in known.recusals:
        recusal_id = known.recusals[user.id]
        return session.get(Recusal, recusal_id) if recusal_id is not None else None
    conditions = [Recusal.applicant_name == case.applicant_name]
    if case.id is not None:
        conditions.append(Recusal.case_id == case.id)
    return session.scalars(
        select(Recusal).where(Recusal.user_id == user.id, or_(*conditions)).order_by(Recusal.id).limit(1)
    ).first()


@dataclass(frozen=True)
class CaseScope:
    """Which cases a user may see in lists: all, or those of some divisions, or assigned to some
    users (his own, and those of absent holders he backs up)."""

    all_divisions: bool
    division_ids: frozenset[int]
    assignee_ids: frozenset[int]

    @property
    def nothing(self) -> bool:
        return not self.all_divisions and not self.division_ids and not self.assignee_ids


def case_scope(session: Session, actor: User) -> CaseScope:
    if not actor.active:
        return CaseScope(False, frozenset(), frozenset())
    roles = actor.roles
    if roles & {"supervisor", "leader"}:
        return CaseScope(True, frozenset(), frozenset())
    divisions: set[int] = set()
    assignees: set[int] = set()
    if roles & (HANDLING_ROLES | {"division_inspector"}) and actor.division_id is not None:
        divisions.add(actor.division_id)
    if roles & HANDLING_ROLES:
        assignees.add(actor.id)
        holders = session.scalars(
            select(User.id).where(User.backup_id == actor.id, User.absent.is_(True), User.active.is_(True))
        )
        assignees.update(holders)
    return CaseScope(False, frozenset(divisions), frozenset(assignees))


# --- The decision ---------------------------------------------------------------------------------


def can(
    actor: User | None,
    action: str,
    case: Case | None = None,
    *,
    regulation_spec: Any = None,
    session: Session | None = None,
    division_id: int | None = None,
    target_user: User | None = None,
) -> Decision:
    """May `actor` take `action` (on `case`)? `division_id` names the division for `register`
    (no case yet); `target_user` the user concerned by `arrange_posts`."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if actor is None:
        return _deny(msg("请先登录。"))
    if not actor.active:
        return _deny(msg("您的账户已停用，请联系系统管理员。"))
    session = _session(session, case, actor)
    roles = actor.roles

    if action in ADMIN_ACTIONS:
        if ADMIN_ROLE in roles:
            return ALLOW
        return _deny(msg("只有系统管理员才能{action}。", action=_label(action)))
    if action == "view_audit":
        if roles & {ADMIN_ROLE, "supervisor"}:
            return ALLOW
        return _deny(msg("只有系统管理员和纪检监察人员才能查看审计日志。"))
    if action == "declare_recusal":
        return ALLOW
    if action == "arrange_posts":
        return _arrange_posts(actor, target_user)
    if action == "view_all_cases":
        if roles & {"supervisor", "division_inspector", "leader"}:
            return ALLOW
        return _deny(msg("只有委领导和纪检监察人员才能查看全部办件。"))
    if action == "supervise":
        return _supervise(session, actor, case)
    if action == "view":
        return _view(session, actor, case)

    # Handling a case.
    if not roles & HANDLING_ROLES:
        if ADMIN_ROLE in roles and not roles & SUPERVISION_ROLES:
            return _deny(msg("系统管理员负责系统管理，不办理办件。"))
        if roles & SUPERVISION_ROLES:
            return _deny(
                msg(
                    "纪检监察人员只查看办件，通过督办、投诉和责任追究记录履行监督职责，不办理办件（监管分离）。"
                )
            )
        return _deny(msg("您没有办理办件的角色，不能{action}。", action=_label(action)))
    if case is None:
        if action != "register":
            raise ValueError(f"action {action!r} needs a case")
        if "clerk" not in roles:
            return _deny(msg("只有经办人才能登记办件。"))
        if division_id is not None and actor.division_id != division_id:
            return _deny(msg("只能登记本处室受理的事项。"))
        return ALLOW

    rules = _rules(case, regulation_spec, session)
    principal = effective_principal(actor, case, session)
    reason = _authority(session, principal, action, case, rules)
    acting_for: User | None = principal if principal is not actor else None
    if reason and acting_for is not None:
        own = _authority(session, actor, action, case, rules)
        if own is None:
            reason, acting_for = None, None
    if reason:
        return _deny(reason)

    recusal = recusal_for(session, actor, case)
    if recusal is not None:
        if recusal.case_id == case.id:
            return _deny(msg("您已对该办件声明回避，不能{action}（回避制度）。", action=_label(action)))
        return _deny(
            msg(
                "您已对申请人“{applicant}”声明回避，不能{action}（回避制度）。",
                applicant=case.applicant_name,
                action=_label(action),
            )
        )

    reason = _separation(session, actor, principal, action, case, rules)
    if reason:
        return _deny(reason)
    return Decision(True, "", acting_for)


def require(
    actor: User | None,
    action: str,
    case: Case | None = None,
    *,
    regulation_spec: Any = None,
    session: Session | None = None,
    division_id: int | None = None,
    target_user: User | None = None,
) -> Decision:
    """As `can`, raising PermissionDenied with the reason when the action is not allowed."""
    decision = can(
        actor,
        action,
        case,
        regulation_spec=regulation_spec,
        session=session,
        division_id=division_id,
        target_user=target_user,
    )
    if not decision.allowed:
        raise PermissionDenied(decision.reason)
    return decision


def allowed_actions(
    actor: User, case: Case, *, regulation_spec: Any = None, session: Session | None = None
) -> dict[str, Decision]:
    """Every case action with its decision, for the case view's buttons (disabled ones explain why)."""
    return {
        action: can(actor, action, case, regulation_spec=regulation_spec, session=session)
        for action in CASE_ACTIONS
        if action != "register"
    }


def _arrange_posts(actor: User, target: User | None) -> Decision:
    if ADMIN_ROLE in actor.roles:
        return ALLOW
    if "division_head" in actor.roles and (target is None or target.division_id == actor.division_id):
        return ALLOW
    return _deny(msg("只有系统管理员或本处室负责人才能安排AB岗。"))


def _supervise(session: Session | None, actor: User, case: Case | None) -> Decision:
    roles = actor.roles
    if "supervisor" in roles:
        pass
    elif "division_inspector" in roles:
        if case is not None and case.division_id != actor.division_id:
            return _deny(msg("兼职纪检监察员只能监督本处室的办件。"))
    else:
        return _deny(msg("只有纪检监察人员才能督办、登记投诉和责任追究。"))
    if case is not None:
        events = _case_events(session, case)
        took_part = {e.actor_id for e in events} | {e.acting_for_id for e in events}
        if actor.id in took_part or actor.id in (case.received_by_id, case.assignee_id):
            return _deny(msg("您参与办理了该办件，不能对其监督（监管分离）。"))
        if recusal_for(session, actor, case) is not None:
            return _deny(msg("您已对该办件或其申请人声明回避，不能对其监督（回避制度）。"))
    return ALLOW


def _view(session: Session | None, actor: User, case: Case | None) -> Decision:
    if case is None:
        raise ValueError("action 'view' needs a case")
    roles = actor.roles
    if roles & {"supervisor", "leader"}:
        return ALLOW
    if roles & (HANDLING_ROLES | {"division_inspector"}) and case.division_id == actor.division_id:
        return ALLOW
    if roles & HANDLING_ROLES:
        if actor.id in (case.assignee_id, case.received_by_id):
            return ALLOW
        if effective_principal(actor, case, session) is not actor:
            return ALLOW
        events = _case_events(session, case)
        if any(actor.id in (e.actor_id, e.acting_for_id) for e in events):
            return ALLOW
        rules = _rules(case, None, session)
        step = rules.step(case.current_step) if rules else None
        if (
            step is not None
            and step.role in roles
            and _division_id(session, step.division, case) == actor.division_id
        ):
            return ALLOW
    if roles == {ADMIN_ROLE}:
        return _deny(msg("系统管理员负责系统管理，不查看办件内容。"))
    return _deny(msg("该办件不属于您的处室，您也未参与办理，无权查看。"))


def _same_division(user: User, division_id: int | None) -> bool:
    return division_id is not None and user.division_id == division_id


def _authority(
    session: Session | None, user: User, action: str, case: Case, rules: _Rules | None
) -> str | None:
    """Why `user`'s roles and division do not allow `action` on `case`; None when they do."""
    roles = user.roles
    label = _label(action)
    if not user.active:
        return msg("账户已停用。")
    if action in COUNTER_ACTIONS:
        if "clerk" in roles and _same_division(user, case.division_id):
            return None
        return msg("只有受理处室的经办人才能{action}。", action=label)
    if action == "withdraw":
        if roles & {"clerk", "division_head"} and _same_division(user, case.division_id):
            return None
        return msg("只有受理处室的经办人或处室负责人才能办理撤回。")
    if action == "assign":
        if "division_head" in roles and _same_division(user, case.division_id):
            return None
        return msg("只有本处室负责人才能分办办件。")
    if action == "extend":
        if rules is not None and rules.extension_known and rules.extension_role is None:
            return msg("“{title}”不允许延期。", title=rules.title)
        approver = (rules.extension_role if rules is not None else None) or "leader"
        if approver in roles and (approver == "leader" or _same_division(user, case.division_id)):
            return None
        return msg("按规定，延期须由“{role}”批准。", role=ROLES.get(approver, approver))

    step = rules.step(case.current_step) if rules is not None else None
    if action in ("suspend", "resume"):
        if "division_head" in roles and _same_division(user, case.division_id):
            return None
        if step is not None and _holds_step(session, user, step, case):
            return None
        if step is None and roles & HANDLING_ROLES and _same_division(user, case.division_id):
            return None
        return msg("只有当前环节的办理人或处室负责人才能{action}。", action=label)

    # Step actions: pass, return, approve, reject.
    if step is None:
        if action in ("approve", "reject"):
            if "leader" in roles or ("division_head" in roles and _same_division(user, case.division_id)):
                return None
            return msg("只有委领导或处室负责人才能{action}。", action=label)
        if "leader" in roles or (roles & HANDLING_ROLES and _same_division(user, case.division_id)):
            return None
        return msg("该办件不属于您的处室，不能{action}。", action=label)
    allowed = step.actions
    if action == "approve":
        if rules is not None and rules.steps and step.code != rules.steps[-1].code:
            return msg("只有在最后一个环节才能作出办结决定。")
        if allowed is not None and "pass" not in allowed:
            return msg("环节“{step}”不能作出准予决定。", step=step.name)
    elif allowed is not None and action not in allowed:
        return msg("环节“{step}”不允许{action}。", step=step.name, action=label)
    if not _holds_step(session, user, step, case):
        if step.role in roles:
            return msg(
                "当前环节“{step}”由{division}办理，您不能{action}。",
                step=step.name,
                division=_division_label(session, step.division),
                action=label,
            )
        return msg(
            "当前环节“{step}”须由“{role}”办理，您不能{action}。",
            step=step.name,
            role=ROLES.get(step.role, step.role),
            action=label,
        )
    return None


def _division_label(session: Session | None, code: str | None) -> str:
    if code is None:
        return msg("受理处室")
    name = session.scalar(select(Division.name).where(Division.code == code)) if session else None
    return name or code


def _holds_step(session: Session | None, user: User, step: _Step, case: Case) -> bool:
    if step.role not in user.roles:
        return False
    if step.role == "leader":
        return True  # commission leaders act across divisions
    return _same_division(user, _division_id(session, step.division, case))


def _separation(
    session: Session | None, actor: User, principal: User, action: str, case: Case, rules: _Rules | None
) -> str | None:
    """Why separation of duties forbids this; None when it does not."""
    if action not in STEP_ACTIONS or rules is None or not rules.separation:
        return None
    persons = {actor.id, principal.id}
    events = _case_events(session, case)
    step = rules.step(case.current_step)
    is_last = step is not None and rules.steps and step.code == rules.steps[-1].code
    deciding = action in ("approve", "reject") or is_last
    for rule, steps in rules.separation:
        if rule == "acceptor_not_decider" and deciding:
            acceptors = _participants(events, frozenset({"accept"}))
            if not acceptors and rules.kind == "ex_officio" and case.received_by_id is not None:
                acceptors = {case.received_by_id}
            if persons & acceptors:
                return msg(
                    "您受理了该办件。按照“{title}”的规定，受理人不得作出最后决定（相互制约），"
                    "请由其他人员办理。",
                    title=rules.title,
                )
        if step is None or action == "return":
            continue
        if rule == "drafter_not_approver":
            index = rules.index(step.code)
            if index > 0:
                previous = rules.steps[index - 1]
                if persons & _participants(events, SIGN_OFF_ACTIONS, [previous.code]):
                    return msg(
                        "您办理了上一环节“{previous}”。按照“{title}”的规定，"
                        "同一人不得既起草又审批，本环节“{step}”请由其他人员办理。",
                        previous=previous.name,
                        title=rules.title,
                        step=step.name,
                    )
        if rule == "distinct_persons" and step.code in steps:
            others = [code for code in steps if code != step.code]
            if persons & _participants(events, SIGN_OFF_ACTIONS, others):
                names = enumeration([f"“{s.name}”" for s in rules.steps if s.code in steps])
                return msg(
                    "按照“{title}”的规定，{steps}须由不同人员办理，您已办理过其中的环节。",
                    title=rules.title,
                    steps=names,
                )
    return None
