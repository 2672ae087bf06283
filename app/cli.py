"""The `sunlight` command line: stable and scriptable.

Errors go to stderr with exit status 1; usage errors exit 2 (argparse). With no command the GUI
opens. Each command group lives in a module of `app.commands` exposing `register(subparsers)`;
the handlers receive the parsed arguments and a `CliContext` and return the exit status.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import importlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

from app import __version__
from app.connection import typed_database_url
from app.errors import ConfigurationError, DomainError, PermissionDenied
from app.messages import msg
from app.workspace import Workspace, open_workspace
from db.engine import ENV_DB_URL

if TYPE_CHECKING:
    from db.models import User

COMMAND_MODULES = (
    "db",
    "demo",
    "calendar",
    "catalogue",
    "user",
    "audit",
    "case",
    "backup",
    "print",
    "report",
    "complaint",
    "supervision",
    "meeting",
)
ENV_USER = "SUNLIGHT_USER"
ENV_PASSWORD = "SUNLIGHT_PASSWORD"


@dataclass
class CliContext:
    db_url: str | None
    user_login: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _workspace: Workspace | None = None
    _actor: User | None = None
    _authenticated: bool = False
    # The password the actor logged in with (for a user changing his own password).
    login_password: str | None = field(default=None, repr=False)
    # Whether the command may start a new SQLite database (the first run's commands: `db upgrade`,
    # `demo`, `user add`, the imports); every other command refuses a file that does not exist.
    creates_database: bool = False

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from db.engine import is_sqlite, resolve_database_url, sqlite_file

            url = resolve_database_url(self.db_url)
            path = sqlite_file(url) if is_sqlite(url) else None
            new = path is not None and not path.exists()
            if new and not self.creates_database:
                # A mistyped path: opening it would leave an empty database behind, and the
                # command would report "no users" or "no cases" about the wrong file.
                raise ConfigurationError(
                    msg(
                        "数据库文件 {path} 不存在，未作任何改动。请检查 --db 或 SUNLIGHT_DB_URL 给出的路径；"
                        "新建数据库请用 sunlight db upgrade（生成培训库用 sunlight demo）。",
                        path=str(path),
                    )
                )
            self._workspace = open_workspace(url)
            if new:  # said, so that a mistyped path is not taken for an empty database
                print(f"提示：数据库文件 {path} 原先不存在，已新建一个空数据库。", file=self.err)
        return self._workspace

    @property
    def actor(self) -> User | None:
        """The authenticated user (once per run: `--user`/SUNLIGHT_USER, the password from
        SUNLIGHT_PASSWORD or a prompt), or None on a database that has no users yet."""
        if not self._authenticated:
            self._actor = self._login()
            self._authenticated = True
        return self._actor

    def _login(self) -> User | None:
        from app.users import authenticate, count_users

        with self.workspace.sessions() as session:
            if count_users(session) == 0:
                return None
        if not self.user_login:
            raise PermissionDenied(f"请用 --user 指定登录名（或设置环境变量 {ENV_USER}）。")
        password = os.environ.get(ENV_PASSWORD)
        if password is None:
            if not sys.stdin.isatty():
                raise PermissionDenied(f"请设置环境变量 {ENV_PASSWORD}，或在终端中运行以便输入密码。")
            password = getpass.getpass(f"用户 {self.user_login} 的密码：")
        user = authenticate(self.workspace, self.user_login, password)
        self.login_password = password
        return user

    def require_actor(self) -> User:
        """The authenticated user; refuses on a database without users."""
        actor = self.actor
        if actor is None:
            raise PermissionDenied(
                "数据库中还没有用户。请先用 sunlight user add 登录名 --name 姓名 --role admin "
                "创建系统管理员。"
            )
        return actor

    def require_admin(self, action: str = "manage_users") -> User | None:
        """For administrator commands (user administration, catalogue and calendar import): the
        authenticated administrator, or None while the database has no users at all (first run)."""
        from app import policy

        actor = self.actor
        if actor is None:
            return None
        policy.require(actor, action)
        return actor

    def print_json(self, data: Any) -> None:
        json.dump(data, self.out, ensure_ascii=False, indent=2, default=str)
        self.out.write("\n")

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sunlight",
        description="阳光办件 — 规范权力运行办件系统。不带命令时打开图形界面。",
    )
    parser.add_argument("--version", action="version", version=f"sunlight {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="数据库地址，例如 postgresql+psycopg://user@host/dbname；"
        "默认读取 SUNLIGHT_DB_URL，再默认为本机用户数据目录中的 SQLite 文件",
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="以该用户身份执行（默认读取 SUNLIGHT_USER；密码读取 SUNLIGHT_PASSWORD，未设置时提示输入）",
    )
    parser.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help="本次运行的界面语言（zh_CN 简体中文，en 英文）；默认使用“设置”中选择的语言",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = subparsers.add_parser("gui", help="打开图形界面", description="打开图形界面。")
    gui.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="打开主窗口，待数据加载完成后保存为 PNG 并退出（用于文档和冒烟测试）",
    )
    gui.set_defaults(handler=_run_gui)

    for name in COMMAND_MODULES:
        importlib.import_module(f"app.commands.{name}").register(subparsers)
    return parser


def _run_gui(args: argparse.Namespace, ctx: CliContext) -> int:
    # The GUI is loaded only when asked for, so scripted commands never need Qt.
    from ui.main import run_gui, start_gui

    language = getattr(args, "lang", None)
    screenshot = getattr(args, "screenshot", None)
    if ctx.user_login:
        # With --user (or SUNLIGHT_USER) the CLI has already authenticated: no login dialog.
        return run_gui(ctx.workspace, screenshot=screenshot, user=ctx.actor, language=language)
    # Otherwise the database comes from --db/SUNLIGHT_DB_URL or this workstation's set-up.
    return start_gui(ctx.db_url, screenshot=screenshot, language=language)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CliContext(
        db_url=args.db,
        user_login=args.user or os.environ.get(ENV_USER),
        creates_database=getattr(args, "creates_database", False),
    )
    handler = getattr(args, "handler", _run_gui)
    try:
        typed = args.db or os.environ.get(ENV_DB_URL)
        if typed:  # (a plain file path is taken too; anything unusable is said so before any work)
            ctx.db_url = typed_database_url(typed)
        return handler(args, ctx)
    except DomainError as exc:
        print(f"错误：{exc.message}", file=ctx.err)
        return 1
    except KeyboardInterrupt:
        print("已取消。", file=ctx.err)
        return 130
    except BrokenPipeError:
        # The reader went away (`sunlight case list | head`): what was done is done; Python must
        # not complain again when it flushes standard output at exit.
        with contextlib.suppress(OSError, ValueError, AttributeError):  # (a captured one has no descriptor)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, as the shell's own tools end
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
