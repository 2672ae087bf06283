"""Satisfaction (好差评) and social supervision (社会监督员, BZ-11 社会监督员制度).

The applicant's rating is recorded on the case when it is closed (app.cases `close`). Social
supervisors' feedback is registered by the supervision office with an optional rating, the
division or case concerned, and answered within the regulation's limit (10 working days from
registration). Both are summarised per division on the dashboard and in the monthly report
(app.supervision.monthly_supervision).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.errors import InvalidAction, InvalidInput, NotFound
from app.messages import msg
from app.supervision import (
    SATISFACTION_KEYS,
    division_by_code,
    due_after,
    regulation_parameters,
    require_supervisor,
    supervision_scope,
)
from app.timesource import current_time
from db.models import Case, Division, SocialFeedback, User

RATINGS: dict[str, str] = {"satisfied": "满意", "basically": "基本满意", "dissatisfied": "不满意"}


def _snapshot(f: SocialFeedback) -> dict[str, Any]:
    return {
        "supervisor_name": f.supervisor_name,
        "division_id": f.division_id,
        "case_id": f.case_id,
        "rating": f.rating,
        "content": f.content,
        "reply_due": f.reply_due,
        "reply": f.reply_text,
    }


def register_feedback(
    session: Session,
    actor: User,
    *,
    supervisor_name: str,
    content: str,
    rating: str | None = None,
    division_code: str | None = None,
    case_number: str | None = None,
) -> SocialFeedback:
    from app.cases import find_case

    name = supervisor_name.strip()
    if not name:
        raise InvalidInput(msg("请填写社会监督员姓名。"), field="supervisor_name")
    content = content.strip()
    if not content:
        raise InvalidInput(msg("请填写社会监督员反映的意见或问题。"), field="content")
    if rating is not None and rating not in RATINGS:
        raise InvalidInput(msg("评价应为满意、基本满意或不满意。"), field="rating")
    case_row = find_case(session, case_number) if case_number and case_number.strip() else None
    division = division_by_code(session, division_code) if division_code else None
    division_id = case_row.division_id if case_row else (division.id if division else None)
    require_supervisor(session, actor, division_id=division_id, case_row=case_row)
    now = current_time()
    params = regulation_parameters(session, "BZ-11")
    row = SocialFeedback(
        supervisor_name=name[:64],
        division_id=division_id,
        case_id=case_row.id if case_row else None,
        rating=rating,
        content=content,
        received_at=now,
        registered_by_id=actor.id,
        reply_due=due_after(session, now, params["feedback_reply_limit"]),
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="feedback.register",
        entity="feedback",
        entity_key=row.id,
        before=None,
        after=_snapshot(row),
        case_id=row.case_id,
    )
    return row


def reply_feedback(session: Session, actor: User, feedback_id: int, reply: str) -> SocialFeedback:
    row = session.get(SocialFeedback, feedback_id)
    if row is None:
        raise NotFound(msg("没有第 {feedback_id} 号社会监督员意见。", feedback_id=feedback_id))
    require_supervisor(session, actor, division_id=row.division_id)
    if row.replied_at is not None:
        raise InvalidAction(msg("该意见已答复。"))
    reply = reply.strip()
    if not reply:
        raise InvalidInput(msg("请填写答复内容。"), field="reply")
    before = _snapshot(row)
    row.reply_text = reply
    row.replied_at = current_time()
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="feedback.reply",
        entity="feedback",
        entity_key=row.id,
        before=before,
        after=_snapshot(row),
        case_id=row.case_id,
    )
    return row


@dataclass(frozen=True)
class SatisfactionRow:
    division_id: int
    division: str
    satisfied: int
    basically: int
    dissatisfied: int
    feedback: int

    @property
    def rated(self) -> int:
        return self.satisfied + self.basically + self.dissatisfied

    @property
    def satisfaction_rate(self) -> float | None:
        """满意率: (satisfied + basically) / rated, None when nothing was rated."""
        return (self.satisfied + self.basically) / self.rated if self.rated else None


def satisfaction_by_division(
    session: Session, actor: User, since: datetime, until: datetime
) -> list[SatisfactionRow]:
    """Ratings of cases closed in [since, until) and social feedback received then, per division."""
    scope = supervision_scope(actor)
    counts: dict[int, dict[str, int]] = {}
    query = (
        select(Case.division_id, Case.satisfaction, func.count(Case.id))
        .where(Case.satisfaction.is_not(None), Case.closed_at >= since, Case.closed_at < until)
        .group_by(Case.division_id, Case.satisfaction)
    )
    for division_id, rating, n in session.execute(query):
        if rating in SATISFACTION_KEYS:
            counts.setdefault(division_id, {})[rating] = int(n)
    query = (
        select(SocialFeedback.division_id, func.count(SocialFeedback.id))
        .where(
            SocialFeedback.division_id.is_not(None),
            SocialFeedback.received_at >= since,
            SocialFeedback.received_at < until,
        )
        .group_by(SocialFeedback.division_id)
    )
    for division_id, n in session.execute(query):
        counts.setdefault(division_id, {})["feedback"] = int(n)
    names = dict(session.execute(select(Division.id, Division.name)).all())
    return [
        SatisfactionRow(
            division_id,
            names.get(division_id, ""),
            values.get("satisfied", 0),
            values.get("basically", 0),
            values.get("dissatisfied", 0),
            values.get("feedback", 0),
        )
        for division_id, values in sorted(counts.items())
        if scope.covers(division_id)
    ]


@dataclass(frozen=True)
class FeedbackInfo:
    id: int
    supervisor_name: str
    division: str
    case_number: str | None
    rating: str | None
    content: str
    received_at: datetime
    reply_due: date
    reply: str
    replied_at: datetime | None


def list_feedback(session: Session, actor: User) -> list[FeedbackInfo]:
    scope = supervision_scope(actor)
    query = select(SocialFeedback).order_by(SocialFeedback.id.desc())
    condition = scope.condition(SocialFeedback.division_id)
    if condition is not None:
        query = query.where(condition)
    rows = list(session.scalars(query))
    names = dict(session.execute(select(Division.id, Division.name)).all())
    numbers = dict(
        session.execute(
            select(Case.id, Case.number).where(Case.id.in_({r.case_id for r in rows if r.case_id}))
        ).all()
    )
    return [
        FeedbackInfo(
            r.id,
            r.supervisor_name,
            names.get(r.division_id, "") if r.division_id else "",
            numbers.get(r.case_id) if r.case_id else None,
            r.rating,
            r.content,
            r.received_at,
            r.reply_due,
            r.reply_text,
            r.replied_at,
        )
        for r in rows
    ]


def feedback_info(session: Session, actor: User, feedback_id: int) -> FeedbackInfo:
    """One feedback entry, if it is within the actor's supervision scope."""
    found = next((f for f in list_feedback(session, actor) if f.id == feedback_id), None)
    if found is None:
        raise NotFound(
            msg("没有第 {feedback_id} 号社会监督员意见，或不在您的监督范围内。", feedback_id=feedback_id)
        )
    return found
