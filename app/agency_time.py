"""The agency's time zone: deadlines are counted in Asia/Shanghai whatever a workstation's zone is.

The zone is configurable (SUNLIGHT_AGENCY_TZ, or `set_agency_zone` at start-up) for an agency
elsewhere; `AGENCY_ZONE` stays the default.
"""

from __future__ import annotations

import os
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import ConfigurationError
from app.messages import msg

AGENCY_ZONE = ZoneInfo("Asia/Shanghai")
ENV_AGENCY_TZ = "SUNLIGHT_AGENCY_TZ"

_zone: tzinfo | None = None


def _zone_named(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(
            msg("无法识别时区“{name}”，请填写如 Asia/Shanghai 的时区名称。", name=name)
        ) from None


def agency_zone() -> tzinfo:
    """The zone deadlines are counted in: set_agency_zone(), else SUNLIGHT_AGENCY_TZ, else Shanghai."""
    global _zone
    if _zone is None:
        name = os.environ.get(ENV_AGENCY_TZ, "").strip()
        _zone = _zone_named(name) if name else AGENCY_ZONE
    return _zone


def set_agency_zone(zone: str | tzinfo | None) -> None:
    """Configure the agency's zone (a name or a tzinfo); None goes back to the default."""
    global _zone
    _zone = _zone_named(zone) if isinstance(zone, str) else zone


def agency_date(instant: datetime) -> date:
    """The calendar day an instant falls on in the agency's zone."""
    return instant.astimezone(agency_zone()).date()


def agency_datetime(instant: datetime) -> datetime:
    return instant.astimezone(agency_zone())


def format_date(day: date) -> str:
    """Lists: 2026-10-12."""
    return day.isoformat()


def format_date_cn(day: date) -> str:
    """Documents and explanations: 2026年10月12日."""
    return f"{day.year}年{day.month}月{day.day}日"
