"""Passwords (argon2id), the password policy, the lockout rule, and the roles.

Who may do what is decided in app.policy; user administration and login are services in app.users.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.errors import InvalidInput
from app.messages import choices, enumeration, msg

ROLES: dict[str, str] = {
    "clerk": "经办人",
    "reviewer": "审核人",
    "division_head": "处室负责人",
    "leader": "委领导",
    "supervisor": "纪检监察",
    "division_inspector": "兼职纪检监察员",
    "admin": "系统管理员",
}
HANDLING_ROLES = frozenset({"clerk", "reviewer", "division_head", "leader"})
SUPERVISION_ROLES = frozenset({"supervisor", "division_inspector"})
ADMIN_ROLE = "admin"

# Lockout: this many failed logins in a row lock the account for LOCKOUT_DURATION.
MAX_FAILED_LOGINS = 5
LOCKOUT_DURATION = timedelta(minutes=15)

# Password policy (口令策略).
PASSWORD_MIN_LENGTH = 8
PASSWORD_MAX_LENGTH = 128

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's; rehash on next login."""
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


def check_password_policy(password: str, *, login: str = "") -> None:
    """Raise InvalidInput (field "password") unless the password meets the policy: at least 8
    characters, at least two of letters / digits / other characters, not the login name."""
    if len(password) < PASSWORD_MIN_LENGTH:
        raise InvalidInput(
            msg("密码至少需要 {length} 个字符。", length=PASSWORD_MIN_LENGTH), field="password"
        )
    if len(password) > PASSWORD_MAX_LENGTH:
        raise InvalidInput(
            msg("密码不能超过 {length} 个字符。", length=PASSWORD_MAX_LENGTH), field="password"
        )
    if password != password.strip():
        raise InvalidInput(msg("密码首尾不能是空格。"), field="password")
    classes = (
        any(c.isalpha() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    )
    if sum(classes) < 2:
        raise InvalidInput(msg("密码须包含字母、数字、符号中的至少两类。"), field="password")
    if len(login) >= 4 and login.lower() in password.lower():
        raise InvalidInput(msg("密码不能包含登录名。"), field="password")


def parse_roles(raw: str | Iterable[str]) -> tuple[str, ...]:
    """Roles from `clerk,reviewer` (also `;`, `|`, `、` or spaces), English codes or Chinese labels;
    InvalidInput (field "roles") names an unknown one."""
    if isinstance(raw, str):
        for sep in (";", "|", "、", "，", " "):
            raw = raw.replace(sep, ",")
        items = [item.strip() for item in raw.split(",")]
    else:
        items = [item.strip() for item in raw]
    by_label = {label: code for code, label in ROLES.items()}
    roles: list[str] = []
    for item in items:
        if not item:
            continue
        code = item if item in ROLES else by_label.get(item)
        if code is None:
            known = choices(ROLES)
            raise InvalidInput(
                msg("没有“{item}”这个角色。可用的角色：{known}。", item=item, known=known), field="roles"
            )
        if code not in roles:
            roles.append(code)
    if not roles:
        raise InvalidInput(msg("请至少选择一个角色。"), field="roles")
    return tuple(roles)


def roles_label(roles: Iterable[str]) -> str:
    """`经办人、审核人` in the order of ROLES."""
    held = set(roles)
    return "、".join(label for code, label in ROLES.items() if code in held)


def roles_message(roles: Iterable[str]) -> str:
    """`roles_label` for a message the GUI shows: each role label is translated there."""
    held = set(roles)
    return enumeration([label for code, label in ROLES.items() if code in held])
