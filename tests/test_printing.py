"""Printed documents: content (text extracted with pypdf), the QR code, reprints, verification,
permissions, and the CLI — on both backends."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app import timesource
from app.audit import verify_chain
from app.cases import ActionInput, ApplicantDetails, MaterialCheck, find_case, perform, register_case
from app.catalogue import regulation_in_force
from app.errors import InvalidAction, NotFound, PermissionDenied
from app.printing.documents import preview_document, print_document, verify_code
from app.workspace import Workspace
from db.models import AuditEvent, PrintedDocument, User
from tests.factories import import_test_catalogue, make_division, make_user

MONDAY = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
POPPLER_MISSING = "poppler-utils is not installed: run `bash .ci/system-libs.sh test` (as root) first"


def text_of(pdf: bytes) -> str:
    return (
        "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        .replace(" ", "")
        .replace("\n", "")
    )


@pytest.fixture
def cases(workspace: Workspace) -> dict[str, str]:
    timesource.set_fake_now(MONDAY)
    with workspace.transaction() as s:
        import_test_catalogue(s)
        tzc, fgc = make_division(s, "TZC"), make_division(s, "FGC")
        clerk = make_user(s, tzc, "clerk1", ("clerk",))
        make_user(s, fgc, "other", ("clerk",))
        regulation = regulation_in_force(s, "QL-01", MONDAY.date())
        assert regulation is not None

        def new(name: str, person: bool = False, **kw: object) -> str:
            return register_case(
                s,
                actor=clerk,
                regulation=regulation,
                applicant=ApplicantDetails(
                    name=name, applicant_type="person" if person else "organisation", phone="13800138000"
                ),
                subject="示例风电场项目",
                **kw,  # type: ignore[arg-type]
            ).number

        numbers = {
            "receipt": new("长沙示例新能源有限公司"),
            "supplement": new("张三丰", person=True, materials=[MaterialCheck("M01", "missing")]),
            "refusal": new("湘潭某某公司"),
        }
    timesource.set_fake_now(MONDAY + timedelta(hours=1))
    with workspace.transaction() as s:
        clerk = s.scalars(select(User).where(User.login == "clerk1")).one()
        perform(s, clerk, find_case(s, numbers["receipt"]), "accept")
        perform(
            s,
            clerk,
            find_case(s, numbers["supplement"]),
            "supplement",
            ActionInput(opinion="原件须加盖公章。"),
        )
        perform(
            s, clerk, find_case(s, numbers["refusal"]), "refuse", ActionInput(reason="不属于本机关职权范围。")
        )
    return numbers


def _print(workspace: Workspace, number: str, kind: str, login: str = "clerk1"):  # type: ignore[no-untyped-def]
    with workspace.transaction() as s:
        return print_document(s, s.scalars(select(User).where(User.login == login)).one(), number, kind)


def test_receipt_contents(workspace: Workspace, cases: dict[str, str]) -> None:
    result = _print(workspace, cases["receipt"], "receipt")
    text = text_of(result.pdf)
    for field in (
        "测试省发展和改革委员会",
        "受理通知书",
        "受理通知书（存根）",
        result.document_number,
        cases["receipt"],
        "长沙示例新能源有限公司",
        "企业投资项目核准",
        "固定资产投资处",
        "王晓明",
        "受理日期：2026年3月2日",
        "承诺办结时限：15个工作日",
        "法定办结时限：20个工作日",
        "项目申请报告",
        "不计算在办理时限内",
        "投诉电话：010-12345110",
        f"{result.verification_code[:4]}-{result.verification_code[4:]}",
    ):
        assert field in text, field
    assert "补打" not in text
    assert result.document_number.startswith("测发改受通〔2026〕")


def test_supplement_and_refusal_contents(workspace: Workspace, cases: dict[str, str]) -> None:
    text = text_of(_print(workspace, cases["supplement"], "supplement").pdf)
    for field in (
        "补正材料一次性告知书",
        "张三丰：",
        "你于2026年3月2日",
        "项目申请报告：缺少",
        "原件须加盖公章",
        "一次性",
    ):
        assert field in text, field
    assert "13800138000" not in text
    text = text_of(_print(workspace, cases["refusal"], "refusal").pdf)
    for field in ("不予受理通知书", "不属于本机关职权范围", "六十日内", "行政复议", "六个月内", "行政诉讼"):
        assert field in text, field


# pdftotext and pdftoppm come from poppler-utils (+ poppler-data for Chinese), which
# `.ci/system-libs.sh test` installs: a machine without them fails here rather than skipping.
def test_pdftotext_gives_the_chinese_back(
    workspace: Workspace, cases: dict[str, str], tmp_path: Path
) -> None:
    assert shutil.which("pdftotext"), POPPLER_MISSING
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(_print(workspace, cases["receipt"], "receipt").pdf)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "经审查，申请材料齐全、符合法定形式" in text.replace("\n", "")


def test_qr_code_decodes_to_the_stored_code(
    workspace: Workspace, cases: dict[str, str], tmp_path: Path
) -> None:
    import zxingcpp
    from PIL import Image

    assert shutil.which("pdftoppm"), POPPLER_MISSING
    result = _print(workspace, cases["receipt"], "receipt")
    (tmp_path / "r.pdf").write_bytes(result.pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-singlefile", "r.pdf", "r"], cwd=tmp_path, check=True)
    found = [b.text for b in zxingcpp.read_barcodes(Image.open(tmp_path / "r.png"))]
    assert found == [f"SLV1|{cases['receipt']}|{result.verification_code}"]
    with workspace.sessions() as s:
        stored = s.scalars(select(PrintedDocument.verification_code)).one()
        assert stored == result.verification_code
        assert verify_code(s, found[0]).case_number == cases["receipt"]


def test_reprint_is_marked_and_recorded(workspace: Workspace, cases: dict[str, str]) -> None:
    first = _print(workspace, cases["receipt"], "receipt")
    timesource.set_fake_now(MONDAY + timedelta(days=1))
    second = _print(workspace, cases["receipt"], "receipt")
    assert (first.reprint_no, second.reprint_no) == (0, 1)
    assert first.document_number == second.document_number
    assert first.verification_code != second.verification_code
    text = text_of(second.pdf)
    assert "补打（第1次）" in text and "原件打印于2026年3月2日" in text
    with workspace.sessions() as s:
        rows = s.scalars(select(PrintedDocument).order_by(PrintedDocument.id)).all()
        assert [(r.kind, r.reprint_no) for r in rows] == [("receipt", 0), ("receipt", 1)]
        v = verify_code(s, second.verification_code.lower()[:4] + "-" + second.verification_code[4:])
        assert v.reprint_no == 1 and "补打" in v.summary()
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "document.print")).all()
        assert len(audit) == 2 and audit[1].after["reprint_no"] == 1
        assert verify_chain(s).ok


def test_reprint_repeats_the_due_dates_of_the_original(workspace: Workspace, cases: dict[str, str]) -> None:
    from app.agency_time import format_date_cn
    from app.cases import case_clock
    from app.printing.documents import preview_data

    first = _print(workspace, cases["receipt"], "receipt")
    assert first.data is not None and first.data.statutory_due is not None
    promised, statutory = first.data.promised_due, first.data.statutory_due
    # The evaluation step ends and a leader extends the case: the due dates move.
    timesource.set_fake_now(MONDAY + timedelta(days=10))
    with workspace.transaction() as s:
        tzc = s.scalars(select(User).where(User.login == "clerk1")).one().division
        leader = make_user(s, tzc, "leader1", ("leader",))
        clerk = s.scalars(select(User).where(User.login == "clerk1")).one()
        case = find_case(s, cases["receipt"])
        perform(s, clerk, case, "pass", ActionInput(opinion="评估报告已收到。"))
        perform(s, leader, case, "extend", ActionInput(days=5, reason="项目情况复杂，需进一步论证。"))
        moved = case_clock(s, case)
        assert moved.statutory_due is not None and moved.statutory_due > statutory
    timesource.set_fake_now(MONDAY + timedelta(days=11))
    again = _print(workspace, cases["receipt"], "receipt")
    assert again.data is not None
    assert (again.data.promised_due, again.data.statutory_due) == (promised, statutory)
    text = text_of(again.pdf)
    assert "补打（第1次）" in text and "原件打印于2026年3月2日" in text
    assert format_date_cn(statutory) in text and format_date_cn(moved.statutory_due) not in text
    assert again.verification_code != first.verification_code
    assert again.data.qr_payload == f"SLV1|{cases['receipt']}|{again.verification_code}"
    with workspace.sessions() as s:
        clerk = s.scalars(select(User).where(User.login == "clerk1")).one()
        preview = preview_data(s, clerk, cases["receipt"], "receipt")
        assert (preview.statutory_due, preview.reprint_no, preview.verification_code) == (statutory, 2, None)
        stored = s.scalars(select(PrintedDocument.content).order_by(PrintedDocument.id)).all()
        assert [c["statutory_due"] for c in stored] == [statutory.isoformat()] * 2


def test_preview_records_nothing(workspace: Workspace, cases: dict[str, str]) -> None:
    with workspace.sessions() as s:
        clerk = s.scalars(select(User).where(User.login == "clerk1")).one()
        text = text_of(preview_document(s, clerk, cases["receipt"], "receipt"))
        assert "样张" in text and "打印时生成" in text
        assert s.scalars(select(PrintedDocument)).all() == []


def test_refusals(workspace: Workspace, cases: dict[str, str]) -> None:
    with pytest.raises(InvalidAction, match="尚未受理"):
        _print(workspace, cases["supplement"], "receipt")
    with pytest.raises(InvalidAction, match="不予受理决定"):
        _print(workspace, cases["receipt"], "refusal")
    with pytest.raises(PermissionDenied):
        _print(workspace, cases["receipt"], "receipt", login="other")
    with workspace.sessions() as s, pytest.raises(NotFound, match="验证码"):
        verify_code(s, "ZZZZ-ZZZZ")


def test_cli_print_and_verify(
    workspace: Workspace, cases: dict[str, str], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.auth import hash_password
    from app.cli import main

    with workspace.transaction() as s:
        s.scalars(select(User).where(User.login == "clerk1")).one().password_hash = hash_password(
            "secret-pass-1"
        )
    monkeypatch.setenv("SUNLIGHT_PASSWORD", "secret-pass-1")
    out = tmp_path / "r.pdf"
    base = ["--db", workspace.url, "--user", "clerk1", "print"]
    assert main([*base, "receipt", cases["receipt"], "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    with workspace.sessions() as s:
        code = s.scalars(select(PrintedDocument.verification_code)).one()
    assert main([*base, "verify", code]) == 0
    assert main([*base, "verify", "AAAA-AAAA"]) == 1


def test_cli_print_into_a_place_it_cannot_write_records_nothing(
    workspace: Workspace, cases: dict[str, str], tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    from app.auth import hash_password
    from app.cli import main

    with workspace.transaction() as s:
        s.scalars(select(User).where(User.login == "clerk1")).one().password_hash = hash_password(
            "secret-pass-1"
        )
    monkeypatch.setenv("SUNLIGHT_PASSWORD", "secret-pass-1")
    (tmp_path / "out").write_text("a file, not a folder", encoding="utf-8")
    base = ["--db", workspace.url, "--user", "clerk1", "print", "receipt", cases["receipt"], "--out"]
    assert main([*base, str(tmp_path / "out" / "r.pdf")]) == 1
    assert "无法写入文件" in capsys.readouterr().err
    with workspace.sessions() as s:
        assert s.scalars(select(PrintedDocument)).all() == []  # no printing that never reached paper
    assert main([*base, str(tmp_path / "r.pdf")]) == 0
    assert "补打" not in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "r.pdf"]
