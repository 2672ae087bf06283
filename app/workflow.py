"""The life of a case as declared data: which actions a case's state allows, and where they lead.

This module answers "what may happen to this case now" from its state and its regulation's steps;
`app.policy` answers "who may do it". Services ask both; the GUI renders the answers (buttons
enabled or disabled with the reason on hover).

Life of a case (DOMAIN.md): received → [supplementing, once] → accepted or refused → in progress
(step by step) ⇄ suspended → decided (approved / rejected) → closed; withdrawn at any open point.
An application's first step is its acceptance review: accepting passes it. Ex-officio matters
start accepted, at their first step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.messages import msg

ACTION_LABELS: dict[str, str] = {
    "supplement": "一次性告知补正",
    "accept": "受理",
    "refuse": "不予受理",
    "pass": "通过",
    "return": "退回",
    "suspend": "暂停计时",
    "resume": "恢复计时",
    "extend": "延期",
    "approve": "办结（准予）",
    "reject": "办结（不予批准）",
    "withdraw": "撤回",
    "close": "归档",
    "assign": "分派",
}
CASE_ACTIONS = tuple(ACTION_LABELS)

OPEN_STATUSES = frozenset({"received", "supplementing", "accepted", "in_progress", "suspended"})
HANDLING_STATUSES = frozenset({"accepted", "in_progress", "suspended"})


class StepLike(Protocol):
    code: str
    name: str
    actions: Sequence[str]
    return_to: Sequence[str]
    clock_excluded: bool


@dataclass(frozen=True)
class CaseSituation:
    """What the workflow needs to know about a case, as plain data."""

    status: str
    kind: str  # application | ex_officio
    current_step: str | None
    supplement_requested: bool
    clock_state: str
    extension_days_used: int
    extension_days_allowed: int


def step_index(steps: Sequence[StepLike], code: str | None) -> int | None:
    for index, step in enumerate(steps):
        if step.code == code:
            return index
    return None


def next_step(steps: Sequence[StepLike], code: str | None) -> StepLike | None:
    index = step_index(steps, code)
    if index is None or index + 1 >= len(steps):
        return None
    return steps[index + 1]


def is_last_step(steps: Sequence[StepLike], code: str | None) -> bool:
    index = step_index(steps, code)
    return index is not None and index == len(steps) - 1


def return_targets(steps: Sequence[StepLike], code: str | None) -> list[StepLike]:
    """Earlier steps the current step may send the case back to."""
    index = step_index(steps, code)
    if index is None or "return" not in steps[index].actions:
        return []
    allowed = set(steps[index].return_to)
    return [step for step in steps[:index] if step.code in allowed]


def action_states(situation: CaseSituation, steps: Sequence[StepLike]) -> dict[str, str | None]:
    """Every case action → None when the case's state allows it, else the reason it does not."""
    return {action: _refusal(action, situation, steps) for action in CASE_ACTIONS}


def refusal_reason(action: str, situation: CaseSituation, steps: Sequence[StepLike]) -> str | None:
    if action not in ACTION_LABELS:
        return msg("未知的操作“{action}”。", action=action)
    return _refusal(action, situation, steps)


def _refusal(action: str, s: CaseSituation, steps: Sequence[StepLike]) -> str | None:
    status = s.status
    if status not in OPEN_STATUSES and action != "close":
        return _closed_reason(status)
    at_reception = status in ("received", "supplementing")
    step = steps[step_index(steps, s.current_step) or 0] if steps else None
    match action:
        case "supplement":
            if not at_reception:
                return msg("补正告知只能在受理前作出。")
            if s.supplement_requested:
                return msg("本件已作过一次性补正告知，不得再次要求补正（一次性告知制度）。")
            return None
        case "accept" | "refuse":
            if s.kind == "ex_officio":
                return msg("依职权事项不经受理环节。")
            return None if at_reception else msg("本件已作出受理决定。")
        case "pass" | "approve" | "reject" | "return":
            if at_reception:
                return msg("请先作出受理或不予受理决定。")
            if status == "suspended":
                return msg("本件正在暂停计时，请先恢复计时。")
            if step is None:
                return msg("本件没有待办环节。")
            return _step_action_refusal(action, step, steps, s.current_step)
        case "suspend":
            if status == "suspended":
                return msg("本件已处于暂停计时状态。")
            if s.clock_state == "suspended":
                return msg("当前环节不计入办理时限，计时已暂停。")
            return None if status in HANDLING_STATUSES else msg("受理后才开始计时，暂无可暂停的时限。")
        case "resume":
            if step is not None and step.clock_excluded and s.clock_state == "suspended":
                return msg("“{step}”环节不计入办理时限，该环节办完后自动恢复计时。", step=step.name)
            return None if status == "suspended" else msg("本件没有暂停计时。")
        case "extend":
            if status not in HANDLING_STATUSES:
                return msg("只有办理中的件才能延期。")
            if s.extension_days_allowed <= 0:
                return msg("本事项的制度不允许延长办理期限。")
            if s.extension_days_used >= s.extension_days_allowed:
                return msg("本件已用完 {days} 天的延期额度。", days=s.extension_days_allowed)
            return None
        case "withdraw" | "assign":
            return None
        case "close":
            return None if status == "decided" else msg("只有已办结的件才能归档。")
    return msg("未知的操作“{action}”。", action=action)


def _step_action_refusal(
    action: str, step: StepLike, steps: Sequence[StepLike], current: str | None
) -> str | None:
    last = is_last_step(steps, current)
    if action == "pass":
        if last:
            return msg("这是最后一个环节，请选择“办结（准予）”或“办结（不予批准）”。")
        return None if "pass" in step.actions else msg("“{step}”环节不能直接通过。", step=step.name)
    if action == "approve":
        if not last:
            return msg("还有后续环节未办理，不能办结。")
        return None if "pass" in step.actions else msg("“{step}”环节不能作出准予决定。", step=step.name)
    if action == "reject":
        return None if "reject" in step.actions else msg("“{step}”环节不能作出不予批准决定。", step=step.name)
    if not return_targets(steps, current):
        return msg("“{step}”环节不能退回。", step=step.name)
    return None


def _closed_reason(status: str) -> str:
    return {
        "refused": msg("本件已不予受理，办理已终结。"),
        "decided": msg("本件已办结，只能归档。"),
        "closed": msg("本件已归档。"),
        "withdrawn": msg("本件已撤回。"),
    }.get(status, msg("本件已不在办理中。"))


def describe(actions: dict[str, Any]) -> list[tuple[str, str]]:
    """(action, Chinese label) for the allowed actions, in the workflow's order."""
    return [(a, ACTION_LABELS[a]) for a in CASE_ACTIONS if actions.get(a) is None]
