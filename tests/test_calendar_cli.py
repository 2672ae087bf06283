"""`sunlight calendar …` on both backends."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.calendar_store import seed_default_calendar
from app.cli import main
from app.workspace import open_workspace
from db.models import CalendarDay


@pytest.fixture
def seeded_url(database_url: str) -> str:
    """A fresh database with the default calendar (as the lead's database creation seeds it)."""
    workspace = open_workspace(database_url)
    with workspace.transaction() as session:
        if not session.scalar(select(func.count()).select_from(CalendarDay)):
            seed_default_calendar(session, datetime(2026, 11, 1, tzinfo=UTC))
    workspace.close()
    return database_url


def run(url: str, *args: str) -> int:
    return main(["--db", url, "calendar", *args])


def test_add_prints_the_date_alone(seeded_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(seeded_url, "add", "2026-09-30", "1") == 0
    assert capsys.readouterr().out == "2026-10-08\n"
    assert run(seeded_url, "add", "2026-02-13", "1") == 0
    assert capsys.readouterr().out == "2026-02-14\n"


def test_add_natural_rolls_over(seeded_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(seeded_url, "add", "2026-08-02", "60", "--natural") == 0
    assert capsys.readouterr().out == "2026-10-08\n"
    assert run(seeded_url, "add", "2026-03-02", "15", "--natural") == 0
    assert capsys.readouterr().out == "2026-03-17\n"


def test_between(seeded_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(seeded_url, "between", "2026-09-30", "2026-10-12") == 0
    assert capsys.readouterr().out == "4\n"


def test_provisional_warning_goes_to_stderr(seeded_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(seeded_url, "add", "2026-12-28", "5") == 0
    captured = capsys.readouterr()
    assert captured.out == "2027-01-04\n"
    assert "暂定" in captured.err


def test_bad_date(seeded_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(seeded_url, "add", "2026-02-30", "1") == 1
    assert "日期“2026-02-30”无效" in capsys.readouterr().err


def test_import_and_export(seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "2027.csv"
    source.write_text(
        "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-06,workday,春节\n2027-10-01,holiday,国庆节\n",
        encoding="utf-8",
    )
    assert run(seeded_url, "import", str(source)) == 0
    out = capsys.readouterr().out
    assert "已导入 2027 年" in out and "3 个" in out
    assert run(seeded_url, "add", "2026-12-31", "1") == 0
    captured = capsys.readouterr()
    assert captured.out == "2027-01-04\n" and captured.err == ""
    assert run(seeded_url, "export", "--year", "2027") == 0
    assert capsys.readouterr().out == source.read_text(encoding="utf-8")
    target = tmp_path / "out.csv"
    assert run(seeded_url, "export", "--year", "2026", "--out", str(target)) == 0
    assert "2026-10-10,workday,国庆节" in target.read_text(encoding="utf-8")


def test_bad_import_reports_lines_and_imports_nothing(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(
        "date,kind,name\n"
        "2027-01-01,holiday,元旦\n"
        "2027/13/02,holiday,元旦\n"
        "2027-01-03,day-off,元旦\n"
        "2027-01-04,workday,调休\n"
        "2027-01-01,workday,元旦\n",
        encoding="utf-8",
    )
    assert run(seeded_url, "import", str(source)) == 1
    err = capsys.readouterr().err
    for line in (3, 4, 5, 6):
        assert f"第 {line} 行" in err
    assert "第 2 行" not in err
    assert run(seeded_url, "export", "--year", "2027") == 0
    assert capsys.readouterr().out == "date,kind,name\n"


def test_a_schedule_saved_by_excel_on_chinese_windows_is_imported(
    seeded_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """GBK, a Chinese header, the spreadsheet's dates and the notice's words."""
    source = tmp_path / "2027年节假日.csv"
    source.write_bytes("日期,类型,名称\r\n2027/1/1,节假日,元旦\r\n2027/2/6,调休上班,春节\r\n".encode("gbk"))
    assert run(seeded_url, "import", str(source)) == 0
    assert "已导入 2027 年的节假日安排，共 2 个调整日期。" in capsys.readouterr().out
    assert run(seeded_url, "export", "--year", "2027") == 0
    assert capsys.readouterr().out == "date,kind,name\n2027-01-01,holiday,元旦\n2027-02-06,workday,春节\n"


def test_missing_file(seeded_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(seeded_url, "import", "/nonexistent/cal.csv") == 1
    assert "无法读取文件 /nonexistent/cal.csv：文件不存在。" in capsys.readouterr().err
