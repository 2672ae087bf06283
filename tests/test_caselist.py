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


def _numbers(session, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    rows = fetch_case_page(session, case_filter=CaseFilter(text=text), sort="number", descending=False)
    assert count_cases(session, CaseFilter(text=text)) == len(rows)
    return [row.number for row in rows]


def test_text_search_finds_a_fragment_anywhere_the_same_on_both_backends(workspace: Workspace) -> None:
    """Substring of the number, applicant or project name; Latin letters in either case; `%`, `_`
    and `/` literal; one and two characters as well as longer (PostgreSQL serves these by
    different indexes, the results must not differ); never across two fields."""
    with workspace.transaction() as session:
        cases = register_many(session, 5)
        for case, (applicant, subject) in zip(
            cases,
            (
                ("张三", "城南供水管网改造"),
                ("欧阳张三丰", "ABC Logistics 仓储项目"),
                ("长沙Abc科技有限公司", "张家界旅游公路"),
                ("李四", "达标率100%_提升/二期"),
                ("王五", "示例项目"),
            ),
            strict=True,
        ):
            case.applicant_name, case.subject = applicant, subject
        a, b, c, d, e = (case.number for case in cases)
    with workspace.reading_sessions() as session:
        assert _numbers(session, "张三") == [a, b]
        assert _numbers(session, "  张三　") == [a, b]  # spaces (also the full-width one) trimmed
        assert _numbers(session, "张") == [a, b, c]
        assert _numbers(session, "三丰") == [b]
        assert _numbers(session, "欧阳张") == [b]
        assert _numbers(session, "供水管网") == [a]
        assert _numbers(session, "abc") == [b, c]
        assert _numbers(session, "aBC") == [b, c]
        assert _numbers(session, "c") == [b, c]
        assert _numbers(session, "LOGISTICS 仓储") == [b]
        assert _numbers(session, "%") == [d]
        assert _numbers(session, "_") == [d]
        assert _numbers(session, "0%_提") == [d]
        assert _numbers(session, "/") == [d]
        assert _numbers(session, "%_") == [d]
        assert _numbers(session, "王六") == []
        assert _numbers(session, "Z") == []
        # Never across the applicant and the project name.
        assert _numbers(session, "三城南") == []
        assert _numbers(session, "三城") == []
        # The case number: whole, its tail, two digits of it.
        assert _numbers(session, e) == [e]
        assert _numbers(session, e[-6:]) == [e]
        assert set(_numbers(session, e[-3:-1])) >= {e}
        assert _numbers(session, "") == [a, b, c, d, e]


def test_text_search_uses_the_search_indexes_on_postgresql(workspace: Workspace) -> None:
    """The query's expressions match migration 0009's indexes (the planner is told to avoid a
    scan, so an index that does not match the query shows as a Seq Scan); SQLite scans."""
    from sqlalchemy import select, text

    from db.models import Case

    with workspace.transaction() as session:
        register_many(session, 3)
    with workspace.reading_sessions() as session:
        conn = session.connection()
        plans = {}
        for fragment in ("张三", "张", "示例项目"):
            statement = CaseFilter(text=fragment).apply(select(Case.id))
            sql = str(statement.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
            if conn.dialect.name == "postgresql":
                conn.execute(text("SET LOCAL enable_seqscan = off"))
                plan = [str(line) for line in conn.exec_driver_sql(f"EXPLAIN {sql}").scalars()]
            else:
                plan = [str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
            plans[fragment] = "\n".join(plan)
    if workspace.engine.dialect.name == "postgresql":
        assert "ix_cases_search_pairs" in plans["张三"], plans["张三"]
        assert "ix_cases_search_pairs" in plans["张"], plans["张"]
        for index in ("ix_cases_number_trgm", "ix_cases_applicant_name_trgm", "ix_cases_subject_trgm"):
            assert index in plans["示例项目"], plans["示例项目"]
        assert "Seq Scan" not in "".join(plans.values())
    else:
        assert all("SCAN cases" in plan for plan in plans.values()), plans
