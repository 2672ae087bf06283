"""Database-wide settings, stored in the `settings` table, declared once here with their defaults."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    description: str


TRAINING = SettingSpec("training", False, "培训库：演示数据，允许设定虚拟当前时间")
CASE_NUMBER_PATTERN = SettingSpec(
    "case_number_pattern", "湘发改受〔{year}〕{seq:05d}号", "办件编号格式：{year} 年份，{seq} 顺序号"
)
AGENCY_NAME = SettingSpec("agency_name", "湖南省发展和改革委员会", "机关名称（文书抬头）")


def read_setting(session: Session, spec: SettingSpec) -> Any:
    raw = session.scalar(select(Setting.value).where(Setting.key == spec.key))
    return spec.default if raw is None else json.loads(raw)


def write_setting(session: Session, spec: SettingSpec, value: Any) -> None:
    row = session.get(Setting, spec.key)
    encoded = json.dumps(value, ensure_ascii=False)
    if row is None:
        session.add(Setting(key=spec.key, value=encoded))
    else:
        row.value = encoded
