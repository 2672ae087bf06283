"""Reading and validating catalogue files (docs/catalogue.md is the contract).

`load_catalogue(path)` reads every file, checks the schema and the cross-references, and either
returns a `Catalogue` or raises `CatalogueInvalid` listing every problem found, each with the file,
the line and the field. Nothing touches the database here; `app.catalogue.store` imports.

Line numbers come from the YAML node marks (`yaml.compose`), so a problem points at the value
that is wrong, or, for a missing field, at the start of the mapping that should hold it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from app.catalogue.model import (
    APPLICANT_TYPE_LABELS,
    CARD_LEVELS,
    INTERNAL_GROUP,
    RISK_LEVELS,
    SEPARATION_RULES,
    STEP_ROLES,
    SUSPENSION_REASONS,
    CardRules,
)
from app.errors import DomainError
from app.messages import enumeration, lines, msg

DIVISIONS_FILE = "divisions.yaml"
REGULATIONS_DIR = "regulations"
CODE_RE = re.compile(r"^(QL|BZ)-\d{2,3}$")
DIVISION_CODE_RE = re.compile(r"^[A-Z]{2,6}$")
MATERIAL_CODE_RE = re.compile(r"^M\d{2,3}$")
STEP_CODE_RE = re.compile(r"^S\d{1,3}$")
ACTIONS = ("pass", "return", "reject")
MAX_PROBLEMS_IN_MESSAGE = 50

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file: where (file, line, field) and what, in plain words."""

    file: str
    line: int | None
    field: str
    message: str  # a Message (app.messages)

    @property
    def text(self) -> str:
        """Where and what, as a Message."""
        field = self.field or msg("（整个文件）")
        if self.line:
            return msg(
                "{file}，第{line}行，字段 {field}：{message}",
                file=self.file,
                line=self.line,
                field=field,
                message=self.message,
            )
        return msg("{file}，字段 {field}：{message}", file=self.file, field=field, message=self.message)

    def __str__(self) -> str:
        return str(self.text)


class CatalogueInvalid(DomainError):
    """The catalogue did not pass validation; nothing was imported."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        shown = [msg("  {problem}", problem=p.text) for p in self.problems[:MAX_PROBLEMS_IN_MESSAGE]]
        if len(self.problems) > MAX_PROBLEMS_IN_MESSAGE:
            shown.append(
                msg("  ……另有 {count} 处问题未列出", count=len(self.problems) - MAX_PROBLEMS_IN_MESSAGE)
            )
        super().__init__(
            msg(
                "制度目录校验未通过，共 {count} 处问题，未导入任何内容。请逐项修改后重新导入：\n{problems}",
                count=len(self.problems),
                problems=lines(shown),
            )
        )


@dataclass(frozen=True)
class AgencySpec:
    name: str
    short_name: str
    complaint_phone: str
    address: str = ""
    postcode: str = ""
    phone: str = ""
    website: str = ""


@dataclass(frozen=True)
class DivisionSpec:
    code: str
    name: str
    phone: str = ""


@dataclass(frozen=True)
class Reference:
    """A division code used by a regulation, kept for the check against the database when the
    catalogue being loaded has no divisions.yaml."""

    field: str
    line: int | None
    code: str


@dataclass(frozen=True)
class RegulationEntry:
    """One validated regulation file."""

    code: str
    file: str
    source: dict[str, Any]  # normalised, JSON-ready; only what the file itself says (plus constants)
    content_hash: str
    division_refs: tuple[Reference, ...]
    lines: Mapping[str, int]  # field -> line, for problems found at import

    @property
    def version(self) -> int:
        return int(self.source["version"])

    @property
    def effective_from(self) -> date:
        return date.fromisoformat(self.source["effective_from"])


@dataclass(frozen=True)
class Catalogue:
    root: Path
    agency: AgencySpec | None  # None when no divisions.yaml was loaded
    divisions: tuple[DivisionSpec, ...]
    regulations: tuple[RegulationEntry, ...]

    def regulation(self, code: str) -> RegulationEntry:
        for entry in self.regulations:
            if entry.code == code:
                return entry
        raise KeyError(code)

    def card_defaults(self) -> CardRules | None:
        """The agency-wide card thresholds from BZ-03 when this catalogue holds it."""
        for entry in self.regulations:
            if entry.code == "BZ-03":
                p = entry.source.get("parameters", {})
                return CardRules(
                    int(p["yellow_remaining_days"]), float(p["yellow_used_share"]), str(p["promised_overdue"])
                )
        return None


def content_hash(source: Mapping[str, Any]) -> str:
    encoded = json.dumps(source, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


# --- YAML with positions ------------------------------------------------------------------------


class _Document:
    """A parsed YAML file: plain Python values plus the line of every value, by path."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems
        self.lines: dict[Path_, int] = {}
        self.key_lines: dict[Path_, int] = {}  # where a mapping key is written, by the value's path
        self.labels: dict[Path_, str] = {}

    def field_name(self, path: Path_) -> str:
        out = ""
        for i, part in enumerate(path):
            if isinstance(part, int):
                label = self.labels.get(path[: i + 1], str(part + 1))
                out += f"[{label}]"
            else:
                out += ("." if out else "") + part
        return out

    def line(self, path: Path_) -> int | None:
        """The line of the value at `path`; for a missing field, the line of the key of the
        nearest enclosing field that is present (or of the list item that holds it)."""
        if path in self.lines:
            return self.lines[path]
        for cut in range(len(path) - 1, -1, -1):
            parent = path[:cut]
            if parent in self.key_lines:
                return self.key_lines[parent]
            if parent in self.lines:
                return self.lines[parent]
        return None

    def problem(self, path: Path_, message: str) -> None:
        self.problems.append(Problem(self.file, self.line(path), self.field_name(path), message))


_constructor = SafeConstructor()


# libyaml's parser when installed (PyYAML wheels ship it): same nodes and marks, ~10x faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse_yaml(path: Path, doc: _Document) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        doc.problems.append(
            Problem(
                doc.file,
                None,
                "",
                msg("文件不是 UTF-8 编码（{reason}），请另存为 UTF-8。", reason=exc.reason),
            )
        )
        return None
    except OSError as exc:
        doc.problems.append(Problem(doc.file, None, "", msg("无法读取文件：{reason}。", reason=exc.strerror)))
        return None
    try:
        node = yaml.compose(text, Loader=_YAML_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        tabs = "\\t" in str(exc.problem) or "\t" in str(exc)
        doc.problems.append(
            Problem(
                doc.file,
                mark.line + 1 if mark else None,
                "",
                msg("YAML 格式错误（不能用 Tab 缩进，请改用空格）：{problem}", problem=exc.problem)
                if tabs
                else msg("YAML 格式错误：{problem}", problem=exc.problem),
            )
        )
        return None
    except yaml.YAMLError as exc:
        doc.problems.append(Problem(doc.file, None, "", msg("YAML 格式错误：{problem}", problem=str(exc))))
        return None
    if node is None:
        doc.problems.append(Problem(doc.file, 1, "", msg("文件是空的。")))
        return None
    return _to_python(node, (), doc)


def _to_python(node: Node, path: Path_, doc: _Document) -> Any:
    doc.lines[path] = node.start_mark.line + 1
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                doc.problem(path, msg("字段名必须是简单的文字。"))
                continue
            key = str(_constructor.construct_object(key_node))
            if key in result:
                doc.lines[(*path, key)] = key_node.start_mark.line + 1
                doc.problem((*path, key), msg("字段重复出现，请只保留一处。"))
                continue
            doc.key_lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _to_python(value_node, (*path, key), doc)
        return result
    if isinstance(node, SequenceNode):
        return [_to_python(item, (*path, i), doc) for i, item in enumerate(node.value)]
    try:
        return _constructor.construct_object(node, deep=True)
    except (ConstructorError, ValueError) as exc:
        doc.problem(path, msg("无法识别的值“{value}”（{error}）。", value=node.value, error=str(exc)))
        return _INVALID


class _Invalid:
    def __repr__(self) -> str:
        return "<invalid>"


_INVALID = _Invalid()


# --- field checks -------------------------------------------------------------------------------


_MISSING = object()


class _Fields:
    """Typed access to the fields of one mapping, recording a problem for each bad or missing one."""

    def __init__(self, doc: _Document, data: Any, path: Path_, what: str = "") -> None:
        self.doc = doc
        self.path = path
        self.ok = isinstance(data, dict)
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        if not self.ok and data is not _INVALID:
            doc.problem(path, msg("{what}应为“字段: 值”的映射。", what=what or msg("此处")))

    def only(self, allowed: tuple[str, ...] | set[str], context: str = "") -> None:
        for key in self.data:
            if key not in allowed:
                self.doc.problem(
                    (*self.path, key),
                    msg("未知字段“{key}”（{context}），请核对拼写或删除。", key=key, context=context)
                    if context
                    else msg("未知字段“{key}”，请核对拼写或删除。", key=key),
                )

    def _get(self, key: str, required: bool) -> Any:
        value = self.data.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required and self.ok:
                self.doc.problem((*self.path, key), msg("缺少必填字段。"))
            return _MISSING
        return value

    def text(self, key: str, *, required: bool = True, multiline: bool = False) -> str | None:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.doc.problem((*self.path, key), msg("应为一段文字。"))
            return None
        out = str(value).strip()
        if not out:
            if required:
                self.doc.problem((*self.path, key), msg("不能为空。"))
            return None
        if not multiline:
            out = " ".join(out.split())
        return out

    def integer(self, key: str, *, required: bool = True, minimum: int = 0) -> int | None:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.doc.problem((*self.path, key), msg("应为整数，现为“{value}”。", value=value))
            return None
        if value < minimum:
            self.doc.problem(
                (*self.path, key), msg("不能小于 {minimum}，现为 {value}。", minimum=minimum, value=value)
            )
            return None
        return value

    def number(self, key: str, *, required: bool = True, low: float = 0.0, high: float = 1.0) -> float | None:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.doc.problem((*self.path, key), msg("应为数值，现为“{value}”。", value=value))
            return None
        if not low <= value <= high:
            self.doc.problem(
                (*self.path, key),
                msg("应在 {low:g} 到 {high:g} 之间，现为 {value}。", low=low, high=high, value=value),
            )
            return None
        return float(value)

    def boolean(self, key: str, *, required: bool = False, default: bool = False) -> bool:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return default
        if not isinstance(value, bool):
            self.doc.problem((*self.path, key), msg("应为 true 或 false，现为“{value}”。", value=value))
            return default
        return value

    def choice(
        self, key: str, choices: Mapping[str, str] | tuple[str, ...], *, required: bool = True
    ) -> str | None:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return None
        if not isinstance(value, str) or value not in choices:
            allowed = enumeration(
                [
                    msg("{code}（{label}）", code=c, label=choices[c]) if isinstance(choices, Mapping) else c
                    for c in choices
                ]
            )
            self.doc.problem(
                (*self.path, key),
                msg("“{value}”不是可用的取值，可用：{allowed}。", value=value, allowed=allowed),
            )
            return None
        return value

    def day(self, key: str) -> date | None:
        value = self._get(key, True)
        if value is _MISSING or value is _INVALID:
            return None
        if not isinstance(value, date):
            self.doc.problem(
                (*self.path, key),
                msg("应为日期，格式 YYYY-MM-DD，例如 2026-01-01，现为“{value}”。", value=value),
            )
            return None
        return value

    def items(self, key: str, *, required: bool = True, non_empty: bool = False) -> list[Any] | None:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return None
        if not isinstance(value, list):
            self.doc.problem((*self.path, key), msg("应为列表（每项以“- ”开头，或写成 [a, b]）。"))
            return None
        if non_empty and not value:
            self.doc.problem((*self.path, key), msg("至少要有一项。"))
            return None
        return value

    def texts(self, key: str, *, required: bool = False, non_empty: bool = False) -> list[str] | None:
        values = self.items(key, required=required, non_empty=non_empty)
        if values is None:
            return None
        out = []
        for i, value in enumerate(values):
            if isinstance(value, bool) or not isinstance(value, (str, int, float)) or not str(value).strip():
                self.doc.problem((*self.path, key, i), msg("应为一段非空的文字。"))
            else:
                out.append(str(value).strip())
        return out

    def limit(self, key: str, *, required: bool = True) -> dict[str, Any] | None:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return None
        return _limit(self.doc, value, (*self.path, key))

    def mapping(self, key: str, *, required: bool = False) -> _Fields | None:
        value = self._get(key, required)
        if value is _MISSING or value is _INVALID:
            return None
        sub = _Fields(self.doc, value, (*self.path, key))
        return sub if sub.ok else None


def _limit(doc: _Document, value: Any, path: Path_) -> dict[str, Any] | None:
    f = _Fields(doc, value, path, msg("时限"))
    if not f.ok:
        return None
    f.only(("days", "unit"))
    days = f.integer("days", minimum=1)
    unit = f.choice("unit", {"working": msg("工作日"), "natural": msg("自然日")})
    if days is None or unit is None:
        return None
    return {"days": days, "unit": unit}


# --- divisions.yaml -----------------------------------------------------------------------------


def _load_divisions(
    path: Path, file: str, problems: list[Problem]
) -> tuple[AgencySpec | None, list[DivisionSpec]]:
    doc = _Document(file, problems)
    data = _parse_yaml(path, doc)
    if data is None:
        return None, []
    top = _Fields(doc, data, (), "divisions.yaml")
    top.only(("agency", "divisions"))
    agency = None
    a = top.mapping("agency", required=True)
    if a is not None:
        a.only(("name", "short_name", "address", "postcode", "phone", "complaint_phone", "website"))
        name, short = a.text("name"), a.text("short_name")
        complaint = a.text("complaint_phone")
        if name and short and complaint:
            agency = AgencySpec(
                name=name,
                short_name=short,
                complaint_phone=complaint,
                address=a.text("address", required=False) or "",
                postcode=a.text("postcode", required=False) or "",
                phone=a.text("phone", required=False) or "",
                website=a.text("website", required=False) or "",
            )
    divisions: list[DivisionSpec] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(top.items("divisions", non_empty=True) or []):
        f = _Fields(doc, item, ("divisions", i), msg("处室"))
        if not f.ok:
            continue
        f.only(("code", "name", "phone"))
        code = f.text("code")
        if code is not None:
            doc.labels[("divisions", i)] = code
            if not DIVISION_CODE_RE.match(code):
                doc.problem(
                    ("divisions", i, "code"), msg("处室代码“{code}”应为 2 至 6 个大写英文字母。", code=code)
                )
                code = None
            elif code in seen:
                doc.problem(
                    ("divisions", i, "code"),
                    msg("处室代码“{code}”与第 {index} 个处室重复。", code=code, index=seen[code] + 1),
                )
                code = None
            else:
                seen[code] = i
        name = f.text("name")
        phone = f.text("phone", required=False) or ""
        if code and name:
            divisions.append(DivisionSpec(code, name, phone))
    return agency, divisions


# --- regulation files ---------------------------------------------------------------------------

COMMON_FIELDS = (
    "code",
    "title",
    "category",
    "group",
    "version",
    "effective_from",
    "legal_basis",
    "division",
    "inquiry_phone",
    "complaint_phone",
    "summary",
)
POWER_FIELDS = (
    "kind",
    "applicant_types",
    "collective_allowed",
    "statutory_limit",
    "promised_limit",
    "extension",
    "cards",
    "suspension_limits",
    "materials",
    "steps",
    "separation_of_duties",
)
SUPPORTING_FIELDS = ("articles", "parameters")
STEP_FIELDS = (
    "code",
    "name",
    "role",
    "division",
    "limit",
    "actions",
    "return_to",
    "clock_excluded",
    "clock_excluded_reason",
    "collective",
    "instructions",
    "outputs",
    "risk_points",
)


def _check_regulation(
    path: Path, file: str, problems: list[Problem], divisions: Mapping[str, DivisionSpec] | None
) -> RegulationEntry | None:
    before = len(problems)
    doc = _Document(file, problems)
    data = _parse_yaml(path, doc)
    if data is None:
        return None
    top = _Fields(doc, data, (), msg("制度文件"))
    if not top.ok:
        return None
    src: dict[str, Any] = {}
    refs: list[Reference] = []

    def division_ref(p: Path_, code: str | None) -> str | None:
        if code is None:
            return None
        if divisions is None:
            refs.append(Reference(doc.field_name(p), doc.line(p), code))
        elif code not in divisions:
            doc.problem(p, msg("处室代码“{code}”在 divisions.yaml 中不存在。", code=code))
            return None
        return code

    code = top.text("code")
    if code is not None:
        if not CODE_RE.match(code):
            doc.problem(
                ("code",),
                msg("制度编号“{code}”格式不对，应为 QL-nn（权力运行）或 BZ-nn（配套保障）。", code=code),
            )
        elif code != path.stem:
            doc.problem(
                ("code",),
                msg(
                    "制度编号“{code}”与文件名“{file}”不一致，文件应命名为 {code}.yaml。",
                    code=code,
                    file=path.name,
                ),
            )
    src["code"] = code
    src["title"] = top.text("title")
    category = top.choice("category", {"power": "权力运行制度", "supporting": "配套保障监督制度"})
    if category and code and CODE_RE.match(code):
        expected = "power" if code.startswith("QL") else "supporting"
        if category != expected:
            doc.problem(
                ("category",),
                msg(
                    "编号以 {prefix} 开头的制度类别应为 {expected}，现为 {category}。",
                    prefix=code[:2],
                    expected=expected,
                    category=category,
                ),
            )
    src["category"] = category
    src["group"] = top.text("group")
    src["version"] = top.integer("version", minimum=1)
    effective = top.day("effective_from")
    src["effective_from"] = effective.isoformat() if effective else None
    src["legal_basis"] = top.text("legal_basis", multiline=True)
    src["division"] = division_ref(("division",), top.text("division"))
    for key in ("inquiry_phone", "complaint_phone"):
        value = top.text(key, required=False)
        if value is not None:
            src[key] = value
    src["summary"] = top.text("summary", multiline=True)

    if category == "power":
        top.only(COMMON_FIELDS + POWER_FIELDS, msg("权力运行制度可用的字段见 docs/catalogue.md"))
        _check_power(doc, top, src, division_ref)
    elif category == "supporting":
        top.only(
            COMMON_FIELDS + SUPPORTING_FIELDS, msg("配套保障制度只有 articles 和 parameters 两个专用字段")
        )
        _check_supporting(doc, top, src, code)

    if len(problems) > before:
        return None
    lines = {doc.field_name(p): line for p, line in doc.lines.items()}
    return RegulationEntry(
        code=str(code),
        file=file,
        source=src,
        content_hash=content_hash(src),
        division_refs=tuple(refs),
        lines=lines,
    )


def _check_power(
    doc: _Document,
    top: _Fields,
    src: dict[str, Any],
    division_ref: Callable[[Path_, str | None], str | None],
) -> None:
    kind = top.choice("kind", {"application": "依申请", "ex_officio": "依职权"})
    src["kind"] = kind
    applicant_types = top.items(
        "applicant_types", required=kind == "application", non_empty=kind == "application"
    )
    if applicant_types is not None:
        if kind == "ex_officio" and applicant_types:
            doc.problem(("applicant_types",), msg("依职权事项没有申请人，不应填写 applicant_types。"))
        seen: list[str] = []
        for i, value in enumerate(applicant_types):
            if not isinstance(value, str) or value not in APPLICANT_TYPE_LABELS:
                doc.problem(
                    ("applicant_types", i),
                    msg("“{value}”不是可用的申请人类型，可用：organisation、person。", value=value),
                )
            elif value in seen:
                doc.problem(("applicant_types", i), msg("申请人类型“{value}”重复。", value=value))
            else:
                seen.append(value)
        src["applicant_types"] = seen
    else:
        src["applicant_types"] = []
    collective_allowed = top.boolean("collective_allowed")
    src["collective_allowed"] = collective_allowed

    statutory = top.limit("statutory_limit")
    promised = top.limit("promised_limit")
    src["statutory_limit"] = statutory
    src["promised_limit"] = promised
    if statutory and promised:
        if promised["unit"] != statutory["unit"]:
            doc.problem(("promised_limit", "unit"), msg("承诺时限的单位必须与法定时限相同。"))
        elif promised["days"] > statutory["days"]:
            doc.problem(
                ("promised_limit", "days"),
                msg(
                    "承诺时限 {promised} 天超过了法定时限 {statutory} 天，承诺时限不能长于法定时限。",
                    promised=promised["days"],
                    statutory=statutory["days"],
                ),
            )

    if "extension" not in top.data:
        doc.problem(("extension",), msg("缺少必填字段（不允许延期时写 extension: null）。"))
        src["extension"] = None
    else:
        ext = top.mapping("extension")
        if ext is None:
            src["extension"] = None
        else:
            ext.only(("days", "approver_role", "condition"))
            src["extension"] = {
                "days": ext.integer("days", minimum=1),
                "approver_role": ext.choice("approver_role", STEP_ROLES),
                "condition": ext.text("condition", multiline=True),
            }

    cards = top.mapping("cards")
    src["cards"] = {}
    if cards is not None:
        cards.only(("yellow_remaining_days", "yellow_used_share", "promised_overdue"))
        values = {
            "yellow_remaining_days": cards.integer("yellow_remaining_days", required=False),
            "yellow_used_share": cards.number("yellow_used_share", required=False),
            "promised_overdue": cards.choice("promised_overdue", CARD_LEVELS, required=False),
        }
        src["cards"] = {k: v for k, v in values.items() if v is not None}

    suspension = top.mapping("suspension_limits")
    src["suspension_limits"] = {}
    if suspension is not None:
        for reason in suspension.data:
            if reason not in SUSPENSION_REASONS:
                suspension.choice(reason, SUSPENSION_REASONS)
                continue
            days = suspension.integer(reason, minimum=1)
            if days is not None:
                src["suspension_limits"][reason] = days

    materials = top.items("materials", required=kind == "application", non_empty=kind == "application")
    src["materials"] = _check_materials(doc, materials or [])

    steps = top.items("steps", non_empty=True)
    src["steps"] = _check_steps(doc, steps or [], src, statutory, division_ref)

    step_codes = [s["code"] for s in src["steps"]]
    rules = top.items("separation_of_duties", required=False) or []
    src["separation_of_duties"] = []
    for i, item in enumerate(rules):
        f = _Fields(doc, item, ("separation_of_duties", i), msg("分离规则"))
        if not f.ok:
            continue
        f.only(("rule", "steps"))
        rule = f.choice("rule", SEPARATION_RULES)
        entry: dict[str, Any] = {"rule": rule}
        if rule == "distinct_persons":
            listed = f.texts("steps", required=True) or []
            if len(listed) < 2:
                doc.problem(
                    ("separation_of_duties", i, "steps"), msg("distinct_persons 至少要列出两个环节。")
                )
            for j, step in enumerate(listed):
                if step not in step_codes:
                    doc.problem(
                        ("separation_of_duties", i, "steps", j),
                        msg("环节“{step}”在 steps 中不存在。", step=step),
                    )
            entry["steps"] = listed
        elif "steps" in f.data:
            doc.problem(("separation_of_duties", i, "steps"), msg("规则 {rule} 不需要列出环节。", rule=rule))
        src["separation_of_duties"].append(entry)


def _check_materials(doc: _Document, items: list[Any]) -> list[dict[str, Any]]:
    out = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        p: Path_ = ("materials", i)
        f = _Fields(doc, item, p, msg("申请材料"))
        if not f.ok:
            continue
        f.only(("code", "name", "required", "originals", "copies", "note"))
        code = f.text("code")
        if code is not None:
            doc.labels[p] = code
            if not MATERIAL_CODE_RE.match(code):
                doc.problem((*p, "code"), msg("材料编号“{code}”格式不对，应为 M01、M02……", code=code))
            elif code in seen:
                doc.problem((*p, "code"), msg("材料编号“{code}”重复。", code=code))
            seen.add(code)
        material = {
            "code": code,
            "name": f.text("name"),
            "required": f.boolean("required", required=True, default=True),
            "originals": f.integer("originals"),
            "copies": f.integer("copies"),
            "note": f.text("note", required=False, multiline=True) or "",
        }
        out.append(material)
    return out


def _check_steps(
    doc: _Document,
    items: list[Any],
    src: dict[str, Any],
    statutory: dict[str, Any] | None,
    division_ref: Callable[[Path_, str | None], str | None],
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    # First pass: the codes, so that labels and "earlier step" checks work.
    codes: list[str | None] = []
    for i, item in enumerate(items):
        code = item.get("code") if isinstance(item, dict) else None
        if isinstance(code, str) and code.strip():
            doc.labels[("steps", i)] = code.strip()
            codes.append(code.strip())
        else:
            codes.append(None)
    collective_ok = (
        src.get("kind") == "ex_officio" or src.get("group") == INTERNAL_GROUP or src.get("collective_allowed")
    )
    for i, item in enumerate(items):
        p: Path_ = ("steps", i)
        f = _Fields(doc, item, p, msg("环节"))
        if not f.ok:
            continue
        f.only(STEP_FIELDS)
        code = f.text("code")
        if code is not None:
            if not STEP_CODE_RE.match(code):
                doc.problem((*p, "code"), msg("环节编号“{code}”格式不对，应为 S1、S2……", code=code))
            elif code in codes[:i]:
                doc.problem((*p, "code"), msg("环节编号“{code}”重复。", code=code))
        role_value = f.data.get("role")
        if role_value in ("supervisor", "division_inspector", "admin"):
            doc.problem(
                (*p, "role"),
                msg(
                    "角色“{role}”不办理环节（纪检监察、兼职纪检监察员和系统管理员只监督或管理），"
                    "可用：clerk、reviewer、division_head、leader。",
                    role=role_value,
                ),
            )
            role = None
        else:
            role = f.choice("role", STEP_ROLES)
        step: dict[str, Any] = {"code": code, "name": f.text("name"), "role": role}
        division = f.text("division", required=False)
        step["division"] = division_ref((*p, "division"), division) if division else src.get("division")
        step_limit = f.limit("limit", required=False)
        step["limit"] = step_limit
        actions = f.items("actions", non_empty=True) or []
        checked_actions: list[str] = []
        for j, action in enumerate(actions):
            if action not in ACTIONS:
                doc.problem(
                    (*p, "actions", j),
                    msg(
                        "“{action}”不是可用的动作，可用：pass（通过）、return（退回）、reject（不予批准）。",
                        action=action,
                    ),
                )
            elif action in checked_actions:
                doc.problem((*p, "actions", j), msg("动作“{action}”重复。", action=action))
            else:
                checked_actions.append(action)
        step["actions"] = checked_actions
        return_to = f.texts("return_to") or []
        if "return" in checked_actions and not return_to:
            doc.problem(
                (*p, "return_to"), msg("动作含 return（退回）时，必须在 return_to 中列出可退回的环节。")
            )
        if return_to and "return" not in actions:
            doc.problem((*p, "return_to"), msg("列出了 return_to，但 actions 中没有 return（退回）。"))
        for j, target in enumerate(return_to):
            if target not in codes:
                doc.problem((*p, "return_to", j), msg("退回目标“{target}”在 steps 中不存在。", target=target))
            elif codes.index(target) >= i:
                doc.problem(
                    (*p, "return_to", j),
                    msg("只能退回到本环节之前的环节，“{target}”不在“{code}”之前。", target=target, code=code),
                )
        step["return_to"] = return_to
        excluded = f.boolean("clock_excluded")
        step["clock_excluded"] = excluded
        reason = f.choice("clock_excluded_reason", SUSPENSION_REASONS, required=excluded)
        if reason and not excluded:
            doc.problem(
                (*p, "clock_excluded_reason"), msg("只有 clock_excluded: true 的环节才填写不计时原因。")
            )
        step["clock_excluded_reason"] = reason if excluded else None
        collective = f.boolean("collective")
        if collective and not collective_ok:
            doc.problem(
                (*p, "collective"),
                msg(
                    "依申请事项的环节不能设为集体决策；只有依职权事项、内部管理类事项，"
                    "或顶层设置了 collective_allowed: true 的事项才可以。"
                ),
            )
        step["collective"] = collective
        if (
            step_limit
            and statutory
            and not excluded
            and step_limit["unit"] == statutory["unit"]
            and step_limit["days"] > statutory["days"]
        ):
            doc.problem(
                (*p, "limit", "days"),
                msg(
                    "环节时限 {step} 天超过了法定时限 {statutory} 天。",
                    step=step_limit["days"],
                    statutory=statutory["days"],
                ),
            )
        step["instructions"] = f.text("instructions", multiline=True)
        step["outputs"] = f.texts("outputs") or []
        risks = []
        for j, risk in enumerate(f.items("risk_points", required=False) or []):
            rf = _Fields(doc, risk, (*p, "risk_points", j), msg("廉政风险点"))
            if not rf.ok:
                continue
            rf.only(("level", "risk", "control"))
            level = rf.choice("level", RISK_LEVELS)
            risks.append(
                {
                    "level": level,
                    "risk": rf.text("risk", multiline=True),
                    "control": rf.text("control", multiline=True),
                }
            )
        step["risk_points"] = risks
        out.append(step)
    return out


# --- supporting regulations ----------------------------------------------------------------------

# value kinds: bool, int, share (0..1), limit, texts, choice:a|b, levels, weights, true (must be true)
SUPPORTING_PARAMETERS: dict[str, dict[str, str]] = {
    "BZ-01": {"record_first_contact": "bool", "referral_within_minutes": "int"},
    "BZ-02": {
        "max_supplement_requests": "int",
        "notice_within": "limit",
        "deemed_accepted_when_late": "bool",
    },
    "BZ-03": {
        "yellow_remaining_days": "int",
        "yellow_used_share": "share",
        "promised_overdue": "choice:yellow|red",
    },
    "BZ-04": {"publish_promised_limits": "bool", "promise_share_max": "share"},
    "BZ-05": {"backup_required": "bool", "handover_within_hours": "int"},
    "BZ-06": {
        "quorum_share": "share",
        "personnel_quorum_share": "share",
        "leader_speaks_last": "bool",
        "meeting_types": "texts",
    },
    "BZ-07": {"publish_monthly_by_day": "int", "mask_person_names": "bool"},
    "BZ-08": {"complaint_limit": "limit", "acknowledge_within": "limit", "channels": "texts"},
    "BZ-09": {"notice_reply_limit": "limit", "suspension_review_days": "int"},
    "BZ-10": {"violation_types": "entries", "sanctions": "texts", "auto_on_statutory_overdue": "bool"},
    "BZ-11": {"term_years": "int", "feedback_reply_limit": "limit"},
    "BZ-12": {"one_per_division": "bool", "monthly_report_by_day": "int"},
    "BZ-13": {"grounds": "entries", "declare_before_acting": "bool"},
    "BZ-14": {
        "draw_size": "int",
        "reserve_size": "int",
        "max_review": "limit",
        "recuse_same_employer": "bool",
    },
    "BZ-15": {"posts_per_step": "int"},
    "BZ-16": {"levels": "levels"},
    "BZ-17": {"report_within": "limit", "matters": "entries"},
    "BZ-18": {"weights": "weights"},
}
WEIGHT_KEYS = ("on_time_rate", "satisfaction", "complaints", "cards")


def _check_supporting(doc: _Document, top: _Fields, src: dict[str, Any], code: str | None) -> None:
    src["articles"] = top.texts("articles", required=True, non_empty=True) or []
    params = top.mapping("parameters", required=code in SUPPORTING_PARAMETERS)
    src["parameters"] = {}
    if params is None:
        return
    expected = SUPPORTING_PARAMETERS.get(code or "")
    if expected is None:  # an agency's own supporting regulation: free parameters, kept as written
        src["parameters"] = _plain(params.data)
        return
    params.only(tuple(expected), msg("{code} 的参数只有：{names}", code=code, names="、".join(expected)))
    for key, kind in expected.items():
        p: Path_ = ("parameters", key)
        value: Any
        if kind == "bool":
            value = params.boolean(key, required=True)
        elif kind == "int":
            value = params.integer(key, minimum=0)
        elif kind == "share":
            value = params.number(key)
        elif kind == "limit":
            value = params.limit(key)
        elif kind == "texts":
            value = params.texts(key, required=True, non_empty=True)
        elif kind == "entries":
            value = _entries(doc, params, key)
        elif kind.startswith("choice:"):
            value = params.choice(key, tuple(kind[7:].split("|")))
        elif kind == "levels":
            sub = params.mapping(key, required=True)
            value = None
            if sub is not None:
                sub.only(RISK_LEVELS, msg("只能是 {levels}", levels="、".join(RISK_LEVELS)))
                value = {level: sub.text(level, multiline=True) for level in RISK_LEVELS}
        else:  # weights
            sub = params.mapping(key, required=True)
            value = None
            if sub is not None:
                sub.only(WEIGHT_KEYS)
                value = {w: sub.number(w) for w in WEIGHT_KEYS}
                if all(v is not None for v in value.values()) and abs(sum(value.values()) - 1) > 1e-6:
                    doc.problem(p, msg("各项权重之和应为 1，现为 {total:g}。", total=sum(value.values())))
        src["parameters"][key] = value


def _entries(doc: _Document, params: _Fields, key: str) -> list[Any] | None:
    """A list whose items are either plain text or `{code: ..., name: ...}` (a coded entry)."""
    items = params.items(key, non_empty=True)
    if items is None:
        return None
    out: list[Any] = []
    for i, item in enumerate(items):
        path: Path_ = ("parameters", key, i)
        if isinstance(item, dict):
            f = _Fields(doc, item, path)
            f.only(("code", "name"))
            code, name = f.text("code"), f.text("name")
            if code and name:
                out.append({"code": code, "name": name})
        elif isinstance(item, (str, int, float)) and not isinstance(item, bool) and str(item).strip():
            out.append(str(item).strip())
        else:
            doc.problem(
                path,
                msg("应为一段文字，或 {{code: {code}, name: {name}}}。", code=msg("代码"), name=msg("名称")),
            )
    return out


def _plain(value: Any) -> Any:
    """JSON-ready copy of free-form YAML values (dates become ISO strings)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- the catalogue as a whole --------------------------------------------------------------------


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.name


def load_catalogue(path: Path | str) -> Catalogue:
    """Read and validate a catalogue.

    `path` is either a folder or one regulation file:
    - a folder holding `divisions.yaml` and `regulations/*.yaml` (the full catalogue); without
      `divisions.yaml` the folder's regulation files (in `regulations/` or in the folder itself)
      are loaded and their division codes are checked against the database at import;
    - a single regulation file, likewise checked against the divisions already in the database.

    Raises CatalogueInvalid listing every problem; returns only when every file is valid.
    """
    path = Path(path)
    problems: list[Problem] = []
    if not path.exists():
        raise CatalogueInvalid([Problem(str(path), None, "", msg("文件或文件夹不存在。"))])
    agency: AgencySpec | None = None
    division_specs: list[DivisionSpec] = []
    divisions: dict[str, DivisionSpec] | None = None
    if path.is_dir():
        root = path
        if (root / DIVISIONS_FILE).is_file():
            agency, division_specs = _load_divisions(root / DIVISIONS_FILE, DIVISIONS_FILE, problems)
            divisions = {d.code: d for d in division_specs}
        folder = root / REGULATIONS_DIR if (root / REGULATIONS_DIR).is_dir() else root
        files = sorted(
            (p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.name != DIVISIONS_FILE),
            key=_file_order,
        )
        if not files and divisions is None:
            raise CatalogueInvalid(
                [Problem(str(path), None, "", msg("文件夹中没有 divisions.yaml，也没有制度文件。"))]
            )
    else:
        root = path.parent
        files = [path]
    entries: list[RegulationEntry] = []
    seen: dict[str, str] = {}
    for file_path in files:
        file = _display(file_path, root)
        entry = _check_regulation(file_path, file, problems, divisions)
        if entry is None:
            continue
        if entry.code in seen:
            problems.append(
                Problem(
                    file,
                    entry.lines.get("code"),
                    "code",
                    msg("制度编号“{code}”与 {file} 重复。", code=entry.code, file=seen[entry.code]),
                )
            )
            continue
        seen[entry.code] = file
        entries.append(entry)
    if problems:
        raise CatalogueInvalid(problems)
    return Catalogue(root=root, agency=agency, divisions=tuple(division_specs), regulations=tuple(entries))


def _file_order(path: Path) -> tuple[int, int, str]:
    match = re.match(r"^(QL|BZ)-(\d+)$", path.stem)
    if match:
        return (0 if match.group(1) == "QL" else 1, int(match.group(2)), path.name)
    return (2, 0, path.name)
