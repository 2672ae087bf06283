# ruff: noqa: E501 - the generated rows read best one per line
"""Benchmark: the monthly report for a month of 50,000 cases in a 1,000,000-case database
(PostgreSQL by default), beside openpyxl write-only writing the same cells in the same run.

The baseline is read back from our own workbook before timing: every sheet's cell values with their
number formats (dates as dates, `#,##0`, `0.0%` …), written by a bare `Workbook(write_only=True)`
with one shared WriteOnlyCell style per format. It does no SQL and no fonts, fills or borders, so
ours/bare is what our SQL, row building and styling cost on top of writing the cells at all.
Target: ours within 1.5× of the bare writer. Each side runs `--repeats` times alternately and the
best time counts (other processes share the machine). Peak memory: tracemalloc over one extra run
of each (not timed: tracing slows Python down), and the process's maximum RSS.

Run: `.venv/bin/python tests/bench/bench_monthly_report.py [--backend postgresql|sqlite]
[--cases 1000000] [--month-cases 50000] [--profile] [--drop]`. The database
(`sunlight_bench_report_<cases>_<month-cases>`, a PostgreSQL database or a file in the temp
folder) is generated on first use (COPY on PostgreSQL) and reused while it has the rows.
`--profile` prints a cProfile summary of one run of ours and each query's EXPLAIN ANALYZE time.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import resource
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import create_engine, event, select, text

from app import timesource
from app.reports.monthly import write_monthly_report
from app.workspace import Workspace, open_workspace
from db.models import Division, Regulation, User, UserRole

MONTH_START = datetime(2026, 2, 28, 16, tzinfo=UTC)  # 2026-03-01 00:00 Shanghai
MONTH_DAYS = 31
NOW = datetime(2026, 4, 10, tzinfo=UTC)
DIVISIONS = 12
REGULATIONS = 45

CASE_COLUMNS = (
    "id", "number", "year", "sequence", "regulation_id", "division_id", "status", "current_step",
    "current_step_name", "current_step_role", "decision_text", "applicant_type", "applicant_name",
    "applicant_id_code", "applicant_contact", "applicant_phone", "applicant_address", "subject",
    "received_by_id", "received_at", "accepted_at", "decided_at", "closed_at", "decision",
    "clock_state", "promised_due", "statutory_due", "yellow_on", "due_provisional", "lock_version",
)  # fmt: skip
EVENT_COLUMNS = ("case_id", "kind", "at", "reason_text")


def database_name(cases: int, month_cases: int) -> str:
    return f"sunlight_bench_report_{cases}_{month_cases}"


def generate(
    total: int, in_month: int, regulations: list[tuple[int, int]], user_id: int
) -> Iterator[tuple[tuple[Any, ...], list[tuple[Any, ...]]]]:
    """(case row, its clock events). History: five years before March 2026, all ended (the last
    weeks' cases end in March: carried over). March: refusals, withdrawals, decisions (some after a
    suspension), and open cases (some suspended across the month end)."""
    rnd = random.Random(7)
    old = total - in_month
    sequences: dict[int, int] = {}
    for n in range(total):
        case_id = n + 1
        if n < old:
            received = MONTH_START - timedelta(minutes=(old - n) * (5 * 365 * 24 * 60 / max(old, 1)))
        else:
            received = MONTH_START + timedelta(seconds=(n - old) * (MONTH_DAYS * 86400 / in_month))
        year = received.year
        sequences[year] = sequences.get(year, 0) + 1
        regulation_id, division_id = regulations[n % len(regulations)]
        roll = rnd.random()
        accepted = decided = closed = decision = due = None
        events: list[tuple[Any, ...]] = []
        if roll < 0.05:  # not accepted (不予受理)
            status, clock = "refused", "not_started"
            decided = received + timedelta(hours=rnd.randint(2, 60))
        else:
            accepted = received + timedelta(hours=2)
            due = (accepted + timedelta(days=28)).date()
            events.append((case_id, "start", accepted, ""))
            end = accepted + timedelta(days=rnd.randint(3, 35), hours=rnd.randint(0, 8))
            if rnd.random() < 0.1:  # a suspension for expert review, resumed before the end
                pause = accepted + timedelta(days=1)
                events.append((case_id, "suspend", pause, ""))
                events.append((case_id, "resume", pause + timedelta(days=rnd.randint(2, 10)), ""))
            if n < old or end < NOW - timedelta(days=20):
                if roll < 0.08:
                    status, clock, closed = "withdrawn", "stopped", end
                else:
                    status, clock, decided = "decided", "stopped", end
                    decision = "approved" if roll < 0.9 else "rejected"
                events.append((case_id, "stop", end, ""))
            else:
                status, clock = "in_progress", "running"
                if roll > 0.95:
                    status = clock = "suspended"
                    events.append((case_id, "suspend", NOW - timedelta(days=25), ""))
        row = (
            case_id, f"湘发改受〔{year}〕{sequences[year]:07d}号", year, sequences[year], regulation_id,
            division_id, status, "S1" if clock in ("running", "suspended") else None, "", "", "",
            "organisation" if n % 4 else "person", f"长沙市示例企业{n % 5000:04d}有限公司", "", "", "", "",
            f"示例项目{n}", user_id, received, accepted, decided, closed, decision, clock,
            due and due - timedelta(days=7), due, due and due - timedelta(days=3), False, 1,
        )  # fmt: skip
        yield row, events


def _naive(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(v.astimezone(UTC).replace(tzinfo=None) if isinstance(v, datetime) else v for v in row)


def build(url: str, total: int, in_month: int) -> None:
    print(f"building {total:,} cases ({in_month:,} received in March 2026) …", flush=True)
    started = time.perf_counter()
    workspace = open_workspace(url)
    with workspace.transaction() as s:
        divisions = [Division(code=f"D{i:02d}", name=f"示例处室{i}", phone="") for i in range(DIVISIONS)]
        s.add_all(divisions)
        s.flush()
        leader = User(login="leader", name="李领导", division_id=divisions[0].id, created_at=NOW)
        leader.role_rows = [UserRole(role="leader")]
        regs = [
            Regulation(
                code=f"QL-{i:02d}", version=1, title=f"示例事项{i}", category="power", kind="application",
                division_id=divisions[i % DIVISIONS].id, effective_from=date(2020, 1, 1),
                definition={"steps": [{"code": "S1", "name": "受理审查"}]}, imported_at=NOW,
            )
            for i in range(1, REGULATIONS + 1)
        ]  # fmt: skip
        s.add_all([leader, *regs])
        s.flush()
        regulations = [(r.id, r.division_id) for r in regs]
        user_id = leader.id
    workspace.close()
    rows = generate(total, in_month, regulations, user_id)
    if url.startswith("sqlite"):
        con = sqlite3.connect(url.removeprefix("sqlite:///"))
        marks = ", ".join("?" * len(CASE_COLUMNS))
        batch: list[tuple[Any, ...]] = []
        events: list[tuple[Any, ...]] = []
        for row, evs in rows:
            batch.append(tuple(str(v) if isinstance(v, date) else v for v in _naive(row)))
            events.extend(tuple(str(v) if isinstance(v, datetime) else v for v in _naive(e)) for e in evs)
            if len(batch) == 50_000:
                con.executemany(f"INSERT INTO cases ({', '.join(CASE_COLUMNS)}) VALUES ({marks})", batch)
                con.executemany("INSERT INTO clock_events (case_id, kind, at, reason_text) VALUES (?, ?, ?, ?)", events)  # fmt: skip
                batch.clear()
                events.clear()
        con.executemany(f"INSERT INTO cases ({', '.join(CASE_COLUMNS)}) VALUES ({marks})", batch)
        con.executemany("INSERT INTO clock_events (case_id, kind, at, reason_text) VALUES (?, ?, ?, ?)", events)  # fmt: skip
        con.commit()
        con.execute("ANALYZE")
        con.close()
    else:
        import psycopg

        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
        pending: list[tuple[Any, ...]] = []
        with psycopg.connect(conninfo) as conn, conn.cursor() as cursor:
            with cursor.copy(f"COPY cases ({', '.join(CASE_COLUMNS)}) FROM STDIN") as copy:
                for row, evs in rows:
                    copy.write_row(_naive(row))
                    pending.extend(evs)
            with cursor.copy(f"COPY clock_events ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                for e in pending:
                    copy.write_row(_naive(e))
            cursor.execute("SELECT setval(pg_get_serial_sequence('cases', 'id'), %s)", (total,))
            conn.commit()
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE cases")
            conn.execute("VACUUM ANALYZE clock_events")
    print(f"… {time.perf_counter() - started:.0f} s", flush=True)


def _count(url: str) -> int | None:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.scalar(text("SELECT count(*) FROM cases")) or 0)
    except Exception:  # no database or no table yet: build it
        return None
    finally:
        engine.dispose()


def ensure_database(backend: str, total: int, in_month: int) -> str:
    name = database_name(total, in_month)
    if backend == "sqlite":
        path = Path(tempfile.gettempdir()) / f"{name}.db"
        url = f"sqlite:///{path}"
        if path.exists() and _count(url) != total:
            path.unlink()
        if not path.exists():
            build(url, total, in_month)
        return url
    from tests.pg_databases import create_database, database_url, drop_database

    url = database_url(name)
    have = _count(url)
    if have == total:
        open_workspace(url).close()  # brings a kept database to the current schema and indexes
        return url
    if have is not None:
        drop_database(name)
    try:
        create_database(name, kept=True)  # kept for the next run
    except Exception:  # exists but empty after a failed build
        drop_database(name)
        create_database(name, kept=True)
    build(url, total, in_month)
    return url


def read_cells(path: Path) -> dict[str, list[list[tuple[Any, str | None]]]]:
    """Every sheet's cells as (value, number format), as the bare writer will write them: the
    format is None where openpyxl gives it by itself (General; a date's yyyy-mm-dd), so the bare
    writer passes those as plain values, as the cheapest honest writer would."""
    wb = load_workbook(path, read_only=True)
    sheets: dict[str, list[list[tuple[Any, str | None]]]] = {}
    for sheet in wb:
        rows = []
        for row in sheet.iter_rows():
            cells: list[tuple[Any, str | None]] = []
            for c in row:
                value, fmt = c.value, c.number_format
                if (
                    isinstance(value, datetime)
                    and fmt == "yyyy-mm-dd"
                    and value.time() == datetime.min.time()
                ):
                    value, fmt = value.date(), None  # read back as a datetime; written as the date it was
                cells.append((value, None if fmt == "General" or value is None else fmt))
            rows.append(cells)
        sheets[sheet.title] = rows
    wb.close()
    return sheets


def bare_write(sheets: dict[str, list[list[tuple[Any, str | None]]]], out: Path) -> None:
    wb = Workbook(write_only=True)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            cells: list[Any] = []
            for value, fmt in row:
                if fmt is None:
                    cells.append(value)
                else:
                    cell = WriteOnlyCell(ws, value)
                    cell.number_format = fmt
                    cells.append(cell)
            ws.append(cells)
    wb.save(out)


def ours(workspace: Workspace, out: Path) -> Any:
    with workspace.reading_sessions() as s:
        leader = s.scalars(select(User).where(User.login == "leader")).one()
        return write_monthly_report(s, leader, "2026-03", out)


def traced_peak(fn: Any) -> int:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def explain(workspace: Workspace, out: Path) -> None:
    """Each statement of one run of ours, with the server's EXPLAIN ANALYZE time (PostgreSQL, as
    tests/bench/bench_queries.py measures them), and any read of the whole cases table."""
    from tests.bench.bench_queries import _seq_scans
    from tests.bench.bench_queries import explain as explain_one

    captured: list[tuple[str, Any, bool]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        streamed = bool(context is not None and context.execution_options.get("stream_results"))
        captured.append((statement, parameters, streamed))

    event.listen(workspace.reading_engine, "before_cursor_execute", capture)
    try:
        ours(workspace, out)
    finally:
        event.remove(workspace.reading_engine, "before_cursor_execute", capture)
    with workspace.reading_engine.connect() as conn:
        table_rows = float(conn.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'cases'")) or 0)
        for statement, parameters, streamed in captured:
            if "set_config(" in statement:
                conn.exec_driver_sql(statement, parameters)
                continue
            if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            plan = explain_one(conn, statement, parameters, streamed)
            first = " ".join(statement.split())[:100]
            ms = plan["Execution Time"] + plan.get("Planning Time", 0)
            print(f"  {ms:9.1f} ms {'(cursor) ' if streamed else ''}{first}")
            for scan in _seq_scans(plan["Plan"], table_rows):
                print(f"      ← {scan}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql")
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--month-cases", type=int, default=50_000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--profile", action="store_true", help="cProfile and EXPLAIN ANALYZE one run of ours")
    parser.add_argument("--drop", action="store_true", help="drop the generated database afterwards")
    args = parser.parse_args()
    url = ensure_database(args.backend, args.cases, args.month_cases)
    workspace = open_workspace(url)
    timesource.set_fake_now(NOW)
    out = Path(tempfile.gettempdir()) / "sunlight_bench_report.xlsx"
    bare_out = Path(tempfile.gettempdir()) / "sunlight_bench_bare.xlsx"
    try:
        result = ours(workspace, out)  # warm caches
        sheets = read_cells(out)
        # The baseline's cells are a million live tuples: keep them out of the cyclic garbage
        # collector's way, or every full collection walks them and slows the baseline, not ours.
        gc.collect()
        gc.freeze()
        bare_write(sheets, bare_out)
        mine, bare = [], []
        for _ in range(args.repeats):
            start = time.perf_counter()
            ours(workspace, out)
            mine.append(time.perf_counter() - start)
            start = time.perf_counter()
            bare_write(sheets, bare_out)
            bare.append(time.perf_counter() - start)
        peak_ours = traced_peak(lambda: ours(workspace, out))
        peak_bare = traced_peak(lambda: bare_write(sheets, bare_out))
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
            ours(workspace, out)
            profiler.disable()
            stream = io.StringIO()
            pstats.Stats(profiler, stream=stream).sort_stats("cumulative").print_stats(35)
            print(stream.getvalue())
            if args.backend == "postgresql":
                print("statements of one run, EXPLAIN ANALYZE:")
                explain(workspace, out)
    finally:
        workspace.close()
        if args.drop:
            if args.backend == "sqlite":
                Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
            else:
                from tests.pg_databases import drop_database

                drop_database(database_name(args.cases, args.month_cases))
    cells = sum(len(r) for rows in sheets.values() for r in rows)
    best, best_bare = min(mine), min(bare)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{args.backend}: database {args.cases:,} cases; month 2026-03: {result.cases:,} detail rows, {cells:,} cells"
    )
    print(
        f"ours (SQL figures + styled workbook): {best:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in mine)})"
    )
    print(
        f"openpyxl write-only, same cells:      {best_bare:6.2f} s  (runs: {', '.join(f'{t:.2f}' for t in bare)})"
    )
    print(
        f"peak traced Python memory: ours {peak_ours / 1e6:.1f} MB, bare {peak_bare / 1e6:.1f} MB; process max RSS {rss:.0f} MB"
    )
    ratio = best / best_bare
    print(f"ratio ours/bare: {ratio:.2f} (target ≤ 1.5) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")


if __name__ == "__main__":
    main()
