"""The handbook (制度汇编) PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from app.catalogue import SAMPLE_CATALOGUE_DIR, catalogue_specs, load_catalogue
from app.catalogue.handbook import HandbookInfo, build_handbook, write_handbook
from app.catalogue.store import import_catalogue
from app.printing.fonts import register_cjk_font
from app.workspace import Workspace

VALID = Path(__file__).parent / "data" / "catalogue" / "valid"
INFO = HandbookInfo("测试省发展和改革委员会", date(2026, 11, 26))


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def outline_titles(path: Path) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(PdfReader(path).outline)
    return titles


def test_font_is_registered() -> None:
    assert register_cjk_font() == register_cjk_font()


def test_fixture_handbook(tmp_path: Path) -> None:
    out = tmp_path / "handbook.pdf"
    report = build_handbook(catalogue_specs(load_catalogue(VALID)), out, INFO)
    assert report.sections == 3 and report.pages >= 5
    text = pdf_text(out)
    assert "规范权力运行制度汇编" in text and "测试省发展和改革委员会" in text
    assert "目录" in text.replace("　", "").replace(" ", "")
    for heading in ("QL-01　企业投资项目核准", "QL-02　以工代赈资金安排", "BZ-03　限时办结制度"):
        assert heading.replace("　", "") in text.replace("　", "").replace(" ", "")
    assert "工作流程图" in text and "委领导审批" in text and "降低核准条件" in text
    assert [t for t in outline_titles(out) if t[:3] in ("QL-", "BZ-")] == [
        "QL-01　企业投资项目核准",
        "QL-02　以工代赈资金安排",
        "BZ-03　限时办结制度",
    ]
    # the table of contents (page 2) gives the page of each section
    toc = subprocess.run(
        ["pdftotext", "-f", "2", "-l", "2", str(out), "-"], capture_output=True, text=True
    ).stdout
    assert "QL-01" in toc and any(ch.isdigit() for ch in toc)


def test_the_sample_handbook_has_a_section_for_every_regulation(tmp_path: Path) -> None:
    specs = catalogue_specs(load_catalogue(SAMPLE_CATALOGUE_DIR))
    out = tmp_path / "sample.pdf"
    report = build_handbook(specs, out, INFO)
    assert report.sections == len(specs)
    titles = outline_titles(out)
    assert [t for t in titles if t[:3] in ("QL-", "BZ-")] == [f"{s.code}　{s.title}" for s in specs]
    text = pdf_text(out).replace(" ", "")
    for spec in specs:
        assert spec.title.replace(" ", "")[:8] in text
    assert len(specs) == 63


def test_handbook_from_the_database(workspace: Workspace, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    with workspace.transaction() as session:
        import_catalogue(session, load_catalogue(VALID), now=datetime(2026, 3, 2, tzinfo=UTC))
    with workspace.sessions() as session:
        report = write_handbook(session, tmp_path / "db.pdf", on=date(2026, 6, 1))
    assert report.sections == 3
    assert "测试省发展和改革委员会" in pdf_text(tmp_path / "db.pdf")
