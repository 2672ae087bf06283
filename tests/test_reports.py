"""The monthly report and the publication list, on both backends: the workbook's figures equal
independent queries written here; a month without cases gives zeros; no personal data leaks."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select, text

from app import timesource
from app.cases import ActionInput, ApplicantDetails, find_case, perform, register_case
from app.catalogue import regulation_in_force
from app.errors import PermissionDenied
from app.reports.monthly import write_monthly_report
from app.reports.publication import mask_person, write_publication
from app.workspace import Workspace
from db.models import User
from tests.factories import import_test_catalogue, make_division, make_user

# 2026: Spring Festival 2/15–2/23 off, 2/14 and 2/28 make-up working days.
FEB_02 = datetime(2026, 2, 2, 1, 30, tzinfo=UTC)  # 09:30 Shanghai


class Desk:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def at(self, when: datetime) -> None:
        timesource.set_fake_now(when)

    def user(self, s, login: str) -> User:  # type: ignore[no-untyped-def]
        return s.scalars(select(User).where(User.login == login)).one()

    def register(self, name: str, person: bool = False) -> str:
        with self.ws.transaction() as s:
            regulation = regulation_in_force(s, "QL-01", FEB_02.date())
            return register_case(
                s,
                actor=self.user(s, "clerk1"),
                regulation=regulation,  # type: ignore[arg-type]
                applicant=ApplicantDetails(
                    name=name,
                    applicant_type="person" if person else "organisation",
                    id_code="110101199003074514" if person else "",
                    phone="13800138000",
                    address="长沙市岳麓区某某路8号",
                ),
                subject="示例项目",
            ).number

    def act(self, number: str, login: str, action: str, **given: object) -> None:
        with self.ws.transaction() as s:
            perform(s, self.user(s, login), find_case(s, number), action, ActionInput(**given))  # type: ignore[arg-type]

    def decide(self, number: str) -> None:
        self.act(number, "reviewer", "pass", opinion="同意。")
        self.act(number, "fgc-reviewer", "pass", opinion="合法。")
        self.act(number, "leader1", "approve", opinion="同意核准。")


@pytest.fixture
def desk(workspace: Workspace) -> Desk:
    timesource.set_fake_now(FEB_02)
    with workspace.transaction() as s:
        import_test_catalogue(s)
        tzc, fgc, wld = (make_division(s, c) for c in ("TZC", "FGC", "WLD"))
        make_user(s, tzc, "clerk1", ("clerk",))
        make_user(s, tzc, "reviewer", ("reviewer",))
        make_user(s, tzc, "head", ("division_head",))
        make_user(s, fgc, "fgc-reviewer", ("reviewer",))
        make_user(s, fgc, "fgc-head", ("division_head",))
        make_user(s, wld, "leader1", ("leader",))
    return Desk(workspace)


def _day(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour - 8, 30, tzinfo=UTC)


@pytest.fixture
def march(desk: Desk) -> dict[str, str]:
    """Cases around March 2026 (QL-01: accepting enters the clock-excluded evaluation step)."""
    n: dict[str, str] = {}
    desk.at(_day(2, 2))
    n["late"] = desk.register("甲公司")
    desk.act(n["late"], "clerk1", "accept")
    desk.at(_day(2, 3))
    desk.act(n["late"], "clerk1", "pass", opinion="评估报告已收到。")  # resumes: due ≈ 3/6
    n["withdrawn_feb"] = desk.register("戊公司")  # ended before March: not one of March's cases
    desk.at(_day(2, 10))
    desk.act(n["withdrawn_feb"], "clerk1", "withdraw", reason="申请人书面撤回。")
    n["withdrawn_mar"] = desk.register("己公司")  # carried over, withdrawn in March
    desk.at(_day(2, 25))
    n["open"] = desk.register("乙公司")
    desk.act(n["open"], "clerk1", "accept")
    desk.at(_day(2, 26))
    desk.act(n["open"], "clerk1", "pass", opinion="评估完毕。")  # running all March: overdue at month end
    desk.at(_day(3, 2))
    n["on_time"] = desk.register("丙公司")
    desk.act(n["on_time"], "clerk1", "accept")
    n["refused"] = desk.register("李四", person=True)
    desk.act(n["refused"], "clerk1", "refuse", reason="不属于本机关职权。")
    desk.at(_day(3, 5))
    desk.act(n["withdrawn_mar"], "clerk1", "withdraw", reason="申请人书面撤回。")
    desk.at(_day(3, 10))
    desk.act(n["on_time"], "clerk1", "pass", opinion="评估完毕。")
    desk.at(_day(3, 16))
    desk.decide(n["on_time"])  # 3/11–3/16: 4 working days used
    desk.at(_day(3, 20))
    desk.decide(n["late"])
    desk.at(_day(3, 30))
    n["suspended"] = desk.register("王五", person=True)
    desk.act(n["suspended"], "clerk1", "accept")  # suspended (evaluation) across the month end
    n["withdrawn"] = desk.register("丁公司")
    desk.at(_day(4, 2))
    desk.act(n["withdrawn"], "clerk1", "withdraw", reason="申请人书面撤回。")
    desk.at(_day(4, 20))
    return n


def _independent(workspace: Workspace) -> dict[str, int]:
    """The figures by straightforward SQL written for this test, March 2026, Shanghai time."""
    m0, m1 = "2026-02-28 16:00:00", "2026-03-31 16:00:00"
    q = {
        "carried_over": f"received_at < '{m0}' AND (coalesce(decided_at, closed_at) IS NULL "
        f"OR coalesce(decided_at, closed_at) >= '{m0}')",
        "received": f"received_at >= '{m0}' AND received_at < '{m1}'",
        "accepted": f"accepted_at >= '{m0}' AND accepted_at < '{m1}'",
        "not_accepted": f"status = 'refused' AND decided_at >= '{m0}' AND decided_at < '{m1}'",
        "completed": f"decision IS NOT NULL AND decided_at >= '{m0}' AND decided_at < '{m1}'",
        "withdrawn": f"status = 'withdrawn' AND closed_at >= '{m0}' AND closed_at < '{m1}'",
        "in_progress": f"received_at < '{m1}' AND (coalesce(decided_at, closed_at) IS NULL "
        f"OR coalesce(decided_at, closed_at) >= '{m1}')",
    }
    out = {}
    with workspace.engine.connect() as conn:
        for name, where in q.items():
            out[name] = conn.execute(text(f"SELECT count(*) FROM cases WHERE {where}")).scalar_one()
        rows = conn.execute(text(f"SELECT decided_at, statutory_due FROM cases WHERE {q['completed']}")).all()
    on_time = 0
    for decided, due in rows:
        decided = decided if isinstance(decided, datetime) else datetime.fromisoformat(decided)
        due = due if not isinstance(due, str) else datetime.fromisoformat(due).date()
        on_time += (decided + timedelta(hours=8)).date() <= due
    out["on_time"], out["late"] = on_time, len(rows) - on_time
    return out


HEAD = {"上月结转": "carried_over", "本月收件": "received", "本月受理": "accepted",
        "不予受理": "not_accepted",
        "办结": "completed", "按时办结": "on_time", "逾期办结": "late", "撤回": "withdrawn",
        "月末在办": "in_progress", "其中超期": "overdue", "暂停计时": "suspended",
        "平均用时（工作日）": "avg_days", "按时办结率": "rate"}  # fmt: skip


def _sheet(path: Path, title: str) -> dict[str, dict[str, object]]:
    ws = load_workbook(path)[title]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    header = rows[0]
    return {str(r[0]): {HEAD[h]: v for h, v in zip(header, r, strict=True) if h in HEAD} for r in rows[1:]}


def _leader(workspace: Workspace, login: str = "leader1"):  # type: ignore[no-untyped-def]
    s = workspace.reading_sessions()
    return s, s.scalars(select(User).where(User.login == login)).one()


def test_monthly_figures_match_independent_sql(
    workspace: Workspace, march: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "m.xlsx"
    s, leader = _leader(workspace)
    with s:
        result = write_monthly_report(s, leader, "2026-03", out)
    expected = _independent(workspace)
    total = _sheet(out, "按处室汇总")["合计"]
    for name, value in expected.items():
        assert total[name] == value, name
    assert expected == {
        "carried_over": 3, "received": 4, "accepted": 2, "not_accepted": 1, "completed": 2,
        "withdrawn": 1, "in_progress": 3, "on_time": 1, "late": 1,
    }  # fmt: skip
    # Balance: carried + received = not accepted + completed + withdrawn + in progress.
    assert total["carried_over"] + total["received"] == (
        total["not_accepted"] + total["completed"] + total["withdrawn"] + total["in_progress"]
    )
    assert total["overdue"] == 1  # 乙公司, running all March
    assert total["suspended"] == 1  # 王五, in the evaluation step across the month end
    assert total["rate"] == pytest.approx(0.5)
    # Working days used, from the ledger, equal the clock's own count.
    from app.cases import case_json

    with workspace.sessions() as s2:
        used = [case_json(s2, find_case(s2, march[k]))["used_working_days"] for k in ("on_time", "late")]
    assert total["avg_days"] == pytest.approx(sum(used) / 2)
    assert used[0] == 4
    by_division = _sheet(out, "按处室汇总")
    assert by_division["TZC"]["completed"] == 2 and by_division["FGC"]["completed"] == 0
    assert _sheet(out, "按事项汇总")["QL-01"]["received"] == 4
    wb = load_workbook(out)
    detail = list(wb["办件明细"].iter_rows(min_row=4, values_only=True))
    assert len(detail) == result.cases == 7
    summary = wb["按处室汇总"]
    assert summary.freeze_panes == "C4"
    assert summary.page_setup.orientation == "landscape"
    assert summary.page_setup.fitToWidth == 1 and summary.sheet_properties.pageSetUpPr.fitToPage
    assert summary.print_title_rows == "$3:$3"
    assert summary.column_dimensions["B"].width == 18
    total_row = summary.max_row
    assert summary.cell(total_row, 1).value == "合计" and summary.cell(total_row, 1).font.b
    assert summary.cell(total_row, 3).number_format == "#,##0"
    assert summary.cell(total_row, 15).number_format == "0.0%"  # 按时办结率
    assert summary.cell(3, 3).fill.fgColor.rgb.endswith("DDE4EA")  # the header's shading
    assert wb["办件明细"].cell(4, 7).number_format == "yyyy-mm-dd"
    assert wb["办件明细"].freeze_panes == "B4"
    assert wb["按时办结率"]._charts
    # A division head gets his own division only.
    s, head = _leader(workspace, "fgc-head")
    with s, pytest.raises(PermissionDenied):
        write_monthly_report(s, head, "2026-03", out, division_code="TZC")


def test_empty_month_gives_zeros(workspace: Workspace, desk: Desk, tmp_path: Path) -> None:
    desk.at(_day(4, 20))
    out = tmp_path / "empty.xlsx"
    s, leader = _leader(workspace)
    with s:
        write_monthly_report(s, leader, "2026-01", out)
    total = _sheet(out, "按处室汇总")["合计"]
    assert all(total[k] == 0 for k in ("carried_over", "received", "completed", "in_progress", "overdue"))
    assert total["rate"] == "—"
    assert load_workbook(out)["办件明细"].max_row == 3


def test_a_report_that_cannot_be_saved_says_so_before_the_work(
    workspace: Workspace, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.files import FileProblem
    from app.reports import monthly, publication

    desk.at(_day(4, 20))
    (tmp_path / "reports").write_text("a file, not a folder", encoding="utf-8")
    counted: list[object] = []
    monkeypatch.setattr(monthly, "monthly_figures", lambda *args: counted.append(args))
    monkeypatch.setattr(publication, "publication_rows", lambda *args: counted.append(args))
    s, leader = _leader(workspace)
    with s:
        for write, name in ((write_monthly_report, "march.xlsx"), (write_publication, "p.csv")):
            with pytest.raises(FileProblem) as problem:
                write(s, leader, "2026-03", tmp_path / "reports" / name)
            reason = "路径中有一级不是文件夹，而是同名的文件"
            assert problem.value.message == f"无法写入文件 {tmp_path / 'reports' / name}：{reason}。"
    assert counted == []  # nothing counted for a file that could not be saved
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reports"]


def test_publication_leaks_no_personal_data(
    workspace: Workspace, march: dict[str, str], tmp_path: Path
) -> None:
    s, leader = _leader(workspace)
    with s:
        write_publication(s, leader, "2026-03", tmp_path / "p.csv")
        write_publication(s, leader, "2026-03", tmp_path / "p.pdf")
    content = (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    pdf = "".join(p.extract_text() for p in PdfReader(io.BytesIO((tmp_path / "p.pdf").read_bytes())).pages)
    for published in (content, pdf):
        for secret in ("李四", "王五", "110101199003074514", "13800138000", "岳麓区", "示例项目"):
            assert secret not in published
        assert "李*" in published and "甲公司" in published
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][0] == "办件编号" and len(rows) == 8
    assert mask_person("欧阳娜娜") == "欧***"


def _agency_date(value: object) -> date | None:
    if value is None:
        return None
    instant = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return (instant + timedelta(hours=8)).date()


def test_detail_sheet_matches_independent_sql(
    workspace: Workspace, march: dict[str, str], tmp_path: Path
) -> None:
    """Each detail row: the month's cases (by the test's own scope), with dates in Beijing time
    computed here from the stored instants, the on-time mark and the suspension at month end."""
    out = tmp_path / "d.xlsx"
    s, leader = _leader(workspace)
    with s:
        write_monthly_report(s, leader, "2026-03", out)
    m0, m1 = "2026-02-28 16:00:00", "2026-03-31 16:00:00"
    with workspace.engine.connect() as conn:
        cases = conn.execute(
            text(
                "SELECT number, received_at, accepted_at, decided_at, closed_at, status, decision, "
                f"statutory_due FROM cases WHERE received_at < '{m1}' AND "
                f"(coalesce(decided_at, closed_at) IS NULL OR coalesce(decided_at, closed_at) >= '{m0}') "
                "ORDER BY year, sequence"
            )
        ).all()
    rows = list(load_workbook(out)["办件明细"].iter_rows(min_row=4, values_only=True))
    assert [r[0] for r in rows] == [c.number for c in cases]
    assert march["withdrawn_feb"] not in [r[0] for r in rows]
    for row, c in zip(rows, cases, strict=True):
        ended = (
            c.decided_at if c.decided_at is not None else (c.closed_at if c.status == "withdrawn" else None)
        )
        read = [v.date() if isinstance(v, datetime) else v for v in row[6:9]]
        assert read == [_agency_date(c.received_at), _agency_date(c.accepted_at), _agency_date(ended)], (
            c.number
        )
        completed = c.decision is not None and m0 <= str(c.decided_at)[:19] < m1
        due = c.statutory_due if not isinstance(c.statutory_due, str) else date.fromisoformat(c.statutory_due)
        expected = ("是" if due is None or _agency_date(c.decided_at) <= due else "否") if completed else None
        assert row[14] == expected, c.number
    marks = {r[0]: (r[14], r[15]) for r in rows}
    assert marks[march["on_time"]] == ("是", None) and marks[march["late"]] == ("否", None)
    assert marks[march["suspended"]] == (None, "是")  # in the evaluation step across the month end
    assert marks[march["refused"]] == (None, None)


def test_division_report_matches_independent_sql(
    workspace: Workspace, march: dict[str, str], tmp_path: Path
) -> None:
    """A division head's report: his division's cases only, the total equal to the same independent
    queries restricted to the division."""
    out = tmp_path / "tzc.xlsx"
    s, head = _leader(workspace, "head")
    with s:
        result = write_monthly_report(s, head, "2026-03", out)
    assert result.division == "TZC"
    with workspace.engine.connect() as conn:
        tzc = conn.execute(text("SELECT id FROM divisions WHERE code = 'TZC'")).scalar_one()
        others = conn.execute(text(f"SELECT count(*) FROM cases WHERE division_id <> {tzc}")).scalar_one()
    assert others == 0  # all the fixture's cases are TZC's: the division total is the agency's
    total = _sheet(out, "按处室汇总")["合计"]
    for name, value in _independent(workspace).items():
        assert total[name] == value, name
    assert list(_sheet(out, "按处室汇总")) == ["TZC", "合计"]
    s, leader = _leader(workspace)
    with s:
        other = write_monthly_report(s, leader, "2026-03", tmp_path / "fgc.xlsx", division_code="FGC")
    fgc = _sheet(tmp_path / "fgc.xlsx", "按处室汇总")["合计"]
    assert other.cases == 0 and fgc["received"] == 0 and fgc["carried_over"] == 0


def test_report_planner_settings_are_restored(workspace: Workspace, march: dict[str, str]) -> None:
    """The report plans its queries without JIT and for whole results (PostgreSQL), and leaves the
    reading session's settings as it found them; on SQLite it changes nothing."""
    from app.reports.figures import REPORT_PLANNER_SETTINGS, monthly_figures, planned_for_report, report_month

    s, _ = _leader(workspace)
    with s:
        postgres = s.get_bind().dialect.name == "postgresql"
        show = (
            (lambda: {n: s.scalar(text(f"SHOW {n}")) for n in REPORT_PLANNER_SETTINGS}) if postgres else dict
        )
        before = show()
        with planned_for_report(s):
            inside = show()
        monthly_figures(s, report_month("2026-03"))
        assert show() == before
    if postgres:
        assert inside == {"jit": "off", "cursor_tuple_fraction": "1"} != before
    else:
        assert inside == before == {}
