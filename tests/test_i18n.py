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
