"""`sunlight user …` and the CLI login: bootstrap, administrator-only commands, scripts."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import text

from app.cli import main
from app.workspace import Workspace
from db.models import Division

ADMIN_PW = "Admin-pass-2026"


@pytest.fixture
def url(workspace: Workspace) -> str:
    with workspace.transaction() as session:
        session.add(Division(code="TZC", name="固定资产投资处"))
    return workspace.url


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(list(argv))


def _add_user(
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    login: str,
    name: str,
    role: str,
    *,
    division: str | None = None,
    password: str = "Sunlight-1",
) -> int:
    """`sunlight user add`, the password from standard input; the exit code."""
    division_args = ("--division", division) if division else ()
    return run(
        monkeypatch,
        *("--db", url, "user", "add", login, "--name", name, *division_args, "--role", role),
        "--password-stdin",
        stdin=password + "\n",
    )


def _bootstrap(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    assert _add_user(monkeypatch, url, "root", "管理员", "admin", password=ADMIN_PW) == 0


def _as_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUNLIGHT_USER", "root")
    monkeypatch.setenv("SUNLIGHT_PASSWORD", ADMIN_PW)


def test_bootstrap_then_login_required(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("SUNLIGHT_USER", raising=False)
    monkeypatch.delenv("SUNLIGHT_PASSWORD", raising=False)
    # the first user must be an administrator
    assert _add_user(monkeypatch, url, "w", "王", "clerk", division="TZC") == 1
    assert "第一个用户必须是系统管理员" in capsys.readouterr().err
    _bootstrap(monkeypatch, url)
    assert "已新增用户 root（管理员，系统管理员）" in capsys.readouterr().out
    # from now on, a login is needed
    assert run(monkeypatch, "--db", url, "user", "list") == 1
    assert "请用 --user 指定登录名" in capsys.readouterr().err
    monkeypatch.setenv("SUNLIGHT_PASSWORD", "wrong-pass1")
    assert run(monkeypatch, "--db", url, "--user", "root", "user", "list") == 1
    assert "用户名或密码不正确" in capsys.readouterr().err
    monkeypatch.setenv("SUNLIGHT_PASSWORD", ADMIN_PW)
    assert run(monkeypatch, "--db", url, "--user", "root", "user", "list") == 0
    assert "root\t管理员" in capsys.readouterr().out


def test_no_password_and_no_terminal_is_explained(url: str, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _bootstrap(monkeypatch, url)
    monkeypatch.delenv("SUNLIGHT_PASSWORD", raising=False)
    assert run(monkeypatch, "--db", url, "--user", "root", "user", "list") == 1
    assert "SUNLIGHT_PASSWORD" in capsys.readouterr().err


def test_administration_commands(
    url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _bootstrap(monkeypatch, url)
    _as_admin(monkeypatch)
    assert _add_user(monkeypatch, url, "wangxm", "王晓明", "clerk,reviewer", division="tzc") == 0
    assert _add_user(monkeypatch, url, "lit", "李婷", "clerk", division="TZC", password="Sunlight-2") == 0
    assert run(monkeypatch, "--db", url, "user", "set-backup", "wangxm", "lit") == 0
    assert run(monkeypatch, "--db", url, "user", "absent", "wangxm") == 0
    assert "由 李婷（lit）代为办理" in capsys.readouterr().out
    assert run(monkeypatch, "--db", url, "user", "disable", "lit") == 0
    capsys.readouterr()
    assert run(monkeypatch, "--db", url, "user", "list", "--json") == 0
    listed = {u["login"]: u for u in json.loads(capsys.readouterr().out)}
    assert listed["wangxm"] == {
        "login": "wangxm",
        "name": "王晓明",
        "division": "TZC",
        "roles": ["clerk", "reviewer"],
        "active": True,
        "locked_until": None,
        "backup": "lit",
        "absent": True,
    }
    assert listed["lit"]["active"] is False
    assert (
        run(monkeypatch, "--db", url, "user", "passwd", "wangxm", "--password-stdin", stdin="Reset-pass-3\n")
        == 0
    )

    # a clerk may change his own password, but not administer
    monkeypatch.setenv("SUNLIGHT_USER", "wangxm")
    monkeypatch.setenv("SUNLIGHT_PASSWORD", "Reset-pass-3")
    assert (
        run(monkeypatch, "--db", url, "user", "passwd", "wangxm", "--password-stdin", stdin="Mine-pass-4\n")
        == 0
    )
    monkeypatch.setenv("SUNLIGHT_PASSWORD", "Mine-pass-4")
    capsys.readouterr()
    assert _add_user(monkeypatch, url, "x1", "某", "leader") == 1
    assert "只有系统管理员才能管理用户" in capsys.readouterr().err
    assert (
        run(monkeypatch, "--db", url, "user", "passwd", "root", "--password-stdin", stdin="Sunlight-1\n") == 1
    )
    assert run(monkeypatch, "--db", url, "audit", "verify") == 1
    assert "只有系统管理员和纪检监察人员" in capsys.readouterr().err

    _as_admin(monkeypatch)
    assert run(monkeypatch, "--db", url, "audit", "verify") == 0
    assert "哈希链校验通过" in capsys.readouterr().out
    assert run(monkeypatch, "--db", url, "audit", "log", "--entity", "user", "--key", "wangxm") == 0
    out = capsys.readouterr().out
    assert "新增用户" in out and "设置外出" in out and "修改密码" in out


def test_import_csv(url: str, monkeypatch: pytest.MonkeyPatch, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _bootstrap(monkeypatch, url)
    _as_admin(monkeypatch)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "login,name,division,roles,password\nzhangs,张三,TZC,clerk,Sunlight-1\nlisi,李四,TZC,boss,Sunlight-2\n",
        encoding="utf-8",
    )
    assert run(monkeypatch, "--db", url, "user", "import", str(bad)) == 1
    assert "第 3 行：没有“boss”这个角色" in capsys.readouterr().err
    good = tmp_path / "good.csv"
    good.write_bytes("登录名,姓名,处室,角色,初始密码\nzhangs,张三,TZC,经办人,Sunlight-1\n".encode("gbk"))
    assert run(monkeypatch, "--db", url, "user", "import", str(good)) == 0
    assert "已导入 1 个用户" in capsys.readouterr().out


def test_tampering_makes_audit_verify_fail(
    url: str, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    _bootstrap(monkeypatch, url)
    _as_admin(monkeypatch)
    assert _add_user(monkeypatch, url, "wangxm", "王晓明", "clerk", division="TZC") == 0
    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET entity_key = 'someone' WHERE seq = 2"))
    capsys.readouterr()
    assert run(monkeypatch, "--db", url, "audit", "verify") == 1
    assert "第 2 条审计记录的内容与其哈希值不符" in capsys.readouterr().out


def test_require_admin_for_other_command_groups(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.cli import CliContext
    from app.errors import PermissionDenied

    ctx = CliContext(db_url=url)
    assert ctx.require_admin("import_catalogue") is None  # no users yet: first-run setup
    ctx.close()
    _bootstrap(monkeypatch, url)
    _as_admin(monkeypatch)
    assert _add_user(monkeypatch, url, "lead", "周", "leader") == 0
    ctx = CliContext(db_url=url, user_login="root")
    assert ctx.require_admin("edit_calendar").login == "root"  # type: ignore[union-attr]
    ctx.close()
    monkeypatch.setenv("SUNLIGHT_PASSWORD", "Sunlight-1")
    ctx = CliContext(db_url=url, user_login="lead")
    with pytest.raises(PermissionDenied, match="只有系统管理员才能导入制度目录"):
        ctx.require_admin("import_catalogue")
    ctx.close()
