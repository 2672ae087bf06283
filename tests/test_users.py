"""Users and divisions: the first administrator, administration rights, the password policy,
lockout timing, CSV import (all or nothing), A/B posts, and the audit of every change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app import audit, timesource, users
from app.auth import check_password_policy, parse_roles, verify_password
from app.errors import InvalidAction, InvalidInput, PermissionDenied
from app.workspace import Workspace
from db.models import AuditEvent, Division, User
from tests.factories import add_first_admin

T0 = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
ADMIN_PW = "Root-pass-2026"


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    """A database with two divisions and the first administrator."""
    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        session.add_all([Division(code="TZC", name="固定资产投资处"), Division(code="FGC", name="法规处")])
        session.flush()
        add_first_admin(session, ADMIN_PW)
    return workspace


def _admin(session) -> User:  # type: ignore[no-untyped-def]
    return users.get_user(session, "admin")


def _add(  # type: ignore[no-untyped-def]
    session, login: str, roles: str = "clerk", division: str | None = "TZC", *, by: str | None = "admin"
) -> User:
    """Add a user with password Sunlight-1, as the user `by` (None: without logging in)."""
    return users.add_user(
        session,
        actor=users.get_user(session, by) if by else None,
        login=login,
        name="王晓明",
        division_code=division,
        roles=roles,
        password="Sunlight-1",
    )


def test_first_user_must_be_an_administrator(workspace: Workspace) -> None:
    with (
        workspace.transaction() as session,
        pytest.raises(PermissionDenied, match="第一个用户必须是系统管理员"),
    ):
        _add(session, "wang", "leader", None, by=None)


def test_bootstrap_only_on_an_empty_database(ws: Workspace) -> None:
    with ws.transaction() as session, pytest.raises(PermissionDenied, match="请先以系统管理员身份登录"):
        _add(session, "root2", "admin", None, by=None)


@pytest.mark.parametrize(
    "role", ["clerk", "reviewer", "division_head", "leader", "supervisor", "division_inspector"]
)
def test_only_administrators_manage_users(ws: Workspace, role: str) -> None:
    with ws.transaction() as session:
        actor = _add(session, "someone", role)
    with ws.transaction() as session:
        for call in (
            lambda: _add(session, "other", by=actor.login),
            lambda: users.disable_user(session, actor=actor, login="admin"),
            lambda: users.set_password(session, actor=actor, login="admin", new_password="Other-pass1"),
            lambda: users.unlock_user(session, actor=actor, login="admin"),
            lambda: users.update_user(session, actor=actor, login="admin", name="新名字"),
            lambda: users.import_users_csv(session, actor=actor, source=b"login,name,roles,password\n"),
        ):
            with pytest.raises(PermissionDenied, match="只有系统管理员"):
                call()


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short1!", "至少需要 8 个字符"),
        ("abcdefghij", "至少两类"),
        ("1234567890", "至少两类"),
        (" Sunlight-1", "首尾不能是空格"),
        ("wangxm-2026", "不能包含登录名"),
    ],
)
def test_password_policy(password: str, problem: str) -> None:
    with pytest.raises(InvalidInput, match=problem) as error:
        check_password_policy(password, login="wangxm")
    assert error.value.field == "password"


def test_good_passwords_pass() -> None:
    for password in ("sunlight-demo", "Sunlight2026", "阳光办件2026年"):
        check_password_policy(password, login="wangxm")


def test_roles_parse_codes_and_labels() -> None:
    assert parse_roles("clerk, 审核人;division_head") == ("clerk", "reviewer", "division_head")
    with pytest.raises(InvalidInput, match="没有“boss”这个角色"):
        parse_roles("boss")


def test_add_checks_login_division_and_duplicates(ws: Workspace) -> None:
    with ws.transaction() as session:
        with pytest.raises(InvalidInput, match="登录名须为") as error:
            _add(session, "王")
        assert error.value.field == "login"
        with pytest.raises(InvalidInput, match="没有代码为“XYZ”的处室。现有处室：FGC（法规处）、TZC"):
            _add(session, "w1", division="XYZ")
        with pytest.raises(InvalidInput, match="须指定所在处室"):
            _add(session, "w1", division=None)
        _add(session, "wangxm")
        with pytest.raises(InvalidInput, match="已被使用"):
            _add(session, "WangXM")


def _login(ws: Workspace, login: str, password: str) -> users.LoginResult:
    with ws.transaction() as session:
        result = users.attempt_login(session, login, password)
    return result


def test_five_failed_logins_lock_for_fifteen_minutes(ws: Workspace) -> None:
    with ws.transaction() as session:
        _add(session, "wangxm")
    for n in range(1, 5):
        result = _login(ws, "wangxm", "wrong-pass1")
        assert not result.ok and f"再输错 {5 - n} 次" in result.message
    result = _login(ws, "wangxm", "wrong-pass1")
    assert not result.ok and "账户已锁定 15 分钟" in result.message
    assert result.locked_until == T0 + timedelta(minutes=15)
    assert "09:45" in result.message  # in the agency's time

    # the right password does not open a locked account, nor does waiting 14:59
    timesource.set_fake_now(T0 + timedelta(minutes=14, seconds=59))
    result = _login(ws, "wangxm", "Sunlight-1")
    assert not result.ok and "已被锁定" in result.message
    with pytest.raises(users.AuthenticationFailed) as error:
        users.authenticate(ws, "wangxm", "Sunlight-1")
    assert error.value.locked_until == T0 + timedelta(minutes=15)

    timesource.set_fake_now(T0 + timedelta(minutes=15))
    user = users.authenticate(ws, "wangxm", "Sunlight-1")
    assert user.login == "wangxm" and user.failed_logins == 0 and user.locked_until is None
    assert user.division is not None and user.division.code == "TZC"  # usable after the session closed

    with ws.sessions() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.entity_key == "wangxm").order_by(AuditEvent.seq)
        ).all()
    assert actions.count("user.login_failed") == 5 and actions.count("user.locked") == 1


def test_a_success_resets_the_failure_count(ws: Workspace) -> None:
    with ws.transaction() as session:
        _add(session, "wangxm")
    for _ in range(4):
        _login(ws, "wangxm", "wrong-pass1")
    assert _login(ws, "wangxm", "Sunlight-1").ok
    for _ in range(4):
        assert "再输错" in _login(ws, "wangxm", "wrong-pass1").message


def test_unknown_login_and_wrong_password_read_the_same(ws: Workspace) -> None:
    assert _login(ws, "nobody", "x").message == "用户名或密码不正确，请重新输入。"


def test_an_administrator_unlocks(ws: Workspace) -> None:
    with ws.transaction() as session:
        _add(session, "wangxm")
    for _ in range(5):
        _login(ws, "wangxm", "wrong-pass1")
    with ws.transaction() as session:
        users.unlock_user(session, actor=_admin(session), login="wangxm")
    assert _login(ws, "wangxm", "Sunlight-1").ok


def test_disabled_users_cannot_log_in_and_the_last_admin_stays(ws: Workspace) -> None:
    with ws.transaction() as session:
        _add(session, "wangxm")
        users.disable_user(session, actor=_admin(session), login="wangxm")
    assert _login(ws, "wangxm", "Sunlight-1").message == "该账户已停用，请联系系统管理员。"
    assert _login(ws, "wangxm", "wrong-pass1").message.startswith("用户名或密码不正确")
    with ws.transaction() as session:
        with pytest.raises(InvalidAction, match="不能停用自己的账户"):
            users.disable_user(session, actor=_admin(session), login="admin")
        with pytest.raises(InvalidAction, match="最后一个系统管理员"):
            users.update_user(
                session, actor=_admin(session), login="admin", roles="clerk", division_code="TZC"
            )
        users.enable_user(session, actor=_admin(session), login="wangxm")
    assert _login(ws, "wangxm", "Sunlight-1").ok


def test_password_changes(ws: Workspace) -> None:
    with ws.transaction() as session:
        _add(session, "wangxm")
    with ws.transaction() as session:
        me = users.get_user(session, "wangxm")
        with pytest.raises(InvalidInput, match="原密码不正确"):
            users.set_password(
                session, actor=me, login="wangxm", new_password="New-pass-1", old_password="bad"
            )
        with pytest.raises(InvalidInput, match="不能与原密码相同"):
            users.set_password(
                session, actor=me, login="wangxm", new_password="Sunlight-1", old_password="Sunlight-1"
            )
        users.set_password(
            session, actor=me, login="wangxm", new_password="New-pass-1", old_password="Sunlight-1"
        )
        assert verify_password(me.password_hash, "New-pass-1")
        assert me.password_hash.startswith("$argon2id$")
    with ws.transaction() as session:
        users.set_password(session, actor=_admin(session), login="wangxm", new_password="Reset-pass-2")
    assert _login(ws, "wangxm", "Reset-pass-2").ok


def test_update_user(ws: Workspace) -> None:
    with ws.transaction() as session:
        _add(session, "wangxm")
        user = users.update_user(
            session,
            actor=_admin(session),
            login="wangxm",
            name="王小明",
            division_code="FGC",
            roles="clerk,reviewer",
        )
        assert (
            user.roles == {"clerk", "reviewer"} and user.division is not None and user.division.code == "FGC"
        )
    with ws.sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "user.update")).one()
    assert event.before["division"] == "TZC" and event.after["division"] == "FGC"
    assert event.after["roles"] == ["clerk", "reviewer"]


GOOD_CSV = (
    "登录名,姓名,处室,角色,初始密码,后备人员\n"
    "zhangs,张三,TZC,经办人,Sunlight-1,lisi\n"
    "lisi,李四,TZC,clerk;reviewer,Sunlight-2,zhangs\n"
    "\n"
    "zhouj,周建国,,leader,Sunlight-3,\n"
)


def test_csv_import_gbk_with_ab_posts(ws: Workspace) -> None:
    with ws.transaction() as session:
        made = users.import_users_csv(session, actor=_admin(session), source=GOOD_CSV.encode("gbk"))
        assert [u.login for u in made] == ["zhangs", "lisi", "zhouj"]
    with ws.sessions() as session:
        info = {u.login: u for u in users.list_users(session)}
        assert info["zhangs"].backup_login == "lisi" and info["lisi"].backup_login == "zhangs"
        assert info["lisi"].roles == ("clerk", "reviewer") and info["zhouj"].division_code == ""
        assert session.scalar(select(func.count()).where(AuditEvent.action == "user.import")) == 3
    assert _login(ws, "lisi", "Sunlight-2").ok


def test_csv_import_is_all_or_nothing_with_line_numbers(ws: Workspace) -> None:
    bad = (
        "login,name,division,roles,password,backup\n"
        "zhangs,张三,TZC,clerk,Sunlight-1,\n"  # line 2: fine
        "lisi,李四,XYZ,clerk,Sunlight-2,\n"  # line 3: unknown division
        "zhangs,张三,TZC,clerk,Sunlight-1,\n"  # line 4: duplicate of line 2
        "wangw,王五,TZC,boss,Sunlight-1,\n"  # line 5: unknown role
        "zhaol,赵六,TZC,clerk,short,\n"  # line 6: weak password
        "admin,管理员,,admin,Sunlight-1,\n"  # line 7: exists
        "sunq,孙七,TZC,clerk,Sunlight-1,nobody\n"  # line 8: unknown backup
    ).encode()
    with ws.transaction() as session, pytest.raises(users.ImportErrors) as error:
        users.import_users_csv(session, actor=_admin(session), source=bad)
    assert [line for line, _ in error.value.errors] == [3, 4, 5, 6, 7, 8]
    message = error.value.message
    assert "有 6 处错误，未导入任何用户" in message
    assert "第 3 行：没有代码为“XYZ”的处室" in message and "第 4 行：登录名“zhangs”与第 2 行重复" in message
    with ws.sessions() as session:
        assert users.count_users(session) == 1


def test_csv_import_needs_the_columns(ws: Workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "users.csv"
    path.write_text("login,name\nzhangs,张三\n", encoding="utf-8-sig")
    with ws.transaction() as session, pytest.raises(users.ImportErrors, match="第 1 行：表头缺少列：角色"):
        users.import_users_csv(session, actor=_admin(session), source=path)


def test_ab_posts(ws: Workspace) -> None:
    with ws.transaction() as session:
        a = _add(session, "holder")
        _add(session, "backup1")
        head = _add(session, "head1", "division_head")
        _add(session, "leader1", "leader", None)
        _add(session, "fgchead", "division_head", "FGC")
        with pytest.raises(InvalidAction, match="还没有后备人员"):
            users.set_absent(session, actor=a, login="holder", absent=True)
        with pytest.raises(InvalidInput, match="至少有一个相同的角色"):
            users.set_backup(session, actor=head, login="holder", backup_login="leader1")
        with pytest.raises(InvalidInput, match="不能把自己设为"):
            users.set_backup(session, actor=head, login="holder", backup_login="holder")
        with pytest.raises(PermissionDenied, match="本处室负责人"):
            users.set_backup(
                session, actor=users.get_user(session, "fgchead"), login="holder", backup_login="backup1"
            )
        with pytest.raises(PermissionDenied):
            users.set_backup(session, actor=a, login="holder", backup_login="backup1")
        users.set_backup(session, actor=head, login="holder", backup_login="backup1")
        users.set_absent(session, actor=a, login="holder", absent=True)  # a user marks himself absent
    with ws.sessions() as session:
        info = users.user_info(session, "holder")
        assert info.backup_login == "backup1" and info.absent and info.status_label == "外出"
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
    assert actions[-2:] == ["user.backup", "user.absent"]


def test_every_change_is_audited_and_the_chain_verifies(ws: Workspace) -> None:
    with ws.transaction() as session:
        admin = _admin(session)
        _add(session, "wangxm")
        users.add_division(session, actor=admin, code="njc", name="能源局")
        users.disable_user(session, actor=admin, login="wangxm")
        users.enable_user(session, actor=admin, login="wangxm")
        users.set_password(session, actor=admin, login="wangxm", new_password="Other-pass-1")
    with ws.sessions() as session:
        events = audit.entries(session)
        result = audit.verify_chain(session)
    assert [e.action for e in events] == [
        "user.add",
        "user.add",
        "division.add",
        "user.disable",
        "user.enable",
        "user.passwd",
    ]
    assert events[0].actor == "系统" and events[1].actor == "系统管理员（admin）"
    assert all("password" not in str(e.after) or "password_changed" in str(e.after) for e in events)
    assert result.ok and result.count == 6
