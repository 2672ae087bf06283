"""`sunlight user …`: user administration (administrators; the first administrator on an empty
database without logging in)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from app import users
from app.agency_time import agency_zone
from app.commands import print_records
from app.errors import InvalidInput

if TYPE_CHECKING:
    from app.cli import CliContext

    Handler = Callable[[argparse.Namespace, CliContext], int]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "user",
        help="用户管理：新增、改密码、停用、列表、批量导入",
        description="用户管理。数据库中已有用户时，须以系统管理员身份登录（--user，密码读取 "
        "SUNLIGHT_PASSWORD 或提示输入）；空库上可不登录创建第一个系统管理员。",
    )
    commands = parser.add_subparsers(dest="user_command", metavar="COMMAND", required=True)

    add = commands.add_parser(
        "add",
        help="新增用户",
        description="新增用户。角色可多选，用逗号分隔：clerk 经办人、reviewer 审核人、"
        "division_head 处室负责人、leader 委领导、supervisor 纪检监察、"
        "division_inspector 兼职纪检监察员、admin 系统管理员。",
    )
    add.add_argument("login", metavar="LOGIN", help="登录名（英文字母、数字、. _ -）")
    add.add_argument("--name", required=True, help="姓名")
    add.add_argument(
        "--division", metavar="CODE", help="所在处室代码，例如 TZC（系统管理员、纪检监察、委领导可不填）"
    )
    add.add_argument("--role", required=True, metavar="ROLE[,ROLE]", help="角色，多个用逗号分隔")
    _password_option(add)
    add.set_defaults(handler=_add, creates_database=True)

    passwd = commands.add_parser(
        "passwd",
        help="修改密码",
        description="修改密码：管理员可重设任何用户的密码（同时解除锁定），用户可修改自己的密码。",
    )
    passwd.add_argument("login", metavar="LOGIN")
    _password_option(passwd)
    passwd.set_defaults(handler=_passwd)

    for name, help_text, handler in (
        (
            "disable",
            "停用用户（用户不会被删除，其办理记录保留）",
            _account_change(users.disable_user, "已停用"),
        ),
        ("enable", "重新启用已停用的用户", _account_change(users.enable_user, "已启用")),
        ("unlock", "解除因密码输错而锁定的账户", _account_change(users.unlock_user, "已解除锁定")),
        ("absent", "设为外出：由其AB岗后备人员代为办理其办件", _absent),
        # A user may mark himself back; administrators anyone.
        (
            "present",
            "取消外出",
            _account_change(partial(users.set_absent, absent=False), "已取消外出", admin=False),
        ),
    ):
        sub = commands.add_parser(name, help=help_text, description=help_text + "。")
        sub.add_argument("login", metavar="LOGIN")
        sub.set_defaults(handler=handler)

    backup = commands.add_parser(
        "set-backup", help="指定AB岗后备人员", description="指定用户的AB岗后备人员；不给 BACKUP 则取消。"
    )
    backup.add_argument("login", metavar="LOGIN")
    backup.add_argument("backup", metavar="BACKUP", nargs="?", help="后备人员登录名")
    backup.set_defaults(handler=_set_backup)

    listing = commands.add_parser("list", help="列出用户", description="列出全部用户。")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=_list)

    imp = commands.add_parser(
        "import",
        help="从 CSV 文件批量导入用户",
        description="从 CSV 文件（UTF-8 或 GBK）批量导入用户。"
        "表头：login,name,division,roles,password[,backup]"
        "（也可用 登录名,姓名,处室,角色,初始密码,后备人员）；多个角色用分号分隔。任何一行有错则全部不导入，"
        "并逐行列出错误。",
    )
    imp.add_argument("file", metavar="FILE.csv")
    imp.set_defaults(handler=_import, creates_database=True)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="从标准输入读取新密码（第一行），供脚本使用；否则提示输入两次",
    )


def _read_new_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput("标准输入中没有密码。")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise InvalidInput("请在终端中运行以输入密码，或使用 --password-stdin 从标准输入读取。")
    first = getpass.getpass("新密码：")
    if getpass.getpass("再次输入新密码：") != first:
        raise InvalidInput("两次输入的密码不一致。")
    return first


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.require_admin()
    password = _read_new_password(args)
    with ctx.workspace.transaction() as session:
        user = users.add_user(
            session,
            actor=actor,
            login=args.login,
            name=args.name,
            division_code=args.division,
            roles=args.role,
            password=password,
        )
        label = users.user_info(session, user.login).roles_label
    print(f"已新增用户 {user.login}（{user.name}，{label}）。", file=ctx.out)
    return 0


def _passwd(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.require_actor()
    if actor.login != args.login:
        ctx.require_admin()
    password = _read_new_password(args)
    with ctx.workspace.transaction() as session:
        users.set_password(
            session, actor=actor, login=args.login, new_password=password, old_password=ctx.login_password
        )
    print(f"用户 {args.login} 的密码已修改。", file=ctx.out)
    return 0


def _account_change(change: Callable[..., object], done: str, *, admin: bool = True) -> Handler:
    """The handler of `user NAME LOGIN`: `change(session, actor=, login=)`, then 用户 LOGIN {done}。"""

    def handler(args: argparse.Namespace, ctx: CliContext) -> int:
        actor = ctx.require_admin() if admin else ctx.require_actor()
        with ctx.workspace.transaction() as session:
            change(session, actor=actor, login=args.login)
        print(f"用户 {args.login} {done}。", file=ctx.out)
        return 0

    return handler


def _absent(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.require_actor()
    with ctx.workspace.transaction() as session:
        user = users.set_absent(session, actor=actor, login=args.login, absent=True)
        info = users.user_info(session, user.login)
    print(
        f"用户 {args.login} 已设为外出，其办件由 {info.backup_name}（{info.backup_login}）代为办理。",
        file=ctx.out,
    )
    return 0


def _set_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.require_actor()
    with ctx.workspace.transaction() as session:
        users.set_backup(session, actor=actor, login=args.login, backup_login=args.backup)
    if args.backup:
        print(f"用户 {args.login} 的AB岗后备人员已设为 {args.backup}。", file=ctx.out)
    else:
        print(f"已取消用户 {args.login} 的AB岗后备人员。", file=ctx.out)
    return 0


def _list(args: argparse.Namespace, ctx: CliContext) -> int:
    ctx.require_admin()
    with ctx.workspace.sessions() as session:
        rows = users.list_users(session)
    print_records(ctx, rows, args.json, _user_line, empty="还没有用户。", data=_user_json)
    return 0


def _user_json(u: users.UserInfo) -> dict[str, object]:
    return {
        "login": u.login,
        "name": u.name,
        "division": u.division_code or None,
        "roles": list(u.roles),
        "active": u.active,
        "locked_until": u.locked_until.isoformat() if u.locked_until else None,
        "backup": u.backup_login or None,
        "absent": u.absent,
    }


def _user_line(u: users.UserInfo) -> str:
    locked = (
        f"，锁定至 {u.locked_until.astimezone(agency_zone()):%Y-%m-%d %H:%M}"
        if u.status_label == "已锁定" and u.locked_until
        else ""
    )
    backup = f"，B岗 {u.backup_login}" if u.backup_login else ""
    return f"{u.login}\t{u.name}\t{u.division_code or '-'}\t{u.roles_label}\t{u.status_label}{locked}{backup}"


def _import(args: argparse.Namespace, ctx: CliContext) -> int:
    actor = ctx.require_admin()
    with ctx.workspace.transaction() as session:
        made = users.import_users_csv(session, actor=actor, source=args.file)
        count = len(made)
    print(f"已导入 {count} 个用户。", file=ctx.out)
    return 0
