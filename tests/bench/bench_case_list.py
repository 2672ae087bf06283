"""Benchmark: the case list's first screen over 1,000,000 cases in SQLite.

Prints the time from creating the table model to its first page being available, beside a raw
`sqlite3` fetch of the same page (same SQL, same database) measured in the same run; the ratio is
the figure (target ≤ 3). Peak Python memory while creating the model is printed for a 100,000-case
and a 1,000,000-case database: it must not grow with the row count.

Run: `make bench` or `.venv/bin/python tests/bench/bench_case_list.py [--rows N]`.
The generated databases are kept in the temp folder and reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert, select

from app.caselist import fetch_case_page
from app.workspace import open_workspace
from db.models import Case, Division, Regulation, User

REPEATS = 15


def build_database(path: Path, rows: int) -> None:
    if path.exists():
        con = sqlite3.connect(path)
        try:
            if con.execute("SELECT count(*) FROM cases").fetchone()[0] == rows:
                return
        except sqlite3.Error:
            pass
        finally:
            con.close()
        path.unlink()
    print(f"building {rows:,} cases in {path} …", flush=True)
    workspace = open_workspace(f"sqlite:///{path}")
    now = datetime(2026, 11, 26, tzinfo=UTC)
    with workspace.transaction() as session:
        division = Division(code="TZC", name="固定资产投资处", phone="")
        session.add(division)
        session.flush()
        user = User(login="clerk", name="王晓明", division_id=division.id, created_at=now)
        regulations = [
            Regulation(
                code=f"QL-{i:02d}",
                version=1,
                title=f"示例事项{i}",
                category="power",
                kind="application",
                division_id=division.id,
                effective_from=date(2026, 1, 1),
                definition={"steps": [{"code": "S1", "name": "受理审查"}]},
                imported_at=now,
            )
            for i in range(1, 46)
        ]
        session.add_all([user, *regulations])
        session.flush()
        regulation_ids = [r.id for r in regulations]
        batch: list[dict[str, object]] = []
        for n in range(1, rows + 1):
            received = now - timedelta(minutes=n * 0.5)
            batch.append(
                {
                    "number": f"湘发改受〔{received.year}〕{n:07d}号",
                    "year": received.year,
                    "sequence": n,
                    "regulation_id": regulation_ids[n % 45],
                    "division_id": division.id,
                    "status": ("in_progress", "decided", "closed")[n % 3],
                    "current_step": "S1",
                    "current_step_name": "受理审查",
                    "applicant_type": "organisation",
                    "applicant_name": f"长沙市示例企业{n % 5000}有限公司",
                    "applicant_id_code": "",
                    "applicant_contact": "",
                    "applicant_phone": "",
                    "applicant_address": "",
                    "subject": f"示例项目{n}",
                    "received_by_id": user.id,
                    "assignee_id": user.id,
                    "received_at": received,
                    "clock_state": "running",
                    "statutory_due": (received + timedelta(days=28)).date(),
                    "due_provisional": False,
                    "lock_version": 1,
                }
            )
            if len(batch) == 20_000:
                session.execute(insert(Case), batch)
                batch.clear()
        if batch:
            session.execute(insert(Case), batch)
    workspace.close()


def page_sql(workspace) -> str:  # type: ignore[no-untyped-def]
    """The exact SQL the model runs for its first page, with literals bound, for the raw fetch."""
    captured: list[str] = []
    from sqlalchemy import event

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM cases" in statement and "LIMIT" in statement:
            captured.append((statement, parameters))  # type: ignore[arg-type]

    event.listen(workspace.engine, "before_cursor_execute", capture)
    with workspace.sessions() as session:
        fetch_case_page(session)
    event.remove(workspace.engine, "before_cursor_execute", capture)
    return captured[-1]  # type: ignore[return-value]


def measure(path: Path) -> tuple[float, float, int]:
    from PySide6.QtWidgets import QApplication

    from ui.case_table import CaseTableModel

    app = QApplication.instance() or QApplication([])
    workspace = open_workspace(f"sqlite:///{path}")
    with workspace.sessions() as session:
        session.scalar(select(Case.id).limit(1))  # warm the pool, as a running GUI has it

    model_times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        model = CaseTableModel(workspace)
        assert model.rowCount() > 0
        model_times.append(time.perf_counter() - start)
        model.deleteLater()
    app.processEvents()

    statement, parameters = page_sql(workspace)
    raw = sqlite3.connect(path)
    raw_times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        rows = raw.execute(statement, parameters).fetchall()
        raw_times.append(time.perf_counter() - start)
        assert rows
    raw.close()

    tracemalloc.start()
    model = CaseTableModel(workspace)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    workspace.close()
    return statistics.median(model_times), statistics.median(raw_times), peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args()
    folder = Path(tempfile.gettempdir())
    small_rows = max(args.rows // 10, 1000)
    small, large = folder / f"sunlight-bench-{small_rows}.db", folder / f"sunlight-bench-{args.rows}.db"
    build_database(small, small_rows)
    build_database(large, args.rows)
    _, _, small_peak = measure(small)
    model_s, raw_s, large_peak = measure(large)
    print(f"cases in database:            {args.rows:>12,}")
    print(f"model → first page (median):  {model_s * 1000:>10.2f} ms")
    print(f"raw sqlite3 same page:        {raw_s * 1000:>10.2f} ms")
    print(f"ratio model/raw:              {model_s / raw_s:>10.2f}  (target ≤ 3)")
    print(f"peak Python memory, {small_rows:>9,} cases: {small_peak / 1024:>8.0f} KiB")
    print(
        f"peak Python memory, {args.rows:>9,} cases: {large_peak / 1024:>8.0f} KiB"
        f"  (ratio {large_peak / small_peak:.2f}, target ≈ 1)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
