"""Comparing two versions of a regulation: which fields changed, in words a user reads."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from app.catalogue.store import source_of
from app.messages import msg

FIELD_LABELS: dict[str, str] = {
    "code": "编号",
    "title": "名称",
    "category": "类别",
    "group": "业务分组",
    "version": "版本",
    "effective_from": "生效日期",
    "kind": "事项类型",
    "applicant_types": "申请人类型",
    "collective_allowed": "允许集体决策",
    "division": "受理处室",
    "inquiry_phone": "咨询电话",
    "complaint_phone": "投诉电话",
    "legal_basis": "法律依据",
    "summary": "事项说明",
    "statutory_limit": "法定时限",
    "promised_limit": "承诺时限",
    "extension": "延期",
    "cards": "预警规则",
    "suspension_limits": "暂停计时上限",
    "materials": "申请材料",
    "steps": "办理环节",
    "separation_of_duties": "不相容岗位分离",
    "articles": "条文",
    "parameters": "参数",
    "name": "名称",
    "role": "办理角色",
    "limit": "环节时限",
    "actions": "可用动作",
    "return_to": "可退回环节",
    "clock_excluded": "不计时",
    "clock_excluded_reason": "不计时原因",
    "collective": "集体决策",
    "instructions": "办理要求",
    "outputs": "产出文书",
    "risk_points": "廉政风险点",
    "required": "必备",
    "originals": "原件份数",
    "copies": "复印件份数",
    "note": "要求",
}


@dataclass(frozen=True)
class FieldChange:
    field: str  # e.g. "promised_limit", "steps[S3].limit", "materials[M04]"
    label: str  # e.g. "承诺时限", "办理环节 S3 · 环节时限"
    change: str  # changed | added | removed
    old: Any
    new: Any

    def describe(self) -> str:
        if self.change == "added":
            return msg("新增 {field}：{value}", field=self.label, value=_show(self.new))
        if self.change == "removed":
            return msg("删除 {field}：{value}", field=self.label, value=_show(self.old))
        return msg("{field}：{old} → {new}", field=self.label, old=_show(self.old), new=_show(self.new))


def _show(value: Any) -> str:
    if isinstance(value, dict) and set(value) == {"days", "unit"}:
        if value["unit"] == "working":
            return msg("{days}个工作日", days=value["days"])
        return msg("{days}日", days=value["days"])
    if isinstance(value, str):
        return value if len(value) <= 80 else value[:78] + "……"
    if isinstance(value, bool):
        return msg("是") if value else msg("否")
    if value is None:
        return msg("无")
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:78] + "……"


def _by_code(items: list[Any]) -> dict[str, dict[str, Any]] | None:
    if all(isinstance(i, dict) and isinstance(i.get("code"), str) for i in items):
        return {i["code"]: i for i in items}
    return None


def diff_definitions(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """The changed fields from `old` to `new` (stored definitions of two versions). Materials and
    steps are matched by their code, so an inserted step shows as one addition, not as every
    later step changed. The version number itself is not reported."""
    a, b = source_of(old), source_of(new)
    changes: list[FieldChange] = []
    for key in list(dict.fromkeys([*a, *b])):
        if key == "version":
            continue
        label = FIELD_LABELS.get(key, key)
        va, vb = a.get(key), b.get(key)
        if va == vb:
            continue
        if key in ("steps", "materials"):
            ia, ib = _by_code(va or []), _by_code(vb or [])
            if ia is not None and ib is not None:
                for code in dict.fromkeys([*ia, *ib]):
                    item_label = msg("{field} {code}", field=label, code=code)
                    if code not in ia:
                        changes.append(
                            FieldChange(f"{key}[{code}]", item_label, "added", None, ib[code].get("name"))
                        )
                    elif code not in ib:
                        changes.append(
                            FieldChange(f"{key}[{code}]", item_label, "removed", ia[code].get("name"), None)
                        )
                    else:
                        for sub in dict.fromkeys([*ia[code], *ib[code]]):
                            if ia[code].get(sub) != ib[code].get(sub):
                                changes.append(
                                    FieldChange(
                                        f"{key}[{code}].{sub}",
                                        msg(
                                            "{item} · {field}",
                                            item=item_label,
                                            field=FIELD_LABELS.get(sub, sub),
                                        ),
                                        "changed",
                                        ia[code].get(sub),
                                        ib[code].get(sub),
                                    )
                                )
                if [i.get("code") for i in va or []] != [i.get("code") for i in vb or []] and all(
                    c in ia and c in ib for c in set(ia) | set(ib)
                ):
                    changes.append(
                        FieldChange(
                            f"{key}.order", msg("{field}顺序", field=label), "changed", list(ia), list(ib)
                        )
                    )
                continue
        if key == "parameters" and isinstance(va, dict) and isinstance(vb, dict):
            for sub in dict.fromkeys([*va, *vb]):
                if va.get(sub) != vb.get(sub):
                    changes.append(
                        FieldChange(
                            f"parameters.{sub}",
                            msg("{field} {code}", field=label, code=sub),
                            "changed",
                            va.get(sub),
                            vb.get(sub),
                        )
                    )
            continue
        change = "added" if va in (None, [], {}) else "removed" if vb in (None, [], {}) else "changed"
        changes.append(FieldChange(key, label, change, va, vb))
    return changes


@dataclass(frozen=True)
class VersionInfo:
    version: int
    effective_from: date
    imported_at: datetime
    changes: tuple[FieldChange, ...]  # against the previous version; empty for the first


def version_history(session: Session, code: str) -> list[VersionInfo]:
    """Every version of `code`, oldest first, each with its changes against the one before."""
    from app.catalogue.store import regulation_versions

    out: list[VersionInfo] = []
    previous = None
    for row in regulation_versions(session, code):
        changes = diff_definitions(previous.definition, row.definition) if previous is not None else []
        out.append(VersionInfo(row.version, row.effective_from, row.imported_at, tuple(changes)))
        previous = row
    return out
