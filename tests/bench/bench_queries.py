# ruff: noqa: E501 - the generated rows and the query table read best one per line
"""Benchmark: the case list, its filters, the supervision dashboard and the monthly report over
1,000,000 cases on PostgreSQL.

Every query is run through the application's own code (app.caselist, app.supervision,
app.reports) and timed; the SQL it sent is captured and run again directly as `EXPLAIN (ANALYZE,
FORMAT JSON)` with the same parameters and planner settings (a streamed result as the
`DECLARE … CURSOR` it was, since a cursor is planned for its first rows). Printed: the app's time,
the summed server execution and planning time, and their ratio (the overhead of our Python layer).
A plan that reads the whole `cases` table where an index should serve fails the run loudly (exit
status 1), naming the query and the plan: a Seq Scan on `cases`, or an index scan without an index
condition that reads more than half of the table (walking an index only for its order).

Run: `.venv/bin/python tests/bench/bench_queries.py [--rows 1000000] [--keep]`. The database
(`sunlight_bench_<rows>`) is generated with COPY on first use and reused while it has the rows.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import create_engine, event, select, text

from tests.bench.bench_desks import prepare
from tests.pg_databases import create_database, database_url, drop_database, pg_admin_url

OPEN = ("received", "supplementing", "accepted", "in_progress", "suspended")
NOW = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
REPEATS = 3
# Queries that must read every open case by design (aggregates over all of them) may scan; these
# names are reported but not failed. Everything else must use an index on `cases`.
SCAN_ALLOWED = {"count all cases"}
# The search queries' plans, printed after the table (name → one outline per statement).
PLANS: dict[str, list[list[str]]] = {}


def _exists(name: str) -> bool:
    engine = create_engine(pg_admin_url())
    with engine.connect() as conn:
        found = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
    engine.dispose()
    return bool(found)


def build(rows: int) -> str:
    name = f"sunlight_bench_{rows}"
    if _exists(name):
        url = database_url(name)
        engine = create_engine(url)
        with engine.connect() as conn:
            have = conn.scalar(text("SELECT count(*) FROM cases"))
        engine.dispose()
        if have == rows:
            _upgrade(url)
            return url
        drop_database(name)
    print(f"generating {rows:,} cases in {name} (COPY) …", flush=True)
    url = create_database(name, kept=True)  # kept for the next run: its million cases take minutes
    prepare(url)
    from app.workspace import open_workspace
    from db.models import Division, Regulation, User, UserRole

    workspace = open_workspace(url)
    with workspace.transaction() as session:
        tzc = session.scalars(select(Division).where(Division.code == "TZC")).one()
        session.add(User(login="supervisor", name="纪检监察", division_id=tzc.id, created_at=NOW,
                         role_rows=[UserRole(role="supervisor")]))  # fmt: skip
        regulations = [
            (r.id, r.division_id) for r in session.scalars(select(Regulation)) if r.category == "power"
        ]
        users = list(session.scalars(select(User.id)))
        division_ids = list(session.scalars(select(Division.id)))
    workspace.close()
    rng = random.Random(7)
    started = time.perf_counter()
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
    columns = ("number, year, sequence, regulation_id, division_id, status, current_step, current_step_name, "
               "current_step_role, current_step_division_id, decision_text, applicant_type, applicant_name, "
               "applicant_id_code, applicant_contact, applicant_phone, applicant_address, subject, "
               "received_by_id, assignee_id, received_at, accepted_at, decided_at, closed_at, decision, "
               "satisfaction, clock_state, promised_due, statutory_due, yellow_on, due_provisional, lock_version")  # fmt: skip
    with psycopg.connect(conninfo) as conn, conn.cursor() as cursor:
        sequences: dict[int, int] = {}
        with cursor.copy(f"COPY cases ({columns}) FROM STDIN") as copy:
            for n in range(rows):
                received = NOW - timedelta(minutes=rows - n) * (5 * 365 * 24 * 60 / rows)
                year = received.year
                sequences[year] = sequences.get(year, 0) + 1
                regulation_id, division_id = regulations[n % len(regulations)]
                division_id = division_id or division_ids[n % len(division_ids)]
                recent = (NOW - received).days < 60
                status = rng.choice(OPEN) if recent else rng.choice(("closed", "closed", "closed", "decided", "refused", "withdrawn"))  # fmt: skip
                is_open = status in OPEN
                accepted = received + timedelta(days=1) if status not in ("received", "supplementing", "refused") else None  # fmt: skip
                decided = received + timedelta(days=rng.randint(3, 30)) if not is_open and status != "withdrawn" else None  # fmt: skip
                closed = (
                    (decided or received) + timedelta(days=2) if status in ("closed", "withdrawn") else None
                )
                due = (received + timedelta(days=28)).date() if accepted else None
                copy.write_row((
                    f"湘发改受〔{year}〕{sequences[year]:07d}号", year, sequences[year], regulation_id, division_id,
                    status, "S3" if is_open else None, "处室审核" if is_open else "", "reviewer" if is_open else "",
                    division_id if is_open else None, "", "organisation", f"长沙市示例企业{n % 20000:05d}有限公司",
                    "", "", "", "", f"示例项目{n}", users[0], users[n % len(users)] if is_open else None,
                    received.replace(tzinfo=None), accepted and accepted.replace(tzinfo=None),
                    decided and decided.replace(tzinfo=None), closed and closed.replace(tzinfo=None),
                    ("approved" if status in ("closed", "decided") else None),
                    ("satisfied" if status == "closed" else None),
                    ("running" if is_open and accepted else ("stopped" if accepted else "not_started")),
                    due and due - timedelta(days=7), due, due and due - timedelta(days=3), False, 1,
                ))  # fmt: skip
        for year, last in sequences.items():
            cursor.execute(
                "INSERT INTO case_number_counters (year, last_sequence) VALUES (%s, %s) "
                "ON CONFLICT (year) DO UPDATE SET last_sequence = excluded.last_sequence",
                (year, last),
            )
        conn.commit()
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE cases")
    print(f"… {time.perf_counter() - started:.0f} s", flush=True)
    return url


def _upgrade(url: str) -> None:
    from app.workspace import open_workspace

    open_workspace(url).close()  # brings the bench database to the current indexes
    engine = create_engine(url)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE cases"))
    engine.dispose()


def _seq_scans(plan: dict[str, Any], table_rows: float) -> list[str]:
    found = []
    node = plan.get("Node Type")
    if plan.get("Relation Name") == "cases":
        read = (plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)) * plan.get(
            "Actual Loops", 1
        )
        if node == "Seq Scan":
            found.append(
                f"Seq Scan on cases (filter: {plan.get('Filter', '-')}, rows {plan.get('Actual Rows')})"
            )
        elif node in ("Index Scan", "Index Only Scan") and "Index Cond" not in plan and read > table_rows / 2:
            found.append(
                f"{node} of all of {plan.get('Index Name')} (filter: {plan.get('Filter', '-')}, read {read:.0f} rows)"
            )
    for child in plan.get("Plans", []):
        found.extend(_seq_scans(child, table_rows))
    return found


def explain(conn: Any, statement: str, parameters: Any, streamed: bool) -> dict[str, Any]:
    """EXPLAIN ANALYZE of one captured statement, as the application ran it."""
    sql = f"DECLARE bench_explained CURSOR FOR {statement}" if streamed else statement
    raw = conn.exec_driver_sql("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, parameters).scalar()
    return (raw if isinstance(raw, list) else json.loads(raw))[0]


def plan_outline(plan: dict[str, Any], depth: int = 0) -> list[str]:
    """The plan as EXPLAIN prints it, one node a line: node, relation or index, condition."""
    node = plan.get("Node Type", "?")
    where = plan.get("Index Name") or plan.get("Relation Name") or ""
    condition = plan.get("Index Cond") or plan.get("Recheck Cond") or plan.get("Filter") or ""
    if len(condition) > 90:
        condition = condition[:87] + "…"
    line = f"{'  ' * depth}-> {node}{' on ' + where if where else ''} (rows {plan.get('Actual Rows')}) {condition}"
    return [line.rstrip()] + [
        part for child in plan.get("Plans", []) for part in plan_outline(child, depth + 1)
    ]


def measure(workspace: Any, name: str, call: Callable[[Any], Any]) -> tuple[float, float, list[str]]:
    captured: list[tuple[str, Any, bool]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        streamed = bool(context is not None and context.execution_options.get("stream_results"))
        captured.append((statement, parameters, streamed))

    times = []
    for attempt in range(REPEATS):
        if attempt == REPEATS - 1:
            event.listen(workspace.reading_engine, "before_cursor_execute", capture)
        with workspace.reading_sessions() as session:
            start = time.perf_counter()
            call(session)
            times.append(time.perf_counter() - start)
        if attempt == REPEATS - 1:
            event.remove(workspace.reading_engine, "before_cursor_execute", capture)
    server = 0.0
    scans: list[str] = []
    with workspace.reading_engine.connect() as conn:
        table_rows = float(conn.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'cases'")) or 0)
        for statement, parameters, streamed in captured:
            if "set_config(" in statement:  # planner settings the app made: replayed, not timed
                conn.exec_driver_sql(statement, parameters)
                continue
            if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            plan = explain(conn, statement, parameters, streamed)
            server += float(plan["Execution Time"]) + float(plan.get("Planning Time", 0))
            scans.extend(_seq_scans(plan["Plan"], table_rows))
            if name.startswith(("search", "count: search")):
                PLANS.setdefault(name, []).append(plan_outline(plan["Plan"]))
    return min(times) * 1000, server, scans


def queries(workspace: Any) -> list[tuple[str, Callable[[Any], Any]]]:
    from app.caselist import (
        CaseFilter,
        card_condition,
        count_cases,
        fetch_case_page,
        scope_filter,
        todo_filter,
    )
    from app.timesource import set_fake_now
    from db.models import Division, Regulation, User

    set_fake_now(NOW)
    with workspace.sessions() as session:
        clerk = session.scalars(select(User).where(User.login == "clerk1")).one()
        supervisor = session.scalars(select(User).where(User.login == "supervisor")).one()
        tzc = session.scalars(select(Division).where(Division.code == "TZC")).one().id
        code = session.scalars(select(Regulation.code).where(Regulation.category == "power")).first()
    today = NOW.date()

    def user(session: Any, login: str) -> Any:
        return session.scalars(select(User).where(User.login == login)).one()

    found: list[tuple[str, Callable[[Any], Any]]] = [
        ("first page (newest first)", lambda s: fetch_case_page(s)),
        ("page 50 (offset 10,000)", lambda s: fetch_case_page(s, offset=10_000, limit=200)),
        ("sorted by statutory due", lambda s: fetch_case_page(s, sort="statutory_due", descending=False)),
        ("filter: status in progress", lambda s: fetch_case_page(s, case_filter=CaseFilter(statuses=frozenset({"in_progress"})))),
        ("filter: division", lambda s: fetch_case_page(s, case_filter=CaseFilter(division_id=tzc))),
        ("filter: regulation", lambda s: fetch_case_page(s, case_filter=CaseFilter(regulation_code=code))),
        ("filter: received in March 2026", lambda s: fetch_case_page(s, case_filter=CaseFilter(
            received_from=datetime(2026, 3, 1, tzinfo=UTC), received_until=datetime(2026, 4, 1, tzinfo=UTC)))),
        ("filter: text (frequent)", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="示例企业00042"))),
        # The search box (pg_trgm, migration 0009): trigram indexes from three characters, the
        # pairs index below that (a two-character Chinese name); plans printed with EXPLAIN.
        ("search: applicant, 5 chars", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="企业00042"))),
        ("search: case number tail", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="0004242号"))),
        ("search: project name", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="示例项目4242"))),
        ("search: 2 chars, no match", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="张三"))),
        ("search: 1 char, no match", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="张"))),
        ("search: 2 chars, every case", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="示例"))),
        ("search: 2 chars, 1 case in 9", lambda s: fetch_case_page(s, case_filter=CaseFilter(text="目7"))),
        ("count: search 张三", lambda s: count_cases(s, CaseFilter(text="张三"))),
        ("count: search 企业00042", lambda s: count_cases(s, CaseFilter(text="企业00042"))),
        ("filter: red card", lambda s: fetch_case_page(s, case_filter=CaseFilter(extra=(card_condition("red", today),)))),
        ("filter: yellow card", lambda s: fetch_case_page(s, case_filter=CaseFilter(extra=(card_condition("yellow", today),)))),
        ("my to-do (clerk)", lambda s: fetch_case_page(s, case_filter=todo_filter(s, user(s, "clerk1")))),
        ("clerk's visible cases", lambda s: fetch_case_page(s, case_filter=scope_filter(s, user(s, "clerk1")))),
        ("count: division, open", lambda s: count_cases(s, CaseFilter(division_id=tzc, statuses=frozenset(OPEN)))),
        ("count all cases", lambda s: count_cases(s)),
    ]  # fmt: skip
    del clerk
    try:
        from app.supervision import monthly_supervision, supervision_summary

        found.append(
            ("dashboard (supervision summary)", lambda s: supervision_summary(s, user(s, "supervisor"), NOW))
        )
        found.append(("monthly supervision figures", lambda s: monthly_supervision(s, 2026, 10)))
    except ImportError:  # pragma: no cover - before the supervision module
        pass
    try:
        from app.reports.figures import monthly_figures, report_month
        from app.reports.monthly import detail_rows
        from app.reports.publication import publication_rows

        found.append(("monthly report figures", lambda s: monthly_figures(s, report_month("2026-10", NOW))))
        found.append(
            (
                "monthly report detail rows",
                lambda s: sum(1 for _ in detail_rows(s, report_month("2026-10", NOW), None)),
            )
        )
        found.append(
            (
                "publication rows",
                lambda s: sum(1 for _ in publication_rows(s, report_month("2026-10", NOW), None)),
            )
        )
    except ImportError:  # pragma: no cover - before the reports module
        pass
    del supervisor
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--drop", action="store_true", help="drop the generated database afterwards")
    args = parser.parse_args()
    url = build(args.rows)
    from app.workspace import open_workspace

    workspace = open_workspace(url)
    failures = []
    print(f"{'query':<34}{'app ms':>10}{'EXPLAIN ms':>12}{'ratio':>8}")
    try:
        for name, call in queries(workspace):
            app_ms, server_ms, scans = measure(workspace, name, call)
            ratio = app_ms / server_ms if server_ms else float("nan")
            flag = ""
            if scans and name not in SCAN_ALLOWED:
                failures.append((name, scans))
                flag = "  ← SEQ SCAN"
            print(f"{name:<34}{app_ms:>10.1f}{server_ms:>12.1f}{ratio:>8.2f}{flag}", flush=True)
    finally:
        workspace.close()
        if args.drop:
            drop_database(f"sunlight_bench_{args.rows}")
    for name, outlines in PLANS.items():
        print(f"\nEXPLAIN ANALYZE — {name}")
        for outline in outlines:
            print("\n".join(outline))
    for name, scans in failures:
        print(f"FAIL {name}: {'; '.join(scans)}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
