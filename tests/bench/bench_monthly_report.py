# ruff: noqa: E501
"""Benchmark: the monthly report for a month of 50,000 cases in a 1,000,000-case SQLite database,
beside openpyxl write-only writing the same cells (values read back from our workbook) in the
same run. Target: ours within 1.5× of the bare writer. Peak Python memory (tracemalloc) is
printed for ours.

Run: `.venv/bin/python tests/bench/bench_monthly_report.py [--cases 1000000] [--month-cases 50000]`.
The database is kept in the temp folder and reused.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from openpyxl import Workbook, load_workbook
from sqlalchemy import insert, select

from app import timesource
from app.reports.monthly import write_monthly_report
from app.workspace import open_workspace
from db.models import Case, ClockEvent, Division, Regulation, User, UserRole

MONTH_START = datetime(2026, 2, 28, 16, tzinfo=UTC)  # 2026-03-01 00:00 Shanghai


def build(path: Path, total: int, in_month: int) -> None:
    if path.exists():
        con = sqlite3.connect(path)
        try:
            if con.execute("SELECT count(*) FROM cases").fetchone()[0] == total:
                return
        except sqlite3.Error:
            pass
        finally:
            con.close()
        path.unlink()
    print(f"building {total:,} cases ({in_month:,} in March 2026) in {path} …", flush=True)
    ws = open_workspace(f"sqlite:///{path}")
    now = datetime(2026, 4, 10, tzinfo=UTC)
    rnd = random.Random(7)
    with ws.transaction() as s:
        divisions = [Division(code=f"D{i:02d}", name=f"示例处室{i}", phone="") for i in range(12)]
        s.add_all(divisions)
        s.flush()
        leader = User(login="leader", name="李领导", division_id=divisions[0].id, created_at=now)
        leader.role_rows = [UserRole(role="leader")]
        regs = [
            Regulation(
                code=f"QL-{i:02d}", version=1, title=f"示例事项{i}", category="power", kind="application",
                division_id=divisions[i % 12].id, effective_from=date(2020, 1, 1),
                definition={"steps": [{"code": "S1", "name": "受理审查"}]}, imported_at=now,
            )
            for i in range(1, 46)
        ]  # fmt: skip
        s.add_all([leader, *regs])
        s.flush()
        old = total - in_month
        batch: list[dict[str, object]] = []
        events: list[dict[str, object]] = []
        for n in range(total):
            case_id = n + 1
            if n < old:  # history: five years before March, all finished
                received = MONTH_START - timedelta(minutes=(old - n) * 2.6)
            else:
                received = MONTH_START + timedelta(seconds=(n - old) * (31 * 86400 / in_month))
            reg = regs[n % 45]
            accepted = received + timedelta(hours=2)
            finished = n < old or rnd.random() < 0.6
            decided = accepted + timedelta(days=rnd.randint(3, 25)) if finished else None
            due = (accepted + timedelta(days=28)).date()
            batch.append(
                {
                    "id": case_id, "number": f"湘发改受〔{received.year}〕{n:07d}号", "year": received.year,
                    "sequence": n, "regulation_id": reg.id, "division_id": reg.division_id,
                    "status": "decided" if decided else "in_progress", "current_step": None if decided else "S1",
                    "current_step_name": "", "applicant_type": "organisation" if n % 4 else "person",
                    "applicant_name": f"长沙市示例企业{n % 5000}有限公司", "applicant_id_code": "",
                    "applicant_contact": "", "applicant_phone": "", "applicant_address": "",
                    "subject": f"示例项目{n}", "received_by_id": leader.id, "received_at": received,
                    "accepted_at": accepted, "decided_at": decided, "decision": "approved" if decided else None,
                    "clock_state": "stopped" if decided else "running", "statutory_due": due,
                    "promised_due": due - timedelta(days=7), "due_provisional": False, "lock_version": 1,
                }
            )  # fmt: skip
            if n >= old:
                events.append({"case_id": case_id, "kind": "start", "at": accepted, "reason_text": ""})
                if decided:
                    events.append({"case_id": case_id, "kind": "stop", "at": decided, "reason_text": ""})
            if len(batch) == 20_000:
                s.execute(insert(Case), batch)
                batch.clear()
        if batch:
            s.execute(insert(Case), batch)
        s.execute(insert(ClockEvent), events)
    ws.close()


def bare_write(rows: dict[str, list[tuple[object, ...]]], out: Path) -> None:
    wb = Workbook(write_only=True)
    for title, values in rows.items():
        sheet = wb.create_sheet(title)
        for row in values:
            sheet.append(row)
    wb.save(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--month-cases", type=int, default=50_000)
    args = parser.parse_args()
    path = Path(tempfile.gettempdir()) / f"sunlight_bench_report_{args.cases}_{args.month_cases}.db"
    build(path, args.cases, args.month_cases)
    ws = open_workspace(f"sqlite:///{path}")
    timesource.set_fake_now(datetime(2026, 4, 10, tzinfo=UTC))
    out = Path(tempfile.gettempdir()) / "sunlight_bench_report.xlsx"
    with ws.reading_sessions() as s:
        leader = s.scalars(select(User).where(User.login == "leader")).one()
        write_monthly_report(s, leader, "2026-03", out)  # warm caches
        tracemalloc.start()
        start = time.perf_counter()
        result = write_monthly_report(s, leader, "2026-03", out)
        ours = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    wb = load_workbook(out, read_only=True)
    rows = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in wb}
    wb.close()
    bare_out = Path(tempfile.gettempdir()) / "sunlight_bench_bare.xlsx"
    start = time.perf_counter()
    bare_write(rows, bare_out)
    bare = time.perf_counter() - start
    print(f"database {args.cases:,} cases; month 2026-03 detail rows {result.cases:,}")
    print(f"ours (SQL figures + styled workbook): {ours:6.2f} s, peak Python memory {peak / 1e6:.1f} MB")
    print(f"openpyxl write-only, same cells:      {bare:6.2f} s")
    print(
        f"ratio ours/bare: {ours / bare:.2f} (target ≤ 1.5) {'OK' if ours / bare <= 1.5 else 'OVER TARGET'}"
    )
    ws.close()


if __name__ == "__main__":
    main()
