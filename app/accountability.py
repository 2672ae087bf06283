"""Accountability (违规责任追究, BZ-10 违规责任追究办法).

Items are raised automatically — a case past its statutory limit (open, or decided late), a
supplement request that broke the one-time-notification rule (not within 5 working days of
receipt, or a second request), a substantiated complaint — and manually by a supervisor. Each item
names the persons and their responsibility, the violation type, and, when concluded, the finding,
the sanction and its date. An item is never deleted: a supervisor may dismiss it (不予追究) only
with a written reason, which is kept.

`raise_overdue_items(session, now)` is idempotent: each automatic item carries an `auto_key`
(unique in the table) naming its cause, so running it again raises nothing new. The GUI runs it at
start and the CLI's `supervision summary` before counting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, type_coerce
from sqlalchemy.orm import Session

from app import audit
from app.agency_time import agency_date
from app.calendar_store import load_calendar, refresh_suspended_clocks, rules_for_regulation
from app.clock import days_label
from app.errors import InvalidAction, InvalidInput, NotFound
from app.messages import choices, enumeration, msg
from app.supervision import (
    SupervisionScope,
    division_by_code,
    listing_names,
    regulation_parameters,
    require_supervisor,
    supervision_scope,
)
from app.timesource import current_time
from app.workflow import OPEN_STATUSES
from db.models import AccountabilityItem, AccountabilityPerson, Case, CaseEvent, Complaint, User
from db.types import UTCDateTime

STATUS_LABELS = {"open": "待处理", "concluded": "已处理", "dismissed": "不予追究"}
SOURCE_LABELS = {
    "overdue": "超过法定时限（系统生成）",
    "one_time_notice": "违反一次性告知（系统生成）",
    "complaint": "投诉查实",
    "manual": "纪检监察人员立项",
}
RESPONSIBILITIES = ("直接责任", "主要领导责任", "领导责任")
ONE_TIME_NOTICE_DAYS = 5  # 行政许可法第三十二条：当场或者五日内一次告知
SUPPLEMENT_LOOKBACK = timedelta(days=120)


def violation_types(session: Session) -> dict[str, str]:
    """code → name, from BZ-10."""
    return {v["code"]: v["name"] for v in regulation_parameters(session, "BZ-10")["violation_types"]}


def sanctions(session: Session) -> list[str]:
    return list(regulation_parameters(session, "BZ-10")["sanctions"])


@dataclass(frozen=True)
class PersonInput:
    name: str = ""
    login: str = ""
    responsibility: str = "直接责任"


@dataclass(frozen=True)
class ItemInfo:
    id: int
    source: str
    source_label: str
    violation_type: str
    violation_label: str
    case_number: str | None
    complaint_id: int | None
    division: str
    description: str
    raised_at: datetime
    raised_by: str
    status: str
    status_label: str
    persons: tuple[tuple[str, str], ...]  # (name, responsibility)
    finding: str
    sanction: str
    sanction_on: date | None
    dismissal_reason: str
    closed_by: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "violation_type": self.violation_type,
            "violation": self.violation_label,
            "case": self.case_number,
            "complaint_id": self.complaint_id,
            "division": self.division,
            "description": self.description,
            "raised_at": audit.jsonable(self.raised_at),
            "raised_by": self.raised_by or "系统",
            "status": self.status,
            "persons": [{"name": n, "responsibility": r} for n, r in self.persons],
            "finding": self.finding,
            "sanction": self.sanction,
            "sanction_on": self.sanction_on.isoformat() if self.sanction_on else None,
            "dismissal_reason": self.dismissal_reason,
        }


def _snapshot(item: AccountabilityItem) -> dict[str, Any]:
    return {
        "source": item.source,
        "violation_type": item.violation_type,
        "case_id": item.case_id,
        "complaint_id": item.complaint_id,
        "division_id": item.division_id,
        "status": item.status,
        "persons": [[p.name, p.responsibility] for p in item.persons],
        "finding": item.finding,
        "sanction": item.sanction,
        "sanction_on": item.sanction_on,
        "dismissal_reason": item.dismissal_reason,
    }


def _persons(session: Session, given: Sequence[PersonInput]) -> list[AccountabilityPerson]:
    rows = []
    for person in given:
        user = None
        if person.login.strip():
            user = session.scalar(select(User).where(User.login == person.login.strip()))
            if user is None:
                raise InvalidInput(msg("没有登录名为“{login}”的用户。", login=person.login), field="persons")
        name = person.name.strip() or (user.name if user else "")
        if not name:
            raise InvalidInput(msg("请填写被追究责任人员的姓名。"), field="persons")
        if person.responsibility not in RESPONSIBILITIES:
            raise InvalidInput(
                msg(
                    "责任类型应为{responsibilities}之一。",
                    responsibilities=enumeration(list(RESPONSIBILITIES)),
                ),
                field="persons",
            )
        rows.append(
            AccountabilityPerson(
                user_id=user.id if user else None, name=name, responsibility=person.responsibility
            )
        )
    return rows


def _add_item(
    session: Session,
    *,
    actor: User | None,
    source: str,
    violation_type: str,
    description: str,
    case_row: Case | None = None,
    complaint: Complaint | None = None,
    division_id: int | None = None,
    auto_key: str | None = None,
    persons: Sequence[AccountabilityPerson] = (),
    now: datetime,
) -> AccountabilityItem:
    item = AccountabilityItem(
        source=source,
        auto_key=auto_key,
        violation_type=violation_type,
        case_id=case_row.id if case_row else None,
        complaint_id=complaint.id if complaint else None,
        division_id=division_id if division_id is not None else (case_row.division_id if case_row else None),
        description=description,
        raised_at=now,
        raised_by_id=actor.id if actor else None,
        status="open",
        persons=list(persons),
    )
    session.add(item)
    audit.record_change(session, actor, item, _snapshot, None, action="accountability.raise")
    return item


def _existing_keys(session: Session, keys: Sequence[str]) -> set[str]:
    if not keys:
        return set()
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        chunk = list(keys[start : start + 500])
        found.update(
            k
            for k in session.scalars(
                select(AccountabilityItem.auto_key).where(AccountabilityItem.auto_key.in_(chunk))
            )
            if k
        )
    return found


def _person_of(session: Session, user_id: int | None) -> list[AccountabilityPerson]:
    if user_id is None:
        return []
    user = session.get(User, user_id)
    return [AccountabilityPerson(user_id=user.id, name=user.name, responsibility="直接责任")] if user else []


def raise_overdue_items(session: Session, now: datetime | None = None) -> list[AccountabilityItem]:
    """Raise the automatic items not yet raised (idempotent), recorded as by the system:

    - `overdue`: an open case whose statutory due date has passed, or a case decided after it;
    - `no_one_time_notice`: a supplement request made more than 5 working days after receipt, or a
      second supplement request on the same case (looked back over the last 120 days).
    """
    now = now or current_time()
    today = agency_date(now)
    # A suspended case is past its due date only if its clock ran past the limit before the
    # suspension: its cached projection, written when it was suspended, is brought up to today.
    refresh_suspended_clocks(session, now)
    params = regulation_parameters(session, "BZ-10")
    raised: list[AccountabilityItem] = []
    if params.get("auto_on_statutory_overdue", True):
        raised += _raise_overdue(session, now, today)
    raised += _raise_one_time_notice(session, now)
    return raised


def _raise_overdue(session: Session, now: datetime, today: date) -> list[AccountabilityItem]:
    already = select(AccountabilityItem.case_id).where(
        AccountabilityItem.source == "overdue", AccountabilityItem.case_id.is_not(None)
    )
    open_overdue = list(
        session.scalars(
            select(Case)
            .where(
                Case.status.in_(sorted(OPEN_STATUSES)),
                Case.clock_state.in_(("running", "suspended")),
                Case.statutory_due.is_not(None),
                Case.statutory_due < today,
                Case.id.not_in(already),
            )
            .order_by(Case.id)
        )
    )
    # Decided late: the clock ran past the statutory limit (kept when it stopped). Not every case
    # decided after its due day: one decided in a step the clock does not count (报批, 证照办理)
    # may be in time. Where the figure was not kept (none should be), by the decision day: the
    # timestamp (UTC) is at least the due date's midnight, a superset checked exactly below in
    # the agency's zone.
    decided_late = [
        c
        for c in session.scalars(
            select(Case)
            .where(
                Case.decided_at.is_not(None),
                Case.statutory_due.is_not(None),
                or_(
                    Case.stopped_overdue_days > 0,
                    (Case.stopped_overdue_days.is_(None))
                    & (Case.decided_at > type_coerce(Case.statutory_due, UTCDateTime)),
                ),
                Case.id.not_in(already),
            )
            .order_by(Case.id)
        )
        if c.stopped_overdue_days
        or (
            c.stopped_overdue_days is None
            and c.statutory_due is not None
            and c.decided_at is not None
            and agency_date(c.decided_at) > c.statutory_due
        )
    ]
    raised = []
    keys = {f"overdue:case:{c.id}": c for c in [*open_overdue, *decided_late]}
    existing = _existing_keys(session, list(keys))
    for key, case_row in keys.items():
        if key in existing:
            continue
        if case_row.decided_at is not None:
            if case_row.stopped_overdue_days:
                unit = rules_for_regulation(session, case_row.regulation).statutory.unit
                overrun = days_label(case_row.stopped_overdue_days, unit)
            else:
                overrun = days_label(
                    load_calendar(session).working_days_between(
                        case_row.statutory_due,  # type: ignore[arg-type]
                        agency_date(case_row.decided_at),
                    )
                )
            decider = session.scalar(
                select(CaseEvent.actor_id)
                .where(
                    CaseEvent.case_id == case_row.id, CaseEvent.action.in_(("approve", "reject", "refuse"))
                )
                .order_by(CaseEvent.id.desc())
                .limit(1)
            )
            description = (
                f"办件 {case_row.number} 法定期限至 {case_row.statutory_due.isoformat()}，"  # type: ignore[union-attr]
                f"于 {agency_date(case_row.decided_at).isoformat()} 办结，超期 {overrun}。"
            )
            persons = _person_of(session, decider)
        else:
            description = (
                f"办件 {case_row.number} 法定期限至 {case_row.statutory_due.isoformat()}，"  # type: ignore[union-attr]
                f"截至 {today.isoformat()} 尚未办结（当前环节：{case_row.current_step_name or '—'}）。"
            )
            persons = _person_of(session, case_row.assignee_id)
        raised.append(
            _add_item(
                session,
                actor=None,
                source="overdue",
                violation_type="overdue",
                description=description,
                case_row=case_row,
                auto_key=key,
                persons=persons,
                now=now,
            )
        )
    return raised


def _raise_one_time_notice(session: Session, now: datetime) -> list[AccountabilityItem]:
    events = list(
        session.execute(
            select(CaseEvent, Case)
            .join(Case, Case.id == CaseEvent.case_id)
            .where(CaseEvent.action == "supplement", CaseEvent.at >= now - SUPPLEMENT_LOOKBACK)
            .order_by(CaseEvent.case_id, CaseEvent.id)
        )
    )
    if not events:
        return []
    calendar = load_calendar(session)
    counts: dict[int, int] = {}
    for event, _case_row in session.execute(
        select(CaseEvent, Case)
        .join(Case, Case.id == CaseEvent.case_id)
        .where(
            CaseEvent.action == "supplement", CaseEvent.case_id.in_(sorted({e.case_id for e, _ in events}))
        )
    ):
        counts[event.case_id] = counts.get(event.case_id, 0) + 1
    candidates: dict[str, tuple[CaseEvent, Case, str]] = {}
    for event, case_row in events:
        received = agency_date(case_row.received_at)
        deadline = calendar.add_working_days(received, ONE_TIME_NOTICE_DAYS)
        if agency_date(event.at) > deadline:
            candidates[f"one_time:case:{case_row.id}"] = (
                event,
                case_row,
                f"办件 {case_row.number} 于 {received.isoformat()} 接收，"
                f"至 {agency_date(event.at).isoformat()} "
                f"才告知补正，超过5个工作日的一次性告知期限（应于 {deadline.isoformat()} 前告知）。",
            )
        elif counts.get(case_row.id, 0) > 1:
            candidates[f"one_time:case:{case_row.id}"] = (
                event,
                case_row,
                f"办件 {case_row.number} 多次要求申请人补正材料，未做到一次性告知。",
            )
    existing = _existing_keys(session, list(candidates))
    raised = []
    for key, (event, case_row, description) in candidates.items():
        if key in existing:
            continue
        raised.append(
            _add_item(
                session,
                actor=None,
                source="one_time_notice",
                violation_type="no_one_time_notice",
                description=description,
                case_row=case_row,
                auto_key=key,
                persons=_person_of(session, event.actor_id),
                now=now,
            )
        )
    return raised


def raise_from_complaint(
    session: Session, actor: User, complaint: Complaint, now: datetime
) -> AccountabilityItem:
    """The item a substantiated (or partly substantiated) complaint opens; one per complaint."""
    key = f"complaint:{complaint.id}"
    existing = session.scalar(select(AccountabilityItem).where(AccountabilityItem.auto_key == key))
    if existing is not None:
        return existing
    case_row = session.get(Case, complaint.case_id) if complaint.case_id else None
    outcome = "属实" if complaint.outcome == "substantiated" else "部分属实"
    return _add_item(
        session,
        actor=actor,
        source="complaint",
        violation_type="shirking" if case_row is None else _complaint_violation(case_row),
        description=f"投诉第 {complaint.id} 号经查{outcome}：{complaint.content[:200]}",
        case_row=case_row,
        complaint=complaint,
        division_id=complaint.division_id,
        auto_key=key,
        persons=_person_of(session, case_row.assignee_id) if case_row else [],
        now=now,
    )


def _complaint_violation(case_row: Case) -> str:
    return (
        "overdue"
        if case_row.statutory_due and case_row.clock_state in ("running", "suspended")
        else "shirking"
    )


# --- supervisor's actions ------------------------------------------------------------------------------


def raise_item(
    session: Session,
    actor: User,
    *,
    violation_type: str,
    description: str,
    case_number: str | None = None,
    division_code: str | None = None,
    persons: Sequence[PersonInput] = (),
) -> AccountabilityItem:
    """A supervisor opens an item himself (立项)."""
    from app.cases import find_case

    types = violation_types(session)
    if violation_type not in types:
        raise InvalidInput(
            msg(
                "违规类型应为：{types}。",
                types=choices(types),
            ),
            field="violation_type",
        )
    description = description.strip()
    if not description:
        raise InvalidInput(msg("请写明违规事实。"), field="description")
    case_row = find_case(session, case_number) if case_number and case_number.strip() else None
    division = division_by_code(session, division_code) if division_code else None
    division_id = division.id if division else (case_row.division_id if case_row else None)
    if division_id is None:
        raise InvalidInput(msg("请指明涉及的办件或处室。"), field="division")
    require_supervisor(session, actor, division_id=division_id, case_row=case_row)
    return _add_item(
        session,
        actor=actor,
        source="manual",
        violation_type=violation_type,
        description=description,
        case_row=case_row,
        division_id=division_id,
        persons=_persons(session, persons),
        now=current_time(),
    )


def _item(session: Session, item_id: int) -> AccountabilityItem:
    item = session.get(AccountabilityItem, item_id)
    if item is None:
        raise NotFound(msg("没有第 {item_id} 号责任追究事项。", item_id=item_id))
    return item


def _require_open(session: Session, actor: User, item: AccountabilityItem) -> None:
    case_row = session.get(Case, item.case_id) if item.case_id else None
    require_supervisor(session, actor, division_id=item.division_id, case_row=case_row)
    if item.status != "open":
        raise InvalidAction(msg("该事项已{status}，不能再修改。", status=STATUS_LABELS[item.status]))


def conclude_item(
    session: Session,
    actor: User,
    item_id: int,
    *,
    finding: str,
    sanction: str,
    sanction_on: date,
    persons: Sequence[PersonInput] | None = None,
) -> AccountabilityItem:
    """Record the finding, the sanction and its date (处理决定)."""
    item = _item(session, item_id)
    _require_open(session, actor, item)
    before = _snapshot(item)
    finding = finding.strip()
    if not finding:
        raise InvalidInput(msg("请填写调查认定的事实和责任。"), field="finding")
    allowed = sanctions(session)
    if sanction not in allowed:
        raise InvalidInput(
            msg("处理方式应为{sanctions}之一。", sanctions=enumeration(list(allowed))), field="sanction"
        )
    if persons is not None:
        item.persons = _persons(session, persons)
    if not item.persons:
        raise InvalidInput(msg("请列明被追究责任的人员。"), field="persons")
    if sanction_on > agency_date(current_time()):
        raise InvalidInput(msg("处理日期不能晚于今天。"), field="sanction_on")
    item.finding, item.sanction, item.sanction_on = finding, sanction, sanction_on
    item.status = "concluded"
    return _close(session, actor, item, before, action="accountability.conclude")


def dismiss_item(session: Session, actor: User, item_id: int, reason: str) -> AccountabilityItem:
    """不予追究: only with a written reason (e.g. force majeure verified by the office, BZ-10 Art. 5)."""
    item = _item(session, item_id)
    _require_open(session, actor, item)
    reason = reason.strip()
    if len(reason) < 4:
        raise InvalidInput(
            msg("不予追究须书面写明理由（如经核实确因不可抗力超期），理由不少于4个字。"), field="reason"
        )
    before = _snapshot(item)
    item.status = "dismissed"
    item.dismissal_reason = reason
    return _close(session, actor, item, before, action="accountability.dismiss")


def _close(
    session: Session, actor: User, item: AccountabilityItem, before: dict[str, Any], *, action: str
) -> AccountabilityItem:
    item.closed_at = current_time()
    item.closed_by_id = actor.id
    audit.record_change(session, actor, item, _snapshot, before, action=action)
    return item


def list_items(session: Session, actor: User, *, status: str | None = None) -> list[ItemInfo]:
    scope: SupervisionScope = supervision_scope(actor)
    query = select(AccountabilityItem).order_by(AccountabilityItem.id.desc())
    if status:
        query = query.where(AccountabilityItem.status == status)
    condition = scope.condition(AccountabilityItem.division_id)
    if condition is not None:
        query = query.where(condition)
    items = list(session.scalars(query))
    types = violation_types(session)
    looked_up = listing_names(session, {i.case_id for i in items})
    numbers, divisions, names = looked_up.case_numbers, looked_up.divisions, looked_up.users
    return [
        ItemInfo(
            id=i.id,
            source=i.source,
            source_label=SOURCE_LABELS.get(i.source, i.source),
            violation_type=i.violation_type,
            violation_label=types.get(i.violation_type, i.violation_type),
            case_number=numbers.get(i.case_id) if i.case_id else None,
            complaint_id=i.complaint_id,
            division=divisions.get(i.division_id, "") if i.division_id else "",
            description=i.description,
            raised_at=i.raised_at,
            raised_by=names.get(i.raised_by_id, "") if i.raised_by_id else "",
            status=i.status,
            status_label=STATUS_LABELS.get(i.status, i.status),
            persons=tuple((p.name, p.responsibility) for p in i.persons),
            finding=i.finding,
            sanction=i.sanction,
            sanction_on=i.sanction_on,
            dismissal_reason=i.dismissal_reason,
            closed_by=names.get(i.closed_by_id, "") if i.closed_by_id else "",
        )
        for i in items
    ]
