"""Divisions and users: administration, login with lockout, A/B posts, recusal declarations.

Every function here is one service: it takes a session and the acting user, checks the
permission through app.policy, changes the data, appends an audit event, and returns plain data
or raises a DomainError whose message is shown as is.

The first administrator: on a database without users, `add_user(actor=None, ...)` is allowed once,
for a user holding the admin role (the CLI's `sunlight user add … --role admin`, or the first-run
screen).
"""

from __future__ import annotations

import csv
import functools
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app import audit, policy
from app.agency_time import agency_zone
from app.auth import (
    ADMIN_ROLE,
    LOCKOUT_DURATION,
    MAX_FAILED_LOGINS,
    ROLES,
    check_password_policy,
    hash_password,
    needs_rehash,
    parse_roles,
    roles_label,
    roles_message,
    verify_password,
)
from app.errors import InvalidAction, InvalidInput, NotFound, PermissionDenied
from app.files import read_file, spreadsheet_text
from app.messages import choices, enumeration, lines, msg
from app.settings import IDLE_LOCK_MINUTES, read_setting
from app.timesource import current_time
from db.models import Case, Division, Recusal, User, UserRole

if TYPE_CHECKING:
    from app.workspace import Workspace


LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
_DUMMY_HASH = hash_password("sunlight-timing-equaliser-1")


class AuthenticationFailed(PermissionDenied):
    """Login refused: wrong name or password, locked, or disabled. `locked_until` is set when the
    account is locked."""

    def __init__(self, message: str, locked_until: datetime | None = None) -> None:
        super().__init__(message)
        self.locked_until = locked_until


class ImportErrors(InvalidInput):
    """A user import file with errors; nothing was imported. `errors` are (line, message)."""

    def __init__(self, errors: list[tuple[int, str]]) -> None:
        shown = lines(
            [msg("第 {line} 行：{message}", line=line, message=message) for line, message in errors]
        )
        super().__init__(
            msg("用户导入文件有 {count} 处错误，未导入任何用户：\n{lines}", count=len(errors), lines=shown)
        )
        self.errors = errors


@dataclass(frozen=True)
class UserInfo:
    id: int
    login: str
    name: str
    division_code: str
    division_name: str
    roles: tuple[str, ...]
    roles_label: str
    active: bool
    locked_until: datetime | None
    failed_logins: int
    backup_login: str
    backup_name: str
    absent: bool
    created_at: datetime

    @property
    def locked(self) -> bool:
        """Locked out after failed logins, until `locked_until` (a disabled user is not "locked")."""
        return self.active and self.locked_until is not None and self.locked_until > current_time()

    @property
    def status_label(self) -> str:
        if not self.active:
            return "已停用"
        if self.locked:
            return "已锁定"
        return "外出" if self.absent else "正常"


@dataclass(frozen=True)
class DivisionInfo:
    id: int
    code: str
    name: str
    phone: str
    active: bool


# --- Look-ups -------------------------------------------------------------------------------------


def count_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def get_user(session: Session, login: str) -> User:
    user = session.scalar(select(User).where(User.login == login.strip()))
    if user is None:
        raise NotFound(msg("没有登录名为“{login}”的用户。", login=login))
    return user


def load_actor(session: Session, user_id: int) -> User | None:
    """The user taking an action, with his roles, in one statement: every permission decision
    reads both (a plain `session.get` reads the roles in a second one)."""
    return session.get(User, user_id, options=_actor_options())


@functools.cache
def _actor_options() -> tuple[Any, ...]:
    return (joinedload(User.role_rows),)


def _division(session: Session, code: str | None) -> Division | None:
    if code is None or not code.strip():
        return None
    division = session.scalar(select(Division).where(Division.code == code.strip().upper()))
    if division is None:
        known = choices(
            {c: n for c, n in session.execute(select(Division.code, Division.name).order_by(Division.code))}
        )
        hint = (
            msg("现有处室：{known}。", known=known)
            if known
            else msg("数据库中还没有处室，请先导入制度目录或新增处室。")
        )
        raise InvalidInput(msg("没有代码为“{code}”的处室。{hint}", code=code, hint=hint), field="division")
    return division


def list_divisions(session: Session) -> list[DivisionInfo]:
    return [
        DivisionInfo(d.id, d.code, d.name, d.phone, d.active)
        for d in session.scalars(select(Division).order_by(Division.code))
    ]


def _info(user: User, backup: User | None) -> UserInfo:
    division = user.division
    return UserInfo(
        id=user.id,
        login=user.login,
        name=user.name,
        division_code=division.code if division else "",
        division_name=division.name if division else "",
        roles=tuple(code for code in ROLES if code in user.roles),
        roles_label=roles_label(user.roles),
        active=user.active,
        locked_until=user.locked_until,
        failed_logins=user.failed_logins,
        backup_login=backup.login if backup else "",
        backup_name=backup.name if backup else "",
        absent=user.absent,
        created_at=user.created_at,
    )


def list_users(session: Session, *, include_disabled: bool = True) -> list[UserInfo]:
    query = select(User).order_by(User.login)
    if not include_disabled:
        query = query.where(User.active.is_(True))
    users = list(session.scalars(query))
    by_id = {u.id: u for u in users}
    return [_info(u, by_id.get(u.backup_id) if u.backup_id else None) for u in users]


def user_info(session: Session, login: str) -> UserInfo:
    user = get_user(session, login)
    backup = session.get(User, user.backup_id) if user.backup_id else None
    return _info(user, backup)


def _snapshot(user: User) -> dict[str, Any]:
    return {
        "login": user.login,
        "name": user.name,
        "division": user.division.code if user.division else None,
        "roles": sorted(user.roles),
        "active": user.active,
    }


def _audit(session: Session, actor: User | None, user: User, before: Any, after: Any, *, action: str) -> None:
    """Record a change of `user` in the audit trail, keyed by his login."""
    audit.record(
        session, actor=actor, action=action, entity="user", entity_key=user.login, before=before, after=after
    )


# --- Administration -------------------------------------------------------------------------------


def record_account(session: Session, user: User, *, actor: User | None = None) -> None:
    """The audit record of an account made without `add_user` (the training database's staff),
    as `add_user` writes it: `audit verify` holds every account to the last record of it."""
    _audit(session, actor, user, None, _snapshot(user), action="user.add")


def _require_admin(session: Session, actor: User | None) -> None:
    if actor is None:
        raise PermissionDenied(msg("请先以系统管理员身份登录。"))
    policy.require(actor, "manage_users", session=session)


def _check_login(login: str) -> str:
    login = login.strip()
    if not LOGIN_PATTERN.match(login):
        raise InvalidInput(
            msg("登录名须为 2～64 个英文字母、数字或 . _ -，以字母或数字开头，例如 wangxm。"), field="login"
        )
    return login


def _check_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput(msg("请填写姓名。"), field="name")
    if len(name) > 64:
        raise InvalidInput(msg("姓名不能超过 64 个字。"), field="name")
    return name


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .join(UserRole)
            .where(UserRole.role == ADMIN_ROLE, User.active.is_(True))
        )
        or 0
    )


def add_user(
    session: Session,
    *,
    actor: User | None,
    login: str,
    name: str,
    division_code: str | None,
    roles: Iterable[str] | str,
    password: str,
) -> User:
    """Create a user. With no users in the database, `actor=None` may create the first
    administrator; afterwards only an administrator may add users."""
    role_codes = parse_roles(roles)
    if count_users(session) == 0 and actor is None:
        if ADMIN_ROLE not in role_codes:
            raise PermissionDenied(msg("数据库中还没有任何用户，第一个用户必须是系统管理员（角色 admin）。"))
    else:
        _require_admin(session, actor)
    login = _check_login(login)
    name = _check_name(name)
    division = _division(session, division_code)
    if division is None and set(role_codes) - {ADMIN_ROLE, "supervisor", "leader"}:
        raise InvalidInput(
            msg("经办人、审核人、处室负责人和兼职纪检监察员须指定所在处室。"), field="division"
        )
    if session.scalar(select(User.id).where(func.lower(User.login) == login.lower())) is not None:
        raise InvalidInput(msg("登录名“{login}”已被使用，请换一个。", login=login), field="login")
    check_password_policy(password, login=login)
    user = User(
        login=login,
        name=name,
        division=division,
        password_hash=hash_password(password),
        created_at=current_time(),
        role_rows=[UserRole(role=role) for role in role_codes],
    )
    session.add(user)
    session.flush()
    _audit(session, actor, user, None, _snapshot(user), action="user.add")
    return user


_UNCHANGED: Any = object()


def update_user(
    session: Session,
    *,
    actor: User | None,
    login: str,
    name: str | None = None,
    division_code: str | None = _UNCHANGED,
    roles: Iterable[str] | str | None = None,
) -> User:
    """Change a user's name, division or roles (administrators only)."""
    _require_admin(session, actor)
    user = get_user(session, login)
    before = _snapshot(user)
    if name is not None:
        user.name = _check_name(name)
    if division_code is not _UNCHANGED:
        user.division = _division(session, division_code)
    if roles is not None:
        role_codes = parse_roles(roles)
        if (
            ADMIN_ROLE in user.roles
            and ADMIN_ROLE not in role_codes
            and user.active
            and _active_admins(session) <= 1
        ):
            raise InvalidAction(msg("这是最后一个系统管理员，不能取消其管理员角色。"))
        kept = [row for row in user.role_rows if row.role in role_codes]
        user.role_rows = kept + [UserRole(role=r) for r in role_codes if r not in {row.role for row in kept}]
    if user.division is None and user.roles - {ADMIN_ROLE, "supervisor", "leader"}:
        raise InvalidInput(
            msg("经办人、审核人、处室负责人和兼职纪检监察员须指定所在处室。"), field="division"
        )
    session.flush()
    after = _snapshot(user)
    if after != before:
        _audit(session, actor, user, before, after, action="user.update")
    return user


def set_password(
    session: Session,
    *,
    actor: User | None,
    login: str,
    new_password: str,
    old_password: str | None = None,
) -> None:
    """An administrator sets anyone's password (and so unlocks the account); a user changes his
    own, giving the old one."""
    user = get_user(session, login)
    own = actor is not None and actor.id == user.id
    if own and ADMIN_ROLE not in actor.roles:
        if old_password is None or not verify_password(user.password_hash, old_password):
            raise InvalidInput(msg("原密码不正确。"), field="old_password")
    elif not own:
        _require_admin(session, actor)
    check_password_policy(new_password, login=user.login)
    if user.password_hash and verify_password(user.password_hash, new_password):
        raise InvalidInput(msg("新密码不能与原密码相同。"), field="password")
    user.password_hash = hash_password(new_password)
    was_locked = user.locked_until is not None
    user.failed_logins = 0
    user.locked_until = None
    before, after = {"locked": was_locked}, {"password_changed": True, "locked": False}
    _audit(session, actor, user, before, after, action="user.passwd")


def _set_active(session: Session, *, actor: User | None, login: str, active: bool) -> User:
    _require_admin(session, actor)
    user = get_user(session, login)
    if user.active == active:
        return user
    if not active:
        if actor is not None and actor.id == user.id:
            raise InvalidAction(msg("不能停用自己的账户。"))
        if ADMIN_ROLE in user.roles and _active_admins(session) <= 1:
            raise InvalidAction(msg("这是最后一个系统管理员，不能停用。"))
    user.active = active
    before, after = {"active": not active}, {"active": active}
    _audit(session, actor, user, before, after, action="user.enable" if active else "user.disable")
    return user


def disable_user(session: Session, *, actor: User | None, login: str) -> User:
    """Disable an account (users are never deleted: their names stay on the cases they handled)."""
    return _set_active(session, actor=actor, login=login, active=False)


def enable_user(session: Session, *, actor: User | None, login: str) -> User:
    return _set_active(session, actor=actor, login=login, active=True)


def unlock_user(session: Session, *, actor: User | None, login: str) -> User:
    _require_admin(session, actor)
    user = get_user(session, login)
    before = {"failed_logins": user.failed_logins, "locked_until": user.locked_until}
    user.failed_logins = 0
    user.locked_until = None
    _audit(session, actor, user, before, {"failed_logins": 0, "locked_until": None}, action="user.unlock")
    return user


def set_backup(session: Session, *, actor: User | None, login: str, backup_login: str | None) -> User:
    """Name the user's backup (AB岗的B岗), or none."""
    user = get_user(session, login)
    policy.require(actor, "arrange_posts", session=session, target_user=user)
    backup = get_user(session, backup_login) if backup_login else None
    if backup is not None:
        if backup.id == user.id:
            raise InvalidInput(msg("不能把自己设为自己的后备人员。"), field="backup")
        if not backup.active:
            raise InvalidInput(
                msg("“{name}”的账户已停用，不能作为后备人员。", name=backup.name), field="backup"
            )
        if not backup.roles & user.roles:
            raise InvalidInput(
                msg(
                    "后备人员须与“{name}”至少有一个相同的角色（{roles}）。",
                    name=user.name,
                    roles=roles_message(user.roles),
                ),
                field="backup",
            )
    before = {"backup": session.get(User, user.backup_id).login if user.backup_id else None}
    user.backup_id = backup.id if backup else None
    _audit(session, actor, user, before, {"backup": backup.login if backup else None}, action="user.backup")
    return user


def set_absent(session: Session, *, actor: User | None, login: str, absent: bool) -> User:
    """Mark the user absent (外出) or back. While absent, his backup acts on his cases."""
    user = get_user(session, login)
    if actor is None or actor.id != user.id:
        policy.require(actor, "arrange_posts", session=session, target_user=user)
    if absent and user.backup_id is None:
        raise InvalidAction(
            msg("“{name}”还没有后备人员（AB岗），请先指定后备人员再设为外出。", name=user.name)
        )
    if user.absent == absent:
        return user
    user.absent = absent
    _audit(session, actor, user, {"absent": not absent}, {"absent": absent}, action="user.absent")
    return user


def add_division(session: Session, *, actor: User | None, code: str, name: str, phone: str = "") -> Division:
    _require_admin(session, actor)
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{2,6}", code):
        raise InvalidInput(msg("处室代码须为 2～6 个大写英文字母，例如 TZC。"), field="code")
    if session.scalar(select(Division.id).where(Division.code == code)) is not None:
        raise InvalidInput(msg("处室代码“{code}”已存在。", code=code), field="code")
    division = Division(code=code, name=_check_name(name), phone=phone.strip())
    session.add(division)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="division.add",
        entity="division",
        entity_key=code,
        before=None,
        after={"code": code, "name": division.name, "phone": division.phone},
    )
    return division


# --- CSV import -----------------------------------------------------------------------------------

CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "login": ("login", "登录名"),
    "name": ("name", "姓名"),
    "division": ("division", "处室", "处室代码"),
    "roles": ("roles", "角色"),
    "password": ("password", "初始密码", "密码"),
    "backup": ("backup", "后备人员", "AB岗后备"),
}
REQUIRED_CSV_COLUMNS = ("login", "name", "roles", "password")


def import_users_csv(session: Session, *, actor: User | None, source: Path | str | bytes) -> list[User]:
    """Import users from a CSV file (a path, or its bytes): header `login,name,division,roles,
    password[,backup]` (or 登录名,姓名,处室,角色,初始密码,后备人员); several roles separated by `;`.
    Every line is checked first; with any error nothing is imported and ImportErrors names each
    line."""
    _require_admin(session, actor)
    data = source if isinstance(source, bytes) else read_file(source)
    reader = csv.reader(io.StringIO(spreadsheet_text(data)))
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInput(msg("导入文件是空的。")) from None
    columns: dict[str, int] = {}
    for index, raw in enumerate(header):
        title = raw.strip().lower()
        for key, aliases in CSV_COLUMNS.items():
            if title in aliases:
                columns[key] = index
    missing = [CSV_COLUMNS[k][1] + f"（{k}）" for k in REQUIRED_CSV_COLUMNS if k not in columns]
    if missing:
        raise ImportErrors([(1, msg("表头缺少列：{columns}。", columns=enumeration(missing)))])

    errors: list[tuple[int, str]] = []
    rows: list[tuple[int, dict[str, str]]] = []
    existing = {login.lower() for login in session.scalars(select(User.login))}
    seen: dict[str, int] = {}
    for line_no, record in enumerate(reader, start=2):
        if not any(cell.strip() for cell in record):
            continue
        values = {key: (record[i].strip() if i < len(record) else "") for key, i in columns.items()}
        try:
            login = _check_login(values["login"])
            _check_name(values["name"])
            roles = parse_roles(values["roles"])
            division = _division(session, values.get("division"))
            if division is None and set(roles) - {ADMIN_ROLE, "supervisor", "leader"}:
                raise InvalidInput(msg("该角色须填写所在处室。"))
            check_password_policy(values["password"], login=login)
            if login.lower() in existing:
                raise InvalidInput(msg("登录名“{login}”已存在。", login=login))
            if login.lower() in seen:
                raise InvalidInput(
                    msg("登录名“{login}”与第 {line} 行重复。", login=login, line=seen[login.lower()])
                )
        except InvalidInput as exc:
            errors.append((line_no, exc.message))
            continue
        seen[login.lower()] = line_no
        rows.append((line_no, values))
    for line_no, values in rows:
        backup = values.get("backup", "")
        if backup and backup.lower() not in seen and backup.lower() not in existing:
            errors.append((line_no, msg("后备人员“{backup}”既不在本文件中，也不是已有用户。", backup=backup)))
    if errors:
        raise ImportErrors(sorted(errors))
    if not rows:
        raise InvalidInput(msg("导入文件中没有用户。"))

    made: list[User] = []
    for _line, values in rows:
        user = User(
            login=values["login"],
            name=values["name"].strip(),
            division=_division(session, values.get("division")),
            password_hash=hash_password(values["password"]),
            created_at=current_time(),
            role_rows=[UserRole(role=r) for r in parse_roles(values["roles"])],
        )
        session.add(user)
        made.append(user)
    session.flush()
    by_login = {u.login.lower(): u for u in session.scalars(select(User))}
    for (_line, values), user in zip(rows, made, strict=True):
        backup = values.get("backup", "")
        if backup:
            user.backup_id = by_login[backup.lower()].id
        after = _snapshot(user) | {"backup": backup or None}
        _audit(session, actor, user, None, after, action="user.import")
    session.flush()
    return made


# --- Login ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginResult:
    user: User | None
    message: str = ""
    locked_until: datetime | None = None

    @property
    def ok(self) -> bool:
        return self.user is not None


def _clock_text(at: datetime) -> str:
    local = at.astimezone(agency_zone())
    return (
        local.strftime("%H:%M")
        if local.date() == current_time().astimezone(agency_zone()).date()
        else local.strftime("%Y-%m-%d %H:%M")
    )


def attempt_login(session: Session, login: str, password: str) -> LoginResult:
    """Check a login and update the failure count and lock. Never raises for a wrong password:
    the caller commits the count and then reports `message`."""
    now = current_time()
    login = login.strip()
    user = session.scalar(select(User).where(User.login == login).with_for_update()) if login else None
    if user is None:
        verify_password(_DUMMY_HASH, password)  # answer as slowly as for a real account
        return LoginResult(None, msg("用户名或密码不正确，请重新输入。"))
    if user.locked_until is not None:
        if user.locked_until > now:
            return LoginResult(
                None,
                msg(
                    "该账户因密码连续输错 {count} 次已被锁定，请于 {time} 后再试，或请系统管理员解锁。",
                    count=MAX_FAILED_LOGINS,
                    time=_clock_text(user.locked_until),
                ),
                user.locked_until,
            )
        user.locked_until = None
        user.failed_logins = 0
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        _audit(session, None, user, None, {"failed_logins": user.failed_logins}, action="user.login_failed")
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.locked_until = now + LOCKOUT_DURATION
            _audit(session, None, user, None, {"locked_until": user.locked_until}, action="user.locked")
            minutes = int(LOCKOUT_DURATION.total_seconds() // 60)
            return LoginResult(
                None,
                msg(
                    "密码连续输错 {count} 次，账户已锁定 {minutes} 分钟，"
                    "请于 {time} 后再试，或请系统管理员解锁。",
                    count=MAX_FAILED_LOGINS,
                    minutes=minutes,
                    time=_clock_text(user.locked_until),
                ),
                user.locked_until,
            )
        left = MAX_FAILED_LOGINS - user.failed_logins
        return LoginResult(
            None,
            msg(
                "用户名或密码不正确，请重新输入。再输错 {left} 次，账户将被锁定 {minutes} 分钟。",
                left=left,
                minutes=int(LOCKOUT_DURATION.total_seconds() // 60),
            ),
        )
    if not user.active:
        return LoginResult(None, msg("该账户已停用，请联系系统管理员。"))
    user.failed_logins = 0
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    _ = user.division  # loaded now, so the user can be used after the session closes
    return LoginResult(user)


def authenticate(workspace: Workspace, login: str, password: str) -> User:
    """Log in: the user (detached, with roles and division loaded), or AuthenticationFailed. The
    failure count and the lock are committed either way."""
    with workspace.transaction() as session:
        result = attempt_login(session, login, password)
    if result.user is None:
        raise AuthenticationFailed(result.message, result.locked_until)
    return result.user


def idle_lock_minutes(session: Session) -> int:
    return int(read_setting(session, IDLE_LOCK_MINUTES))


# --- Recusal --------------------------------------------------------------------------------------


def declare_recusal(
    session: Session,
    *,
    actor: User,
    reason: str,
    case: Case | None = None,
    applicant_name: str | None = None,
) -> Recusal:
    """The actor declares a conflict of interest (回避) on a case or on an applicant; from now on
    app.policy refuses him any action on it. The declaration is audited."""
    policy.require(actor, "declare_recusal", session=session)
    reason = reason.strip()
    if not reason:
        raise InvalidInput(msg("请写明回避事由，例如：申请单位法定代表人系本人近亲属。"), field="reason")
    applicant = (applicant_name or "").strip() or None
    if case is None and applicant is None:
        raise InvalidInput(msg("请指定回避的办件或申请人。"), field="applicant_name")
    recusal = Recusal(
        user_id=actor.id,
        case_id=case.id if case is not None else None,
        applicant_name=applicant if case is None else None,
        reason=reason,
        declared_at=current_time(),
    )
    session.add(recusal)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="recusal.declare",
        entity="recusal",
        entity_key=case.number if case is not None else applicant or "",
        before=None,
        after={
            "user": actor.login,
            "case": case.number if case is not None else None,
            "applicant": recusal.applicant_name,
            "reason": reason,
        },
        case_id=case.id if case is not None else None,
    )
    return recusal


def list_recusals(session: Session, *, user: User | None = None, case: Case | None = None) -> list[Recusal]:
    query = select(Recusal).order_by(Recusal.declared_at)
    if user is not None:
        query = query.where(Recusal.user_id == user.id)
    if case is not None:
        query = query.where((Recusal.case_id == case.id) | (Recusal.applicant_name == case.applicant_name))
    return list(session.scalars(query))
