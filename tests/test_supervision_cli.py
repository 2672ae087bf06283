"""`sunlight complaint …`, `sunlight supervision …` and `sunlight meeting …` on both backends."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app import settings, timesource
from app.auth import hash_password
from app.cli import main
from app.workspace import Workspace
from db.models import AccountabilityItem, User
from tests.test_supervision_desk import SupervisionDesk, make_desk


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


PASSWORD = "Sunlight-Test-2026"


@pytest.fixture
def cli(sdesk: SupervisionDesk, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    digest = hash_password(PASSWORD)
    with sdesk.workspace.transaction() as session:
        for user in session.scalars(select(User)):
            user.password_hash = digest
        settings.write_setting(session, settings.TRAINING, True)  # so the CLI may pretend the time
    monkeypatch.setenv("SUNLIGHT_PASSWORD", PASSWORD)

    def run(user: str, *args: str) -> tuple[int, str, str]:
        monkeypatch.setenv("SUNLIGHT_FAKE_NOW", timesource.current_time().isoformat())
        capsys.readouterr()
        code = main(["--db", sdesk.workspace.url, "--user", user, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_complaint_add_list_and_summary(cli, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.running()
    code, out, err = cli(
        "supervisor", "complaint", "add", "--channel", "phone", "--complainant", "张三",
        "--contact", "13800000000", "--content", "办理拖延", "--case", number, "--json",
    )  # fmt: skip
    assert code == 0, err
    added = json.loads(out)
    assert added["case"] == number and added["due"] == "2026-03-23" and added["status"] == "open"
    code, out, _ = cli("supervisor", "complaint", "list", "--json")
    assert [c["id"] for c in json.loads(out)] == [added["id"]]
    code, out, err = cli(
        "supervisor", "complaint", "add", "--channel", "phone", "--complainant", "李四", "--content", " "
    )
    assert code == 1 and "投诉事项" in err
    code, out, err = cli("clerk1", "complaint", "list", "--json")
    assert code == 1 and "纪检监察" in err

    code, out, err = cli("supervisor", "supervision", "summary", "--json")
    assert code == 0, err
    summary = json.loads(out)
    assert summary["cards"] == {"green": 1, "yellow": 0, "red": 0}
    assert summary["complaints_open"] == 1
    code, out, _ = cli("fgc-inspector", "supervision", "summary", "--json")
    assert json.loads(out)["cards"] == {"green": 0, "yellow": 0, "red": 0}


def test_summary_raises_overdue_items_and_dismissal_needs_reason(cli, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    sdesk.running()
    sdesk.at(29)
    code, out, _ = cli("supervisor", "supervision", "summary", "--json")
    assert json.loads(out)["accountability_open"] == 1
    code, out, _ = cli("supervisor", "supervision", "accountability", "--json")
    item = json.loads(out)[0]
    assert item["source"] == "overdue" and item["raised_by"] == "系统"
    code, _, err = cli("supervisor", "supervision", "accountability-dismiss", str(item["id"]), "--reason", "")
    assert code == 1 and "理由" in err
    code, out, err = cli(
        "supervisor",
        "supervision",
        "accountability-dismiss",
        str(item["id"]),
        "--reason",
        "经核实系不可抗力所致。",
        "--json",
    )
    assert code == 0, err and json.loads(out)["status"] == "dismissed"


def test_notice_and_meeting_commands(cli, sdesk: SupervisionDesk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.running()
    code, out, err = cli(
        "supervisor",
        "supervision",
        "notice-send",
        "--case",
        number,
        "--subject",
        "临近时限",
        "--requirements",
        "请加快办理。",
        "--json",
    )
    assert code == 0, err
    notice = json.loads(out)
    code, out, err = cli(
        "head", "supervision", "notice-reply", str(notice["id"]), "--text", "已加快办理。", "--json"
    )
    assert code == 0, err and json.loads(out)["status"] == "replied"
    pdf = tmp_path / "notice.pdf"
    code, _, err = cli("supervisor", "supervision", "notice-print", str(notice["id"]), "--output", str(pdf))
    assert code == 0, err and pdf.read_bytes().startswith(b"%PDF")

    code, out, err = cli(
        "leader1", "meeting", "record", "--type", "主任办公会", "--date", "2026-03-02",
        "--presiding", "leader1", "--member", "leader2", "--member", "leader3",
        "--absent", "leader4:出差", "--item", "研究事项|" + number, "--json",
    )  # fmt: skip
    assert code == 0, err
    meeting = json.loads(out)
    assert meeting["quorum"]["met"] and meeting["items"][0]["case"] == number
    code, _, err = cli(
        "leader1", "meeting", "opinion", str(meeting["id"]), "1", "--member", "leader1", "--stance", "agree"
    )
    assert code == 1 and "末位表态" in err
    for login in ("leader2", "leader3", "leader1"):
        code, _, err = cli(
            "leader1", "meeting", "opinion", str(meeting["id"]), "1", "--member", login, "--stance", "agree"
        )
        assert code == 0, err
    code, out, err = cli(
        "leader1",
        "meeting",
        "decide",
        str(meeting["id"]),
        "1",
        "--decision",
        "approved",
        "--text",
        "同意。",
        "--json",
    )
    assert code == 0, err and json.loads(out)["items"][0]["decision"] == "approved"
    minutes_pdf = tmp_path / "minutes.pdf"
    code, _, err = cli("leader1", "meeting", "show", str(meeting["id"]), "--pdf", str(minutes_pdf))
    assert code == 0, err and minutes_pdf.read_bytes().startswith(b"%PDF")


def test_collective_step_is_passed_with_the_deciding_meeting(cli, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    number = sdesk.register("QL-02")  # ex officio: S2 is decided collectively
    sdesk.act(number, "clerk1", "pass", opinion="已拟定资金安排方案。")
    code, _, err = cli("leader2", "case", "act", number, "pass", "--opinion", "同意。")
    assert code == 1 and "会议记录" in err
    code, out, err = cli(
        "leader1", "meeting", "record", "--type", "主任办公会", "--date", "2026-03-02",
        "--presiding", "leader1", "--member", "leader2", "--member", "leader3",
        "--item", "研究以工代赈资金安排|" + number, "--json",
    )  # fmt: skip
    assert code == 0, err
    meeting_id = str(json.loads(out)["id"])
    for login in ("leader2", "leader3", "leader1"):
        code, _, err = cli(
            "leader1", "meeting", "opinion", meeting_id, "1", "--member", login, "--stance", "agree"
        )
        assert code == 0, err
    code, _, err = cli(
        "leader1", "meeting", "decide", meeting_id, "1", "--decision", "approved", "--text", "同意。"
    )
    assert code == 0, err
    code, out, err = cli(
        "leader2",
        "case",
        "act",
        number,
        "pass",
        "--opinion",
        "经主任办公会研究，同意。",
        "--meeting",
        meeting_id,
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["step"] == "S3"


def test_listings_in_plain_text_and_bad_dates(cli, sdesk: SupervisionDesk) -> None:  # type: ignore[no-untyped-def]
    for args, empty in (
        (("complaint", "list"), "没有投诉。"),
        (("supervision", "notices"), "没有督办通知。"),
        (("supervision", "accountability"), "没有责任追究事项。"),
        (("meeting", "list"), "没有会议记录。"),
    ):
        code, out, err = cli("supervisor", *args)
        assert (code, out) == (0, empty + "\n"), err

    number = sdesk.running()
    code, added, err = cli(
        "supervisor", "complaint", "add", "--channel", "letter", "--complainant", "王五", "--content", "推诿"
    )
    assert code == 0, err
    assert added.startswith("投诉 ") and "（信函）王五" in added and "剩余 15 个工作日" in added
    code, out, _ = cli("supervisor", "complaint", "list")
    assert out == added
    code, sent, err = cli(
        "supervisor", "supervision", "notice-send", "--case", number, "--subject", "临近时限",
        "--requirements", "请加快办理。",
    )  # fmt: skip
    assert code == 0, err and f"（办件 {number}）待回复" in sent
    code, out, _ = cli("supervisor", "supervision", "notices")
    assert out == sent
    code, raised, err = cli(
        "supervisor", "supervision", "accountability-raise", "--type", "shirking", "--description",
        "推诿", "--case", number,
    )  # fmt: skip
    assert code == 0, err and raised.startswith("责任追究 ") and f"{number} 待处理" in raised
    code, out, _ = cli("supervisor", "supervision", "accountability")
    assert out.count("\n") == 1 and f"{number} 责任人：待定" in out

    code, _, err = cli(
        "leader1",
        "meeting",
        "record",
        "--type",
        "主任办公会",
        "--date",
        "2026-13-01",
        "--presiding",
        "leader1",
    )
    assert code == 1 and "会议日期“2026-13-01”无效，应写作 2026-03-02。" in err
    item_id = raised.split()[1].split("：")[0]
    code, _, err = cli(
        "supervisor", "supervision", "accountability-conclude", item_id, "--finding", "属实",
        "--sanction", "批评教育", "--date", "31/03/2026",
    )  # fmt: skip
    assert code == 1 and "处理日期“31/03/2026”无效，应写作 2026-03-31。" in err
    with sdesk.workspace.reading_sessions() as session:
        assert session.scalar(select(AccountabilityItem.status)) == "open"  # unchanged
