"""The command line: help everywhere, exit codes, schema upgrade, the training-only fake time."""

from __future__ import annotations

import argparse
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from app import __version__, settings, timesource
from app.cli import build_parser, main
from app.workspace import open_workspace


def _all_command_paths(
    parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
) -> list[tuple[str, ...]]:
    paths = [prefix]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths.extend(_all_command_paths(sub, (*prefix, name)))
    return paths


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"sunlight {__version__}"


@pytest.mark.parametrize("path", _all_command_paths(build_parser()), ids=lambda p: " ".join(p) or "sunlight")
def test_every_command_has_help(path: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*path, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: sunlight")
    assert len(out.splitlines()) > 2


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["no-such-command"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_db_upgrade_creates_schema(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    assert main(["--db", url, "db", "upgrade"]) == 0
    assert "最新结构" in capsys.readouterr().out
    assert (tmp_path / "desk.db").exists()


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    """`sunlight case list | head`: no traceback when head stops reading."""

    class ClosedPipe:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    url = f"sqlite:///{tmp_path / 'desk.db'}"
    open_workspace(url).close()
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["--db", url, "db", "upgrade"]) == 141
    assert capsys.readouterr().err == ""
    assert (tmp_path / "desk.db").exists()  # what was done is done


def test_a_command_on_a_database_file_that_does_not_exist_is_refused(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """A mistyped --db path: a command that reads or acts on the database says the file does not
    exist, and leaves nothing behind (no empty database to be taken for the real one)."""
    path = tmp_path / "dsek.db"
    report = ["report", "monthly", "--month", "2026-11", "--out", str(tmp_path / "r.xlsx")]
    for command in (["case", "list"], ["audit", "verify"], report):
        assert main(["--db", f"sqlite:///{path}", *command]) == 1
        err = capsys.readouterr().err
        assert err == (
            f"错误：数据库文件 {path} 不存在，未作任何改动。请检查 --db 或 SUNLIGHT_DB_URL 给出的路径；"
            "新建数据库请用 sunlight db upgrade（生成培训库用 sunlight demo）。\n"
        )
        assert not path.exists()
        assert list(tmp_path.iterdir()) == []


def test_a_new_database_file_is_said_to_be_new(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The first run's commands start a database where none is: the user is told it is new."""
    path = tmp_path / "desk.db"
    assert main(["--db", f"sqlite:///{path}", "db", "upgrade"]) == 0
    assert capsys.readouterr().err == f"提示：数据库文件 {path} 原先不存在，已新建一个空数据库。\n"
    assert main(["--db", f"sqlite:///{path}", "case", "list"]) == 1
    err = capsys.readouterr().err
    assert "原先不存在" not in err and "还没有用户" in err


@pytest.mark.parametrize(
    ("typed", "taken"),
    [
        ("postgresql+psycopg://clerk@dbhost/sunlight", "postgresql+psycopg://clerk@dbhost/sunlight"),
        (
            "postgresql://clerk:p%40ss@dbhost:5433/sunlight",
            "postgresql+psycopg://clerk:p%40ss@dbhost:5433/sunlight",
        ),
        ("postgres://clerk@dbhost/sunlight", "postgresql+psycopg://clerk@dbhost/sunlight"),
        ("  sqlite:////srv/desk/sunlight.db ", "sqlite:////srv/desk/sunlight.db"),
        ("/srv/desk/sunlight.db", "sqlite:////srv/desk/sunlight.db"),
    ],
)
def test_a_database_address_is_taken_as_people_type_it(typed: str, taken: str) -> None:
    from app.connection import typed_database_url

    assert typed_database_url(typed) == taken


def test_a_plain_file_path_opens_that_desk_database(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert main(["--db", "desk.db", "db", "upgrade"]) == 0
    assert (tmp_path / "desk.db").exists()
    assert main(["db", "copy", "--from", "desk.db", "--to", str(tmp_path / "copy.db")]) == 0
    assert "审计记录完整" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        (
            "mysql://root@dbhost/sunlight",
            "不支持的数据库类型“mysql”：阳光办件使用 PostgreSQL（全委共用）或 SQLite（单机）。",
        ),
        ("sunlight", "数据库地址“sunlight”无法识别：应写作 postgresql+psycopg://"),
        ("postgresql://dbhost:port/x", "数据库地址“postgresql://dbhost:port/x”无法识别"),
        ("sqlite://", "“sqlite://”是 SQLite 内存数据库，程序退出即消失"),
    ],
)
def test_an_unusable_database_address_is_said_so_without_a_traceback(
    typed: str, words: str, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", typed, "case", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"错误：{words}") and "Traceback" not in err
    monkeypatch.setenv("SUNLIGHT_DB_URL", typed)
    assert main(["case", "list"]) == 1
    assert capsys.readouterr().err.startswith(f"错误：{words}")
    assert main(["db", "copy", "--from", typed, "--to", "sqlite:////nonexistent/x.db"]) == 1


def test_database_from_environment(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SUNLIGHT_DB_URL", f"sqlite:///{tmp_path / 'env.db'}")
    assert main(["db", "upgrade"]) == 0
    assert "env.db" in capsys.readouterr().out


def test_fake_now_is_refused_on_a_real_database(database_url: str, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SUNLIGHT_FAKE_NOW", "2026-03-02T09:00:00+08:00")
    assert main(["--db", database_url, "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert "只有培训库" in err and "SUNLIGHT_FAKE_NOW" in err


def test_fake_now_is_honoured_on_a_training_database(database_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    workspace = open_workspace(database_url)
    with workspace.transaction() as session:
        settings.write_setting(session, settings.TRAINING, True)
    workspace.close()
    monkeypatch.setenv("SUNLIGHT_FAKE_NOW", "2026-03-02T09:00:00")  # read in the agency's zone
    open_workspace(database_url).close()
    assert timesource.current_time() == datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def test_bad_fake_now_value_is_explained(database_url: str, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SUNLIGHT_FAKE_NOW", "next tuesday")
    assert main(["--db", database_url, "db", "upgrade"]) == 1
    assert "不是有效的 ISO 日期时间" in capsys.readouterr().err


def test_unreachable_database_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"
    assert main(["--db", url, "db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert "无法连接到服务器 127.0.0.1 的端口 1" in err and "防火墙" in err  # what to check, for the user
    assert "服务器返回：" in err and "Traceback" not in err  # and the server's own words, for IT


def test_console_script_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and __version__ in result.stdout
