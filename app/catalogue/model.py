"""Typed, read-only views of a regulation, parsed from its stored `definition`.

`definition` is the normalised entry written by the import (see `app.catalogue.loader`): every
optional field filled in, dates as ISO strings, limits as `{"days": N, "unit": ...}`, plus the
values resolved at import (`division_name`, phones, card thresholds). Services use these
dataclasses rather than reading the JSON themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.limits import Limit

CATEGORY_LABELS: dict[str, str] = {"power": "权力运行制度", "supporting": "配套保障监督制度"}
KIND_LABELS: dict[str, str] = {"application": "依申请", "ex_officio": "依职权"}
STEP_ROLES: dict[str, str] = {
    "clerk": "经办人",
    "reviewer": "审核人",
    "division_head": "处室负责人",
    "leader": "委领导",
}
ACTION_LABELS: dict[str, str] = {"pass": "通过", "return": "退回", "reject": "不予批准"}
APPLICANT_TYPE_LABELS: dict[str, str] = {"organisation": "法人或其他组织", "person": "自然人"}
RISK_LEVELS: tuple[str, ...] = ("高", "中", "低")
SUSPENSION_REASONS: dict[str, str] = {
    "expert_review": "专家评审",
    "consulting_evaluation": "委托咨询评估",
    "supplement": "补正材料",
    "hearing": "听证",
    "public_notice": "公示",
    "on_site_inspection": "现场核查",
    "testing": "检验检测",
    "third_party_consultation": "征求第三方（有关部门）意见",
    "other": "其他（须说明）",
}
SEPARATION_RULES: dict[str, str] = {
    "acceptor_not_decider": "受理人不得办理最后一个环节（作出决定）",
    "distinct_persons": "下列环节须由不同人员办理",
    "drafter_not_approver": "办理某一环节的人员不得办理其下一环节",
}
CARD_LEVELS: dict[str, str] = {"yellow": "黄牌", "red": "红牌"}
INTERNAL_GROUP = "内部管理"


@dataclass(frozen=True)
class RiskPoint:
    level: str  # 高 | 中 | 低
    risk: str
    control: str


@dataclass(frozen=True)
class MaterialSpec:
    code: str
    name: str
    required: bool
    originals: int
    copies: int
    note: str = ""


@dataclass(frozen=True)
class StepSpec:
    code: str
    name: str
    role: str
    division: str  # division code; the regulation's division when the file does not name one
    limit: Limit | None
    actions: tuple[str, ...]
    return_to: tuple[str, ...]
    clock_excluded: bool
    clock_excluded_reason: str | None
    collective: bool
    instructions: str
    outputs: tuple[str, ...]
    risk_points: tuple[RiskPoint, ...]
    division_name: str = ""

    @property
    def role_label(self) -> str:
        return STEP_ROLES.get(self.role, self.role)


@dataclass(frozen=True)
class ExtensionSpec:
    days: int  # in the unit of the statutory limit
    approver_role: str
    condition: str


@dataclass(frozen=True)
class CardRules:
    yellow_remaining_days: int
    yellow_used_share: float
    promised_overdue: str  # yellow | red


# Used when neither the catalogue nor the database holds BZ-03 (限时办结制度).
DEFAULT_CARD_RULES = CardRules(yellow_remaining_days=2, yellow_used_share=0.8, promised_overdue="yellow")


@dataclass(frozen=True)
class SeparationRule:
    rule: str
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegulationSpec:
    code: str
    title: str
    category: str  # power | supporting
    kind: str | None  # application | ex_officio; None for supporting regulations
    group: str
    division: str  # division code
    version: int
    effective_from: date
    legal_basis: str
    summary: str
    inquiry_phone: str
    complaint_phone: str
    applicant_types: tuple[str, ...]
    statutory_limit: Limit | None
    promised_limit: Limit | None
    extension: ExtensionSpec | None
    cards: CardRules | None
    suspension_limits: Mapping[str, int]
    materials: tuple[MaterialSpec, ...]
    steps: tuple[StepSpec, ...]
    separation_of_duties: tuple[SeparationRule, ...]
    parameters: Mapping[str, Any]
    articles: tuple[str, ...]
    collective_allowed: bool = False
    division_name: str = ""

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, self.category)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind or "", "")

    def step(self, code: str) -> StepSpec:
        for step in self.steps:
            if step.code == code:
                return step
        raise KeyError(code)


def limit_from_json(data: Mapping[str, Any] | None) -> Limit | None:
    if not data:
        return None
    return Limit(int(data["days"]), data.get("unit", "working"))


def _cards(data: Mapping[str, Any]) -> CardRules:
    default = DEFAULT_CARD_RULES
    return CardRules(
        int(data.get("yellow_remaining_days", default.yellow_remaining_days)),
        float(data.get("yellow_used_share", default.yellow_used_share)),
        str(data.get("promised_overdue", default.promised_overdue)),
    )


def spec_from_definition(definition: Mapping[str, Any]) -> RegulationSpec:
    """Parse a stored (normalised) definition into a RegulationSpec."""
    d = definition
    extension = d.get("extension")
    cards = d.get("cards")
    steps = tuple(
        StepSpec(
            code=s["code"],
            name=s["name"],
            role=s["role"],
            division=s.get("division") or d.get("division", ""),
            limit=limit_from_json(s.get("limit")),
            actions=tuple(s.get("actions", ())),
            return_to=tuple(s.get("return_to", ())),
            clock_excluded=bool(s.get("clock_excluded", False)),
            clock_excluded_reason=s.get("clock_excluded_reason"),
            collective=bool(s.get("collective", False)),
            instructions=s.get("instructions", ""),
            outputs=tuple(s.get("outputs", ())),
            risk_points=tuple(
                RiskPoint(r["level"], r.get("risk", ""), r.get("control", ""))
                for r in s.get("risk_points", ())
            ),
            division_name=s.get("division_name", ""),
        )
        for s in d.get("steps", ())
    )
    return RegulationSpec(
        code=d["code"],
        title=d["title"],
        category=d["category"],
        kind=d.get("kind"),
        group=d.get("group", ""),
        division=d.get("division", ""),
        version=int(d["version"]),
        effective_from=date.fromisoformat(str(d["effective_from"])),
        legal_basis=d.get("legal_basis", ""),
        summary=d.get("summary", ""),
        inquiry_phone=d.get("inquiry_phone", "") or "",
        complaint_phone=d.get("complaint_phone", "") or "",
        applicant_types=tuple(d.get("applicant_types", ())),
        statutory_limit=limit_from_json(d.get("statutory_limit")),
        promised_limit=limit_from_json(d.get("promised_limit")),
        extension=(
            ExtensionSpec(int(extension["days"]), extension["approver_role"], extension.get("condition", ""))
            if extension
            else None
        ),
        cards=_cards(cards or {}) if d.get("category") == "power" else None,
        suspension_limits=dict(d.get("suspension_limits") or {}),
        materials=tuple(
            MaterialSpec(
                m["code"],
                m["name"],
                bool(m.get("required", True)),
                int(m.get("originals", 0)),
                int(m.get("copies", 0)),
                m.get("note", "") or "",
            )
            for m in d.get("materials", ())
        ),
        steps=steps,
        separation_of_duties=tuple(
            SeparationRule(r["rule"], tuple(r.get("steps", ()))) for r in d.get("separation_of_duties", ())
        ),
        parameters=dict(d.get("parameters") or {}),
        articles=tuple(d.get("articles", ())),
        collective_allowed=bool(d.get("collective_allowed", False)),
        division_name=d.get("division_name", ""),
    )
