"""Languages: Chinese by default, English complete, and no user-visible Chinese outside Qt's
translation path.

The scan: every string literal with Chinese characters in ui/*.py must sit inside self.tr(...),
QCoreApplication.translate(...) or QT_TRANSLATE_NOOP(...). Docstrings and font-metric probes
(horizontalAdvance("汉")) are not user-visible. Offenders known when the scan arrived are listed in
tests/data/i18n_allowlist.txt ("file<TAB>literal"): the lead shrinks it as files are fixed; a new
offender fails the test.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from ui import i18n

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "sunlight_en.ts"
ALLOWLIST = ROOT / "tests" / "data" / "i18n_allowlist.txt"
CJK = re.compile(r"[\u3400-\u9fff]")
TRANSLATING_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
NOT_VISIBLE_CALLS = {"horizontalAdvance", "boundingRect"}  # font metrics only
TOOLS = Path(sys.executable).parent


def untranslated_literals(path: Path) -> list[tuple[int, str]]:
    """(line, literal) of the Chinese string literals in `path` outside the translation path."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {
        node.body[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str) and CJK.search(node.value)):
            continue
        if node in docstrings:
            continue
        parent = parents.get(node)
        exempt = False
        while parent is not None:
            if isinstance(parent, ast.Call):
                func = parent.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in TRANSLATING_CALLS or name in NOT_VISIBLE_CALLS:
                    exempt = True
                    break
            parent = parents.get(parent)
        if not exempt:
            found.append((node.lineno, node.value))
    return found


def _allowlist() -> set[tuple[str, str]]:
    entries = set()
    for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, literal = line.split("\t", 1)
            entries.add((name, ast.literal_eval(literal)))
    return entries


def test_no_chinese_string_outside_the_translation_path() -> None:
    allowed = _allowlist()
    offenders = [
        f"ui/{path.name}:{line}: {literal!r}"
        for path in sorted((ROOT / "ui").glob("*.py"))
        for line, literal in untranslated_literals(path)
        if (path.name, literal) not in allowed
    ]
    assert not offenders, (
        "Chinese text outside self.tr()/QCoreApplication.translate()/QT_TRANSLATE_NOOP "
        "(wrap it, then `make translations-update` and translate the new entries):\n" + "\n".join(offenders)
    )


def test_scan_catches_a_bare_string(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        '"""模块说明。"""\n'
        "label.setText('保存')\n"
        "label.setText(self.tr('保存'))\n"
        "QCoreApplication.translate('Ctx', '关闭')\n"
        "width = fm.horizontalAdvance('汉')\n",
        encoding="utf-8",
    )
    assert untranslated_literals(sample) == [(2, "保存")]


def _messages() -> list[ET.Element]:
    return list(ET.parse(TS_FILE).iter("message"))


def test_english_translation_is_complete() -> None:
    unfinished = [
        m.findtext("source")
        for m in _messages()
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not ("".join(m.find("translation").itertext()).strip())
    ]
    assert not unfinished, f"untranslated entries in {TS_FILE.name}: {unfinished}"


def test_every_translatable_string_in_ui_is_in_the_ts_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *map(str, sorted((ROOT / "ui").glob("*.py"))), "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    known = {(m.findtext("source"), m.findtext("comment") or "") for m in _messages()}
    current = {(m.findtext("source"), m.findtext("comment") or "") for m in ET.parse(fresh).iter("message")}
    missing = sorted(s for s, _ in current - known)
    assert not missing, "new strings: run `make translations-update` and translate them:\n" + "\n".join(
        missing
    )


@pytest.fixture
def english_qm(tmp_path: Path) -> Path:
    qm = tmp_path / "sunlight_en.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(qm)], check=True)
    return qm


def test_english_is_loaded_for_en_and_chinese_is_the_default(qapp, english_qm: Path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", english_qm.parent)
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        assert QCoreApplication.translate("LoginDialog", "登录") == "Sign in"
        assert QCoreApplication.translate("CaseListPage", "共 %n 件", "", 3) == "3 cases"
        assert QLocale().language() == QLocale.Language.English
        assert i18n.install_translators(qapp, None) == "zh_CN"
        assert QCoreApplication.translate("LoginDialog", "登录") == "登录"
    finally:
        i18n.install_translators(qapp, "zh_CN")
        QLocale.setDefault(QLocale.c())


def test_missing_english_file_falls_back_to_chinese(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    try:
        assert i18n.install_translators(qapp, "en") == "zh_CN"
    finally:
        QLocale.setDefault(QLocale.c())


def test_language_codes_are_normalised() -> None:
    assert (
        i18n.normalise("en_US") == "en"
        and i18n.normalise("zh") == "zh_CN"
        and i18n.normalise(None) == "zh_CN"
    )


def test_lang_is_a_global_option() -> None:
    from app.cli import build_parser

    args = build_parser().parse_args(["--lang", "en", "gui", "--screenshot", "x.png"])
    assert args.lang == "en"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr", "gui"])


def _domain_dictionaries() -> dict[str, tuple[str, dict[str, str]]]:
    """name → (context in ui/domain_labels.py, the app dictionary of labels the UI shows)."""
    from app import (
        accountability,
        audit,
        auth,
        calendar_store,
        cases,
        clock,
        complaints,
        feedback,
        limits,
        meetings,
        notices,
        policy,
        supervision,
        workflow,
    )
    from app.catalogue import model, versions
    from ui import domain_labels as dl

    bz10 = supervision.DEFAULT_PARAMETERS["BZ-10"]
    listed = {
        "meeting types (BZ-06)": supervision.DEFAULT_PARAMETERS["BZ-06"]["meeting_types"],
        "violation types (BZ-10)": [v["name"] for v in bz10["violation_types"]],
        "sanctions (BZ-10)": bz10["sanctions"],
        "accountability.RESPONSIBILITIES": accountability.RESPONSIBILITIES,
    }
    return {
        "clock.CARD_LABELS": (dl.LABELS, clock.CARD_LABELS),
        "clock.EVENT_LABELS": (dl.LABELS, clock.EVENT_LABELS),
        "clock.SUSPENSION_REASONS": (dl.LABELS, clock.SUSPENSION_REASONS),
        "clock.STATE_LABELS": (dl.STATUSES, clock.STATE_LABELS),
        "workflow.ACTION_LABELS": (dl.LABELS, workflow.ACTION_LABELS),
        "cases.EVENT_LABELS": (dl.LABELS, cases.EVENT_LABELS),
        "cases.STATUS_LABELS": (dl.STATUSES, cases.STATUS_LABELS),
        "cases.APPLICANT_TYPES": (dl.LABELS, cases.APPLICANT_TYPES),
        "cases.MATERIAL_STATUSES": (dl.LABELS, cases.MATERIAL_STATUSES),
        "cases.SATISFACTION": (dl.LABELS, cases.SATISFACTION),
        "cases.DECISIONS": (dl.DECISIONS, cases.DECISIONS),
        "auth.ROLES": (dl.LABELS, auth.ROLES),
        "feedback.RATINGS": (dl.LABELS, feedback.RATINGS),
        "complaints.CHANNELS": (dl.LABELS, complaints.CHANNELS),
        "complaints.OUTCOMES": (dl.LABELS, complaints.OUTCOMES),
        "complaints.STATUS_LABELS": (dl.STATUSES, complaints.STATUS_LABELS),
        "notices.STATUS_LABELS": (dl.STATUSES, notices.STATUS_LABELS),
        "meetings.STANCES": (dl.LABELS, meetings.STANCES),
        "meetings.DECISIONS": (dl.DECISIONS, meetings.DECISIONS),
        "accountability.STATUS_LABELS": (dl.STATUSES, accountability.STATUS_LABELS),
        "accountability.SOURCE_LABELS": (dl.LABELS, accountability.SOURCE_LABELS),
        "audit.ACTION_LABELS": (dl.LABELS, audit.ACTION_LABELS),
        "policy.ACTIONS": (dl.LABELS, policy.ACTIONS),
        "policy.SEPARATION_RULE_LABELS": (dl.LABELS, policy.SEPARATION_RULE_LABELS),
        "audit.PROBLEM_LABELS": (dl.LABELS, audit.PROBLEM_LABELS),
        "calendar_store.SOURCE_LABELS": (dl.LABELS, calendar_store.SOURCE_LABELS),
        "limits.UNIT_LABELS": (dl.LABELS, limits.UNIT_LABELS),
        "catalogue.CATEGORY_LABELS": (dl.LABELS, model.CATEGORY_LABELS),
        "catalogue.KIND_LABELS": (dl.LABELS, model.KIND_LABELS),
        "catalogue.STEP_ROLES": (dl.LABELS, model.STEP_ROLES),
        "catalogue.ACTION_LABELS": (dl.LABELS, model.ACTION_LABELS),
        "catalogue.APPLICANT_TYPE_LABELS": (dl.LABELS, model.APPLICANT_TYPE_LABELS),
        "catalogue.SUSPENSION_REASONS": (dl.LABELS, model.SUSPENSION_REASONS),
        "catalogue.SEPARATION_RULES": (dl.LABELS, model.SEPARATION_RULES),
        "catalogue.RISK_LEVELS": (dl.LABELS, dict(enumerate(model.RISK_LEVELS))),
        "catalogue.versions.FIELD_LABELS": (dl.LABELS, versions.FIELD_LABELS),
        **{name: (dl.LABELS, dict(enumerate(values))) for name, values in listed.items()},
    }


@pytest.mark.parametrize("name", sorted(_domain_dictionaries()))
def test_every_domain_label_is_in_the_translatable_table(name: str) -> None:
    """A label added to an app dictionary must be added to ui/domain_labels.py too, or English shows
    it in Chinese."""
    from ui import domain_labels

    context, labels = _domain_dictionaries()[name]
    missing = sorted(text for text in labels.values() if (context, text) not in domain_labels.TABLE)
    assert not missing, f"{name}: add to ui/domain_labels.py under {context}: {missing}"


def test_domain_labels_are_extracted_and_translated(qapp) -> None:
    """The table is literal, so lupdate sees it; English translates it (context by context)."""
    from ui import domain_labels as dl

    assert (dl.LABELS, "黄牌") in dl.TABLE
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        assert dl.label("黄牌") == "Yellow card"
        assert dl.status_label("暂停计时") != dl.label("暂停计时")
        assert dl.decision_label("同意") != dl.label("同意")
        assert dl.label("没有这个标签") == "没有这个标签"  # an unknown label is shown as it is
        assert dl.roles_text(["reviewer", "clerk"]) == f"{dl.label('经办人')}, {dl.label('审核人')}"
    finally:
        i18n.install_translators(qapp, "zh_CN")
        QLocale.setDefault(QLocale.c())


def test_a_copies_spin_box_says_copy_or_copies_as_its_number_is(qapp) -> None:
    from PySide6.QtWidgets import QSpinBox

    from ui import domain_labels as dl

    spin = dl.count_copies(QSpinBox())
    spin.setRange(0, 9)
    spin.setValue(2)
    assert spin.suffix() == " 份"
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        spin = dl.count_copies(QSpinBox())
        spin.setValue(1)
        assert spin.suffix() == " copy"
        spin.setValue(3)
        assert spin.suffix() == " copies"
    finally:
        i18n.install_translators(qapp, "zh_CN")
        QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize(
    "args",
    [
        (5, 0, "working", "running", False),
        (1, 0, "natural", "running", False),
        (0, 0, "working", "running", False),
        (0, 3, "natural", "running", False),
        (0, 0, "natural", "running", True),
        (0, 2, "working", "stopped", False),
        (0, 0, "working", "stopped", False),
        (0, 0, "working", "suspended", False),
        (0, 0, "working", "not_started", False),
    ],
)
def test_ui_remaining_time_says_in_chinese_what_app_says(qapp, args) -> None:
    """The UI composes the remaining time itself (for English plurals); in Chinese it must read as
    app.clock.remaining_label does."""
    from app.clock import remaining_label
    from app.limits import Limit
    from ui import domain_labels

    assert domain_labels.remaining_text(*args) == remaining_label(*args)
    assert domain_labels.limit_text(args[0], args[2]) == Limit(args[0], args[2]).label()


_MARKERS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def translation_calls_in_fstrings(path: Path) -> list[int]:
    """Lines where a tr()/translate()/QT_TRANSLATE_NOOP call of a literal text sits inside an
    f-string: lupdate does not look there, so the text never reaches the .ts file and stays
    Chinese in English."""
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Call):
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                text_at = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0  # after the context
                text = inner.args[text_at] if len(inner.args) > text_at else None
                literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
                if name in _MARKERS and literal:  # a variable's text is marked where it is defined
                    lines.append(inner.lineno)
    return lines


def test_no_translation_call_inside_an_fstring() -> None:
    offenders = [
        f"ui/{path.name}:{line}"
        for path in sorted((ROOT / "ui").glob("*.py"))
        for line in translation_calls_in_fstrings(path)
    ]
    assert not offenders, "lupdate skips these; move the call out of the f-string:\n" + "\n".join(offenders)


def test_fstring_scan_catches_a_hidden_call(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "text = f\"{self.tr('法律依据')}：{basis}\"\n"
        "ok = self.tr('条文')\n"
        "mark = f\"28{QCoreApplication.translate('MonthGrid', kind)}\"\n"
        "hidden = f\"{QCoreApplication.translate('MonthGrid', '休')}\"\n",
        encoding="utf-8",
    )
    assert translation_calls_in_fstrings(sample) == [1, 4]


def test_numerus_entries_have_every_form() -> None:
    """A plural (%n) entry needs its singular and its plural form, or one of them shows blank."""
    empty = [
        m.findtext("source")
        for m in _messages()
        if m.get("numerus") == "yes"
        and any(not (form.text or "").strip() for form in m.find("translation").iter("numerusform"))
    ]
    assert not empty, f"plural entries with an empty form: {empty}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 working day(s) left", "1 working day left"),
        ("21 working day(s) left", "21 working days left"),
        ("... and 1 more error(s)", "... and 1 more error"),
        (
            "After 1 more wrong attempt(s) the account is locked",
            "After 1 more wrong attempt the account is locked",
        ),
        ("found 12 column(s)", "found 12 columns"),
        ("1,200 case(s) and 1 cop(ies), 4 cop(ies)", "1,200 cases and 1 copy, 4 copies"),
        ("see the error(s) below", "see the error(s) below"),  # no count: left as it is
        ("1.5 day(s)", "1.5 day(s)"),  # not a count of whole things
    ],
)
def test_a_message_counts_its_nouns_in_english(text: str, expected: str) -> None:
    from ui.domain_labels import _counted

    assert _counted(text) == expected


def test_english_messages_and_labels_say_one_or_many(qapp, english_qm: Path, monkeypatch) -> None:
    """Domain messages (named placeholders) and the UI's own counts (%n) read "1 day", "3 days"."""
    from app.messages import msg
    from ui import domain_labels as dl

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", english_qm.parent)
    told = "已一次性告知申请人补正 {count} 项材料。"
    extended = "依规定最多可延长 {allowed}个工作日，已延长 {used}个工作日，本次最多还可延长 {left}个工作日。"
    try:
        assert i18n.install_translators(qapp, "en") == "en"
        assert dl.message(msg(told, count=1)).endswith("to supplement 1 material.")
        assert dl.message(msg(told, count=3)).endswith("to supplement 3 materials.")
        assert dl.message(msg(extended, allowed=10, used=1, left=9)) == (
            "By regulation the limit can be extended by at most 10 working days; 1 working day already "
            "added, so at most 9 more working days can be added now."
        )
        assert dl.copies_text(1, 4) == "1 original, 4 copies"
        assert dl.copies_text(2, 1) == "2 originals, 1 copy"
        cards = "剩余不超过 %n 天或已用 %2 亮黄牌；超过承诺时限亮%3；超过法定时限亮红牌"
        assert QCoreApplication.translate("CatalogueDetail", cards, "", 1).startswith("Yellow card at 1 day ")
    finally:
        i18n.install_translators(qapp, "zh_CN")
        QLocale.setDefault(QLocale.c())
    assert dl.copies_text(1, 4) == "原件1份、复印件4份"
    assert dl.message(msg(told, count=1)) == "已一次性告知申请人补正 1 项材料。"
