"""The case list query: pages never overlap, sorting and filtering happen in SQL."""

from __future__ import annotations

from app.caselist import CaseFilter, count_cases, fetch_case_page
from app.workspace import Workspace
from tests.factories import register_many


def test_pages_cover_every_case_once_in_order(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        register_many(session, 25)
    with workspace.reading_sessions() as session:
        pages = [fetch_case_page(session, offset=offset, limit=10) for offset in (0, 10, 20, 30)]
        assert [len(p) for p in pages] == [10, 10, 5, 0]
        rows = [row for page in pages for row in page]
        assert len({row.id for row in rows}) == 25
        received = [row.received_at for row in rows]
        assert received == sorted(received, reverse=True)
        assert count_cases(session) == 25


def test_sort_by_applicant_ascending_and_text_filter(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        register_many(session, 12)
    with workspace.reading_sessions() as session:
        rows = fetch_case_page(session, sort="applicant", descending=False, limit=50)
        names = [row.applicant_name for row in rows]
        assert names == sorted(names)
        assert rows[0].current_step_name == "受理审查"
        found = fetch_case_page(session, case_filter=CaseFilter(text="示例007"))
        assert [row.applicant_name for row in found] == ["长沙示例007有限公司"]
        assert count_cases(session, CaseFilter(text="示例007")) == 1
        assert count_cases(session, CaseFilter(statuses=frozenset({"closed"}))) == 0


def test_urgency_puts_cases_carded_today_first_then_by_due_date(workspace: Workspace) -> None:
    from datetime import UTC, date, datetime

    from app import timesource

    with workspace.transaction() as session:
        cases = register_many(session, 4)
        # Due dates as the clock would cache them; case 3 turned yellow today.
        for case, due, yellow in zip(
            cases,
            (date(2026, 3, 20), date(2026, 3, 10), None, date(2026, 4, 1)),
            (None, None, None, date(2026, 3, 5)),
            strict=True,
        ):
            case.statutory_due, case.yellow_on = due, yellow
        numbers = [c.number for c in cases]
    timesource.set_fake_now(datetime(2026, 3, 5, 2, 0, tzinfo=UTC))
    with workspace.reading_sessions() as session:
        rows = fetch_case_page(session, sort="urgency", descending=False)
    assert [r.number for r in rows] == [numbers[3], numbers[1], numbers[0], numbers[2]]
