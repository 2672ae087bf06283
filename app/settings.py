"""Database-wide settings, stored in the `settings` table, declared once here with their defaults.

`save_settings` is the one way to change the shared settings an administrator edits (the agency
header, the idle lock): the settings dialog and the CLI/tests go through the same checks, and every
change is audited (`setting.update`, before and after). Per-workstation preferences (language,
printer, window layouts) are not here: they live in the client's QSettings (ui.preferences).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, policy
from app.errors import InvalidInput
from app.messages import msg
from db.models import Setting, User


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    description: str


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


TRAINING = SettingSpec("training", False, "培训库：演示数据，允许设定虚拟当前时间")
CASE_NUMBER_PATTERN = SettingSpec(
    "case_number_pattern", "湘发改受〔{year}〕{seq:05d}号", "办件编号格式：{year} 年份，{seq} 顺序号"
)

# --- the agency header (文书抬头) -------------------------------------------------------------------
# The first seven come from the `agency:` block of divisions.yaml when a catalogue is imported
# (app.catalogue.store) and are edited in the settings dialog; the logo and seal name only there.
AGENCY_NAME = SettingSpec("agency_name", "湖南省发展和改革委员会", "机关名称（文书抬头）")
AGENCY_SHORT_NAME = SettingSpec("agency_short_name", "湘发改", "机关简称（办件编号）")
AGENCY_ADDRESS = SettingSpec("agency_address", "", "机关地址（文书抬头）")
AGENCY_POSTCODE = SettingSpec("agency_postcode", "", "邮政编码（文书抬头）")
AGENCY_PHONE = SettingSpec("agency_phone", "", "机关电话（文书抬头）")
AGENCY_WEBSITE = SettingSpec("agency_website", "", "机关网站（文书抬头）")
AGENCY_COMPLAINT_PHONE = SettingSpec("agency_complaint_phone", "", "投诉电话（各事项默认）")
AGENCY_LOGO = SettingSpec("agency_logo_path", "", "文书抬头徽标图片（PNG/JPG 文件路径，可空）")
AGENCY_SEAL_NAME = SettingSpec("agency_seal_name", "", "文书落款（盖章处）名称，空则用机关名称")
# Keyed as the fields of the catalogue's agency block (app.catalogue.model.AgencySpec).
AGENCY_SETTINGS: dict[str, SettingSpec] = {
    "name": AGENCY_NAME,
    "short_name": AGENCY_SHORT_NAME,
    "address": AGENCY_ADDRESS,
    "postcode": AGENCY_POSTCODE,
    "phone": AGENCY_PHONE,
    "website": AGENCY_WEBSITE,
    "complaint_phone": AGENCY_COMPLAINT_PHONE,
}

IDLE_LOCK_MINUTES = SettingSpec(
    "idle_lock_minutes", 10, "界面闲置多少分钟后锁定，须重新输入密码（0 为不锁定）"
)
IDLE_LOCK_MAX_MINUTES = 240


# --- checking what an administrator enters ----------------------------------------------------------

PHONE_PATTERN = re.compile(r"^[0-9（）()\-－ +、，,/转]+$")
POSTCODE_PATTERN = re.compile(r"^[0-9]{6}$")
WEBSITE_PATTERN = re.compile(r"^(https?://)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(/\S*)?$")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")


def _text(value: Any, key: str, label: str, *, required: bool = False, longest: int = 100) -> str:
    """`label` names the setting in the messages (a Message, so the GUI translates it)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(msg("{label}应为文字。", label=label), field=key)
    text = value.strip()
    if required and not text:
        raise InvalidInput(msg("请填写{label}。", label=label), field=key)
    if "\n" in text or "\r" in text:
        raise InvalidInput(msg("{label}只能写一行，请删去换行。", label=label), field=key)
    if len(text) > longest:
        raise InvalidInput(
            msg(
                "{label}过长：最多 {longest} 个字，现有 {length} 个字。",
                label=label,
                longest=longest,
                length=len(text),
            ),
            field=key,
        )
    return text


def _phone(label: str) -> Callable[[Any, str], str]:
    def check(value: Any, key: str) -> str:
        text = _text(value, key, label, longest=60)
        if text and (not PHONE_PATTERN.match(text) or sum(ch.isdigit() for ch in text) < 5):
            raise InvalidInput(
                msg(
                    "{label}“{text}”格式不正确：只能包含数字、“-”和括号，如 0731-88888888；"
                    "多个号码用顿号隔开。",
                    label=label,
                    text=text,
                ),
                field=key,
            )
        return text

    return check


def _postcode(value: Any, key: str) -> str:
    text = _text(value, key, msg("邮政编码"), longest=6 + 10)
    if text and not POSTCODE_PATTERN.match(text):
        raise InvalidInput(msg("邮政编码“{text}”应为 6 位数字，如 410000。", text=text), field=key)
    return text


def _website(value: Any, key: str) -> str:
    text = _text(value, key, msg("网站"))
    if text and not WEBSITE_PATTERN.match(text):
        raise InvalidInput(msg("网站“{text}”不是有效的网址，应如 fgw.hunan.gov.cn。", text=text), field=key)
    return text


def _logo(value: Any, key: str) -> str:
    text = _text(value, key, msg("徽标图片路径"), longest=500)
    if not text:
        return text
    path = Path(text)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise InvalidInput(msg("徽标图片“{text}”应为 PNG 或 JPG 图片文件。", text=text), field=key)
    if not path.is_file():
        raise InvalidInput(
            msg("找不到徽标图片“{text}”：请确认文件存在，且各工作站都能按这个路径读到它。", text=text),
            field=key,
        )
    return text


def _minutes(value: Any, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise InvalidInput(msg("闲置锁定时间应为整数分钟。"), field=key)
    try:
        minutes = int(value)
    except ValueError:
        raise InvalidInput(msg("闲置锁定时间“{value}”应为整数分钟。", value=value), field=key) from None
    if not 0 <= minutes <= IDLE_LOCK_MAX_MINUTES:
        raise InvalidInput(
            msg(
                "闲置锁定时间应在 0 到 {limit} 分钟之间（0 为不锁定），不能是 {minutes}。",
                limit=IDLE_LOCK_MAX_MINUTES,
                minutes=minutes,
            ),
            field=key,
        )
    return minutes


# The settings `save_settings` accepts, each with its check (returns the value to store).
SHARED_SETTINGS: dict[str, tuple[SettingSpec, Callable[[Any, str], Any]]] = {
    AGENCY_NAME.key: (AGENCY_NAME, lambda v, k: _text(v, k, msg("机关名称"), required=True, longest=60)),
    AGENCY_SHORT_NAME.key: (
        AGENCY_SHORT_NAME,
        lambda v, k: _text(v, k, msg("机关简称（用于文书编号）"), required=True, longest=10),
    ),
    AGENCY_ADDRESS.key: (AGENCY_ADDRESS, lambda v, k: _text(v, k, msg("地址"))),
    AGENCY_POSTCODE.key: (AGENCY_POSTCODE, _postcode),
    AGENCY_PHONE.key: (AGENCY_PHONE, _phone(msg("联系电话"))),
    AGENCY_WEBSITE.key: (AGENCY_WEBSITE, _website),
    AGENCY_COMPLAINT_PHONE.key: (AGENCY_COMPLAINT_PHONE, _phone(msg("投诉电话"))),
    AGENCY_LOGO.key: (AGENCY_LOGO, _logo),
    AGENCY_SEAL_NAME.key: (AGENCY_SEAL_NAME, lambda v, k: _text(v, k, msg("落款名称"), longest=60)),
    IDLE_LOCK_MINUTES.key: (IDLE_LOCK_MINUTES, _minutes),
}


def check_settings(changes: Mapping[str | SettingSpec, Any]) -> dict[SettingSpec, Any]:
    """Each change checked and normalised (texts trimmed, minutes as int); InvalidInput, naming
    the setting in `field`, for the first value that is not acceptable or a setting not editable."""
    checked: dict[SettingSpec, Any] = {}
    for name, value in changes.items():
        key = name.key if isinstance(name, SettingSpec) else name
        if key not in SHARED_SETTINGS:
            raise InvalidInput(msg("“{key}”不是可以在此修改的设置。", key=key), field=key)
        spec, check = SHARED_SETTINGS[key]
        checked[spec] = check(value, key)
    return checked


def save_settings(session: Session, actor: User, changes: Mapping[str | SettingSpec, Any]) -> list[str]:
    """Change shared settings for an administrator: every value is checked before anything is
    written (one bad value: nothing saved), and each setting that really changes is written to the
    audit trail with its value before and after. Returns the keys changed."""
    policy.require(actor, "edit_settings")
    checked = check_settings(changes)
    changed: list[str] = []
    for spec, value in checked.items():
        before = read_setting(session, spec)
        if before == value:
            continue
        write_setting(session, spec, value)
        audit.record(
            session, actor=actor, action="setting.update", entity="setting", entity_key=spec.key,
            before=before, after=value,
        )  # fmt: skip
        changed.append(spec.key)
    return changed
