"""Collective decisions (集体决策, BZ-06 集体决策议事规则).

A meeting (党组会, 主任办公会 or 处务会) is recorded with its date, the members due to attend (应到
会人员) and who attended, the presiding leader, and its agenda items, each possibly about a case.

Rules enforced here:
- Quorum (Art. 5): more than half of the members due must attend (`quorum_share`, strictly more);
  for personnel matters two thirds or more (`personnel_quorum_share`; 三分之二以上 includes exactly
  two thirds, and the catalogue's 0.6667 is read as 2/3). A meeting without quorum is not recorded.
- Each attending member states an opinion on each item (同意 / 不同意 / 缓议, or 回避 when he has a
  declared recusal on the item's case); the presiding leader speaks last (末位表态, Art. 6): he may
  state only after every other attending member has, and no one may state after him.
- A decision is recorded once everyone attending has stated; 同意 (approved) needs more than half
  of the members due to have agreed (Art. 7). Opposing and deferring opinions become the recorded
  dissent, with any further note.
- A case's collective-decision step passes only by linking a meeting whose item about that case
  was decided 同意 (`check_collective_decision`, called by app.cases for steps marked collective).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, policy
from app.agency_time import agency_date
from app.auth import HANDLING_ROLES
from app.errors import InvalidAction, InvalidInput, NotFound, PermissionDenied
from app.messages import Message, enumeration, msg
from app.supervision import regulation_parameters
from app.timesource import current_time
from db.models import Case, Division, Meeting, MeetingItem, MeetingMember, MeetingOpinion, User

STANCES: dict[str, str] = {"agree": "同意", "disagree": "不同意", "defer": "缓议", "recused": "回避"}
DECISIONS: dict[str, str] = {"approved": "同意", "rejected": "不同意", "deferred": "暂缓决定"}


@dataclass(frozen=True)
class MemberInput:
    login: str
    attended: bool = True
    absence_reason: str = ""


@dataclass(frozen=True)
class ItemInput:
    title: str
    case_number: str | None = None
    personnel: bool = False


@dataclass(frozen=True)
class Quorum:
    due: int  # members due to attend
    present: int
    required: int  # the fewest present that meets the rule
    personnel: bool
    met: bool

    @property
    def message(self) -> Message:
        """The attendance against the rule, for the user (translated in the GUI)."""
        counts = {"due": self.due, "present": self.present, "required": self.required}
        if self.personnel:
            if self.met:
                return msg(
                    "应到 {due} 人，实到 {present} 人；须三分之二以上到会（至少 {required} 人），符合规定。",
                    **counts,
                )
            return msg(
                "应到 {due} 人，实到 {present} 人；须三分之二以上到会（至少 {required} 人），不符合规定。",
                **counts,
            )
        if self.met:
            return msg(
                "应到 {due} 人，实到 {present} 人；须超过半数到会（至少 {required} 人），符合规定。", **counts
            )
        return msg(
            "应到 {due} 人，实到 {present} 人；须超过半数到会（至少 {required} 人），不符合规定。", **counts
        )

    @property
    def text(self) -> str:
        """The same in Chinese as plain text (the printed minutes, the CLI)."""
        return str(self.message)


def required_present(due: int, share: float, *, personnel: bool) -> int:
    """The fewest members present that meet the rule: strictly more than `share` of `due` for
    the ordinary rule; at least `share` for personnel matters (0.6667 read as two thirds)."""
    if due <= 0:
        return 1
    if personnel:
        if abs(share - 2 / 3) < 0.001:
            return math.ceil(due * 2 / 3)
        return math.ceil(due * share - 1e-9)
    return math.floor(due * share + 1e-9) + 1


def quorum_of(session: Session, meeting: Meeting) -> Quorum:
    params = regulation_parameters(session, "BZ-06")
    personnel = any(item.personnel for item in meeting.items)
    share = float(params["personnel_quorum_share"] if personnel else params["quorum_share"])
    due = len(meeting.members)
    present = sum(1 for m in meeting.members if m.attended)
    required = required_present(due, share, personnel=personnel)
    return Quorum(due, present, required, personnel, present >= required)


def _require_recorder(actor: User) -> None:
    if not actor.active:
        raise PermissionDenied(msg("您的账户已停用，请联系系统管理员。"))
    if not actor.roles & HANDLING_ROLES:
        raise PermissionDenied(
            msg("会议记录由承办处室或委办公室的工作人员登记；纪检监察人员和系统管理员不登记会议。")
        )


def _user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login.strip()))
    if user is None:
        raise InvalidInput(msg("没有登录名为“{login}”的用户。", login=login), field="members")
    return user


def _snapshot(meeting: Meeting) -> dict[str, Any]:
    return {
        "type": meeting.meeting_type,
        "held_on": meeting.held_on,
        "title": meeting.title,
        "presiding_id": meeting.presiding_id,
        "members": [[m.user_id, m.attended, m.absence_reason] for m in meeting.members],
        "items": [[i.seq, i.title, i.case_id, i.personnel] for i in meeting.items],
    }


def record_meeting(
    session: Session,
    actor: User,
    *,
    meeting_type: str,
    held_on: date,
    presiding_login: str,
    members: Sequence[MemberInput],
    items: Sequence[ItemInput],
    title: str = "",
    notes: str = "",
) -> Meeting:
    """Record a meeting that was held; refused when it lacks quorum (BZ-06 Art. 5)."""
    from app.cases import find_case

    _require_recorder(actor)
    params = regulation_parameters(session, "BZ-06")
    types = list(params["meeting_types"])
    if meeting_type not in types:
        raise InvalidInput(
            msg("会议类型应为{types}之一。", types=enumeration(list(types))), field="meeting_type"
        )
    if held_on > agency_date(current_time()):
        raise InvalidInput(msg("只能登记已经召开的会议，会议日期不能晚于今天。"), field="held_on")
    if not items:
        raise InvalidInput(msg("请列出会议议题。"), field="items")
    seen: dict[int, MeetingMember] = {}
    for given in members:
        user = _user(session, given.login)
        if user.id in seen:
            raise InvalidInput(msg("{name}在应到会人员中重复。", name=user.name), field="members")
        seen[user.id] = MeetingMember(
            user_id=user.id, attended=given.attended, absence_reason=given.absence_reason.strip()
        )
    if len(seen) < 2:
        raise InvalidInput(msg("集体决策会议的应到会人员至少应有2人。"), field="members")
    presiding = _user(session, presiding_login)
    if presiding.id not in seen or not seen[presiding.id].attended:
        raise InvalidInput(msg("会议主持人须是到会人员。"), field="presiding")
    item_rows = []
    for n, given in enumerate(items, start=1):
        text = given.title.strip()
        if not text:
            raise InvalidInput(msg("第 {n} 项议题没有填写名称。", n=n), field="items")
        case_row = (
            find_case(session, given.case_number) if given.case_number and given.case_number.strip() else None
        )
        item_rows.append(
            MeetingItem(
                seq=n,
                title=text[:300],
                case_id=case_row.id if case_row else None,
                personnel=given.personnel,
            )
        )
    meeting = Meeting(
        meeting_type=meeting_type,
        held_on=held_on,
        title=title.strip()[:200] or f"{meeting_type}（{held_on.isoformat()}）",
        division_id=actor.division_id if meeting_type == "处务会" else None,
        presiding_id=presiding.id,
        recorder_id=actor.id,
        recorded_at=current_time(),
        notes=notes.strip(),
        members=list(seen.values()),
        items=item_rows,
    )
    quorum = quorum_of(session, meeting)
    if not quorum.met:
        raise InvalidAction(
            msg(
                "到会人数不足：{quorum}会议决定不作为有效的集体决策，系统不予登记（集体决策议事规则第五条）。",
                quorum=quorum.message,
            )
        )
    session.add(meeting)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="meeting.record",
        entity="meeting",
        entity_key=meeting.id,
        before=None,
        after=_snapshot(meeting),
    )
    return meeting


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(msg("没有第 {meeting_id} 号会议记录。", meeting_id=meeting_id))
    return meeting


def _item(session: Session, meeting: Meeting, seq: int) -> MeetingItem:
    for item in meeting.items:
        if item.seq == seq:
            return item
    raise NotFound(msg("会议没有第 {seq} 项议题。", seq=seq))


def _member(session: Session, meeting: Meeting, login: str) -> MeetingMember:
    user = _user(session, login)
    for member in meeting.members:
        if member.user_id == user.id:
            return member
    raise InvalidInput(msg("{name}不是本次会议的应到会人员。", name=user.name), field="member")


def record_opinion(
    session: Session,
    actor: User,
    meeting_id: int,
    item_seq: int,
    *,
    member_login: str,
    stance: str,
    reason: str = "",
) -> MeetingOpinion:
    """Record one member's opinion on an agenda item, in speaking order (presiding last)."""
    _require_recorder(actor)
    meeting = _meeting(session, meeting_id)
    item = _item(session, meeting, item_seq)
    if item.decision is not None:
        raise InvalidAction(msg("该议题已作出决定，不能再登记意见。"))
    if stance not in STANCES:
        raise InvalidInput(
            msg("意见应为{stances}之一。", stances=enumeration(list(STANCES.values()))), field="stance"
        )
    member = _member(session, meeting, member_login)
    name = member.user.name
    if not member.attended:
        raise InvalidAction(msg("{name}未到会，不能登记其意见。", name=name))
    if any(o.member_id == member.id for o in item.opinions):
        raise InvalidAction(msg("{name}已对该议题表态。", name=name))
    case_row = session.get(Case, item.case_id) if item.case_id else None
    recused = case_row is not None and policy.recusal_for(session, member.user, case_row) is not None
    if recused and stance != "recused":
        raise InvalidAction(
            msg("{name}已对该办件或其申请人声明回避，只能登记为“回避”（回避制度）。", name=name)
        )
    if stance in ("disagree", "defer") and not reason.strip():
        raise InvalidInput(msg("不同意或缓议的，请说明理由。"), field="reason")
    params = regulation_parameters(session, "BZ-06")
    if params.get("leader_speaks_last", True):
        presiding_member = next(m for m in meeting.members if m.user_id == meeting.presiding_id)
        stated = {o.member_id for o in item.opinions}
        if presiding_member.id in stated:
            raise InvalidAction(msg("主持人已末位表态，其他参会人员不能再表态（末位表态）。"))
        if member.id == presiding_member.id:
            waiting = [
                m.user.name
                for m in meeting.members
                if m.attended and m.id != member.id and m.id not in stated
            ]
            if waiting:
                raise InvalidAction(
                    msg(
                        "主持人应最后表态（末位表态）：{names}尚未发表意见。",
                        names=enumeration(list(waiting)),
                    )
                )
    opinion = MeetingOpinion(
        item_id=item.id, member_id=member.id, seq=len(item.opinions) + 1, stance=stance, reason=reason.strip()
    )
    item.opinions.append(opinion)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="meeting.opinion",
        entity="meeting",
        entity_key=f"{meeting.id}/{item.seq}",
        before=None,
        after={"member": member.user_id, "stance": stance, "reason": reason.strip(), "seq": opinion.seq},
        case_id=item.case_id,
    )
    return opinion


def decide_item(
    session: Session,
    actor: User,
    meeting_id: int,
    item_seq: int,
    *,
    decision: str,
    decision_text: str,
    dissent: str = "",
) -> MeetingItem:
    """Record the meeting's decision on an item, once every attending member has stated."""
    _require_recorder(actor)
    meeting = _meeting(session, meeting_id)
    item = _item(session, meeting, item_seq)
    if item.decision is not None:
        raise InvalidAction(msg("该议题已作出决定；确需变更的，应当重新提交会议研究（第十条）。"))
    if decision not in DECISIONS:
        raise InvalidInput(
            msg("决定应为{decisions}之一。", decisions=enumeration(list(DECISIONS.values()))),
            field="decision",
        )
    text = decision_text.strip()
    if not text:
        raise InvalidInput(msg("请填写会议决定的内容。"), field="decision_text")
    quorum = quorum_of(session, meeting)
    if not quorum.met:
        raise InvalidAction(msg("到会人数不足，不能作出决定：{quorum}", quorum=quorum.message))
    stated = {o.member_id for o in item.opinions}
    waiting = [m.user.name for m in meeting.members if m.attended and m.id not in stated]
    if waiting:
        raise InvalidAction(
            msg("{names}尚未发表意见，不能作出决定（参会人员逐一表态）。", names=enumeration(list(waiting)))
        )
    agree = sum(1 for o in item.opinions if o.stance == "agree")
    if decision == "approved" and agree * 2 <= quorum.due:
        raise InvalidAction(
            msg(
                "同意的只有 {agree} 人，未超过应到会人员（{due} 人）的半数，不能形成同意的决定"
                "（少数服从多数，第七条）。",
                agree=agree,
                due=quorum.due,
            )
        )
    names = {m.id: m.user.name for m in meeting.members}
    lines = [
        f"{names[o.member_id]}：{STANCES[o.stance]}" + (f"，{o.reason}" if o.reason else "")
        for o in item.opinions
        if o.stance in ("disagree", "defer")
    ]
    if dissent.strip():
        lines.append(dissent.strip())
    item.decision = decision
    item.decision_text = text
    item.dissent = "\n".join(lines)
    item.decided_at = current_time()
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="meeting.decide",
        entity="meeting",
        entity_key=f"{meeting.id}/{item.seq}",
        before=None,
        after={
            "decision": decision,
            "text": text,
            "dissent": item.dissent,
            "agree": agree,
            "due": quorum.due,
        },
        case_id=item.case_id,
    )
    return item


def check_collective_decision(
    session: Session, case_row: Case, meeting_id: int | None, decision: str = "approved"
) -> MeetingItem:
    """The agenda item by which `meeting_id` decided `case_row` as `decision` (同意 to pass or
    approve, 不同意 to reject), or the reason the case's collective-decision step may not be
    concluded with it."""
    if meeting_id is None:
        raise InvalidInput(
            msg("本环节须集体决策：请关联研究决定本件的会议记录（集体决策议事规则第九条）。"),
            field="meeting_id",
        )
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise InvalidInput(msg("没有第 {meeting_id} 号会议记录。", meeting_id=meeting_id), field="meeting_id")
    items = [i for i in meeting.items if i.case_id == case_row.id]
    if not items:
        raise InvalidAction(msg("所关联的会议（{title}）没有研究本件的议题。", title=meeting.title))
    if not quorum_of(session, meeting).met:
        raise InvalidAction(msg("所关联的会议到会人数不足，不是有效的集体决策。"))
    decided = [i for i in items if i.decision == decision]
    if not decided:
        state = next((DECISIONS[i.decision] for i in items if i.decision), None) or msg("尚未作出决定")
        if decision == "approved":
            raise InvalidAction(msg("所关联的会议对本件的议题{state}，本环节不能通过。", state=state))
        raise InvalidAction(
            msg("所关联的会议对本件的议题{state}，本环节不能作出不予批准的决定。", state=state)
        )
    return decided[-1]


# --- reading -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OpinionLine:
    seq: int
    name: str
    stance: str
    stance_label: str
    reason: str
    presiding: bool


@dataclass(frozen=True)
class ItemMinutes:
    seq: int
    title: str
    case_number: str | None
    personnel: bool
    opinions: tuple[OpinionLine, ...]
    decision: str | None
    decision_label: str
    decision_text: str
    dissent: str


@dataclass(frozen=True)
class Minutes:
    """A meeting's record as plain data (the minutes printout, the CLI, the dialog)."""

    id: int
    meeting_type: str
    title: str
    held_on: date
    division: str
    presiding: str
    recorder: str
    attended: tuple[str, ...]
    absent: tuple[tuple[str, str], ...]  # (name, reason)
    quorum: Quorum
    items: tuple[ItemMinutes, ...]
    notes: str
    recorded_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.meeting_type,
            "title": self.title,
            "held_on": self.held_on.isoformat(),
            "division": self.division,
            "presiding": self.presiding,
            "recorder": self.recorder,
            "attended": list(self.attended),
            "absent": [{"name": n, "reason": r} for n, r in self.absent],
            "quorum": {
                "due": self.quorum.due,
                "present": self.quorum.present,
                "required": self.quorum.required,
                "personnel": self.quorum.personnel,
                "met": self.quorum.met,
            },
            "items": [
                {
                    "seq": i.seq,
                    "title": i.title,
                    "case": i.case_number,
                    "personnel": i.personnel,
                    "opinions": [
                        {
                            "seq": o.seq,
                            "name": o.name,
                            "stance": o.stance,
                            "reason": o.reason,
                            "presiding": o.presiding,
                        }
                        for o in i.opinions
                    ],
                    "decision": i.decision,
                    "decision_text": i.decision_text,
                    "dissent": i.dissent,
                }
                for i in self.items
            ],
            "notes": self.notes,
        }


def minutes(session: Session, meeting_id: int) -> Minutes:
    meeting = _meeting(session, meeting_id)
    names = {m.id: m.user.name for m in meeting.members}
    presiding_member = next((m.id for m in meeting.members if m.user_id == meeting.presiding_id), None)
    case_ids = {i.case_id for i in meeting.items if i.case_id}
    numbers = (
        dict(session.execute(select(Case.id, Case.number).where(Case.id.in_(case_ids))).all())
        if case_ids
        else {}
    )
    division = session.get(Division, meeting.division_id) if meeting.division_id else None
    recorder = session.get(User, meeting.recorder_id)
    presiding = session.get(User, meeting.presiding_id)
    return Minutes(
        id=meeting.id,
        meeting_type=meeting.meeting_type,
        title=meeting.title,
        held_on=meeting.held_on,
        division=division.name if division else "",
        presiding=presiding.name if presiding else "",
        recorder=recorder.name if recorder else "",
        attended=tuple(m.user.name for m in meeting.members if m.attended),
        absent=tuple((m.user.name, m.absence_reason) for m in meeting.members if not m.attended),
        quorum=quorum_of(session, meeting),
        items=tuple(
            ItemMinutes(
                seq=i.seq,
                title=i.title,
                case_number=numbers.get(i.case_id) if i.case_id else None,
                personnel=i.personnel,
                opinions=tuple(
                    OpinionLine(
                        o.seq,
                        names.get(o.member_id, ""),
                        o.stance,
                        STANCES[o.stance],
                        o.reason,
                        o.member_id == presiding_member,
                    )
                    for o in i.opinions
                ),
                decision=i.decision,
                decision_label=DECISIONS.get(i.decision or "", "尚未决定"),
                decision_text=i.decision_text,
                dissent=i.dissent,
            )
            for i in meeting.items
        ),
        notes=meeting.notes,
        recorded_at=meeting.recorded_at,
    )


@dataclass(frozen=True)
class MeetingRow:
    id: int
    meeting_type: str
    title: str
    held_on: date
    items: int
    decided: int


def list_meetings(session: Session, *, case_id: int | None = None, limit: int = 200) -> list[MeetingRow]:
    """Recorded meetings, newest first; with `case_id`, those with an agenda item about the case."""
    query = select(Meeting).order_by(Meeting.held_on.desc(), Meeting.id.desc()).limit(limit)
    if case_id is not None:
        query = query.where(
            Meeting.id.in_(select(MeetingItem.meeting_id).where(MeetingItem.case_id == case_id))
        )
    return [
        MeetingRow(
            m.id,
            m.meeting_type,
            m.title,
            m.held_on,
            len(m.items),
            sum(1 for i in m.items if i.decision is not None),
        )
        for m in session.scalars(query)
    ]
