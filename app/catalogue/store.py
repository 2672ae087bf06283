"""The catalogue in the database: import, versions, look-ups, export.

A regulation is stored once per version (`regulations`, unique (code, version)). Importing a file
whose content differs from the stored version creates a new row with the file's higher `version`,
effective from its `effective_from`; rows are never changed afterwards, so a case keeps pointing at
the version it was opened under. The version in force on a day is the highest version whose
`effective_from` is on or before that day.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit, settings
from app.agency_time import agency_date
from app.catalogue.loader import (
    DIVISIONS_FILE,
    REGULATIONS_DIR,
    AgencySpec,
    Catalogue,
    CatalogueInvalid,
    Problem,
    RegulationEntry,
)
from app.catalogue.model import DEFAULT_CARD_RULES, CardRules, RegulationSpec, spec_from_definition
from app.errors import NotFound
from app.files import write_file
from app.messages import msg
from app.settings import AGENCY_COMPLAINT_PHONE, AGENCY_SETTINGS  # the header is declared there
from app.settings import AGENCY_SHORT_NAME as AGENCY_SHORT_NAME  # re-exported for older imports
from app.timesource import current_time
from db.models import Division, Regulation, User

# Keys the import adds to a definition (never in a file); export removes them again.
DEFAULTED_KEY = "_defaulted"
DERIVED_KEYS = ("division_name",)


@dataclass(frozen=True)
class ImportReport:
    divisions_added: tuple[str, ...]
    divisions_updated: tuple[str, ...]
    created: tuple[tuple[str, int], ...]  # (code, version): regulations new to the database
    new_versions: tuple[tuple[str, int], ...]  # (code, version): a new version of a known regulation
    unchanged: tuple[str, ...]

    def summary(self) -> str:
        """A Message (app.messages)."""
        return msg(
            "新增处室 {divisions_added} 个，更新处室 {divisions_updated} 个；"
            "新增制度 {created} 项，新版本 {new_versions} 项，未变化 {unchanged} 项。",
            divisions_added=len(self.divisions_added),
            divisions_updated=len(self.divisions_updated),
            created=len(self.created),
            new_versions=len(self.new_versions),
            unchanged=len(self.unchanged),
        )


def agency_from_settings(session: Session) -> AgencySpec:
    values = {key: str(settings.read_setting(session, spec) or "") for key, spec in AGENCY_SETTINGS.items()}
    return AgencySpec(**values)


def resolve_definition(
    source: Mapping[str, Any],
    *,
    divisions: Mapping[str, tuple[str, str]],
    agency_complaint_phone: str,
    card_defaults: CardRules,
) -> dict[str, Any]:
    """The stored definition: the file's normalised content plus what comes from elsewhere
    (division names, default phones, card thresholds from BZ-03). `divisions` maps code to
    (name, phone). The keys filled from defaults are listed under `_defaulted`."""
    d = copy.deepcopy(dict(source))
    defaulted: list[str] = []
    name, phone = divisions.get(d.get("division") or "", ("", ""))
    d["division_name"] = name
    if not d.get("inquiry_phone"):
        d["inquiry_phone"] = phone
        defaulted.append("inquiry_phone")
    if not d.get("complaint_phone"):
        d["complaint_phone"] = agency_complaint_phone
        defaulted.append("complaint_phone")
    if d.get("category") == "power":
        cards = dict(d.get("cards") or {})
        for key in ("yellow_remaining_days", "yellow_used_share", "promised_overdue"):
            if key not in cards:
                cards[key] = getattr(card_defaults, key)
                defaulted.append(f"cards.{key}")
        d["cards"] = cards
        for step in d.get("steps", []):
            step["division_name"] = divisions.get(step.get("division") or "", ("", ""))[0]
    d[DEFAULTED_KEY] = defaulted
    return d


def source_of(definition: Mapping[str, Any]) -> dict[str, Any]:
    """The file content of a stored definition (what export writes): derived and defaulted keys removed."""
    d = copy.deepcopy(dict(definition))
    for key in d.pop(DEFAULTED_KEY, []):
        if key.startswith("cards."):
            d.get("cards", {}).pop(key[6:], None)
        else:
            d.pop(key, None)
    for key in DERIVED_KEYS:
        d.pop(key, None)
    for step in d.get("steps", []):
        step.pop("division_name", None)
    return d


def _card_defaults(session: Session, catalogue: Catalogue) -> CardRules:
    from_catalogue = catalogue.card_defaults()
    if from_catalogue is not None:
        return from_catalogue
    row = session.scalars(
        select(Regulation).where(Regulation.code == "BZ-03").order_by(Regulation.version.desc())
    ).first()
    if row is not None:
        p = row.definition.get("parameters", {})
        return CardRules(
            int(p["yellow_remaining_days"]), float(p["yellow_used_share"]), str(p["promised_overdue"])
        )
    return DEFAULT_CARD_RULES


def _version_problems(entry: RegulationEntry, stored: list[Regulation]) -> tuple[str, Problem | None]:
    """('create' | 'new_version' | 'unchanged', problem)."""
    if not stored:
        return "create", None
    by_version = {row.version: row for row in stored}
    latest = max(stored, key=lambda r: r.version)
    line = entry.lines.get("version")
    same = by_version.get(entry.version)
    if same is not None:
        if same.content_hash == entry.content_hash:
            return "unchanged", None
        return "unchanged", Problem(
            entry.file,
            line,
            "version",
            msg(
                "内容与已导入的 {code} 第 {version} 版不同，但版本号没有提高。"
                "修改制度时请把 version 改为 {next}，并填写新版本的生效日期。",
                code=entry.code,
                version=entry.version,
                next=latest.version + 1,
            ),
        )
    if entry.version < latest.version:
        return "unchanged", Problem(
            entry.file,
            line,
            "version",
            msg(
                "版本号 {version} 低于已导入的最新版本 {latest}，不能导入旧版本。",
                version=entry.version,
                latest=latest.version,
            ),
        )
    if entry.effective_from < latest.effective_from:
        return "unchanged", Problem(
            entry.file,
            entry.lines.get("effective_from"),
            "effective_from",
            msg(
                "新版本的生效日期 {effective_from} 早于上一版本（第 {latest} 版）的生效日期 {latest_from}。",
                effective_from=entry.effective_from.isoformat(),
                latest=latest.version,
                latest_from=latest.effective_from.isoformat(),
            ),
        )
    return "new_version", None


def import_catalogue(
    session: Session, catalogue: Catalogue, *, now: datetime, actor: User | None = None
) -> ImportReport:
    """Import a validated catalogue: upsert divisions, write the agency settings, and store
    version 1 or a new version of every changed regulation (unchanged ones are not touched).

    Everything is checked before anything is written: on any problem (an unknown division, a
    changed file whose version was not raised, ...) CatalogueInvalid is raised and the session is
    left unchanged. The caller owns the transaction. `actor`, where there is one (None: the
    program itself, as for the training database), must be an administrator.
    """
    if actor is not None:
        from app import policy

        policy.require(actor, "import_catalogue")
    problems: list[Problem] = []
    db_divisions = {d.code: d for d in session.scalars(select(Division))}
    known = {d.code for d in catalogue.divisions} | set(db_divisions)
    for entry in catalogue.regulations:
        for ref in entry.division_refs:
            if ref.code not in known:
                problems.append(
                    Problem(
                        entry.file,
                        ref.line,
                        ref.field,
                        msg("处室代码“{code}”在数据库和 divisions.yaml 中都不存在。", code=ref.code),
                    )
                )
    plans: list[tuple[RegulationEntry, str]] = []
    for entry in catalogue.regulations:
        stored = list(session.scalars(select(Regulation).where(Regulation.code == entry.code)))
        action, problem = _version_problems(entry, stored)
        if problem is not None:
            problems.append(problem)
        plans.append((entry, action))
    if problems:
        raise CatalogueInvalid(problems)

    card_defaults = _card_defaults(session, catalogue)
    added: list[str] = []
    updated: list[str] = []
    for spec in catalogue.divisions:
        row = db_divisions.get(spec.code)
        if row is None:
            row = Division(code=spec.code, name=spec.name, phone=spec.phone, active=True)
            session.add(row)
            db_divisions[spec.code] = row
            added.append(spec.code)
        elif (row.name, row.phone, row.active) != (spec.name, spec.phone, True):
            row.name, row.phone, row.active = spec.name, spec.phone, True
            updated.append(spec.code)
    session.flush()
    if catalogue.agency is not None:
        for key, setting in AGENCY_SETTINGS.items():
            settings.write_setting(session, setting, getattr(catalogue.agency, key))
        complaint_phone = catalogue.agency.complaint_phone
    else:
        complaint_phone = str(settings.read_setting(session, AGENCY_COMPLAINT_PHONE) or "")
    names = {code: (row.name, row.phone) for code, row in db_divisions.items()}

    created: list[tuple[str, int]] = []
    new_versions: list[tuple[str, int]] = []
    unchanged: list[str] = []
    for entry, action in plans:
        if action == "unchanged":
            unchanged.append(entry.code)
            continue
        definition = resolve_definition(
            entry.source, divisions=names, agency_complaint_phone=complaint_phone, card_defaults=card_defaults
        )
        src = entry.source
        session.add(
            Regulation(
                code=entry.code,
                version=entry.version,
                title=src["title"],
                category=src["category"],
                kind=src.get("kind"),
                group_name=src["group"],
                division_id=db_divisions[src["division"]].id,
                effective_from=entry.effective_from,
                definition=definition,
                content_hash=entry.content_hash,
                imported_at=now,
            )
        )
        (created if action == "create" else new_versions).append((entry.code, entry.version))
    session.flush()
    report = ImportReport(tuple(added), tuple(updated), tuple(created), tuple(new_versions), tuple(unchanged))
    if added or updated or created or new_versions:
        audit.record(
            session,
            actor=actor,
            action="catalogue.import",
            entity="catalogue",
            entity_key=str(catalogue.root),
            before=None,
            after={
                "divisions_added": added,
                "divisions_updated": updated,
                "created": [f"{c}@{v}" for c, v in created],
                "new_versions": [f"{c}@{v}" for c, v in new_versions],
            },
        )
    return report


# --- look-ups -----------------------------------------------------------------------------------


def today() -> date:
    return agency_date(current_time())


def regulation_in_force(session: Session, code: str, on: date) -> Regulation | None:
    """The version of `code` in force on `on`: the highest version effective on or before it."""
    return session.scalars(
        select(Regulation)
        .where(Regulation.code == code, Regulation.effective_from <= on)
        .order_by(Regulation.version.desc())
        .limit(1)
    ).first()


def regulation_versions(session: Session, code: str) -> list[Regulation]:
    """Every stored version of `code`, oldest first."""
    return list(
        session.scalars(select(Regulation).where(Regulation.code == code).order_by(Regulation.version))
    )


def regulation_version(session: Session, code: str, version: int) -> Regulation:
    row = session.scalars(
        select(Regulation).where(Regulation.code == code, Regulation.version == version)
    ).first()
    if row is None:
        raise NotFound(msg("制度 {code} 没有第 {version} 版。", code=code, version=version))
    return row


def current_regulations(session: Session, on: date | None = None) -> list[Regulation]:
    """One row per regulation code: the version in force on `on` (default today), or, for a
    regulation not yet in force, its first version. Ordered QL before BZ, by number."""
    on = on or today()
    by_code: dict[str, list[Regulation]] = {}
    for row in session.scalars(select(Regulation).order_by(Regulation.code, Regulation.version)):
        by_code.setdefault(row.code, []).append(row)
    chosen = []
    for rows in by_code.values():
        in_force = [r for r in rows if r.effective_from <= on]
        chosen.append(in_force[-1] if in_force else rows[0])
    return sorted(chosen, key=lambda r: code_order(r.code))


def find_regulation(
    session: Session, code: str, on: date | None = None, version: int | None = None
) -> Regulation:
    code = code.strip().upper()
    if version is not None:
        return regulation_version(session, code, version)
    row = regulation_in_force(session, code, on or today())
    if row is None:
        versions = regulation_versions(session, code)
        if not versions:
            raise NotFound(
                msg(
                    "制度目录中没有编号为 {code} 的制度。可用 sunlight catalogue list 查看全部制度。",
                    code=code,
                )
            )
        row = versions[0]
    return row


def code_order(code: str) -> tuple[int, int, str]:
    prefix, _, number = code.partition("-")
    return (0 if prefix == "QL" else 1, int(number) if number.isdigit() else 0, code)


# The typed views built last, by regulation id: (the definition it was built from, the row's own
# columns, the view). A desk's process reads the same regulation versions' definitions once and
# shares the dicts between its sessions (app.cases), so the same definition object with the same
# columns is the same view; a definition read again is another object, and builds anew.
_specs_built: dict[int, tuple[Any, tuple[Any, ...], RegulationSpec]] = {}


def regulation_spec(regulation: Regulation) -> RegulationSpec:
    """The typed view of one stored regulation version (the row's own columns fill what a stored
    definition leaves out)."""
    definition = regulation.definition
    columns = (
        regulation.code,
        regulation.title,
        regulation.category,
        regulation.kind,
        regulation.group_name,
        regulation.version,
        regulation.effective_from,
    )
    built = _specs_built.get(regulation.id)
    if built is not None and built[0] is definition and built[1] == columns:
        return built[2]
    code, title, category, kind, group, version, effective_from = columns
    row = {
        "code": code,
        "title": title,
        "category": category,
        "kind": kind,
        "group": group,
        "version": version,
        "effective_from": effective_from.isoformat(),
    }
    spec = spec_from_definition({**row, **(definition or {})})
    if regulation.id is not None:
        _specs_built[regulation.id] = (definition, columns, spec)
    return spec


def supporting_parameters(session: Session, code: str, on: date | None = None) -> dict[str, Any]:
    """The `parameters` of a supporting regulation (BZ-nn) in force on `on` (default today)."""
    row = regulation_in_force(session, code, on or today())
    if row is None:
        versions = regulation_versions(session, code)
        if not versions:
            raise NotFound(
                msg("制度目录中没有 {code}，请先导入制度目录（sunlight catalogue import）。", code=code)
            )
        row = versions[0]
    return dict(row.definition.get("parameters") or {})


# --- export -------------------------------------------------------------------------------------

_FIELD_ORDER = (
    "code",
    "title",
    "category",
    "group",
    "version",
    "effective_from",
    "kind",
    "applicant_types",
    "collective_allowed",
    "division",
    "inquiry_phone",
    "complaint_phone",
    "legal_basis",
    "summary",
    "statutory_limit",
    "promised_limit",
    "extension",
    "cards",
    "suspension_limits",
    "materials",
    "steps",
    "separation_of_duties",
    "articles",
    "parameters",
)


class _Dumper(yaml.SafeDumper):
    pass


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def _file_content(definition: Mapping[str, Any]) -> dict[str, Any]:
    src = source_of(definition)
    ordered: dict[str, Any] = {}
    for key in _FIELD_ORDER:
        if key not in src:
            continue
        value = src[key]
        if key == "effective_from":
            value = date.fromisoformat(value)
        if key in ("cards", "suspension_limits") and not value:
            continue
        if key == "collective_allowed" and not value:
            continue
        if key == "applicant_types" and not value and src.get("kind") != "application":
            continue
        ordered[key] = value
    for step in ordered.get("steps", []):
        for key in ("limit", "clock_excluded_reason"):
            if step.get(key) is None:
                step.pop(key, None)
        if not step.get("return_to"):
            step.pop("return_to", None)
    return ordered


def export_catalogue(session: Session, out_dir: Path) -> list[Path]:
    """Write divisions.yaml and the latest version of every regulation as catalogue files that
    `import` reads back unchanged. Returns the files written."""
    out_dir = Path(out_dir)
    agency = agency_from_settings(session)
    divisions = [
        {"code": d.code, "name": d.name, "phone": d.phone}
        for d in session.scalars(select(Division).where(Division.active).order_by(Division.id))
    ]
    agency_block = {k: v for k, v in vars(agency).items() if v}
    written = [out_dir / DIVISIONS_FILE]
    write_file(
        written[0],
        "# 委机关处室（由 sunlight catalogue export 导出）\n"
        + yaml.dump(
            {"agency": agency_block, "divisions": divisions},
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
        ),
    )
    latest: dict[str, Regulation] = {}
    for row in session.scalars(select(Regulation).order_by(Regulation.code, Regulation.version)):
        latest[row.code] = row
    for code in sorted(latest, key=code_order):
        path = out_dir / REGULATIONS_DIR / f"{code}.yaml"
        write_file(
            path,
            yaml.dump(
                _file_content(latest[code].definition),
                Dumper=_Dumper,
                allow_unicode=True,
                sort_keys=False,
                width=100,
            ),
        )
        written.append(path)
    return written


def catalogue_specs(catalogue: Catalogue) -> list[RegulationSpec]:
    """Specs straight from validated files, without a database (for the handbook of a catalogue
    not yet imported). Division names and default phones come from the catalogue's divisions.yaml."""
    divisions = {d.code: (d.name, d.phone) for d in catalogue.divisions}
    complaint = catalogue.agency.complaint_phone if catalogue.agency else ""
    cards = catalogue.card_defaults() or DEFAULT_CARD_RULES
    return [
        spec_from_definition(
            resolve_definition(
                e.source, divisions=divisions, agency_complaint_phone=complaint, card_defaults=cards
            )
        )
        for e in sorted(catalogue.regulations, key=lambda e: code_order(e.code))
    ]
