"""Texts composed in app/ (app.messages): Chinese for the CLI, the database and printed documents,
the user's language in the GUI. Every refusal app/ raises goes through msg(); every template is in
the .ts file with its placeholders kept by the translation."""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app import messages
from app.errors import InvalidInput
from app.identifiers import check_id_card
from app.messages import Message, msg
from ui import domain_labels as dl
from ui import i18n

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "sunlight_en.ts"
CJK = re.compile(r"[\u3400-\u9fff]")
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")
TOOLS = Path(sys.executable).parent
# Modules whose texts reach only the command line (Chinese by design) or are the record itself.
CLI_ONLY = ("app/commands/", "app/cli.py")


def refusals_outside_msg(path: Path) -> list[tuple[int, str]]:
    """(line, literal) of Chinese literals in a `raise` of `path` that do not sit inside msg()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Raise) or node.exc is None:
            continue
        for sub in ast.walk(node.exc):
            if not (isinstance(sub, ast.Constant) and isinstance(sub.value, str) and CJK.search(sub.value)):
                continue
            parent = parents.get(sub)
            while parent is not None and parent is not node:
                if isinstance(parent, ast.Call) and getattr(parent.func, "id", None) == "msg":
                    break
                parent = parents.get(parent)
            else:
                found.append((sub.lineno, sub.value))
    return found


def test_every_refusal_in_app_is_a_translatable_message() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {literal!r}"
        for path in sorted((ROOT / "app").rglob("*.py"))
        if not path.relative_to(ROOT).as_posix().startswith(CLI_ONLY)
        for line, literal in refusals_outside_msg(path)
    ]
    assert not offenders, "wrap these in app.messages.msg():\n" + "\n".join(offenders)


def test_scan_catches_a_bare_refusal(tmp_path: Path) -> None:
    source = tmp_path / "m.py"
    source.write_text(
        'def f(x):\n    if x:\n        raise ValueError(f"第{x}项不对")\n'
        '    raise ValueError(msg("第{x}项", x=x))\n',
        encoding="utf-8",
    )
    assert refusals_outside_msg(source) == [(3, "第"), (3, "项不对")]


def test_the_template_table_for_lupdate_is_current() -> None:
    assert messages.TABLE.read_text(encoding="utf-8") == messages.table_source(messages.templates()), (
        "run `make translations-update` (python -m app.messages) and translate the new entries"
    )


def _domain_messages() -> list[tuple[str, str]]:
    out = []
    for context in ET.parse(TS_FILE).iter("context"):
        if context.findtext("name") == messages.CONTEXT:
            for m in context.iter("message"):
                out.append((m.findtext("source") or "", "".join(m.find("translation").itertext())))
    return out


def test_every_template_is_in_the_ts_file() -> None:
    known = {source for source, _ in _domain_messages()}
    missing = [template for _, template in messages.templates() if template not in known]
    assert not missing, "run `make translations-update` and translate:\n" + "\n".join(missing)


def test_translations_keep_the_placeholders_and_speak_english() -> None:
    wrong = [
        (source, english)
        for source, english in _domain_messages()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)) or CJK.search(english)
    ]
    assert not wrong, "\n".join(f"{s}\n  → {e}" for s, e in wrong)


def test_a_message_is_its_chinese_text_and_survives_pickling() -> None:
    text = msg("办件 {number} 已超期 {days} 个工作日。", number="2026-000123", days=3)
    assert text == "办件 2026-000123 已超期 3 个工作日。" and isinstance(text, str)
    copy = pickle.loads(pickle.dumps(text))
    assert isinstance(copy, Message) and copy.template == text.template and copy.args == text.args
    error = InvalidInput(text)
    assert str(error) == text and error.message is text


@pytest.fixture
def english(qapp, tmp_path: Path, monkeypatch):
    qm = tmp_path / "sunlight_en.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS_FILE), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    assert i18n.install_translators(qapp, "en") == "en"
    yield
    i18n.install_translators(qapp, "zh_CN")
    QLocale.setDefault(QLocale.c())


def test_a_refusal_is_shown_in_english(english) -> None:
    with pytest.raises(InvalidInput) as caught:
        check_id_card("43010219900101")
    assert caught.value.message == "公民身份号码应为18位，您输入了14位，请核对。"  # the CLI's and the log's
    shown = dl.message(caught.value.message)
    assert "14" in shown and not CJK.search(shown), shown


def test_arguments_are_translated_too(english) -> None:
    """A nested message and a domain label inside a message follow the language; names do not."""
    inner = msg("公民身份号码应为18位，您输入了{count}位，请核对。", count=7)
    outer = msg("模板尚未翻译：{reason}", reason=inner)  # no translation: the template as it is
    shown = dl.message(outer)
    assert shown.startswith("模板尚未翻译：") and "7" in shown and not CJK.search(shown.split("：", 1)[1])
    assert dl.message("黄牌") == "Yellow card"  # a bare label from app/
    assert dl.message("张三") == "张三"  # a name is shown as it is


def test_chinese_is_shown_as_composed(qapp) -> None:
    text = msg("公民身份号码应为18位，您输入了{count}位，请核对。", count=5)
    assert dl.message(text) == text


def test_the_register_dialog_refuses_in_english(english, workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The refusal app/ raises reaches the field in the user's language; the form is kept."""
    from app import timesource
    from tests.factories import T0, make_division, make_user
    from ui.register_dialog import RegisterDialog

    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        clerk_id = make_user(session, make_division(session, "TZC"), "clerk1", ("clerk",)).id
    dialog = RegisterDialog(workspace, clerk_id)
    qtbot.addWidget(dialog)
    dialog.show()
    kinds = [dialog.applicant_type.itemText(i) for i in range(dialog.applicant_type.count())]
    assert kinds and not any(CJK.search(k) for k in kinds), kinds
    dialog.applicant_type.setCurrentIndex(dialog.applicant_type.findData("person"))
    dialog.id_code.setText("43010219900101123")
    dialog.id_code.editingFinished.emit()  # leaving the field checks it
    shown = dialog.fields.text("applicant_id_code")
    assert shown and "17" in shown and not CJK.search(shown), shown
    assert dialog.id_code.text() == "43010219900101123"


def test_the_case_view_says_why_in_english(english, workspace, people, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Refusal reasons from app.policy and app.workflow and the print menu's reasons: in English
    on an English desk."""
    from ui.case_view import CaseWindow

    for actor in ("clerk", "reviewer"):
        window = CaseWindow(workspace, people[actor], people["case"])
        qtbot.addWidget(window)
        window.show()
        view = window.view
        refusals = [b.toolTip() for b in view.action_buttons.values() if not b.isEnabled()]
        refusals += [a.toolTip() for a in view.print_menu.actions() if not a.isEnabled()]
        assert refusals
        for text in refusals:
            assert text and not CJK.search(text), text
        window.close()
