"""The agency's time zone: deadlines are counted in Asia/Shanghai whatever a workstation's zone is."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

AGENCY_ZONE = ZoneInfo("Asia/Shanghai")


def agency_date(instant: datetime) -> date:
    """The calendar day an instant falls on in the agency's zone."""
    return instant.astimezone(AGENCY_ZONE).date()


def agency_datetime(instant: datetime) -> datetime:
    return instant.astimezone(AGENCY_ZONE)


def format_date(day: date) -> str:
    """Lists: 2026-10-12."""
    return day.isoformat()


def format_date_cn(day: date) -> str:
    """Documents and explanations: 2026年10月12日."""
    return f"{day.year}年{day.month}月{day.day}日"
