"""The supervision dashboard's numbers, role scoping, and supervision notices, on both backends.

The dashboard's numbers are checked against independent SQL written here by hand, and against the
case list (count_cases over the filter a click opens)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Date, bindparam, text

from app.caselist import count_cases
from app.complaints import register_complaint
from app.errors import InvalidInput, PermissionDenied
from app.notices import list_notices, reply_notice, send_notice
from app.supervision import FILTER_KEYS, case_filter_for, supervision_summary
from app.workspace import Workspace
from tests.test_supervision_desk import SupervisionDesk, make_desk


@pytest.fixture
def sdesk(workspace: Workspace) -> SupervisionDesk:
    return make_desk(workspace)


OPEN = "('received','supplementing','accepted','in_progress','suspended')"


def _independent_cards(sdesk: SupervisionDesk, today: date, division_id: int | None = None) -> dict[str, int]:
    where_division = "AND division_id = :division" if division_id is not None else ""
    timed = "clock_state IN ('running','suspended') AND statutory_due IS NOT NULL"
    sql = {
        "red": f"{timed} AND statutory_due < :today",
        "yellow": f"{timed} AND statutory_due >= :today AND yellow_on IS NOT NULL AND yellow_on <= :today",
        "green": f"{timed} AND statutory_due >= :today AND (yellow_on IS NULL OR yellow_on > :today)",
    }
    counts = {}
    with sdesk.workspace.reading_sessions() as session:
        for card, condition in sql.items():
            statement = text(
                f"SELECT count(*) FROM cases WHERE status IN {OPEN} AND {condition} {where_division}"
            ).bindparams(bindparam("today", type_=Date))
            params: dict[str, object] = {"today": today}
            if division_id is not None:
                params["division"] = division_id
            counts[card] = session.execute(statement, params).scalar_one()
    return counts


def _mixed_cases(sdesk: SupervisionDesk) -> dict[str, list[str]]:
    """TZC: 3 running (one will go red), 1 just received; FGC: 2 running, 1 refused."""
    made: dict[str, list[str]] = {"TZC": [], "FGC": []}
    made["TZC"].append(sdesk.running())
    sdesk.at(20)
    made["TZC"].append(sdesk.running())
    made["TZC"].append(sdesk.running())
    made["TZC"].append(sdesk.register())
    made["FGC"].append(sdesk.running("QL-91", "fgc-clerk"))
    made["FGC"].append(sdesk.running("QL-91", "fgc-clerk"))
    sdesk.at(33)  # 2026-04-04: the first TZC case is past its statutory limit
    refused = sdesk.register("QL-91", "fgc-clerk")
    sdesk.act(refused, "fgc-clerk", "refuse", reason="不属于本机关职责范围。")
    return made


def test_dashboard_numbers_equal_independent_sql(sdesk: SupervisionDesk) -> None:
    _mixed_cases(sdesk)
    sdesk.at(33)  # the first TZC case is past its statutory limit; others near theirs
    with sdesk.workspace.reading_sessions() as session:
        summary = supervision_summary(session, sdesk.user(session, "supervisor"))
        today = summary.today
        assert summary.cards == _independent_cards(sdesk, today)
        assert summary.cards["red"] >= 1
        open_sql = session.execute(text(f"SELECT count(*) FROM cases WHERE status IN {OPEN}")).scalar_one()
        assert summary.open_total == open_sql == 6
        for row in summary.divisions:
            own = _independent_cards(sdesk, today, row.division_id)
            assert (row.green, row.yellow, row.red) == (own["green"], own["yellow"], own["red"]), row.code
        # Each number opens a case list showing exactly that many cases.
        for key, expected in (
            ("open", summary.open_total),
            ("green", summary.cards["green"]),
            ("yellow", summary.cards["yellow"]),
            ("red", summary.cards["red"]),
            ("untimed", summary.untimed),
            ("refused_month", summary.refused_this_month),
        ):
            assert count_cases(session, case_filter_for(summary, key)) == expected, key
        assert len(summary.red_cases) == summary.cards["red"]
        assert len(summary.yellow_cases) == summary.cards["yellow"]
        red = summary.red_cases[0]
        assert red.overdue > 0 and red.days_text.startswith("已超期")
        refused_sql = session.execute(
            text("SELECT count(*) FROM cases WHERE status = 'refused'")
        ).scalar_one()
        assert summary.refused_this_month == refused_sql == 1
        data = summary.as_json()
        assert set(data["cards"]) == {"green", "yellow", "red"}
        for key in FILTER_KEYS:
            case_filter_for(summary, key)  # every key builds


def test_division_inspector_sees_only_his_division(sdesk: SupervisionDesk) -> None:
    made = _mixed_cases(sdesk)
    sdesk.at(33)
    tzc = sdesk.division_id("TZC")
    with sdesk.workspace.transaction() as session:
        register_complaint(
            session,
            sdesk.user(session, "supervisor"),
            channel="phone",
            complainant="李先生",
            content="价格认定复核拖延。",
            case_number=made["FGC"][0],
        )
    with sdesk.workspace.reading_sessions() as session:
        everything = supervision_summary(session, sdesk.user(session, "supervisor"))
        summary = supervision_summary(session, sdesk.user(session, "inspector"))
        assert [d.code for d in summary.divisions] == ["TZC"]
        assert summary.cards == _independent_cards(sdesk, summary.today, tzc)
        assert summary.open_total == 4 < everything.open_total
        assert summary.refused_this_month == 0 and everything.refused_this_month == 1
        assert summary.complaints_open == 0 and everything.complaints_open == 1
        assert {c.number for c in summary.red_cases} <= set(made["TZC"])
        assert count_cases(session, case_filter_for(summary, "open")) == 4
        with pytest.raises(PermissionDenied):
            supervision_summary(session, sdesk.user(session, "clerk1"))
        with pytest.raises(PermissionDenied):
            supervision_summary(session, sdesk.user(session, "admin"))


def test_notices_reply_deadline_overdue_and_scope(sdesk: SupervisionDesk) -> None:
    tzc_case = sdesk.running()
    fgc_case = sdesk.running("QL-91", "fgc-clerk")
    with sdesk.workspace.transaction() as session:
        supervisor = sdesk.user(session, "supervisor")
        with pytest.raises(InvalidInput, match="一个处室"):
            send_notice(
                session, supervisor, case_numbers=[tzc_case, fgc_case], subject="督办", requirements="整改"
            )
        with pytest.raises(PermissionDenied, match="本处室"):
            send_notice(
                session,
                sdesk.user(session, "inspector"),
                case_numbers=[fgc_case],
                subject="督办",
                requirements="x",
            )
        notice = send_notice(
            session,
            supervisor,
            case_numbers=[tzc_case],
            subject="办件临近法定时限",
            requirements="请加快办理，并书面回复办理情况。",
        )
        notice_id = notice.id
        # 5 working days after Monday 2026-03-02 (not counted): Monday 03-09.
        assert notice.reply_due == date(2026, 3, 9)
    with sdesk.workspace.reading_sessions() as session:
        assert [n.id for n in list_notices(session, sdesk.user(session, "head"))] == [notice_id]
        assert list_notices(session, sdesk.user(session, "fgc-head")) == []
        summary = supervision_summary(session, sdesk.user(session, "supervisor"))
        assert summary.notices_awaiting == 1 and summary.notices_overdue == 0
        assert count_cases(session, case_filter_for(summary, "notices_awaiting")) == 1
    sdesk.at(8)  # Tuesday 03-10: past the deadline
    with sdesk.workspace.reading_sessions() as session:
        info = list_notices(session, sdesk.user(session, "supervisor"))[0]
        assert info.overdue and info.time_text == "已逾期 1 个工作日"
        assert supervision_summary(session, sdesk.user(session, "supervisor")).notices_overdue == 1
    with sdesk.workspace.transaction() as session:
        with pytest.raises(PermissionDenied, match="负责人"):
            reply_notice(session, sdesk.user(session, "clerk1"), notice_id, "已办理。")
        with pytest.raises(PermissionDenied):
            reply_notice(session, sdesk.user(session, "fgc-head"), notice_id, "已办理。")
        reply_notice(session, sdesk.user(session, "head"), notice_id, "已组织专人加快办理，预计本周办结。")
    with sdesk.workspace.reading_sessions() as session:
        info = list_notices(session, sdesk.user(session, "supervisor"))[0]
        assert info.status == "replied" and info.replied_late and not info.overdue
        actions = session.execute(
            text("SELECT action FROM audit_events WHERE entity_type = 'notice' ORDER BY seq")
        ).scalars()
        assert list(actions) == ["notice.send", "notice.reply"]
