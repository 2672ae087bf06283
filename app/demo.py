"""The training database (培训库): the sample catalogue, demo divisions and users, sample cases.

A training database is marked as such: the GUI shows a banner and only there may the present be
pretended (SUNLIGHT_FAKE_NOW). Real data is never touched: `build_training_database` refuses a
database that holds anything and is not marked as training.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import settings
from app.auth import hash_password
from app.calendar_store import refresh_case_clock, rules_for_regulation
from app.cases import ApplicantDetails, register_case
from app.catalogue import SAMPLE_CATALOGUE_DIR, import_catalogue, load_catalogue
from app.errors import ConfigurationError
from app.workspace import Workspace
from db.models import Case, CaseEvent, ClockEvent, Division, Regulation, User, UserRole

DEMO_PASSWORD = "sunlight-demo"


@dataclass(frozen=True)
class DemoUser:
    login: str
    name: str
    division: str
    roles: tuple[str, ...]


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "系统管理员", "BGS", ("admin",)),
    DemoUser("leader", "周建国", "WLD", ("leader",)),
    DemoUser("deputy", "陈立新", "WLD", ("leader",)),
    DemoUser("supervisor", "刘清廉", "JJZ", ("supervisor",)),
    DemoUser("tzc-clerk", "王晓明", "TZC", ("clerk",)),
    DemoUser("tzc-clerk2", "李婷", "TZC", ("clerk",)),
    DemoUser("tzc-reviewer", "赵志强", "TZC", ("reviewer",)),
    DemoUser("tzc-head", "孙国平", "TZC", ("division_head",)),
    DemoUser("tzc-inspector", "吴敏", "TZC", ("clerk", "division_inspector")),
    DemoUser("wzc-clerk", "郑雅", "WZC", ("clerk",)),
    DemoUser("wzc-head", "何海涛", "WZC", ("division_head", "reviewer")),
    DemoUser("fgc-clerk", "黄丽", "FGC", ("clerk",)),
    DemoUser("fgc-head", "曾德明", "FGC", ("division_head", "reviewer")),
    DemoUser("hzc-clerk", "谭宇", "HZC", ("clerk",)),
    DemoUser("hzc-head", "彭立军", "HZC", ("division_head", "reviewer")),
    DemoUser("bgs-clerk", "罗芳", "BGS", ("clerk",)),
    DemoUser("bgs-head", "邓文华", "BGS", ("division_head", "reviewer")),
    DemoUser("njc-clerk", "蒋勇", "NJC", ("clerk",)),
    DemoUser("njc-head", "唐建华", "NJC", ("division_head", "reviewer")),
    DemoUser("jcb-clerk", "杨帆", "JCB", ("clerk",)),
    DemoUser("jcb-head", "肖卫东", "JCB", ("division_head", "reviewer")),
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
            "该数据库已有正式数据，不是培训库，演示数据不能写入。"
            "请另建一个数据库（用 --db 指定）再运行 demo。"
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
    with workspace.transaction() as session:
        ensure_training_database(session)
        catalogue = load_catalogue(SAMPLE_CATALOGUE_DIR)
        import_catalogue(session, catalogue, now=now)
        users = _ensure_demo_users(session, now)
    rng = random.Random(seed)
    batch = 200
    made = 0
    while made < cases:
        with workspace.transaction() as session:
            regulations = session.scalars(select(Regulation).where(Regulation.category == "power")).all()
            clerks = _clerks_by_division(session)
            for _ in range(min(batch, cases - made)):
                _make_demo_case(session, rng, regulations, clerks, users, now)
                made += 1
        if progress:
            progress(made, cases)
    return DemoReport(users=len(users), regulations=len(catalogue.regulations), cases=made)


def _ensure_demo_users(session: Session, now: datetime) -> dict[str, User]:
    divisions = {d.code: d for d in session.scalars(select(Division))}
    existing = {u.login: u for u in session.scalars(select(User))}
    password_hash = hash_password(DEMO_PASSWORD)
    for spec in DEMO_USERS:
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
    session.flush()
    return existing


def _clerks_by_division(session: Session) -> dict[int, list[User]]:
    clerks: dict[int, list[User]] = {}
    for user in session.scalars(select(User).join(UserRole).where(UserRole.role == "clerk")):
        if user.division_id is not None:
            clerks.setdefault(user.division_id, []).append(user)
    return clerks


def _demo_applicant(rng: random.Random) -> ApplicantDetails:
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
    session: Session,
    rng: random.Random,
    regulations: list[Regulation],
    clerks: dict[int, list[User]],
    users: dict[str, User],
    now: datetime,
) -> None:
    regulation = rng.choice(regulations)
    actor = rng.choice(clerks.get(regulation.division_id or -1, [users["tzc-clerk"]]))
    age = timedelta(days=rng.uniform(0, 365))
    received_at = (now - age).replace(hour=rng.randint(1, 8), minute=rng.randint(0, 59), microsecond=0)
    if received_at > now:
        received_at = now - timedelta(minutes=5)
    if regulation.kind == "ex_officio":
        # Started inside the agency: the initiating division stands in the applicant's place.
        applicant = ApplicantDetails(name=regulation.division.name if regulation.division else "本机关")
    else:
        applicant = _demo_applicant(rng)
    subject = f"{rng.choice(_ORG_PLACES)}{rng.choice(_PROJECTS)}"
    case = register_case(
        session,
        actor=actor,
        regulation=regulation,
        applicant=applicant,
        subject=subject,
        received_at=received_at,
    )
    _advance_demo_case(session, rng, case, actor, age, now)


def _advance_demo_case(
    session: Session, rng: random.Random, case: Case, actor: User, age: timedelta, now: datetime
) -> None:
    """Move a demo case along its life in proportion to its age. Demo data only: real cases move
    through the case-handling services."""
    steps = case.regulation.definition.get("steps", [])
    if case.status == "received":
        if rng.random() < 0.06:
            case.status = "refused"
            case.decided_at = case.received_at + timedelta(days=2)
            _event(session, case, actor, "refuse", case.decided_at, "申请事项不属于本机关职权范围。")
            return
        case.status = "accepted"
        case.accepted_at = min(case.received_at + timedelta(days=rng.choice((0, 1, 2))), now)
        _event(session, case, actor, "accept", case.accepted_at, "材料齐全，符合法定形式，予以受理。")
    accepted_at = case.accepted_at or case.received_at
    session.add(ClockEvent(case_id=case.id, kind="start", at=accepted_at))
    case.clock_state = "running"
    if steps:
        step = steps[min(1, len(steps) - 1)]
        case.current_step, case.current_step_name = step["code"], step["name"]
    if age > timedelta(days=45) or (age > timedelta(days=20) and rng.random() < 0.6):
        decided_at = min(accepted_at + timedelta(days=rng.randint(5, 40)), now)
        case.status = "decided"
        case.decision = "approved" if rng.random() < 0.9 else "rejected"
        case.decided_at = decided_at
        case.current_step, case.current_step_name = None, ""
        case.clock_state = "stopped"
        session.add(ClockEvent(case_id=case.id, kind="stop", at=decided_at))
        _event(session, case, actor, "decide", decided_at, "经审查，符合有关规定，予以批准。")
        if age > timedelta(days=60):
            case.status = "closed"
            case.closed_at = decided_at + timedelta(days=3)
            case.satisfaction = rng.choice(
                ("satisfied", "satisfied", "satisfied", "basically", "dissatisfied")
            )
    else:
        case.status = "in_progress"
        suspend_at = accepted_at + timedelta(days=rng.randint(2, 10))
        if rng.random() < 0.15 and suspend_at < now:
            case.status = "suspended"
            session.add(
                ClockEvent(
                    case_id=case.id,
                    kind="suspend",
                    at=suspend_at,
                    reason_code="expert_review",
                    reason_text="组织专家评审",
                )
            )
    refresh_case_clock(session, case, rules_for_regulation(session, case.regulation), now=now)


def _event(session: Session, case: Case, actor: User, action: str, at: datetime, opinion: str) -> None:
    session.add(CaseEvent(case_id=case.id, at=at, actor_id=actor.id, action=action, opinion=opinion))
