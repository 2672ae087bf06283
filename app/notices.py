"""Supervision notices (督办通知, BZ-09 效能监察办法 Art. 5).

A supervisor sends a notice about one or more cases to the division that handles them, with the
rectification required and a reply deadline (5 working days from sending, the sending day not
counted). The division head replies in the app. A notice not replied by its deadline is overdue
(shown red); a reply after the deadline stays marked as late. Everything is audited, and the notice
prints as a PDF (app.supervision_print).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.agency_time import agency_date
from app.calendar_store import load_calendar
from app.errors import InvalidAction, InvalidInput, NotFound, PermissionDenied
from app.messages import Message, msg
from app.supervision import (
    division_by_code,
    due_after,
    listing_names,
    regulation_parameters,
    require_supervisor,
    working_days_left,
)
from app.timesource import current_time
from db.models import Division, SupervisionNotice, SupervisionNoticeCase, User

STATUS_LABELS = {"open": "待回复", "replied": "已回复"}


def notice_label(notice_id: int, sent_at: datetime) -> str:
    """The notice's document number, e.g. 督办〔2026〕7号."""
    return f"督办〔{agency_date(sent_at).year}〕{notice_id}号"


@dataclass(frozen=True)
class NoticeInfo:
    id: int
    label: str
    division_id: int
    division: str
    subject: str
    requirements: str
    case_numbers: tuple[str, ...]
    sender: str
    sent_at: datetime
    reply_due: date
    days_left: int
    status: str
    status_label: str
    reply: str
    replied_at: datetime | None
    replied_by: str

    @property
    def overdue(self) -> bool:
        """Open past its deadline: shown red."""
        return self.status == "open" and self.days_left < 0

    @property
    def replied_late(self) -> bool:
        return self.replied_at is not None and agency_date(self.replied_at) > self.reply_due

    @property
    def time_text(self) -> Message:
        if self.status == "replied":
            return msg("逾期回复") if self.replied_late else msg("按期回复")
        if self.days_left < 0:
            return msg("已逾期 {days} 个工作日", days=-self.days_left)
        return msg("剩余 {days} 个工作日", days=self.days_left)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "division": self.division,
            "subject": self.subject,
            "requirements": self.requirements,
            "cases": list(self.case_numbers),
            "sender": self.sender,
            "sent_at": audit.jsonable(self.sent_at),
            "reply_due": self.reply_due.isoformat(),
            "status": self.status,
            "overdue": self.overdue,
            "replied_late": self.replied_late,
            "reply": self.reply,
            "replied_at": audit.jsonable(self.replied_at),
            "replied_by": self.replied_by,
        }


def _snapshot(notice: SupervisionNotice) -> dict[str, Any]:
    return {
        "division_id": notice.division_id,
        "subject": notice.subject,
        "requirements": notice.requirements,
        "cases": [link.case_id for link in notice.case_links],
        "reply_due": notice.reply_due,
        "status": notice.status,
        "reply": notice.reply_text,
    }


def send_notice(
    session: Session,
    actor: User,
    *,
    case_numbers: Sequence[str],
    subject: str,
    requirements: str,
    division_code: str | None = None,
) -> SupervisionNotice:
    """Send a supervision notice about `case_numbers` to their division (or to `division_code`
    when no case is named, e.g. a notice about a division's practice)."""
    from app.cases import find_case

    subject = subject.strip()
    if not subject:
        raise InvalidInput(msg("请填写督办事项。"), field="subject")
    if len(subject) > 200:
        raise InvalidInput(msg("督办事项过长（最多200字），详细内容请写入整改要求。"), field="subject")
    requirements = requirements.strip()
    if not requirements:
        raise InvalidInput(msg("请写明整改要求。"), field="requirements")
    cases = []
    for number in dict.fromkeys(n.strip() for n in case_numbers if n.strip()):
        cases.append(find_case(session, number))
    division: Division | None = division_by_code(session, division_code) if division_code else None
    division_ids = {c.division_id for c in cases} | ({division.id} if division else set())
    if not division_ids:
        raise InvalidInput(msg("请选择督办的办件或处室。"), field="cases")
    if len(division_ids) > 1:
        raise InvalidInput(
            msg("一份督办通知只能发给一个处室：所选办件分属不同处室，请分别发出。"), field="cases"
        )
    division_id = division_ids.pop()
    for case_row in cases:
        require_supervisor(session, actor, case_row=case_row)
    require_supervisor(session, actor, division_id=division_id)
    now = current_time()
    params = regulation_parameters(session, "BZ-09")
    notice = SupervisionNotice(
        division_id=division_id,
        sender_id=actor.id,
        subject=subject,
        requirements=requirements,
        sent_at=now,
        reply_due=due_after(session, now, params["notice_reply_limit"]),
        status="open",
        case_links=[SupervisionNoticeCase(case_id=c.id) for c in cases],
    )
    session.add(notice)
    # One event per case, so that each case's history shows the notice; one without a case.
    for case_id in [c.id for c in cases] or [None]:
        audit.record_change(session, actor, notice, _snapshot, None, action="notice.send", case_id=case_id)
    return notice


def may_reply(actor: User, notice: SupervisionNotice) -> Message | None:
    """Why `actor` may not reply to the notice; None when he may (the division's head)."""
    if not actor.active:
        return msg("账户已停用。")
    if "division_head" not in actor.roles or actor.division_id != notice.division_id:
        return msg("督办通知由被督办处室的负责人回复。")
    if notice.status != "open":
        return msg("该督办通知已回复。")
    return None


def reply_notice(session: Session, actor: User, notice_id: int, reply: str) -> SupervisionNotice:
    """The division head's written reply on what was done and rectified."""
    notice = _notice(session, notice_id)
    reason = may_reply(actor, notice)
    if reason is not None:
        raise (InvalidAction if notice.status != "open" else PermissionDenied)(reason)
    reply = reply.strip()
    if len(reply) < 4:
        raise InvalidInput(msg("请写明办理和整改情况（不少于4个字）。"), field="reply")
    before = _snapshot(notice)
    notice.reply_text = reply
    notice.replied_at = current_time()
    notice.replied_by_id = actor.id
    notice.status = "replied"
    case_id = notice.case_links[0].case_id if len(notice.case_links) == 1 else None
    audit.record_change(session, actor, notice, _snapshot, before, action="notice.reply", case_id=case_id)
    return notice


def _notice(session: Session, notice_id: int) -> SupervisionNotice:
    notice = session.get(SupervisionNotice, notice_id)
    if notice is None:
        raise NotFound(msg("没有第 {notice_id} 号督办通知。", notice_id=notice_id))
    return notice


def list_notices(
    session: Session, actor: User, *, open_only: bool = False, now: datetime | None = None
) -> list[NoticeInfo]:
    """Notices the actor may see: supervisors and leaders all, a division inspector or the
    division's head and staff those sent to their division. Newest first."""
    roles = actor.roles
    query = select(SupervisionNotice).order_by(SupervisionNotice.id.desc())
    if not roles & {"supervisor", "leader"}:
        if actor.division_id is None:
            return []
        query = query.where(SupervisionNotice.division_id == actor.division_id)
    if open_only:
        query = query.where(SupervisionNotice.status == "open")
    notices = list(session.scalars(query))
    return _infos(session, notices, agency_date(now or current_time()))


def notice_info(session: Session, notice_id: int, now: datetime | None = None) -> NoticeInfo:
    return _infos(session, [_notice(session, notice_id)], agency_date(now or current_time()))[0]


def _infos(session: Session, notices: list[SupervisionNotice], today: date) -> list[NoticeInfo]:
    looked_up = listing_names(session, {link.case_id for n in notices for link in n.case_links})
    numbers, divisions, names = looked_up.case_numbers, looked_up.divisions, looked_up.users
    calendar = load_calendar(session)
    return [
        NoticeInfo(
            id=n.id,
            label=notice_label(n.id, n.sent_at),
            division_id=n.division_id,
            division=divisions.get(n.division_id, ""),
            subject=n.subject,
            requirements=n.requirements,
            case_numbers=tuple(numbers[link.case_id] for link in n.case_links if link.case_id in numbers),
            sender=names.get(n.sender_id, ""),
            sent_at=n.sent_at,
            reply_due=n.reply_due,
            days_left=working_days_left(session, n.reply_due, today, calendar),
            status=n.status,
            status_label=STATUS_LABELS.get(n.status, n.status),
            reply=n.reply_text,
            replied_at=n.replied_at,
            replied_by=names.get(n.replied_by_id, "") if n.replied_by_id else "",
        )
        for n in notices
    ]
