"""app.settings.save_settings: the one way shared settings change (dialog and CLI alike) —
administrators only, every value checked with a specific message before anything is written,
each change audited with its value before and after; on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from app import settings
from app.audit import ACTION_LABELS, verify_chain
from app.errors import InvalidInput, PermissionDenied
from app.workspace import Workspace
from db.models import AuditEvent, Setting, User
from tests.factories import make_division, make_user


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    with workspace.transaction() as session:
        division = make_division(session)
        admin = make_user(session, division, "admin1", ("admin",))
        clerk = make_user(session, division, "clerk1", ("clerk",))
        head = make_user(session, division, "head1", ("division_head",))
        return {"admin": admin.id, "clerk": clerk.id, "head": head.id}


def _save(workspace: Workspace, user_id: int, changes: dict) -> list[str]:  # type: ignore[type-arg]
    with workspace.transaction() as session:
        return settings.save_settings(session, session.get_one(User, user_id), changes)


def _stored(workspace: Workspace) -> dict[str, str]:
    with workspace.sessions() as session:
        return {row.key: row.value for row in session.scalars(select(Setting))}


def _setting_events(workspace: Workspace) -> list[AuditEvent]:
    with workspace.sessions() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.entity_type == "setting").order_by(AuditEvent.seq)
            )
        )


def test_an_administrator_changes_settings_and_each_change_is_audited(
    workspace: Workspace, people: dict[str, int]
) -> None:
    before = _stored(workspace)
    changed = _save(
        workspace,
        people["admin"],
        {
            settings.AGENCY_NAME: "  某省发展和改革委员会 ",
            "agency_phone": "0731-88888888、0731-88888889",
            "agency_postcode": "410000",
            "agency_website": "https://fgw.example.gov.cn/",
            "agency_seal_name": " ",  # unchanged (default ""): not written, not audited
            "idle_lock_minutes": "25",
        },
    )
    assert changed == [
        "agency_name",
        "agency_phone",
        "agency_postcode",
        "agency_website",
        "idle_lock_minutes",
    ]
    with workspace.sessions() as session:
        assert settings.read_setting(session, settings.AGENCY_NAME) == "某省发展和改革委员会"
        assert settings.read_setting(session, settings.IDLE_LOCK_MINUTES) == 25
        assert verify_chain(session).ok
    assert "agency_seal_name" not in _stored(workspace) and "agency_seal_name" not in before
    events = _setting_events(workspace)
    assert [(e.action, e.entity_key) for e in events] == [("setting.update", key) for key in changed]
    assert "setting.update" in ACTION_LABELS
    name, minutes = events[0], events[-1]
    assert (name.before, name.after) == ("测试省发展和改革委员会", "某省发展和改革委员会")  # from the import
    assert (minutes.before, minutes.after) == (10, 25)
    assert name.actor_id == people["admin"]
    # Saving the same values again changes nothing and records nothing.
    assert _save(workspace, people["admin"], {"idle_lock_minutes": 25}) == []
    assert len(_setting_events(workspace)) == len(events)


@pytest.mark.parametrize("login", ["clerk", "head"])
def test_only_an_administrator_may_change_shared_settings(
    workspace: Workspace, people: dict[str, int], login: str
) -> None:
    before = _stored(workspace)
    with pytest.raises(PermissionDenied, match="只有系统管理员才能修改系统设置"):
        _save(workspace, people[login], {"agency_name": "某省发展和改革委员会"})
    assert _stored(workspace) == before and _setting_events(workspace) == []


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("agency_name", "   ", "请填写机关名称。"),
        ("agency_name", "第一行\n第二行", "机关名称只能写一行，请删去换行。"),
        ("agency_name", "某" * 61, "机关名称过长：最多 60 个字，现有 61 个字。"),
        ("agency_short_name", "", "请填写机关简称（用于文书编号）。"),
        ("agency_postcode", "41000", "邮政编码“41000”应为 6 位数字，如 410000。"),
        ("agency_phone", "电话八八八", "联系电话“电话八八八”格式不正确"),
        ("agency_complaint_phone", "123", "投诉电话“123”格式不正确"),
        ("agency_website", "fgw hunan", "网站“fgw hunan”不是有效的网址"),
        ("agency_logo_path", "/nowhere/logo.png", "找不到徽标图片“/nowhere/logo.png”"),
        ("agency_logo_path", "logo.gif", "徽标图片“logo.gif”应为 PNG 或 JPG 图片文件。"),
        ("idle_lock_minutes", 241, "闲置锁定时间应在 0 到 240 分钟之间（0 为不锁定），不能是 241。"),
        ("idle_lock_minutes", -1, "闲置锁定时间应在 0 到 240 分钟之间"),
        ("idle_lock_minutes", "十分钟", "闲置锁定时间“十分钟”应为整数分钟。"),
        ("idle_lock_minutes", True, "闲置锁定时间应为整数分钟。"),
        ("training", True, "“training”不是可以在此修改的设置。"),
    ],
)
def test_a_bad_value_is_refused_by_name_and_nothing_is_written(
    workspace: Workspace, people: dict[str, int], key: str, value: object, message: str
) -> None:
    before = _stored(workspace)
    with pytest.raises(InvalidInput) as error:
        # A good change listed first is not written either: all or nothing.
        _save(workspace, people["admin"], {"agency_phone": "0731-88888888", key: value})
    assert error.value.message.startswith(message) and error.value.field == key
    assert _stored(workspace) == before and _setting_events(workspace) == []


def test_a_logo_that_exists_is_accepted(workspace: Workspace, people: dict[str, int], tmp_path: Path) -> None:
    logo = tmp_path / "徽标.PNG"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert _save(workspace, people["admin"], {settings.AGENCY_LOGO: str(logo)}) == ["agency_logo_path"]


def test_the_catalogue_import_and_the_dialog_share_the_header_declared_in_settings() -> None:
    from app.catalogue import store
    from app.printing import documents

    assert store.AGENCY_SETTINGS is settings.AGENCY_SETTINGS
    assert documents.AGENCY_LOGO is settings.AGENCY_LOGO
    assert all(spec.key in settings.SHARED_SETTINGS for spec in settings.AGENCY_SETTINGS.values())
