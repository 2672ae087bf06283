"""The training database (培训库): the sample catalogue, demo divisions and users, sample cases.

A training database is marked as such: the GUI shows a banner and only there may the present be
pretended (SUNLIGHT_FAKE_NOW). Real data is never touched: `build_training_database` refuses a
database that holds anything and is not marked as training.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import policy, settings, timesource, workflow
from app.agency_time import agency_date, agency_zone
from app.auth import hash_password
from app.calendar import WorkingCalendar
from app.calendar_store import load_calendar
from app.cases import ActionInput, ApplicantDetails, MaterialCheck, perform, register_case
from app.catalogue import (
    SAMPLE_CATALOGUE_DIR,
    RegulationSpec,
    current_regulations,
    import_catalogue,
    load_catalogue,
    regulation_spec,
)
from app.errors import ConfigurationError
from app.meetings import ItemInput, MemberInput, decide_item, record_meeting, record_opinion
from app.messages import msg
from app.users import record_account
from app.workspace import Workspace
from db.models import Case, Division, Regulation, User, UserRole

DEMO_PASSWORD = "sunlight-demo"


@dataclass(frozen=True)
class DemoUser:
    login: str
    name: str
    division: str
    roles: tuple[str, ...]


# People with their own roles; every division that handles cases also gets two clerks, a reviewer
# and a head (see `_division_staff`), so each step of every regulation has someone to hold it.
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "系统管理员", "BGS", ("admin",)),
    DemoUser("leader", "周建国", "WLD", ("leader",)),
    DemoUser("deputy", "陈立新", "WLD", ("leader",)),
    DemoUser("deputy2", "曹卫华", "WLD", ("leader",)),
    DemoUser("supervisor", "刘清廉", "JJZ", ("supervisor",)),
    DemoUser("tzc-inspector", "吴敏", "TZC", ("division_inspector",)),
)
_STAFF_POSTS = (
    ("clerk", ("clerk",)),
    ("clerk2", ("clerk",)),
    ("reviewer", ("reviewer",)),
    ("head", ("division_head",)),
)
_STAFF_NAMES = (
    "王晓明",
    "李婷",
    "赵志强",
    "孙国平",
    "郑雅",
    "何海涛",
    "黄丽",
    "曾德明",
    "谭宇",
    "彭立军",
    "罗芳",
    "邓文华",
    "蒋勇",
    "唐建华",
    "杨帆",
    "肖卫东",
    "谢慧",
    "易志刚",
    "龙艳",
    "夏建军",
    "石磊",
    "贺敏",
    "尹红",
    "廖春生",
    "钟燕",
    "段文斌",
    "汤丽萍",
    "毛晓东",
    "刘畅",
    "陈晨",
    "胡静",
    "许诺",
    "蔡文",
    "姚远",
    "卢娟",
    "彭程",
    "余洁",
    "潘峰",
    "戴丽",
    "邹勇",
    "文倩",
    "向阳",
    "田甜",
    "鲁军",
    "严华",
    "莫凡",
    "方圆",
    "柳青",
    "江涛",
    "童欣",
    "雷鸣",
    "冯雪",
    "邱实",
    "秦岭",
    "常青",
    "金鑫",
    "康宁",
    "葛亮",
    "阎鹏",
    "薛梅",
    "范伟",
    "袁野",
    "邵华",
    "孟超",
)

_ORG_PLACES = ("长沙", "株洲", "湘潭", "衡阳", "岳阳", "常德", "益阳", "郴州", "永州", "怀化", "娄底", "邵阳")
_ORG_TRADES = (
    "新材料",
    "能源",
    "电子信息",
    "生物医药",
    "智能装备",
    "现代农业",
    "交通建设",
    "水务",
    "文旅",
    "物流",
)
_ORG_FORMS = ("有限公司", "股份有限公司", "集团有限公司", "投资开发有限公司")
_SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗"
_GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "霞")
_PROJECTS = (
    "年产10万吨锂电正极材料项目",
    "220千伏输变电工程",
    "高标准农田建设项目",
    "城市污水处理厂提标改造工程",
    "智能制造产业园一期工程",
    "县域冷链物流中心项目",
    "风电场二期工程",
    "中医医院门诊综合楼建设项目",
    "农村公路提质改造工程",
    "职业教育实训基地建设项目",
)


@dataclass(frozen=True)
class DemoReport:
    users: int
    regulations: int
    cases: int


def _holds_data(session: Session) -> bool:
    return any(session.scalar(select(func.count()).select_from(model)) for model in (User, Case, Regulation))


def database_is_empty(workspace: Workspace) -> bool:
    with workspace.sessions() as session:
        return not _holds_data(session)


def ensure_training_database(session: Session) -> None:
    """Mark the database as training, or refuse if it holds real data."""
    if settings.read_setting(session, settings.TRAINING):
        return
    if _holds_data(session):
        raise ConfigurationError(
            msg(
                "该数据库已有正式数据，不是培训库，演示数据不能写入。"
                "请另建一个数据库（用 --db 指定）再运行 demo。"
            )
        )
    settings.write_setting(session, settings.TRAINING, True)


def build_training_database(
    workspace: Workspace,
    *,
    cases: int,
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
    seed: int = 2026,
) -> DemoReport:
    """Sample catalogue, demo users, and `cases` cases received over the last 12 months, each taken
    through the real case-handling services as far as its age allows (at the pretended times)."""
    with workspace.transaction() as session:
        ensure_training_database(session)
        catalogue = load_catalogue(SAMPLE_CATALOGUE_DIR)
        import_catalogue(session, catalogue, now=now)
        users = _ensure_demo_users(session, now)
    rng = random.Random(seed)
    pretended = timesource.current_time()
    try:
        # Received in the order of their numbers, as at a real window: the oldest first; none
        # before the catalogue took effect.
        with workspace.sessions() as session:
            first_day = session.scalar(select(func.min(Regulation.effective_from)))
        span = max(1.0, min(365.0, float((agency_date(now) - first_day).days))) if first_day else 365.0
        ages = sorted((rng.uniform(1.0, span) for _ in range(cases)), reverse=True)
        last: datetime | None = None
        registered = 0
        for made, age in enumerate(ages, 1):
            with workspace.transaction() as session:
                received = _make_demo_case(session, rng, now, now - timedelta(days=age), after=last)
            if received is not None:
                last, registered = received, registered + 1
            if progress:
                progress(made, cases)
    finally:
        timesource.set_fake_now(pretended if pretended != now else None)
    return DemoReport(users=len(users), regulations=len(catalogue.regulations), cases=registered)


def _division_staff(divisions: list[Division]) -> list[DemoUser]:
    staff = []
    names = iter(_STAFF_NAMES * 2)
    for division in divisions:
        if division.code in ("WLD", "JJZ"):
            continue
        for post, roles in _STAFF_POSTS:
            staff.append(DemoUser(f"{division.code.lower()}-{post}", next(names), division.code, roles))
    return staff


def _ensure_demo_users(session: Session, now: datetime) -> dict[str, User]:
    divisions = {d.code: d for d in session.scalars(select(Division).order_by(Division.id))}
    existing = {u.login: u for u in session.scalars(select(User))}
    password_hash = hash_password(DEMO_PASSWORD)
    made: list[User] = []
    for spec in (*DEMO_USERS, *_division_staff(list(divisions.values()))):
        if spec.login in existing:
            continue
        user = User(
            login=spec.login,
            name=spec.name,
            division_id=divisions[spec.division].id,
            password_hash=password_hash,
            created_at=now,
            role_rows=[UserRole(role=role) for role in spec.roles],
        )
        session.add(user)
        existing[spec.login] = user
        made.append(user)
    session.flush()
    for user in made:
        record_account(session, user)
    return existing


def _demo_applicant(rng: random.Random, regulation: Regulation) -> ApplicantDetails:
    if regulation.kind == "ex_officio":
        # Started inside the agency: the initiating division stands in the applicant's place.
        return ApplicantDetails(name=regulation.division.name if regulation.division else "本机关")
    if rng.random() < 0.85:
        name = f"{rng.choice(_ORG_PLACES)}{rng.choice(_ORG_TRADES)}{rng.choice(_ORG_FORMS)}"
        return ApplicantDetails(
            name=name,
            contact=rng.choice(_SURNAMES) + rng.choice(_GIVEN),
            phone=f"0731-8{rng.randint(1000000, 9999999)}",
        )
    name = rng.choice(_SURNAMES) + rng.choice(_GIVEN) + rng.choice(("", *_GIVEN))
    return ApplicantDetails(
        name=name, applicant_type="person", phone=f"13{rng.randint(100000000, 999999999)}"
    )


def _make_demo_case(
    session: Session, rng: random.Random, now: datetime, received_on: datetime, *, after: datetime | None
) -> datetime | None:
    """One case received on `received_on`'s day (after the case received before it); its time of
    receipt, or None where no clerk could register it."""
    calendar = load_calendar(session)
    received_at = _in_office_hours(calendar, rng, max(received_on, after or received_on), not_before=after)
    if received_at > now - timedelta(minutes=30):  # today, later than now: the last working day's
        earlier = _in_office_hours(calendar, rng, now - timedelta(days=1), backwards=True)
        received_at = earlier if after is None or earlier > after else after + timedelta(minutes=1)
    # Registered under the version in force on the day of receipt, as the law has it.
    day = agency_date(received_at)
    regulations = [
        r for r in current_regulations(session, day) if r.category == "power" and r.effective_from <= day
    ]
    if not regulations:
        return None
    regulation = rng.choice(regulations)
    clerk = _first_allowed(session, _holders(session, "clerk", regulation.division_id), "register", None, rng)
    if clerk is None:
        return None
    timesource.set_fake_now(received_at)
    case = register_case(
        session,
        actor=clerk,
        regulation=regulation,
        applicant=_demo_applicant(rng, regulation),
        subject=f"{rng.choice(_ORG_PLACES)}{rng.choice(_PROJECTS)}",
        received_at=received_at,
    )
    _advance(session, rng, case, received_at, now, calendar)
    return received_at


# Office hours, agency time: the demo's staff register and act within them, on working days.
_OFFICE_OPENS, _OFFICE_MINUTES = time(8, 30), 9 * 60


def _in_office_hours(
    calendar: WorkingCalendar,
    rng: random.Random,
    at: datetime,
    *,
    not_before: datetime | None = None,
    backwards: bool = False,
) -> datetime:
    """A time in office hours on `at`'s day, or on the next working day (`backwards`: the last
    one) when that day is not one; later than `not_before` (the case's previous move) if given."""
    day = agency_date(at)
    step = timedelta(days=-1 if backwards else 1)
    while True:
        while not calendar.is_working_day(day):
            day += step
        opens = datetime.combine(day, _OFFICE_OPENS, tzinfo=agency_zone())
        closes = opens + timedelta(minutes=_OFFICE_MINUTES)
        earliest = opens if not_before is None else max(opens, not_before + timedelta(minutes=5))
        if earliest < closes:
            span = (closes - earliest).total_seconds() / 60
            # The same day as the previous move: within the next two hours or so.
            window = span if earliest == opens else min(span, 120)
            chosen = earliest + timedelta(minutes=rng.uniform(0, window))
            return chosen.astimezone(UTC).replace(second=0, microsecond=0)
        day += timedelta(days=1)


def _advance(
    session: Session,
    rng: random.Random,
    case: Case,
    at: datetime,
    now: datetime,
    calendar: WorkingCalendar,
) -> None:
    """Take the case through the services, step by step, while the pretended time is before now."""
    spec = regulation_spec(case.regulation)
    for _ in range(40):  # a bound: returns may loop
        plan = _next_move(session, rng, case, spec)
        if plan is None:
            return
        action, given, wait_days = plan
        at = _in_office_hours(calendar, rng, at + timedelta(days=wait_days), not_before=at)
        if at > now:
            return
        timesource.set_fake_now(at)
        actor = _first_allowed(session, _candidates(session, case, action), action, case, rng)
        if actor is None:
            return
        step = next((s for s in spec.steps if s.code == case.current_step), None)
        if step is not None and step.collective and action in ("pass", "approve", "reject"):
            decision = "rejected" if action == "reject" else "approved"
            given = replace(given, meeting_id=_hold_meeting(session, actor, case, decision, at))
        perform(session, actor, case, action, given)


def _hold_meeting(session: Session, recorder: User, case: Case, decision: str, at: datetime) -> int:
    """The 主任办公会 that decides a case's collective step: every demo leader attends, the
    presiding leader speaks last, the decision is recorded the way the service requires."""
    leaders = [u for u in _holders(session, "leader", None) if u.login in {d.login for d in DEMO_USERS}]
    presiding = leaders[0]
    meeting = record_meeting(
        session,
        recorder,
        meeting_type="主任办公会",
        held_on=agency_date(at),
        presiding_login=presiding.login,
        members=[MemberInput(u.login) for u in leaders],
        items=[ItemInput(f"研究{case.subject}", case_number=case.number)],
    )
    stance = "agree" if decision == "approved" else "disagree"
    for member in [*leaders[1:], presiding]:
        reason = "" if stance == "agree" else "不符合有关政策规定。"
        record_opinion(
            session, recorder, meeting.id, 1, member_login=member.login, stance=stance, reason=reason
        )
    text = "会议研究，同意。" if decision == "approved" else "会议研究，不予批准。"
    decide_item(session, recorder, meeting.id, 1, decision=decision, decision_text=text)
    return meeting.id


def _next_move(
    session: Session, rng: random.Random, case: Case, spec: RegulationSpec
) -> tuple[str, ActionInput, float] | None:
    status = case.status
    if status == "received":
        roll = rng.random()
        if roll < 0.05:
            return "refuse", ActionInput(reason="申请事项不属于本机关职权范围，建议向有权机关提出申请。"), 1
        if roll < 0.12 and case.materials:
            first = case.materials[0]
            return (
                "supplement",
                ActionInput(
                    opinion="请补正后一并提交。",
                    materials=(MaterialCheck(first.code, "defective", 0, "未加盖单位公章"),),
                ),
                rng.uniform(0, 2),
            )
        return "accept", ActionInput(), rng.uniform(0, 2)
    if status == "supplementing":
        fixed = tuple(MaterialCheck(m.code, "received", max(m.copies, 1)) for m in case.materials)
        return "accept", ActionInput(materials=fixed), rng.uniform(3, 10)
    if status == "suspended":
        return "resume", ActionInput(), rng.uniform(5, 15)
    if status == "decided":
        rating = rng.choice(("satisfied", "satisfied", "satisfied", "basically", "dissatisfied"))
        return "close", ActionInput(rating=rating), rng.uniform(2, 8)
    if status not in ("accepted", "in_progress"):
        return None
    step = next((s for s in spec.steps if s.code == case.current_step), None)
    if step is None:
        return None
    wait = rng.uniform(8, 25) if step.clock_excluded else rng.uniform(0.5, 4)
    last = step is spec.steps[-1]
    if last:
        if rng.random() < 0.08 and "reject" in step.actions:
            return "reject", ActionInput(opinion="经审查，项目不符合产业政策和准入条件，决定不予批准。"), wait
        return "approve", ActionInput(opinion="经审查，符合有关规定，同意批准。"), wait
    if not step.clock_excluded and case.clock_state == "running" and rng.random() < 0.04:
        return "suspend", ActionInput(reason_code="expert_review", reason="组织专家论证"), wait
    targets = workflow.return_targets(spec.steps, step.code)
    if targets and rng.random() < 0.05:
        return (
            "return",
            ActionInput(opinion="材料需进一步核实，退回重新审查。", to_step=targets[-1].code),
            wait,
        )
    opinion = (
        "同意，提请会议研究。"
        if step.collective
        else rng.choice(("同意。", "经审核，符合要求，同意。", "拟同意，请审定。"))
    )
    return "pass", ActionInput(opinion=opinion), wait


def _holders(session: Session, role: str, division_id: int | None) -> list[User]:
    query = select(User).join(UserRole).where(UserRole.role == role, User.active.is_(True))
    if role != "leader" and division_id is not None:
        query = query.where(User.division_id == division_id)
    return list(session.scalars(query.order_by(User.id)))


def _candidates(session: Session, case: Case, action: str) -> list[User]:
    if action in ("pass", "return", "approve", "reject"):
        return _holders(session, case.current_step_role or "clerk", case.current_step_division_id)
    if action in ("suspend", "resume"):
        return _holders(session, "division_head", case.division_id)
    return _holders(session, "clerk", case.division_id)


def _first_allowed(
    session: Session, users: list[User], action: str, case: Case | None, rng: random.Random
) -> User | None:
    users = users[:]
    rng.shuffle(users)
    division_id = None if case is not None else (users[0].division_id if users else None)
    for user in users:
        if policy.can(user, action, case, session=session, division_id=division_id).allowed:
            return user
    return None
