"""Time the clock does not count, as lists, the report and the accountability sweep see it.

A case decided in a step the clock does not count (证照办理, 报批) after its statutory due date.

What decides whether a case was decided in time is the days its clock ran, not the day of the
decision: a case whose clock reached its limit on the day it entered such a step, and was decided
there later, is in time; one whose clock ran two days past the limit is two days late, not as many
as lie between its due date and its decision. The case list, the monthly report and the
accountability sweep all say the same as the case's own clock (`stopped_overdue_days`, kept when
the clock stops; migration 0010 fills it for cases decided before).

And a case still suspended: its due dates are projected as if its clock resumed today, so the
cached ones fall behind while the suspension lasts; they are brought up to date at the start of
each desk's session and before the sweep, which must not take a stale projection for a case past
its limit.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app import timesource
from app.accountability import raise_overdue_items
from app.calendar_store import fill_stopped_overdue_days, load_calendar
from app.caselist import fetch_case_page
from app.cases import ActionInput, ApplicantDetails, case_json, find_case, perform, register_case
from app.catalogue import import_catalogue, load_catalogue, regulation_in_force
from app.clock import cached_card, remaining_label
from app.reports.figures import monthly_figures, report_month
from app.workspace import Workspace
from db.models import AccountabilityItem, Case, Division, User
from tests.factories import TEST_CATALOGUE, make_user

MONDAY = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
# QL-01 of the test catalogue (20 working days) with a last step the clock does not count.
LICENCE_STEP = """  - code: S6
    name: 证照办理
    role: clerk
    actions: [pass, reject]
    clock_excluded: true
    clock_excluded_reason: other
    instructions: 制作并送达核准文件。
"""


@pytest.fixture
def agency(workspace: Workspace, tmp_path: Path) -> Workspace:
    catalogue = tmp_path / "catalogue"
    shutil.copytree(TEST_CATALOGUE, catalogue)
    path = catalogue / "regulations" / "QL-01.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("separation_of_duties:", LICENCE_STEP + "separation_of_duties:"), "utf-8")
    timesource.set_fake_now(MONDAY)
    with workspace.transaction() as session:
        import_catalogue(session, load_catalogue(catalogue), now=MONDAY)
        division = {
            code: session.scalars(select(Division).where(Division.code == code)).one()
            for code in ("TZC", "FGC", "WLD")
        }
        for login, code, role in (
            ("clerk1", "TZC", "clerk"),
            ("clerk2", "TZC", "clerk"),
            ("reviewer", "TZC", "reviewer"),
            ("fgc-reviewer", "FGC", "reviewer"),
            ("leader1", "WLD", "leader"),
        ):
            make_user(session, division[code], login, (role,))
    return workspace


def _act(workspace: Workspace, number: str, login: str, action: str, on: date, **given: str) -> None:
    timesource.set_fake_now(datetime(on.year, on.month, on.day, 2, tzinfo=UTC))
    with workspace.transaction() as session:
        actor = session.scalars(select(User).where(User.login == login)).one()
        perform(session, actor, find_case(session, number), action, ActionInput(**given))


def _registered_and_accepted(workspace: Workspace, subject: str) -> str:
    """A QL-01 case registered and accepted on 03-02 by clerk1: in 委托评估, its clock suspended."""
    timesource.set_fake_now(MONDAY)
    with workspace.transaction() as session:
        clerk = session.scalars(select(User).where(User.login == "clerk1")).one()
        number = register_case(
            session,
            actor=clerk,
            regulation=regulation_in_force(session, "QL-01", MONDAY.date()),  # type: ignore[arg-type]
            applicant=ApplicantDetails(name="长沙示例新能源有限公司"),
            subject=subject,
        ).number
    _act(workspace, number, "clerk1", "accept", date(2026, 3, 2))
    return number


def _decided_in_the_licence_step(workspace: Workspace, subject: str, leader_passes_on: date) -> str:
    """Accepted 03-02 (evaluation: clock suspended), evaluation back 03-12 (20 working days from
    03-13: due 04-10, 清明 4/4–4/6 off), into 证照办理 on `leader_passes_on`, approved 04-21."""
    number = _registered_and_accepted(workspace, subject)
    _act(workspace, number, "clerk1", "pass", date(2026, 3, 12), opinion="评估报告已收到。")
    _act(workspace, number, "reviewer", "pass", date(2026, 3, 13), opinion="经审核，同意。")
    _act(workspace, number, "fgc-reviewer", "pass", date(2026, 3, 16), opinion="合法性审查通过。")
    _act(workspace, number, "leader1", "pass", leader_passes_on, opinion="同意核准。")
    _act(workspace, number, "clerk2", "approve", date(2026, 4, 21), opinion="核准文件已送达。")
    return number


@pytest.fixture
def two_cases(agency: Workspace) -> tuple[str, str]:
    in_time = _decided_in_the_licence_step(agency, "用满时限后报批", date(2026, 4, 10))
    late = _decided_in_the_licence_step(agency, "超期两日后报批", date(2026, 4, 14))
    return in_time, late


def test_the_clock_says_in_time_and_two_days_late(agency: Workspace, two_cases: tuple[str, str]) -> None:
    in_time, late = two_cases
    with agency.sessions() as session:
        for number, used, over in ((in_time, 20, 0), (late, 22, 2)):
            data = case_json(session, find_case(session, number))
            assert (data["clock_state"], data["statutory_due"]) == ("stopped", "2026-04-10")
            assert data["decided_at"].startswith("2026-04-21")
            assert data["used_working_days"] == used
            assert find_case(session, number).stopped_overdue_days == over


def test_the_case_list_counts_the_days_the_clock_ran(agency: Workspace, two_cases: tuple[str, str]) -> None:
    in_time, late = two_cases
    today = date(2026, 5, 6)
    with agency.sessions() as session:
        rows = {row.number: row for row in fetch_case_page(session, limit=10)}
        calendar = load_calendar(session)
    labels = {
        number: remaining_label(
            *rows[number].remaining_and_overdue(calendar, today, "working"), "working", "stopped"
        )
        for number in two_cases
    }
    # (By the decision day, both would be 7 working days late: 04-13 … 04-21.)
    assert labels == {in_time: "已办结", late: "已办结（超期 2 个工作日）"}


def test_the_monthly_report_counts_one_in_time_and_one_late(
    agency: Workspace, two_cases: tuple[str, str]
) -> None:
    timesource.set_fake_now(datetime(2026, 5, 6, 2, tzinfo=UTC))
    with agency.sessions() as session:
        total = monthly_figures(session, report_month("2026-04")).total
    assert (total.completed, total.on_time, total.late) == (2, 1, 1)


def test_only_the_late_case_raises_an_accountability_item(
    agency: Workspace, two_cases: tuple[str, str]
) -> None:
    late = two_cases[1]
    now = datetime(2026, 5, 6, 2, tzinfo=UTC)
    timesource.set_fake_now(now)
    with agency.transaction() as session:
        raise_overdue_items(session, now)
    with agency.sessions() as session:
        items = session.execute(
            select(Case.number, AccountabilityItem.description).join(
                Case, Case.id == AccountabilityItem.case_id
            )
        ).all()
    assert [number for number, _ in items] == [late]
    assert items[0].description.endswith("于 2026-04-21 办结，超期 2 个工作日。")


def test_cases_decided_before_the_figure_was_kept_get_it_from_their_ledgers(
    agency: Workspace, two_cases: tuple[str, str]
) -> None:
    """Migration 0010's fill: the figure of every stopped case, from its clock ledger."""
    with agency.transaction() as session:
        session.execute(update(Case).values(stopped_overdue_days=None))
    with agency.transaction() as session:
        assert fill_stopped_overdue_days(session, batch=1) == 2
        assert fill_stopped_overdue_days(session) == 0
    with agency.sessions() as session:
        figures = dict(session.execute(select(Case.number, Case.stopped_overdue_days)).all())
    assert figures == {two_cases[0]: 0, two_cases[1]: 2}


def test_an_open_case_has_no_figure(agency: Workspace) -> None:
    number = _registered_and_accepted(agency, "在办")
    _act(agency, number, "clerk1", "pass", date(2026, 3, 12), opinion="评估报告已收到。")
    with agency.sessions() as session:
        assert find_case(session, number).stopped_overdue_days is None


def test_a_long_suspension_is_not_taken_for_a_case_past_its_limit(agency: Workspace) -> None:
    number = _registered_and_accepted(agency, "评估中")  # into 委托评估: suspended, 0 days used
    with agency.sessions() as session:
        written = find_case(session, number).statutory_due
    assert written is not None and written < date(2026, 5, 6)  # 20 working days after 03-02

    now = datetime(2026, 5, 6, 2, tzinfo=UTC)  # two months on, the evaluation still out
    timesource.set_fake_now(now)
    with agency.transaction() as session:
        assert raise_overdue_items(session, now) == []
    with agency.sessions() as session:
        case = find_case(session, number)
        data = case_json(session, case)
        assert (case.clock_state, data["used_working_days"]) == ("suspended", 0)
        assert data["card"] != "red"  # no day of its limit used
        # The cached projection is today's, as the case's own clock gives it: the list shows no red.
        assert case.statutory_due.isoformat() == data["statutory_due"]  # type: ignore[union-attr]
        assert case.statutory_due > date(2026, 5, 6)  # type: ignore[operator]
        row = next(r for r in fetch_case_page(session, limit=10) if r.number == number)
    listed = cached_card(row.clock_state, row.statutory_due, row.promised_due, row.yellow_on, now.date())
    assert listed == data["card"]
    with agency.sessions() as session:  # the projection moving with the days is not on the timeline
        assert [e["action"] for e in case_json(session, find_case(session, number))["events"]] == [
            "register",
            "accept",
            "auto_suspend",
        ]


def test_the_case_view_shows_a_decided_case_without_a_card(agency: Workspace, two_cases, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A decided case warns of nothing: no card beside it (as in the list), only whether it was
    decided in time."""
    from ui.case_view import CaseWindow

    with agency.sessions() as session:
        clerk = session.scalars(select(User).where(User.login == "clerk1")).one().id
        ids = [find_case(session, number).id for number in two_cases]
    for case_id, label in zip(ids, ("已办结", "已办结（超期 2 个工作日）"), strict=True):
        window = CaseWindow(agency, clerk, case_id)
        qtbot.addWidget(window)
        view = window.view
        reading = view.snapshot.reading  # type: ignore[union-attr]
        assert reading.card is not None  # the clock's own card when it stopped, kept for the record
        assert view.badge.badge.card is None
        assert view.remaining_label.text() == label


def test_a_desk_left_open_overnight_brings_suspended_due_dates_to_the_new_day(
    agency: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    number = _registered_and_accepted(agency, "评估中")  # into 委托评估: suspended
    with agency.reading_sessions() as session:
        user = session.scalars(select(User).where(User.login == "clerk1")).one()
        _ = user.roles, user.division
        written = find_case(session, number).statutory_due
    window = MainWindow(agency, "", user=user, idle_minutes=0)
    qtbot.addWidget(window)
    assert not window.start_new_day()  # the same day: nothing to do

    timesource.set_fake_now(datetime(2026, 3, 10, 16, 5, tzinfo=UTC))  # 00:05 on 03-11 in Shanghai
    assert window.start_new_day()
    with agency.sessions() as session:
        moved = find_case(session, number).statutory_due
    assert written is not None and moved is not None and moved > written
    assert not window.start_new_day()
