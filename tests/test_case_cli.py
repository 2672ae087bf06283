"""`sunlight case …`: the scriptable mirror of case handling, authenticated like every CLI action."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app import timesource
from app.cli import main
from app.users import add_user
from app.workspace import open_workspace
from tests.factories import import_test_catalogue

PASSWORD = "Desk-2026-secret"
CASE_KEYS = {
    "number", "regulation", "version", "status", "step", "applicant", "received_at", "accepted_at",
    "used_working_days", "remaining_working_days", "promised_due", "statutory_due", "suspended", "card",
    "events",
}  # fmt: skip


@pytest.fixture
def cli(database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    timesource.set_fake_now(datetime(2026, 3, 2, 1, 30, tzinfo=UTC))
    workspace = open_workspace(database_url)
    with workspace.transaction() as session:
        import_test_catalogue(session)
        admin = add_user(
            session,
            actor=None,
            login="admin",
            name="管理员",
            division_code="BGS",
            roles="admin",
            password=PASSWORD,
        )
        for login, division, roles in (
            ("clerk1", "TZC", "clerk"),
            ("reviewer", "TZC", "reviewer"),
            ("fgc-reviewer", "FGC", "reviewer"),
            ("leader1", "WLD", "leader"),
        ):
            add_user(
                session,
                actor=admin,
                login=login,
                name=login,
                division_code=division,
                roles=roles,
                password=PASSWORD,
            )
    workspace.close()
    monkeypatch.setenv("SUNLIGHT_PASSWORD", PASSWORD)

    def run(user: str, *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--db", database_url, "--user", user, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_a_case_from_the_counter_to_its_decision(cli) -> None:  # type: ignore[no-untyped-def]
    code, out, err = cli(
        "clerk1", "case", "open", "--regulation", "ql-01", "--applicant", "长沙示例新能源有限公司",
        "--id-code", "91350100M000100Y43", "--phone", "0731-82212041",
        "--subject", "示例风电场项目", "--json",
    )  # fmt: skip
    assert code == 0, err
    case = json.loads(out)
    assert set(case) >= CASE_KEYS
    number = case["number"]
    assert case["status"] == "received" and case["card"] is None and case["events"][0]["action"] == "register"

    assert cli("clerk1", "case", "act", number, "accept", "--json")[0] == 0
    assert cli("clerk1", "case", "act", number, "pass", "--opinion", "评估报告已收到")[0] == 0
    code, out, _ = cli("reviewer", "case", "act", number, "pass", "--opinion", "同意", "--json")
    assert code == 0 and json.loads(out)["step"] == "S4"
    code, out, _ = cli("clerk1", "case", "show", number, "--json")
    shown = json.loads(out)
    assert shown["card"] == "green" and shown["remaining_working_days"] == 20 and not shown["suspended"]
    code, out, _ = cli("clerk1", "case", "list", "--status", "in_progress", "--json")
    assert [c["number"] for c in json.loads(out)] == [number]
    assert json.loads(out)[0]["remaining"] == "剩余 20 个工作日"
    code, out, _ = cli("clerk1", "case", "list", "--status", "in_progress")
    assert out.split("\t")[-2:] == ["正常", "剩余 20 个工作日\n"]  # the card's word, the time left
    code, out, _ = cli("clerk1", "case", "list", "--card", "red", "--json")
    assert json.loads(out) == []
    code, out, _ = cli("clerk1", "case", "list", "--card", "red")
    assert code == 0 and out.strip() == "没有符合条件的办件。"
    # The administrator administers and handles no case: told why his list is empty.
    code, out, _ = cli("admin", "case", "list")
    assert code == 0 and "您的角色不办理也不查看办件" in out and number not in out


def test_a_refused_action_exits_1_and_changes_nothing(cli) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = cli("clerk1", "case", "open", "--regulation", "QL-01", "--applicant", "示例公司", "--json")
    number = json.loads(out)["number"]
    before = cli("clerk1", "case", "show", number, "--json")[1]
    code, out, err = cli("reviewer", "case", "act", number, "accept")
    assert code == 1 and out == "" and "受理处室的经办人" in err
    code, _, err = cli("clerk1", "case", "act", number, "refuse")
    assert code == 1 and "理由" in err
    assert cli("clerk1", "case", "show", number, "--json")[1] == before


def test_bad_input_is_explained(cli) -> None:  # type: ignore[no-untyped-def]
    code, _, err = cli("clerk1", "case", "open", "--regulation", "QL-99", "--applicant", "示例")
    assert code == 1 and "QL-99" in err
    code, _, err = cli(
        "clerk1",
        "case",
        "open",
        "--regulation",
        "QL-01",
        "--applicant",
        "示例",
        "--received",
        "2027-01-01T09:00",
    )
    assert code == 1 and "晚于当前时间" in err
    code, _, err = cli(
        "clerk1", "case", "open", "--regulation", "QL-01", "--applicant", "示例", "--materials", "M07"
    )
    assert code == 1 and "M07" in err
    code, _, err = cli("clerk1", "case", "act", "湘发改受〔2026〕99999号", "accept")
    assert code == 1 and "没有编号" in err
    code, _, err = cli("nobody", "case", "list")
    assert code == 1


def test_backdated_registration_is_audited(cli, database_url: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import AuditEvent

    code, out, _ = cli(
        "clerk1",
        "case",
        "open",
        "--regulation",
        "QL-01",
        "--applicant",
        "示例",
        "--received",
        "2026-02-27T10:00",
        "--json",
    )
    number = json.loads(out)["number"]
    assert code == 0 and json.loads(out)["received_at"] == "2026-02-27T02:00:00+00:00"
    workspace = open_workspace(database_url)
    with workspace.sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "case.register")).one()
        assert event.entity_key == number and event.after["backdated"] is True
    workspace.close()
    assert cli("admin", "audit", "verify")[0] == 0
