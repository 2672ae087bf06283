"""The current instant. Real work always uses the system clock; a training database may be run at
a pretended time (SUNLIGHT_FAKE_NOW) so that exercises and tests can replay any date."""

from __future__ import annotations

import os
from datetime import UTC, datetime

from app.errors import ConfigurationError, InvalidInput
from app.messages import msg

ENV_FAKE_NOW = "SUNLIGHT_FAKE_NOW"

_fake_now: datetime | None = None


def current_time() -> datetime:
    """The present instant, aware, in UTC."""
    return _fake_now if _fake_now is not None else datetime.now(UTC)


def requested_fake_now() -> datetime | None:
    raw = os.environ.get(ENV_FAKE_NOW, "").strip()
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise InvalidInput(
            msg(
                "{variable} 的值“{value}”不是有效的 ISO 日期时间，例如 2026-03-02T09:30:00+08:00",
                variable=ENV_FAKE_NOW,
                value=raw,
            )
        ) from None
    if value.tzinfo is None:
        # A bare local time is read in the agency's zone, as a trainer would mean it.
        from app.agency_time import AGENCY_ZONE

        value = value.replace(tzinfo=AGENCY_ZONE)
    return value.astimezone(UTC)


def apply_fake_now(is_training_database: bool) -> None:
    """Honour SUNLIGHT_FAKE_NOW only on a training database; refuse it anywhere else."""
    global _fake_now
    requested = requested_fake_now()
    if requested is None:
        _fake_now = None
        return
    if not is_training_database:
        raise ConfigurationError(
            msg(
                "只有培训库才能使用 {variable} 设定当前时间；正式库一律使用系统时间，不能倒签。"
                "请取消该环境变量后重试。",
                variable=ENV_FAKE_NOW,
            )
        )
    _fake_now = requested


def set_fake_now(value: datetime | None) -> None:
    """For tests and the training tools: pretend the present is `value` (aware) or stop pretending."""
    global _fake_now
    if value is not None and value.tzinfo is None:
        raise ValueError("fake now must be timezone-aware")
    _fake_now = value.astimezone(UTC) if value is not None else None
