"""Backup and restore round trips (every table compared, audit chain verified), restore refusing a
non-empty target, and moving a desk's SQLite database into PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import backup as backups
from app.cases import ActionInput, find_case, perform, register_case
from app.cli import main
from app.workspace import Workspace, open_workspace
from db.models import Case, Regulation, User
from tests.conftest import postgresql_only
from tests.factories import register_many
from tests.pg_databases import create_database, drop_database


@pytest.fixture
def empty_pg() -> Iterator[Callable[[], str]]:
    """Makes empty PostgreSQL databases (no tables at all), dropped afterwards."""
    names: list[str] = []

    def make() -> str:
        names.append(f"sunlight_bk_{uuid.uuid4().hex[:10]}")
        return create_database(names[-1])

    yield make
    for name in names:
        drop_database(name)


def _fill(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        cases = register_many(session, 5)
        numbers = [c.number for c in cases]
    with workspace.transaction() as session:
        clerk = session.scalars(select(User)).one()
        perform(session, clerk, find_case(session, numbers[0]), "accept")
        perform(
            session,
            clerk,
            find_case(session, numbers[1]),
            "refuse",
            ActionInput(reason="不属于本机关职权范围。"),
        )


def _empty_target(backend: str, tmp_path: Path, empty_pg: Callable[[], str]) -> str:
    return (
        f"sqlite:///{tmp_path / f'restored_{uuid.uuid4().hex[:6]}.db'}" if backend == "sqlite" else empty_pg()
    )


def _assert_same(source: str, target: str) -> None:
    assert backups.compare_databases(source, target) == []
    ok, message = backups.verify_audit(target)
    assert ok, message


@pytest.mark.parametrize("fmt", ["auto", "logical"])
def test_backup_and_restore_round_trip(
    workspace: Workspace, backend: str, fmt: str, tmp_path: Path, empty_pg: Callable[[], str]
) -> None:
    _fill(workspace)
    out = tmp_path / "desk.backup"
    made = backups.backup(workspace.url, out, fmt=fmt)
    assert out.exists() and made.kind == (
        fmt if fmt == "logical" else ("sqlite" if backend == "sqlite" else "pg_dump")
    )
    assert backups.backup_kind(out) == made.kind
    target = _empty_target(backend, tmp_path, empty_pg)
    restored = backups.restore(out, target)
    assert restored.audit_ok, restored.audit_message
    assert restored.row_counts["cases"] == 5
    _assert_same(workspace.url, target)
    # The restored database works: a new case gets the next number and a fresh id.
    restored_ws = open_workspace(target)
    try:
        with restored_ws.transaction() as session:
            user = session.scalars(select(User)).one()
            regulation = session.scalars(select(Regulation).where(Regulation.code == "QL-01")).one()
            from app.cases import ApplicantDetails

            case = register_case(
                session,
                actor=user,
                regulation=regulation,
                applicant=ApplicantDetails(name="恢复后新登记"),
                subject="恢复后",
            )
            assert case.sequence == 6 and case.id > 5
    finally:
        restored_ws.close()


def test_logical_export_restores_across_backends(
    workspace: Workspace, backend: str, tmp_path: Path, empty_pg: Callable[[], str]
) -> None:
    _fill(workspace)
    out = tmp_path / "desk.sunlight-export"
    backups.backup(workspace.url, out, fmt="logical")
    target = _empty_target("postgresql" if backend == "sqlite" else "sqlite", tmp_path, empty_pg)
    assert backups.restore(out, target).audit_ok
    _assert_same(workspace.url, target)


def test_restore_refuses_a_database_that_is_not_empty(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "b.backup"
    backups.backup(workspace.url, out)
    with pytest.raises(backups.BackupError, match="不是空库"):
        backups.restore(out, workspace.url)


@postgresql_only
def test_a_pg_dump_backup_is_not_restored_into_sqlite(workspace: Workspace, tmp_path: Path) -> None:
    _fill(workspace)
    out = tmp_path / "agency.backup"
    assert backups.backup(workspace.url, out).kind == "pg_dump"
    target = tmp_path / "desk.db"
    with pytest.raises(backups.BackupError, match="--format logical") as refused:
        backups.restore(out, f"sqlite:///{target}")
    assert "sunlight db copy" in refused.value.message
    assert not target.exists() or target.stat().st_size == 0  # nothing restored half way


def test_backup_never_overwrites(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "exists.backup"
    out.write_text("old")
    with pytest.raises(backups.InvalidInput, match="已存在"):
        backups.backup(workspace.url, out)


def test_unknown_file_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"not a backup at all")
    with pytest.raises(backups.BackupError, match="无法识别"):
        backups.backup_kind(junk)


def test_a_sqlite_desk_moves_into_postgresql_with_ids_and_sequences(
    tmp_path: Path, empty_pg: Callable[[], str]
) -> None:
    desk_url = f"sqlite:///{tmp_path / 'desk.db'}"
    desk = open_workspace(desk_url)
    try:
        _fill(desk)
        with desk.transaction() as session:  # leave a hole in the ids: ids are kept, not renumbered
            session.execute(text("DELETE FROM case_materials WHERE id = 1"))
    finally:
        desk.close()
    agency = empty_pg()
    copied = backups.copy_database(desk_url, agency)
    assert copied.audit_ok and copied.row_counts["cases"] == 5
    _assert_same(desk_url, agency)
    with pytest.raises(backups.BackupError, match="不是空库"):
        backups.copy_database(desk_url, agency)
    moved = open_workspace(agency)
    try:
        with moved.transaction() as session:
            before = session.scalar(select(Case.id).order_by(Case.id.desc()).limit(1))
            (case,) = register_many_again(session)
            assert case.id == before + 1  # the sequence was moved past the copied ids
    finally:
        moved.close()


def register_many_again(session):  # type: ignore[no-untyped-def]
    from app.cases import ApplicantDetails

    user = session.scalars(select(User)).one()
    regulation = session.scalars(select(Regulation).where(Regulation.code == "QL-01")).one()
    details = ApplicantDetails(name="迁移后")
    return [register_case(session, actor=user, regulation=regulation, applicant=details, subject="迁移后")]


def test_cli_backup_restore_and_db_copy(
    tmp_path: Path, empty_pg: Callable[[], str], capsys: pytest.CaptureFixture[str]
) -> None:
    desk_url = f"sqlite:///{tmp_path / 'cli.db'}"
    desk = open_workspace(desk_url)
    try:
        _fill(desk)  # no login users with passwords: the first-run path (no password needed)
    finally:
        desk.close()
    out = tmp_path / "cli.backup"
    # The factory user has no password: authenticate would refuse, so use a database without users
    # for the command line and check the commands' own behaviour.
    bare_url = f"sqlite:///{tmp_path / 'bare.db'}"
    open_workspace(bare_url).close()
    assert main(["--db", bare_url, "backup", "--out", str(out)]) == 0
    assert "已备份" in capsys.readouterr().out
    restored_url = f"sqlite:///{tmp_path / 'bare-restored.db'}"
    assert main(["--db", restored_url, "restore", str(out)]) == 0
    assert "哈希链校验通过" in capsys.readouterr().out
    assert main(["--db", restored_url, "restore", str(out)]) == 1
    assert "不是空库" in capsys.readouterr().err
    target = empty_pg()
    assert main(["db", "copy", "--from", desk_url, "--to", target]) == 0
    printed = capsys.readouterr().out
    assert "已把" in printed and "哈希链校验通过" in printed


def test_db_copy_names_the_database_it_cannot_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A source or target database that does not exist on the server: said so, which one, no
    traceback, nothing written."""
    from tests.pg_databases import database_url

    missing = database_url(f"sunlight_missing_{uuid.uuid4().hex[:8]}")
    desk_url = f"sqlite:///{tmp_path / 'desk.db'}"
    open_workspace(desk_url).close()
    target = tmp_path / "copy.db"
    assert main(["db", "copy", "--from", missing, "--to", f"sqlite:///{target}"]) == 1
    err = capsys.readouterr().err
    assert "无法连接源数据库" in err and "上没有名为" in err and "Traceback" not in err
    assert not target.exists()
    assert main(["db", "copy", "--from", desk_url, "--to", missing]) == 1
    err = capsys.readouterr().err
    assert "无法连接目标数据库" in err and "上没有名为" in err and "Traceback" not in err
    # A desk file mistyped: said so, and no empty file of that name is left where it was looked for.
    mistyped = tmp_path / "dsek.db"
    assert main(["db", "copy", "--from", f"sqlite:///{mistyped}", "--to", f"sqlite:///{target}"]) == 1
    assert f"源数据库文件 {mistyped} 不存在。" in capsys.readouterr().err
    assert not mistyped.exists() and not target.exists()


def test_a_backup_that_fails_half_way_leaves_no_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from app.files import FileProblem

    _fill(workspace)
    encoded = backups._encode
    calls = iter(range(10**6))

    def fills_the_disk(value):  # type: ignore[no-untyped-def]
        if next(calls) == 200:
            raise OSError(errno.ENOSPC, "No space left on device")
        return encoded(value)

    monkeypatch.setattr(backups, "_encode", fills_the_disk)
    out = tmp_path / "nightly.backup"
    with pytest.raises(FileProblem) as problem:
        backups.backup(workspace.url, out, fmt="logical")
    assert problem.value.message == f"无法写入文件 {out}：磁盘空间不足。"
    assert list(tmp_path.iterdir()) == []  # neither a truncated backup nor a partial file
    monkeypatch.setattr(backups, "_encode", encoded)
    assert backups.backup(workspace.url, out, fmt="logical").path == out  # the same name, next night


def test_backup_and_restore_name_a_file_they_cannot_use(workspace: Workspace, tmp_path: Path) -> None:
    from app.files import FileProblem

    (tmp_path / "backups").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(FileProblem, match="路径中有一级不是文件夹"):
        backups.backup(workspace.url, tmp_path / "backups" / "nightly.backup")
    with pytest.raises(FileProblem, match="这是一个文件夹，不是文件"):
        backups.restore(tmp_path, f"sqlite:///{tmp_path / 'restored.db'}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups"]


def test_backup_of_a_desk_file_that_does_not_exist_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped path in the nightly job: an error every night, not a "backup" of a new, empty
    database made on the spot."""
    mistyped = tmp_path / "dsek.db"
    out = tmp_path / "nightly.backup"
    assert main(["--db", f"sqlite:///{mistyped}", "backup", "--out", str(out)]) == 1
    assert f"源数据库文件 {mistyped} 不存在。" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(backups.BackupError):
        backups.backup(f"sqlite:///{mistyped}", out)
    assert list(tmp_path.iterdir()) == []


def _tables_in(url: str) -> list[str]:
    """The tables of the database at `url` (a SQLite file that is not there has none)."""
    from sqlalchemy import create_engine, inspect

    from db.engine import sqlite_file

    path = sqlite_file(url)
    if path is not None and not path.exists():
        return []
    engine = create_engine(url)
    try:
        return inspect(engine).get_table_names()
    finally:
        engine.dispose()


def _no_partial_files(folder: Path) -> bool:
    return not any(p.name.startswith(".") for p in folder.iterdir())


def test_a_cut_off_backup_restores_nothing_and_the_target_can_take_a_whole_one_at_once(
    workspace: Workspace, backend: str, tmp_path: Path, empty_pg: Callable[[], str]
) -> None:
    """A backup file cut short (a copy interrupted, a full disk at the other end): the restore
    fails with the reason, and the target is left as empty as it was, not half made (which would
    then be refused as 'not empty')."""
    _fill(workspace)
    out = tmp_path / "nightly.backup"
    backups.backup(workspace.url, out, fmt="logical")
    whole = out.read_bytes()
    cut = tmp_path / "copied-halfway.backup"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    target = _empty_target(backend, tmp_path, empty_pg)
    with pytest.raises(backups.BackupError) as failed:
        backups.restore(cut, target)
    assert failed.value.message.startswith(f"备份文件 {cut} 不完整或已损坏（文件在中途截断），无法恢复。")
    assert failed.value.message.endswith("目标数据库未作改动，仍是空库。")
    assert _tables_in(target) == [] and _no_partial_files(tmp_path)
    assert backups.restore(out, target).audit_ok
    _assert_same(workspace.url, target)


@postgresql_only
def test_a_cut_off_pg_dump_restores_nothing(
    workspace: Workspace, tmp_path: Path, empty_pg: Callable[[], str]
) -> None:
    _fill(workspace)
    out = tmp_path / "agency.backup"
    assert backups.backup(workspace.url, out).kind == "pg_dump"
    cut = tmp_path / "cut.backup"
    whole = out.read_bytes()
    cut.write_bytes(whole[: len(whole) // 2])
    target = empty_pg()
    with pytest.raises(backups.BackupError, match="pg_restore") as failed:
        backups.restore(cut, target)
    assert failed.value.message.endswith("目标数据库未作改动，仍是空库。")
    assert _tables_in(target) == []
    assert backups.restore(out, target).audit_ok
    _assert_same(workspace.url, target)


def test_a_copy_that_fails_part_way_leaves_the_target_empty(
    workspace: Workspace,
    backend: str,
    tmp_path: Path,
    empty_pg: Callable[[], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The connection lost after every row was written, before the copy was complete: no half
    copied database (schema, some rows) is left, on either kind of target."""
    from sqlalchemy.exc import OperationalError

    _fill(workspace)
    target = _empty_target("postgresql" if backend == "sqlite" else "sqlite", tmp_path, empty_pg)

    def lost(connection):  # type: ignore[no-untyped-def]
        raise OperationalError("SELECT setval(…)", {}, Exception("server closed the connection unexpectedly"))

    monkeypatch.setattr(backups, "_reset_sequences", lost)
    with pytest.raises(backups.BackupError) as failed:
        backups.copy_database(workspace.url, target)
    assert failed.value.message == (
        "复制中断：server closed the connection unexpectedly\n目标数据库未作改动，仍是空库。"
    )
    assert _tables_in(target) == [] and _no_partial_files(tmp_path)
    monkeypatch.undo()
    assert backups.copy_database(workspace.url, target).audit_ok
    _assert_same(workspace.url, target)


@pytest.mark.parametrize("fmt", ["auto", "logical"])
def test_a_backup_tells_its_progress_and_a_cancelled_one_leaves_nothing(
    workspace: Workspace, tmp_path: Path, fmt: str
) -> None:
    class Cancelled(Exception):
        pass

    _fill(workspace)
    told: list[float] = []
    out = tmp_path / "nightly.backup"
    outcome = backups.backup(workspace.url, out, fmt=fmt, progress=lambda done, text: told.append(done))
    assert outcome.path == out and told and all(0.0 <= f <= 1.0 for f in told)
    assert told == sorted(told)
    if outcome.kind != "pg_dump":  # (pg_dump runs as one step)
        assert len(told) > 1

    def cancel(done: float, text: str) -> None:
        raise Cancelled

    stopped = tmp_path / "cancelled.backup"
    with pytest.raises(Cancelled):
        backups.backup(workspace.url, stopped, fmt=fmt, progress=cancel)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nightly.backup"]


def test_only_an_administrator_may_back_up_through_the_service(workspace: Workspace, tmp_path: Path) -> None:
    from app.errors import PermissionDenied
    from app.users import load_actor

    _fill(workspace)
    with workspace.sessions() as session:
        clerk = load_actor(session, session.scalars(select(User.id)).one())
    with pytest.raises(PermissionDenied):
        backups.backup_as(clerk, workspace.url, tmp_path / "b.backup")
    assert list(tmp_path.iterdir()) == []
