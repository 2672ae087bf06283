"""A time limit as the law states it: a number of working days (工作日) or natural days (日)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LimitUnit = Literal["working", "natural"]
UNIT_LABELS: dict[str, str] = {"working": "个工作日", "natural": "日"}


@dataclass(frozen=True)
class Limit:
    days: int
    unit: LimitUnit = "working"

    def __post_init__(self) -> None:
        if self.days < 0:
            raise ValueError("a limit cannot be negative")
        if self.unit not in UNIT_LABELS:
            raise ValueError(f"unknown limit unit {self.unit!r}")

    def label(self) -> str:
        """`20个工作日` / `60日`."""
        return f"{self.days}{UNIT_LABELS[self.unit]}"

    def to_json(self) -> dict[str, object]:
        return {"days": self.days, "unit": self.unit}
