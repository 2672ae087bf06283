"""Command groups of the `sunlight` CLI, one module each, registered by app.cli; below, what the
groups share."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from app.errors import InvalidInput

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.cli import CliContext
    from db.models import User


def acting_user(session: Session, ctx: CliContext) -> User:
    """The logged-in user, loaded in `session` (the one ctx holds comes from the login's session)."""
    from app.errors import NotFound
    from app.messages import msg
    from app.users import load_actor

    signed_in = ctx.require_actor()
    actor = load_actor(session, signed_in.id)
    if actor is None:  # removed since the login
        raise NotFound(msg("没有登录名为“{login}”的用户。", login=signed_in.login))
    return actor


def parse_date(
    raw: str, field: str, *, what: str = "日期", example: str = "YYYY-MM-DD，例如 2026-10-01"
) -> date:
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidInput(f"{what}“{raw}”无效，应写作 {example}。", field=field) from None


def print_record(ctx: CliContext, record: Any, as_json: bool, line: Callable[[Any], str]) -> None:
    """One record: its `as_json()` with --json, else `line(record)`."""
    if as_json:
        ctx.print_json(record.as_json())
    else:
        _say(ctx, line(record))


def print_records(
    ctx: CliContext,
    records: Sequence[Any],
    as_json: bool,
    line: Callable[[Any], str],
    *,
    empty: str,
    data: Callable[[Any], Any] = lambda record: record.as_json(),
) -> None:
    """A listing: each record's `data` with --json (by default its `as_json()`), else a line each,
    or `empty` when there is none."""
    if as_json:
        ctx.print_json([data(r) for r in records])
        return
    if not records:
        _say(ctx, empty)
    for record in records:
        _say(ctx, line(record))


def _say(ctx: CliContext, text: str) -> None:
    # Here `print` is the submodule app.commands.print once that is imported.
    builtins.print(text, file=ctx.out)
