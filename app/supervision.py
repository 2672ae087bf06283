"""The supervision office (纪检组监察室): who may supervise what, the limits of the supporting
regulations, and the dashboard's numbers as one function returning plain data.

Every number of the dashboard is an SQL count over the same conditions the case list uses
(app.caselist.card_condition on the cached due dates), so a click on a number opens a case list
showing exactly that many cases (`case_filter_for`). Supervisors and commission leaders see all
divisions; a division inspector (兼职纪检监察员) sees the cases whose accepting division is his.

The services of the office live beside this module: app.notices (督办通知), app.complaints (投诉),
app.meetings (集体决策), app.accountability (违规责任追究) and app.feedback (好差评、社会监督员).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app import policy
from app.agency_time import agency_date, agency_zone
from app.calendar_store import load_calendar, suspensions_over_limit
from app.caselist import CaseFilter, card_condition, list_clock_rules
from app.clock import SUSPENSION_REASONS, cached_remaining
from app.errors import NotFound, PermissionDenied
from app.messages import Message, msg
from app.timesource import current_time
from app.workflow import OPEN_STATUSES
from db.models import (
    AccountabilityItem,
    Case,
    Complaint,
    Division,
    Regulation,
    SocialFeedback,
    SupervisionNotice,
    SupervisionNoticeCase,
    User,
)

# The parameters of the supporting regulations, used when the catalogue lacks the entry (a test
# catalogue, a partial import). The catalogue's values win.
DEFAULT_PARAMETERS: dict[str, dict[str, Any]] = {
    "BZ-06": {
        "quorum_share": 0.5,
        "personnel_quorum_share": 0.6667,
        "leader_speaks_last": True,
        "meeting_types": ["党组会", "主任办公会", "处务会"],
    },
    "BZ-08": {
        "complaint_limit": {"days": 15, "unit": "working"},
        "acknowledge_within": {"days": 2, "unit": "working"},
        "channels": ["phone", "letter", "visit", "online"],
    },
    "BZ-09": {"notice_reply_limit": {"days": 5, "unit": "working"}, "suspension_review_days": 30},
    "BZ-10": {
        "violation_types": [
            {"code": "overdue", "name": "超期办理"},
            {"code": "no_one_time_notice", "name": "未一次性告知"},
            {"code": "irregular_acceptance", "name": "违规受理或不予受理"},
            {"code": "shirking", "name": "推诿扯皮"},
            {"code": "failure_to_recuse", "name": "未按规定回避"},
            {"code": "collective_decision_breach", "name": "违反集体决策程序"},
            {"code": "irregular_suspension", "name": "违规暂停计时或延期"},
            {"code": "extra_requirements", "name": "擅自增设条件或材料"},
            {"code": "nondisclosure", "name": "应公开未公开"},
            {"code": "improper_benefits", "name": "索取收受财物或谋取不正当利益"},
        ],
        "sanctions": ["批评教育", "书面检查", "通报批评", "诫勉谈话", "调离岗位", "移送纪律审查"],
        "auto_on_statutory_overdue": True,
    },
    "BZ-11": {"term_years": 2, "feedback_reply_limit": {"days": 10, "unit": "working"}},
}

SATISFACTION_KEYS = ("satisfied", "basically", "dissatisfied")


def regulation_parameters(session: Session, code: str) -> dict[str, Any]:
    """The parameters of supporting regulation `code` in force today, over the defaults above."""
    from app.catalogue import supporting_parameters

    defaults = DEFAULT_PARAMETERS.get(code, {})
    try:
        found = supporting_parameters(session, code)
    except NotFound:
        found = {}
    return {**defaults, **found}


def due_after(session: Session, start: datetime, limit: dict[str, Any]) -> date:
    """The last day of a limit ({days, unit}) counted from `start`: the start day is not counted."""
    calendar = load_calendar(session)
    day = agency_date(start)
    days = int(limit.get("days", 0))
    if limit.get("unit", "working") == "working":
        return calendar.add_working_days(day, days)
    return calendar.natural_period_end(day, days)


def working_days_left(session: Session, due: date, today: date, calendar: Any = None) -> int:
    """Working days from today to `due` (negative when overdue)."""
    calendar = calendar or load_calendar(session)
    remaining, overdue = cached_remaining(calendar, due, today, "working")
    return remaining if overdue == 0 else -overdue


# --- who supervises what -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SupervisionScope:
    """The divisions a supervision user sees: all, or the listed ones (a division inspector's)."""

    all_divisions: bool
    division_ids: frozenset[int] = frozenset()

    def covers(self, division_id: int | None) -> bool:
        return self.all_divisions or (division_id is not None and division_id in self.division_ids)

    def condition(self, column: Any) -> Any:
        """SQL restricting `column` (a division id) to the scope; None when unrestricted."""
        if self.all_divisions:
            return None
        return column.in_(sorted(self.division_ids))


@dataclass(frozen=True)
class ListingNames:
    """The names a supervision listing shows beside its rows' ids, read in three queries."""

    case_numbers: dict[int, str]
    divisions: dict[int, str]
    users: dict[int, str]


def listing_names(session: Session, case_ids: set[int | None]) -> ListingNames:
    wanted = {i for i in case_ids if i}
    numbers = (
        dict(session.execute(select(Case.id, Case.number).where(Case.id.in_(wanted))).all()) if wanted else {}
    )
    return ListingNames(
        case_numbers=numbers,
        divisions=dict(session.execute(select(Division.id, Division.name)).all()),
        users=dict(session.execute(select(User.id, User.name)).all()),
    )


def supervision_scope(actor: User) -> SupervisionScope:
    """Supervisors and commission leaders see every division, a division inspector his own."""
    roles = actor.roles
    if not actor.active:
        raise PermissionDenied(msg("您的账户已停用，请联系系统管理员。"))
    if roles & {"supervisor", "leader"}:
        return SupervisionScope(True)
    if "division_inspector" in roles and actor.division_id is not None:
        return SupervisionScope(False, frozenset({actor.division_id}))
    raise PermissionDenied(msg("只有纪检监察人员和委领导才能查看监督情况。"))


def require_supervisor(
    session: Session, actor: User, *, division_id: int | None = None, case_row: Case | None = None
) -> SupervisionScope:
    """Refuse unless `actor` may act as a supervisor (app.policy `supervise`) on the case or the
    division; a division inspector only on his own division."""
    policy.require(actor, "supervise", case_row, session=session)
    scope = supervision_scope(actor)
    target = division_id if division_id is not None else (case_row.division_id if case_row else None)
    if not scope.all_divisions and target is not None and not scope.covers(target):
        raise PermissionDenied(msg("兼职纪检监察员只能监督本处室的办件和事项。"))
    return scope


def division_by_code(session: Session, code: str) -> Division:
    division = session.scalar(select(Division).where(Division.code == code.strip().upper()))
    if division is None:
        raise NotFound(msg("没有代码为“{code}”的处室，请核对处室代码。", code=code))
    return division


def user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.name if user is not None else ""


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    """The first instant of the month and of the next one, in the agency's zone, as UTC."""
    zone = agency_zone()
    start = datetime.combine(date(year, month, 1), time(0), tzinfo=zone)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    end = datetime.combine(nxt, time(0), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


# --- the dashboard -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class DivisionCounts:
    division_id: int
    code: str
    name: str
    open: int = 0
    green: int = 0
    yellow: int = 0
    red: int = 0
    untimed: int = 0  # open but the clock not yet running (received, supplementing)
    complaints_open: int = 0
    notices_awaiting: int = 0
    accountability_open: int = 0
    satisfied: int = 0
    basically: int = 0
    dissatisfied: int = 0
    feedback: int = 0


@dataclass(frozen=True)
class CardCase:
    """A yellow- or red-card case for the dashboard's lists."""

    case_id: int
    number: str
    card: str
    division: str
    regulation: str
    applicant: str
    step: str
    statutory_due: date | None
    remaining: int
    overdue: int
    unit: str
    suspended: bool

    @property
    def days_text(self) -> Message:
        if self.unit == "working":
            if self.overdue:
                return msg("已超期 {days} 个工作日", days=self.overdue)
            return msg("剩余 {days} 个工作日", days=self.remaining)
        if self.overdue:
            return msg("已超期 {days} 日", days=self.overdue)
        return msg("剩余 {days} 日", days=self.remaining)


@dataclass(frozen=True)
class SuspendedCase:
    case_id: int
    number: str
    division: str
    reason: str
    started: date
    days: int
    limit: int


@dataclass(frozen=True)
class SupervisionSummary:
    today: date
    scope: SupervisionScope
    divisions: list[DivisionCounts]
    cards: dict[str, int]
    open_total: int
    untimed: int
    yellow_cases: list[CardCase]
    red_cases: list[CardCase]
    suspended_over: list[SuspendedCase]
    refused_this_month: int
    complaints_open: int
    complaints_overdue: int
    notices_awaiting: int
    notices_overdue: int
    accountability_open: int
    satisfaction: dict[str, int] = field(default_factory=dict)
    feedback_this_month: int = 0

    def as_json(self) -> dict[str, Any]:
        def card_case(c: CardCase) -> dict[str, Any]:
            return {
                "number": c.number,
                "card": c.card,
                "division": c.division,
                "regulation": c.regulation,
                "applicant": c.applicant,
                "step": c.step,
                "statutory_due": c.statutory_due.isoformat() if c.statutory_due else None,
                "remaining_days": c.remaining,
                "overdue_days": c.overdue,
                "unit": c.unit,
                "suspended": c.suspended,
            }

        return {
            "today": self.today.isoformat(),
            "scope": "all"
            if self.scope.all_divisions
            else [d.code for d in self.divisions if d.division_id in self.scope.division_ids],
            "open": self.open_total,
            "untimed": self.untimed,
            "cards": dict(self.cards),
            "divisions": [
                {
                    "code": d.code,
                    "name": d.name,
                    "open": d.open,
                    "cards": {"green": d.green, "yellow": d.yellow, "red": d.red},
                    "untimed": d.untimed,
                    "complaints_open": d.complaints_open,
                    "notices_awaiting": d.notices_awaiting,
                    "accountability_open": d.accountability_open,
                    "satisfaction": {
                        "satisfied": d.satisfied,
                        "basically": d.basically,
                        "dissatisfied": d.dissatisfied,
                    },
                    "social_feedback": d.feedback,
                }
                for d in self.divisions
            ],
            "yellow_cases": [card_case(c) for c in self.yellow_cases],
            "red_cases": [card_case(c) for c in self.red_cases],
            "suspended_over_limit": [
                {
                    "number": s.number,
                    "division": s.division,
                    "reason": s.reason,
                    "started": s.started.isoformat(),
                    "days": s.days,
                    "limit": s.limit,
                }
                for s in self.suspended_over
            ],
            "refused_this_month": self.refused_this_month,
            "complaints_open": self.complaints_open,
            "complaints_overdue": self.complaints_overdue,
            "notices_awaiting_reply": self.notices_awaiting,
            "notices_overdue": self.notices_overdue,
            "accountability_open": self.accountability_open,
            "satisfaction_this_month": dict(self.satisfaction),
            "social_feedback_this_month": self.feedback_this_month,
        }


def _card_expression(today: date) -> Any:
    return case(
        (card_condition("red", today), "red"),
        (card_condition("yellow", today), "yellow"),
        (card_condition("green", today), "green"),
        else_="none",
    )


def _with_scope(query: Any, scope: SupervisionScope, column: Any) -> Any:
    condition = scope.condition(column)
    return query if condition is None else query.where(condition)


LIST_LIMIT = 500


def supervision_summary(
    session: Session, actor: User, now: datetime | None = None, *, list_limit: int = LIST_LIMIT
) -> SupervisionSummary:
    """Everything the supervision dashboard shows, for `actor`'s scope, as of `now`."""
    scope = supervision_scope(actor)
    now = now or current_time()
    today = agency_date(now)
    open_statuses = sorted(OPEN_STATUSES)

    divisions = {
        d.id: d for d in session.scalars(select(Division).order_by(Division.code)) if scope.covers(d.id)
    }
    counts: dict[int, dict[str, int]] = {division_id: {} for division_id in divisions}

    def bump(division_id: int | None, key: str, n: int) -> None:
        if division_id in counts:
            counts[division_id][key] = counts[division_id].get(key, 0) + int(n)

    card = _card_expression(today)
    query = (
        select(Case.division_id, card, func.count(Case.id))
        .where(Case.status.in_(open_statuses))
        .group_by(Case.division_id, card)
    )
    for division_id, card_value, n in session.execute(_with_scope(query, scope, Case.division_id)):
        bump(division_id, "open", n)
        bump(division_id, "untimed" if card_value == "none" else card_value, n)

    query = (
        select(Complaint.division_id, func.count(Complaint.id))
        .where(Complaint.status == "open")
        .group_by(Complaint.division_id)
    )
    complaint_rows = list(session.execute(_with_scope(query, scope, Complaint.division_id)))
    for division_id, n in complaint_rows:
        bump(division_id, "complaints_open", n)
    overdue_query = select(func.count(Complaint.id)).where(Complaint.status == "open", Complaint.due < today)
    complaints_overdue = int(session.scalar(_with_scope(overdue_query, scope, Complaint.division_id)) or 0)

    query = (
        select(SupervisionNotice.division_id, func.count(SupervisionNotice.id))
        .where(SupervisionNotice.status == "open")
        .group_by(SupervisionNotice.division_id)
    )
    for division_id, n in session.execute(_with_scope(query, scope, SupervisionNotice.division_id)):
        bump(division_id, "notices_awaiting", n)
    overdue_query = select(func.count(SupervisionNotice.id)).where(
        SupervisionNotice.status == "open", SupervisionNotice.reply_due < today
    )
    notices_overdue = int(
        session.scalar(_with_scope(overdue_query, scope, SupervisionNotice.division_id)) or 0
    )

    query = (
        select(AccountabilityItem.division_id, func.count(AccountabilityItem.id))
        .where(AccountabilityItem.status == "open")
        .group_by(AccountabilityItem.division_id)
    )
    accountability_rows = list(session.execute(_with_scope(query, scope, AccountabilityItem.division_id)))
    for division_id, n in accountability_rows:
        bump(division_id, "accountability_open", n)

    month_start, month_end = month_bounds(today.year, today.month)
    query = (
        select(Case.division_id, Case.satisfaction, func.count(Case.id))
        .where(Case.satisfaction.is_not(None), Case.closed_at >= month_start, Case.closed_at < month_end)
        .group_by(Case.division_id, Case.satisfaction)
    )
    satisfaction = dict.fromkeys(SATISFACTION_KEYS, 0)
    for division_id, rating, n in session.execute(_with_scope(query, scope, Case.division_id)):
        if rating in satisfaction:
            satisfaction[rating] += int(n)
            bump(division_id, rating, n)
    query = (
        select(SocialFeedback.division_id, func.count(SocialFeedback.id))
        .where(SocialFeedback.received_at >= month_start, SocialFeedback.received_at < month_end)
        .group_by(SocialFeedback.division_id)
    )
    feedback_total = 0
    for division_id, n in session.execute(_with_scope(query, scope, SocialFeedback.division_id)):
        feedback_total += int(n)
        bump(division_id, "feedback", n)

    query = select(func.count(Case.id)).where(
        Case.status == "refused", Case.decided_at >= month_start, Case.decided_at < month_end
    )
    refused = int(session.scalar(_with_scope(query, scope, Case.division_id)) or 0)

    rows = [
        DivisionCounts(division_id, d.code, d.name, **counts[division_id])
        for division_id, d in divisions.items()
    ]
    cards = {key: sum(getattr(r, key) for r in rows) for key in ("green", "yellow", "red")}
    # Complaints and accountability items not tied to a division count only in the totals of
    # those who see every division.
    complaints_open = sum(int(n) for d, n in complaint_rows if scope.all_divisions or d in divisions)
    accountability_open = sum(int(n) for d, n in accountability_rows if scope.all_divisions or d in divisions)
    return SupervisionSummary(
        today=today,
        scope=scope,
        divisions=rows,
        cards=cards,
        open_total=sum(r.open for r in rows),
        untimed=sum(r.untimed for r in rows),
        yellow_cases=_card_cases(session, scope, "yellow", today, list_limit),
        red_cases=_card_cases(session, scope, "red", today, list_limit),
        suspended_over=_suspended_over(session, scope, now),
        refused_this_month=refused,
        complaints_open=complaints_open,
        complaints_overdue=complaints_overdue,
        notices_awaiting=sum(r.notices_awaiting for r in rows),
        notices_overdue=notices_overdue,
        accountability_open=accountability_open,
        satisfaction=satisfaction,
        feedback_this_month=feedback_total,
    )


def _card_cases(
    session: Session, scope: SupervisionScope, card: str, today: date, limit: int
) -> list[CardCase]:
    query = (
        select(
            Case.id,
            Case.number,
            Division.name,
            Regulation.code,
            Regulation.title,
            Case.applicant_name,
            Case.current_step_name,
            Case.statutory_due,
            Case.clock_state,
        )
        .join(Division, Division.id == Case.division_id)
        .join(Regulation, Regulation.id == Case.regulation_id)
        .where(Case.status.in_(sorted(OPEN_STATUSES)), card_condition(card, today))
        .order_by(Case.statutory_due, Case.id)
        .limit(limit)
    )
    rules = list_clock_rules(session)
    calendar = load_calendar(session)
    found = []
    for case_id, number, division, code, title, applicant, step, due, clock_state in session.execute(
        _with_scope(query, scope, Case.division_id)
    ):
        unit = rules[code].unit if code in rules else "working"
        remaining, overdue = cached_remaining(calendar, due, today, unit)
        found.append(
            CardCase(
                case_id,
                number,
                card,
                division,
                title,
                applicant,
                step,
                due,
                remaining,
                overdue,
                unit,
                clock_state == "suspended",
            )
        )
    return found


def _suspended_over(session: Session, scope: SupervisionScope, now: datetime) -> list[SuspendedCase]:
    alerts = [a for a in suspensions_over_limit(session, now=now) if a.ended is None]
    if not alerts:
        return []
    ids = sorted({a.case_id for a in alerts})
    info = {
        case_id: (division_id, name)
        for case_id, division_id, name in session.execute(
            select(Case.id, Case.division_id, Division.name)
            .join(Division, Division.id == Case.division_id)
            .where(Case.id.in_(ids))
        )
    }
    return [
        SuspendedCase(
            a.case_id,
            a.number,
            info[a.case_id][1],
            SUSPENSION_REASONS.get(a.reason_code, a.reason_code),
            a.started,
            a.days,
            a.limit,
        )
        for a in alerts
        if a.case_id in info and scope.covers(info[a.case_id][0])
    ]


# --- what a click on a number opens ------------------------------------------------------------------

FILTER_KEYS = (
    "open",
    "green",
    "yellow",
    "red",
    "untimed",
    "refused_month",
    "complaints_open",
    "notices_awaiting",
    "accountability_open",
    "suspended_over",
)


def case_filter_for(summary: SupervisionSummary, key: str, division_id: int | None = None) -> CaseFilter:
    """The case-list filter showing the cases behind one of the dashboard's numbers (in the
    summary's scope, optionally of one division)."""
    if key not in FILTER_KEYS:
        raise ValueError(key)
    today = summary.today
    conditions: list[Any] = []
    statuses: frozenset[str] = frozenset(OPEN_STATUSES)
    if key in ("green", "yellow", "red"):
        conditions.append(card_condition(key, today))
    elif key == "untimed":
        conditions.append(~Case.clock_state.in_(("running", "suspended")) | Case.statutory_due.is_(None))
    elif key == "refused_month":
        start, end = month_bounds(today.year, today.month)
        statuses = frozenset({"refused"})
        conditions.append(and_(Case.decided_at >= start, Case.decided_at < end))
    elif key == "complaints_open":
        statuses = frozenset()
        conditions.append(
            Case.id.in_(
                select(Complaint.case_id).where(Complaint.status == "open", Complaint.case_id.is_not(None))
            )
        )
    elif key == "notices_awaiting":
        statuses = frozenset()
        conditions.append(
            Case.id.in_(
                select(SupervisionNoticeCase.case_id)
                .join(SupervisionNotice, SupervisionNotice.id == SupervisionNoticeCase.notice_id)
                .where(SupervisionNotice.status == "open")
            )
        )
    elif key == "accountability_open":
        statuses = frozenset()
        conditions.append(
            Case.id.in_(
                select(AccountabilityItem.case_id).where(
                    AccountabilityItem.status == "open", AccountabilityItem.case_id.is_not(None)
                )
            )
        )
    elif key == "suspended_over":
        conditions.append(Case.id.in_(sorted({s.case_id for s in summary.suspended_over}) or [-1]))
    scope_condition = summary.scope.condition(Case.division_id)
    if scope_condition is not None:
        conditions.append(scope_condition)
    return CaseFilter(statuses=statuses, division_id=division_id, extra=tuple(conditions))


# --- the monthly report's supervision figures --------------------------------------------------------


@dataclass(frozen=True)
class MonthlySupervision:
    """Per division (None = no division) for one month: what the monthly report's supervision
    columns need."""

    division_id: int | None
    complaints_received: int = 0
    complaints_resolved: int = 0
    complaints_substantiated: int = 0
    notices_sent: int = 0
    notices_replied: int = 0
    notices_overdue: int = 0
    accountability_raised: int = 0
    accountability_concluded: int = 0
    satisfied: int = 0
    basically: int = 0
    dissatisfied: int = 0
    social_feedback: int = 0


def monthly_supervision(session: Session, year: int, month: int) -> dict[int | None, MonthlySupervision]:
    """The month's complaints, notices, accountability items, ratings and social supervisors'
    feedback by division, from the supervision tables."""
    start, end = month_bounds(year, month)
    values: dict[int | None, dict[str, int]] = {}

    def add(division_id: int | None, key: str, n: int) -> None:
        values.setdefault(division_id, {})
        values[division_id][key] = values[division_id].get(key, 0) + int(n)

    def grouped(column: Any, *conditions: Any) -> list[tuple[int | None, int]]:
        model = column.class_
        query = select(column, func.count()).select_from(model).where(*conditions).group_by(column)
        return [(d, int(n)) for d, n in session.execute(query)]

    for d, n in grouped(Complaint.division_id, Complaint.received_at >= start, Complaint.received_at < end):
        add(d, "complaints_received", n)
    for d, n in grouped(Complaint.division_id, Complaint.closed_at >= start, Complaint.closed_at < end):
        add(d, "complaints_resolved", n)
    for d, n in grouped(
        Complaint.division_id,
        Complaint.closed_at >= start,
        Complaint.closed_at < end,
        Complaint.outcome.in_(("substantiated", "partly")),
    ):
        add(d, "complaints_substantiated", n)
    for d, n in grouped(
        SupervisionNotice.division_id, SupervisionNotice.sent_at >= start, SupervisionNotice.sent_at < end
    ):
        add(d, "notices_sent", n)
    for d, n in grouped(
        SupervisionNotice.division_id,
        SupervisionNotice.replied_at >= start,
        SupervisionNotice.replied_at < end,
    ):
        add(d, "notices_replied", n)
    # Notices whose reply fell due this month and came late or not at all (as of today).
    first_day = date(year, month, 1)
    last_day = agency_date(end - timedelta(seconds=1))
    for d, due, replied_at in session.execute(
        select(
            SupervisionNotice.division_id, SupervisionNotice.reply_due, SupervisionNotice.replied_at
        ).where(SupervisionNotice.reply_due >= first_day, SupervisionNotice.reply_due <= last_day)
    ):
        late = agency_date(replied_at) > due if replied_at is not None else agency_date(current_time()) > due
        if late:
            add(d, "notices_overdue", 1)
    for d, n in grouped(
        AccountabilityItem.division_id,
        AccountabilityItem.raised_at >= start,
        AccountabilityItem.raised_at < end,
    ):
        add(d, "accountability_raised", n)
    for d, n in grouped(
        AccountabilityItem.division_id,
        AccountabilityItem.closed_at >= start,
        AccountabilityItem.closed_at < end,
        AccountabilityItem.status == "concluded",
    ):
        add(d, "accountability_concluded", n)
    query = (
        select(Case.division_id, Case.satisfaction, func.count(Case.id))
        .where(Case.satisfaction.is_not(None), Case.closed_at >= start, Case.closed_at < end)
        .group_by(Case.division_id, Case.satisfaction)
    )
    for d, rating, n in session.execute(query):
        if rating in SATISFACTION_KEYS:
            add(d, rating, n)
    for d, n in grouped(
        SocialFeedback.division_id, SocialFeedback.received_at >= start, SocialFeedback.received_at < end
    ):
        add(d, "social_feedback", n)
    return {d: MonthlySupervision(d, **v) for d, v in values.items()}
