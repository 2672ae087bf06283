"""Passwords (argon2id) and who is acting. Roles and permissions grow here and in app/policy."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

ROLES: dict[str, str] = {
    "clerk": "经办人",
    "reviewer": "审核人",
    "division_head": "处室负责人",
    "leader": "委领导",
    "supervisor": "纪检监察",
    "division_inspector": "兼职纪检监察员",
    "admin": "系统管理员",
}

_hasher = PasswordHasher()  # argon2id with the library's current recommended cost


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
