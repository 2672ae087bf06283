"""The `sunlight` command line: stable and scriptable.

Errors go to stderr with exit status 1; usage errors exit 2 (argparse). With no command the GUI
opens. Each command group lives in a module of `app.commands` exposing `register(subparsers)`;
the handlers receive the parsed arguments and a `CliContext` and return the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from app import __version__
from app.errors import DomainError
from app.workspace import Workspace, open_workspace

COMMAND_MODULES = ("db", "demo", "calendar", "catalogue")


@dataclass
class CliContext:
    db_url: str | None
    user_login: str | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    _workspace: Workspace | None = None

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = open_workspace(self.db_url)
        return self._workspace

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
    parser.add_argument("--user", metavar="LOGIN", help="以该用户身份执行（默认读取 SUNLIGHT_USER）")
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
    from ui.main import run_gui

    return run_gui(ctx.workspace, screenshot=getattr(args, "screenshot", None))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CliContext(db_url=args.db, user_login=args.user or os.environ.get("SUNLIGHT_USER"))
    handler = getattr(args, "handler", _run_gui)
    try:
        return handler(args, ctx)
    except DomainError as exc:
        print(f"错误：{exc.message}", file=ctx.err)
        return 1
    except KeyboardInterrupt:
        print("已取消。", file=ctx.err)
        return 130
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
