"""`audit verify` also holds every case row to its last audit event: a case closed, reassigned,
inserted or deleted in a database tool is found, on both backends; what the program itself does
(actions, a change of the working calendar moving due dates) is never reported."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from app.calendar_store import toggle_day
from app.cli import main
from app.reconciliation import reconcile_cases
from app.workspace import Workspace
from tests.test_cases import Desk, desk  # noqa: F401 - the fixture


def _reconciled(workspace: Workspace):  # type: ignore[no-untyped-def]
    with workspace.sessions() as session:
        return reconcile_cases(session)


def _sql(workspace: Workspace, statement: str, **params: object) -> None:
    with workspace.engine.begin() as connection:
        connection.execute(text(statement), params)


@pytest.fixture
def three(desk: Desk) -> list[str]:  # noqa: F811
    """Three cases taken different distances through the real services."""
    numbers = [desk.register(name=f"长沙示例{n}有限公司") for n in range(3)]
    desk.act(numbers[1], "clerk1", "accept")
    desk.at(10)
    desk.act(numbers[1], "clerk1", "pass", opinion="评估报告已收到。")
    desk.act(numbers[2], "clerk1", "refuse", reason="不属于本机关职权范围。")
    return numbers


def test_cases_handled_by_the_program_reconcile(desk: Desk, three: list[str]) -> None:  # noqa: F811
    found = _reconciled(desk.workspace)
    assert found.ok and found.checked == 3 and found.problems == []
    assert found.message == "办件核对：3 件办件的当前状态均与其审计记录一致。"


def test_a_calendar_change_that_moves_due_dates_is_not_taken_for_tampering(
    desk: Desk,  # noqa: F811
    three: list[str],
) -> None:
    with desk.workspace.sessions() as session:
        due_before = session.execute(
            text("SELECT statutory_due FROM cases WHERE number = :n"), {"n": three[1]}
        )
        due_before = due_before.scalar()
    with desk.workspace.transaction() as session:
        toggle_day(session, date(2026, 3, 20))  # a working day made a holiday: the running case's due moves
    with desk.workspace.sessions() as session:
        due_after = session.execute(
            text("SELECT statutory_due FROM cases WHERE number = :n"), {"n": three[1]}
        )
        assert due_after.scalar() != due_before
    assert _reconciled(desk.workspace).ok


def test_a_case_closed_and_reassigned_behind_the_programs_back_is_found(
    desk: Desk,  # noqa: F811
    three: list[str],
) -> None:
    _sql(
        desk.workspace,
        "UPDATE cases SET status = 'closed', clock_state = 'stopped', "
        "assignee_id = (SELECT id FROM users WHERE login = 'clerk2') WHERE number = :n",
        n=three[1],
    )
    found = _reconciled(desk.workspace)
    assert not found.ok and found.problem_count == 3
    status, holder, clock = found.problems
    assert status.startswith(f"办件 {three[1]} 的状态为“已归档”，而其最后一条审计记录（第 ")
    assert status.endswith("条）记为“办理中”。")
    assert holder.startswith(f"办件 {three[1]} 的承办人为“") and "（clerk2）”，" in holder
    assert holder.endswith("记为空。")  # the step is held by anyone in its post
    assert clock.startswith(f"办件 {three[1]} 的计时状态为“已停止计时”，") and "记为“计时中”" in clock


def test_a_case_written_in_or_deleted_behind_the_programs_back_is_found(
    desk: Desk,  # noqa: F811
    three: list[str],
) -> None:
    from db.models import Case

    copied = ", ".join(c.name for c in Case.__table__.columns if c.name not in ("id", "number", "sequence"))
    _sql(
        desk.workspace,
        f"INSERT INTO cases (number, sequence, {copied}) "
        f"SELECT '伪造〔2026〕99999号', 99999, {copied} FROM cases WHERE number = :n",
        n=three[0],
    )
    for table in ("case_events", "clock_events", "case_materials"):
        _sql(
            desk.workspace,
            f"DELETE FROM {table} WHERE case_id = (SELECT id FROM cases WHERE number = :n)",
            n=three[2],
        )
    _sql(desk.workspace, "DELETE FROM cases WHERE number = :n", n=three[2])
    found = _reconciled(desk.workspace)
    assert found.checked == 3 and found.problem_count == 2
    assert found.problems[0] == (
        "办件 伪造〔2026〕99999号 没有任何审计记录：不是经本程序登记的，是绕过程序写入办件表的。"
    )
    assert found.problems[1].startswith(f"办件 {three[2]} 有登记的审计记录（第 ")
    assert found.problems[1].endswith("条），但办件表中已没有这件：被删除。")


def test_cli_verify_fails_on_a_case_out_of_step_with_its_audit_trail(
    desk: Desk,  # noqa: F811
    three: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.auth import hash_password

    with desk.workspace.transaction() as session:
        desk.user(session, "admin").password_hash = hash_password("secret-pass-1")
    monkeypatch.setenv("SUNLIGHT_PASSWORD", "secret-pass-1")
    verify = ["--db", desk.workspace.url, "--user", "admin", "audit", "verify"]
    assert main(verify) == 0
    out = capsys.readouterr().out
    assert "哈希链校验通过" in out and "办件核对：3 件办件的当前状态均与其审计记录一致。" in out
    _sql(desk.workspace, "UPDATE cases SET decision = 'approved' WHERE number = :n", n=three[0])
    assert main(verify) == 1
    out = capsys.readouterr().out
    assert "哈希链校验通过" in out  # the chain itself is intact: only the case row was edited
    assert "办件核对发现 1 处与审计记录不符（共核对 3 件），办件表可能被绕过程序修改：" in out
    assert f"办件 {three[0]} 的办结决定为“准予”，而其最后一条审计记录" in out
    assert main([*verify, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["cases"]["problem_count"] == 1 and data["count"] > 0


def test_only_the_first_problems_are_listed_and_the_rest_counted(
    desk: Desk,  # noqa: F811
) -> None:
    from app import reconciliation

    for n in range(reconciliation.SHOWN + 3):
        desk.register(name=f"示例{n}公司")
    _sql(desk.workspace, "UPDATE cases SET status = 'withdrawn'")
    found = _reconciled(desk.workspace)
    assert found.problem_count == reconciliation.SHOWN + 3 and len(found.problems) == reconciliation.SHOWN
    assert found.message.endswith("\n……另有 3 处")


def test_accounts_changed_through_the_services_reconcile(desk: Desk) -> None:  # noqa: F811
    from app.reconciliation import reconcile_users
    from app.users import disable_user, update_user

    with desk.workspace.transaction() as session:
        admin = desk.user(session, "admin")
        update_user(session, actor=admin, login="clerk2", roles="clerk,reviewer")
        disable_user(session, actor=admin, login="inspector")
    with desk.workspace.sessions() as session:
        found = reconcile_users(session)
    assert found.ok and found.checked == 10, found.problems
    assert found.message == "用户核对：10 个用户的姓名、处室、角色和状态均与其审计记录一致。"


def test_a_role_granted_or_an_account_written_in_behind_the_programs_back_is_found(
    desk: Desk,  # noqa: F811
) -> None:
    """The clerk made a leader with a plain INSERT (to approve his own case), an account
    re-enabled by UPDATE, another written in: each is named; the hash chain alone saw none."""
    from app.reconciliation import check_audit_trail

    _sql(
        desk.workspace,
        "INSERT INTO user_roles (user_id, role) SELECT id, 'leader' FROM users WHERE login = 'clerk1'",
    )
    _sql(desk.workspace, "UPDATE users SET name = '李四' WHERE login = 'clerk2'")
    _sql(
        desk.workspace,
        "INSERT INTO users (login, name, division_id, password_hash, created_at, active, failed_logins, "
        "absent) SELECT 'ghost', '某人', division_id, password_hash, created_at, active, failed_logins, "
        "absent FROM users WHERE login = 'clerk1'",
    )
    with desk.workspace.sessions() as session:
        check = check_audit_trail(session)
    assert check.chain.ok and check.cases.ok and not check.ok
    problems = check.users.problems
    assert len(problems) == 3, problems
    assert problems[0].startswith("用户 clerk1 的角色为“经办人、委领导”，而最后记录其角色的审计记录（第 ")
    assert problems[0].endswith("条）记为“经办人”。")
    assert problems[1].startswith("用户 clerk2 的姓名为“李四”，")
    assert problems[2] == "用户 ghost 没有建立账户的审计记录：是绕过程序写入用户表的。"
