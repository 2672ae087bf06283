"""Importing the catalogue into the database: versions, open cases, export, CLI."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import settings
from app.cases import ApplicantDetails, register_case
from app.catalogue import (
    CatalogueInvalid,
    export_catalogue,
    import_catalogue,
    load_catalogue,
    regulation_in_force,
    regulation_spec,
    supporting_parameters,
)
from app.catalogue.store import AGENCY_COMPLAINT_PHONE, AGENCY_SHORT_NAME
from app.catalogue.versions import version_history
from app.cli import main
from app.errors import NotFound
from app.workspace import Workspace
from db.models import Case, Division, Regulation, User, UserRole

DATA = Path(__file__).parent / "data" / "catalogue"
VALID = DATA / "valid"
NOW = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)


def copy_valid(tmp_path: Path) -> Path:
    root = tmp_path / "catalogue"
    shutil.copytree(VALID, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def do_import(workspace: Workspace, path: Path):  # type: ignore[no-untyped-def]
    with workspace.transaction() as session:
        return import_catalogue(session, load_catalogue(path), now=NOW)


def test_import_creates_divisions_settings_and_version_1(workspace: Workspace) -> None:
    report = do_import(workspace, VALID)
    assert sorted(report.divisions_added) == ["BGS", "FGC", "TZC", "WLD"]
    assert report.created == (("QL-01", 1), ("QL-02", 1), ("BZ-03", 1))
    with workspace.sessions() as session:
        assert settings.read_setting(session, settings.AGENCY_NAME) == "测试省发展和改革委员会"
        assert settings.read_setting(session, AGENCY_SHORT_NAME) == "测发改"
        assert settings.read_setting(session, AGENCY_COMPLAINT_PHONE) == "010-12345110"
        row = regulation_in_force(session, "QL-01", date(2026, 6, 1))
        assert row is not None and row.version == 1 and row.division is not None
        assert row.division.code == "TZC" and row.kind == "application" and row.group_name == "投资项目管理"
        spec = regulation_spec(row)
        assert spec.cards is not None and spec.cards.promised_overdue == "red"
        assert [s.code for s in spec.steps] == ["S1", "S2", "S3", "S4", "S5"]
        assert spec.steps[4].division_name == "委领导"
        assert regulation_in_force(session, "QL-01", date(2025, 12, 31)) is None
        assert supporting_parameters(session, "BZ-03")["yellow_remaining_days"] == 2
        with pytest.raises(NotFound):
            supporting_parameters(session, "BZ-99")


def test_reimport_of_unchanged_files_touches_nothing(workspace: Workspace) -> None:
    do_import(workspace, VALID)
    report = do_import(workspace, VALID)
    assert report.created == () and report.new_versions == ()
    assert sorted(report.unchanged) == ["BZ-03", "QL-01", "QL-02"]
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Regulation)) == 3


def _open_case(workspace: Workspace) -> int:
    with workspace.transaction() as session:
        division = session.scalars(select(Division).where(Division.code == "TZC")).one()
        user = User(
            login="clerk",
            name="王晓明",
            division_id=division.id,
            created_at=NOW,
            role_rows=[UserRole(role="clerk")],
        )
        session.add(user)
        session.flush()
        regulation = regulation_in_force(session, "QL-01", date(2026, 3, 2))
        assert regulation is not None
        case = register_case(
            session,
            actor=user,
            regulation=regulation,
            applicant=ApplicantDetails(name="长沙示例有限公司"),
            subject="示例项目",
            received_at=NOW,
        )
        return case.id


def test_a_changed_regulation_gets_a_new_version_and_open_cases_keep_theirs(
    workspace: Workspace, tmp_path: Path
) -> None:
    do_import(workspace, VALID)
    case_id = _open_case(workspace)
    root = copy_valid(tmp_path)
    path = root / "regulations" / "QL-01.yaml"
    edit(path, "version: 1", "version: 2")
    edit(path, "effective_from: 2026-01-01", "effective_from: 2026-07-01")
    edit(path, "promised_limit: {days: 15, unit: working}", "promised_limit: {days: 12, unit: working}")
    edit(path, "    name: 处室审核", "    name: 处室联合审核")
    report = do_import(workspace, root)
    assert report.new_versions == (("QL-01", 2),)
    assert sorted(report.unchanged) == ["BZ-03", "QL-02"]
    with workspace.sessions() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.regulation.version == 1
        assert regulation_spec(case.regulation).promised_limit.days == 15  # type: ignore[union-attr]
        before = regulation_in_force(session, "QL-01", date(2026, 6, 30))
        after = regulation_in_force(session, "QL-01", date(2026, 7, 1))
        assert before is not None and before.version == 1
        assert after is not None and after.version == 2
        history = version_history(session, "QL-01")
    assert [h.version for h in history] == [1, 2]
    fields = {c.field for c in history[1].changes}
    assert fields == {"effective_from", "promised_limit", "steps[S3].name"}
    described = " ".join(c.describe() for c in history[1].changes)
    assert "承诺时限：15个工作日 → 12个工作日" in described


def test_a_changed_file_with_the_same_version_is_refused_and_nothing_is_imported(
    workspace: Workspace, tmp_path: Path
) -> None:
    do_import(workspace, VALID)
    root = copy_valid(tmp_path)
    edit(root / "regulations" / "QL-01.yaml", "title: 企业投资项目核准", "title: 企业投资项目核准（修订）")
    edit(root / "regulations" / "QL-02.yaml", "version: 1", "version: 2")
    edit(root / "regulations" / "QL-02.yaml", "summary: 依职权", "summary: 本委依职权")
    edit(root / "divisions.yaml", "name: 办公室", "name: 委办公室")
    with pytest.raises(CatalogueInvalid) as caught:
        do_import(workspace, root)
    (problem,) = caught.value.problems
    assert problem.file == "regulations/QL-01.yaml" and problem.field == "version" and problem.line == 5
    assert "版本号没有提高" in problem.message
    with workspace.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Regulation)) == 3
        assert session.scalars(select(Division.name).where(Division.code == "BGS")).one() == "办公室"


def test_an_older_version_or_an_earlier_date_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    root = copy_valid(tmp_path)
    edit(root / "regulations" / "QL-01.yaml", "version: 1", "version: 3")
    do_import(workspace, root)
    edit(root / "regulations" / "QL-01.yaml", "version: 3", "version: 2")
    with pytest.raises(CatalogueInvalid, match="低于已导入的最新版本 3"):
        do_import(workspace, root)
    edit(root / "regulations" / "QL-01.yaml", "version: 2", "version: 4")
    edit(root / "regulations" / "QL-01.yaml", "effective_from: 2026-01-01", "effective_from: 2025-01-01")
    with pytest.raises(CatalogueInvalid, match="早于上一版本"):
        do_import(workspace, root)


def test_a_single_file_is_checked_against_the_divisions_in_the_database(
    workspace: Workspace, tmp_path: Path
) -> None:
    single = tmp_path / "QL-01.yaml"
    shutil.copyfile(VALID / "regulations" / "QL-01.yaml", single)
    with pytest.raises(CatalogueInvalid) as caught:
        do_import(workspace, single)
    assert {(p.field, p.line) for p in caught.value.problems} == {
        ("division", 9),
        ("steps[S4].division", 54),
        ("steps[S5].division", 61),
    }
    do_import(workspace, VALID)
    edit(single, "version: 1", "version: 2")
    edit(single, "title: 企业投资项目核准", "title: 企业投资项目核准（2026年修订）")
    report = do_import(workspace, single)
    assert report.new_versions == (("QL-01", 2),)
    with workspace.sessions() as session:
        spec = regulation_spec(regulation_in_force(session, "QL-01", date(2026, 6, 1)))  # type: ignore[arg-type]
    assert (
        spec.complaint_phone == "010-12345110"
        and spec.cards is not None
        and spec.cards.promised_overdue == "red"
    )


def test_export_then_import_is_a_no_op(workspace: Workspace, tmp_path: Path) -> None:
    do_import(workspace, VALID)
    with workspace.sessions() as session:
        files = export_catalogue(session, tmp_path / "out")
    assert {f.name for f in files} == {"divisions.yaml", "QL-01.yaml", "QL-02.yaml", "BZ-03.yaml"}
    exported = load_catalogue(tmp_path / "out")
    original = load_catalogue(VALID)
    assert {e.code: e.content_hash for e in exported.regulations} == {
        e.code: e.content_hash for e in original.regulations
    }
    report = do_import(workspace, tmp_path / "out")
    assert report.created == () and report.new_versions == () and report.divisions_updated == ()


def test_cli_import_list_show_history(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", database_url, "catalogue", "import", str(VALID)]) == 0
    assert "新增制度 3 项" in capsys.readouterr().out
    assert main(["--db", database_url, "catalogue", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in listed] == ["QL-01", "QL-02", "BZ-03"]
    first = listed[0]
    assert first["division"] == {"code": "TZC", "name": "固定资产投资处"}
    assert first["statutory_limit"] == {"days": 20, "unit": "working"}
    assert first["promised_limit"] == {"days": 15, "unit": "working"}
    assert (first["category"], first["kind"], first["version"], first["extension_days"]) == (
        "power",
        "application",
        1,
        10,
    )
    assert listed[2]["category"] == "supporting" and listed[2]["kind"] is None
    assert main(["--db", database_url, "catalogue", "show", "ql-02", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["statutory_limit"] == {"days": 60, "unit": "natural"} and shown["extension_days"] is None
    step = shown["steps"][1]
    assert step["name"] == "主任办公会研究" and step["role"] == "leader" and step["collective"] is True
    assert step["division"] == {"code": "WLD", "name": "委领导"} and step["clock_excluded"] is False
    assert step["risk_points"][0]["level"] == "高"
    assert shown["steps"][2]["clock_excluded"] is True
    assert main(["--db", database_url, "catalogue", "show", "QL-01"]) == 0
    assert "委领导审批" in capsys.readouterr().out
    assert main(["--db", database_url, "catalogue", "show", "QL-77"]) == 1
    assert "没有编号为 QL-77" in capsys.readouterr().err
    assert main(["--db", database_url, "catalogue", "history", "QL-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["version"] == 1
    assert main(["--db", database_url, "catalogue", "export", "--out", str(tmp_path / "exported")]) == 0
    assert (tmp_path / "exported" / "regulations" / "QL-01.yaml").is_file()


def test_cli_import_of_a_broken_catalogue_fails_with_the_problems(
    database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_valid(tmp_path)
    edit(root / "regulations" / "QL-01.yaml", "promised_limit: {days: 15", "promised_limit: {days: 25")
    assert main(["--db", database_url, "catalogue", "import", str(root)]) == 1
    err = capsys.readouterr().err
    assert "QL-01.yaml，第15行，字段 promised_limit.days" in err and "未导入任何内容" in err
    assert main(["--db", database_url, "catalogue", "list"]) == 0
    assert "制度目录是空的" in capsys.readouterr().out


def test_only_an_administrator_imports_a_catalogue_through_the_service(workspace: Workspace) -> None:
    from app.catalogue import import_catalogue, load_catalogue
    from app.errors import PermissionDenied
    from tests.factories import make_division, make_user

    catalogue = load_catalogue(VALID)
    with workspace.transaction() as session:
        clerk = make_user(session, make_division(session), "clerk1", ("clerk",))
        with pytest.raises(PermissionDenied, match="只有系统管理员才能导入制度目录"):
            import_catalogue(session, catalogue, now=datetime(2026, 3, 2, tzinfo=UTC), actor=clerk)
