"""Loading and validating catalogue files (no database)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.catalogue import SAMPLE_CATALOGUE_DIR, CatalogueInvalid, catalogue_specs, load_catalogue

DATA = Path(__file__).parent / "data" / "catalogue"
VALID = DATA / "valid"
BROKEN_CASES = sorted(p.name for p in (DATA / "broken").iterdir() if p.is_dir())


def overlay(tmp_path: Path, case: str) -> tuple[Path, Path, int, str, str]:
    """A copy of the valid catalogue with the case's files laid over it; returns the root, the
    marked file and the expected line, field and words."""
    root = tmp_path / "catalogue"
    shutil.copytree(VALID, root)
    marked = None
    for src in (DATA / "broken" / case).rglob("*"):
        if not src.is_file():
            continue
        dest = root / src.relative_to(DATA / "broken" / case)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        for number, line in enumerate(src.read_text(encoding="utf-8").splitlines(), start=1):
            if "# error:" in line:
                field, words = (part.strip() for part in line.split("# error:")[1].split("|"))
                marked = (dest, number, field, words)
    assert marked is not None, f"{case} has no '# error:' marker"
    return root, *marked


def test_valid_fixture_loads() -> None:
    catalogue = load_catalogue(VALID)
    assert [e.code for e in catalogue.regulations] == ["QL-01", "QL-02", "BZ-03"]
    assert catalogue.agency is not None and catalogue.agency.short_name == "测发改"
    assert {d.code for d in catalogue.divisions} == {"BGS", "TZC", "FGC", "WLD"}
    ql1 = catalogue.regulation("QL-01").source
    assert ql1["steps"][0]["division"] == "TZC"  # defaults to the regulation's division
    assert ql1["steps"][3]["division"] == "FGC"
    assert ql1["legal_basis"].startswith("《中华人民共和国行政许可法》")


def test_specs_resolve_defaults_from_the_catalogue() -> None:
    specs = {s.code: s for s in catalogue_specs(load_catalogue(VALID))}
    ql1 = specs["QL-01"]
    # cards: explicit key kept, the others from BZ-03
    assert ql1.cards is not None
    assert (ql1.cards.yellow_remaining_days, ql1.cards.yellow_used_share, ql1.cards.promised_overdue) == (
        3,
        0.8,
        "red",
    )
    assert ql1.inquiry_phone == "010-12345041"  # the division's phone
    assert ql1.complaint_phone == "010-12345110"  # the agency's complaint line
    assert ql1.division_name == "固定资产投资处"
    assert ql1.statutory_limit is not None and ql1.statutory_limit.label() == "20个工作日"
    assert ql1.steps[1].clock_excluded and ql1.steps[1].clock_excluded_reason == "consulting_evaluation"
    assert specs["QL-02"].steps[1].collective
    assert specs["QL-02"].extension is None
    assert specs["BZ-03"].parameters["promised_overdue"] == "red"


@pytest.mark.parametrize("case", BROKEN_CASES)
def test_broken_file_is_reported_with_file_line_and_field(case: str, tmp_path: Path) -> None:
    root, marked_file, line, field, words = overlay(tmp_path, case)
    with pytest.raises(CatalogueInvalid) as caught:
        load_catalogue(root)
    problems = caught.value.problems
    matching = [
        p for p in problems if Path(p.file).name == marked_file.name and p.line == line and p.field == field
    ]
    assert matching, f"expected {marked_file.name}:{line} {field!r}, got {problems}"
    assert any(words in p.message for p in matching), matching
    message = str(caught.value)
    assert marked_file.name in message and f"第{line}行" in message and "未导入任何内容" in message


def test_every_problem_of_a_catalogue_is_listed(tmp_path: Path) -> None:
    root, *_ = overlay(tmp_path, "unknown_division")
    shutil.copyfile(
        DATA / "broken" / "bad_unit" / "regulations" / "QL-09.yaml", root / "regulations" / "QL-09.yaml"
    )
    bad = root / "regulations" / "QL-01.yaml"
    bad.write_text(
        bad.read_text(encoding="utf-8").replace("role: reviewer", "role: nobody", 1), encoding="utf-8"
    )
    with pytest.raises(CatalogueInvalid) as caught:
        load_catalogue(root)
    files = {Path(p.file).name for p in caught.value.problems}
    assert files == {"QL-09.yaml", "QL-01.yaml"}


def test_single_file_defers_the_division_check() -> None:
    catalogue = load_catalogue(VALID / "regulations" / "QL-01.yaml")
    assert catalogue.agency is None and catalogue.divisions == ()
    refs = {r.code for r in catalogue.regulations[0].division_refs}
    assert refs == {"TZC", "FGC", "WLD"}


def test_missing_path_is_reported(tmp_path: Path) -> None:
    with pytest.raises(CatalogueInvalid, match="不存在"):
        load_catalogue(tmp_path / "nowhere")


def sample_files() -> list[Path]:
    folder = SAMPLE_CATALOGUE_DIR / "regulations"
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def test_the_sample_catalogue_validates() -> None:
    catalogue = load_catalogue(SAMPLE_CATALOGUE_DIR)
    codes = {e.code for e in catalogue.regulations}
    assert len(codes) == len(sample_files())
    assert len(codes) == 63
    assert sum(c.startswith("QL-") for c in codes) == 45
    assert sum(c.startswith("BZ-") for c in codes) == 18


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.stem)
def test_every_sample_file_validates_on_its_own_with_the_sample_divisions(path: Path, tmp_path: Path) -> None:
    root = tmp_path / "one"
    (root / "regulations").mkdir(parents=True)
    shutil.copyfile(SAMPLE_CATALOGUE_DIR / "divisions.yaml", root / "divisions.yaml")
    shutil.copyfile(path, root / "regulations" / path.name)
    catalogue = load_catalogue(root)
    assert catalogue.regulations[0].code == path.stem
