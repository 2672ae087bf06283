"""Faults: the database server stopped and started mid-session, a client killed in the middle of a
registration, SQLite killed mid-write.

The server tests run their own throwaway PostgreSQL cluster (initdb in a temp folder, a free port
on 127.0.0.1) and stop and start *that* one: the shared test server is never touched. They do not
skip: without initdb they fail and say what to install.
"""

from __future__ import annotations

import contextlib
import glob
import multiprocessing
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from app.audit import verify_chain
from app.cases import ApplicantDetails, register_case
from app.changes import ALL, LiveRefresh
from app.retry import DatabaseUnavailable, check_connection, run_in_transaction
from app.workspace import Workspace, open_workspace
from db.models import Case, CaseNumberCounter, User
from tests.factories import T0, make_division, make_regulation, make_user

pytestmark = pytest.mark.slow


# --- a throwaway PostgreSQL cluster ---------------------------------------------------------------


class Cluster:
    def __init__(self, bindir: str, datadir: Path, port: int) -> None:
        self.bindir, self.datadir, self.port = bindir, datadir, port

    def _run(self, *args: str) -> None:
        command = [f"{self.bindir}/pg_ctl", "-D", str(self.datadir), *args]
        if os.geteuid() == 0:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(f"'{a}'" for a in command)]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.datadir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run("-l", str(self.datadir / "server.log"), "-w", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("-m", mode, "-w", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_workspace(self, database: str) -> Workspace:
        """A new, empty database on this cluster, opened (schema at head)."""
        admin = create_engine(self.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {database} ENCODING 'UTF8' TEMPLATE template0"))
        admin.dispose()
        return open_workspace(self.url(database))


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb")) or [shutil.which("initdb") or ""]
    initdb = candidates[-1]
    if not initdb or not os.path.exists(initdb):
        pytest.fail(
            "找不到 initdb：这些故障测试需要自己启动一个临时 PostgreSQL 集群。"
            "请安装 Debian 的 postgresql 软件包（apt-get install postgresql）。"
        )
    bindir = os.path.dirname(initdb)
    root = Path(tempfile.mkdtemp(prefix="sunlight-faults-"))
    datadir = root / "data"
    datadir.mkdir()
    command = [initdb, "-D", str(datadir), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8"]
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(datadir, "postgres")
        command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(command)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    instance = Cluster(bindir, datadir, _free_port())
    instance.start()
    try:
        yield instance
    finally:
        with contextlib.suppress(subprocess.CalledProcessError):
            instance.stop("immediate")
        shutil.rmtree(root, ignore_errors=True)


def _setup_desk(workspace: Workspace) -> None:
    with workspace.transaction() as session:
        division = make_division(session)
        make_user(session, division)
        make_regulation(session, division)


def _register(session, n: int) -> Case:  # type: ignore[no-untyped-def]
    return register_case(
        session,
        actor=session.scalars(select(User)).first(),
        regulation=make_regulation(session),
        applicant=ApplicantDetails(name=f"故障测试{n}"),
        subject="故障测试",
        received_at=T0 + timedelta(minutes=n),
    )


def _assert_consistent(workspace: Workspace) -> int:
    """Numbers gap-free and matching the counter, audit chain intact; returns the case count."""
    with workspace.sessions() as session:
        sequences = sorted(session.scalars(select(Case.sequence)))
        counter = session.scalar(select(func.coalesce(func.max(CaseNumberCounter.last_sequence), 0)))
        assert sequences == list(range(1, len(sequences) + 1))
        assert counter == len(sequences)
        result = verify_chain(session)
        assert result.ok, result.message
    return len(sequences)


def test_server_restart_mid_session(cluster: Cluster) -> None:
    workspace = cluster.new_workspace("restart_desk")
    refresh = LiveRefresh(workspace.url, retry_every=0.1)
    try:
        _setup_desk(workspace)
        run_in_transaction(workspace, lambda s: _register(s, 1))
        assert refresh.tick().connected

        cluster.stop()
        with pytest.raises(DatabaseUnavailable) as error:
            run_in_transaction(workspace, lambda s: _register(s, 2))
        assert not error.value.in_doubt and "自动重新连接" in error.value.message
        assert not check_connection(workspace)
        state = refresh.tick()
        assert not state.connected and "无法连接" in state.message  # the banner's text

        cluster.start()
        deadline = time.monotonic() + 10
        while not check_connection(workspace) and time.monotonic() < deadline:
            time.sleep(0.2)
        state = refresh.tick()
        while not state.connected and time.monotonic() < deadline:
            time.sleep(0.2)
            state = refresh.tick()
        assert state.connected and state.reconnected and ALL in state.changed  # reload everything
        # The form the user kept is submitted again and goes through once.
        run_in_transaction(workspace, lambda s: _register(s, 2))
        assert _assert_consistent(workspace) == 2
    finally:
        refresh.close()
        workspace.close()


def test_server_stopped_during_commit_is_once_or_not_at_all(cluster: Cluster) -> None:
    workspace = cluster.new_workspace("commit_desk")
    try:
        _setup_desk(workspace)
        run_in_transaction(workspace, lambda s: _register(s, 1))

        def register_then_lose_the_server(session):  # type: ignore[no-untyped-def]
            case = _register(session, 2)
            session.flush()
            cluster.stop("immediate")  # the server dies before our COMMIT reaches it
            return case

        with pytest.raises(DatabaseUnavailable) as error:
            run_in_transaction(workspace, register_then_lose_the_server)
        assert error.value.in_doubt and "刷新" in error.value.message
        cluster.start()
        deadline = time.monotonic() + 10
        while not check_connection(workspace) and time.monotonic() < deadline:
            time.sleep(0.2)
        count = _assert_consistent(workspace)
        assert count in (1, 2)  # completed once, or not at all
        run_in_transaction(workspace, lambda s: _register(s, 3))
        assert _assert_consistent(workspace) == count + 1
    finally:
        workspace.close()


# --- a client killed in the middle of a registration ------------------------------------------------


def _register_and_hang(url: str, inside: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    workspace = open_workspace(url)
    with workspace.transaction() as session:
        _register(session, 99)
        session.flush()  # the number is taken, the rows written, the audit head locked
        inside.set()
        time.sleep(120)  # killed here


def _write_forever(url: str, started: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    workspace = open_workspace(url)
    n = 1000
    while True:
        with workspace.transaction() as session:
            _register(session, n)
        n += 1
        started.set()


def test_client_killed_mid_registration_leaves_nothing_behind(workspace: Workspace) -> None:
    _setup_desk(workspace)
    with workspace.transaction() as session:
        _register(session, 1)
    context = multiprocessing.get_context("spawn")
    inside = context.Event()
    child = context.Process(target=_register_and_hang, args=(workspace.url, inside))
    child.start()
    try:
        assert inside.wait(60), "the child never reached the middle of its registration"
        os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    finally:
        child.join(30)
    # The other desks carry on: the next registration takes number 2, not 3.
    with workspace.transaction() as session:
        case = _register(session, 2)
        assert case.sequence == 2
    assert _assert_consistent(workspace) == 2
    if workspace.engine.dialect.name == "sqlite":
        assert _integrity(workspace) == "ok"


def _integrity(workspace: Workspace) -> str:
    path = workspace.engine.url.database
    connection = sqlite3.connect(str(path))
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def test_sqlite_killed_mid_write_keeps_integrity(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.db'}"
    workspace = open_workspace(url)
    try:
        _setup_desk(workspace)
        context = multiprocessing.get_context("spawn")
        for delay in (0.05, 0.3, 0.7):
            started = context.Event()
            child = context.Process(target=_write_forever, args=(url, started))
            child.start()
            assert started.wait(60)
            time.sleep(delay)
            os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
            child.join(30)
            assert _integrity(workspace) == "ok"
            _assert_consistent(workspace)
        assert _assert_consistent(workspace) >= 3
    finally:
        workspace.close()


# --- a SQLite file on a network share -----------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
fileserver:/export/drc /mnt/drc nfs4 rw,relatime 0 0
//nas/办公室 /mnt/office\\040share cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_network_share_is_detected_from_the_mount_table(tmp_path: Path) -> None:
    from app.workspace_checks import mount_fs_type, network_share_warning, sqlite_on_network_share

    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS, encoding="utf-8")
    assert mount_fs_type(Path("/mnt/drc/desk/sunlight.db"), MOUNTS) == "nfs4"
    assert mount_fs_type(Path("/mnt/office share/a.db"), MOUNTS) == "cifs"
    assert mount_fs_type(Path("/mnt/drcx/a.db"), MOUNTS) == "ext4"  # a prefix is not a parent
    assert sqlite_on_network_share("/mnt/drc/desk/sunlight.db", mounts_file=str(mounts))
    assert sqlite_on_network_share("/mnt/office share/sunlight.db", mounts_file=str(mounts))
    assert not sqlite_on_network_share("/home/clerk/sunlight.db", mounts_file=str(mounts))
    assert not sqlite_on_network_share(tmp_path / "local.db")  # this machine's real mount table
    assert network_share_warning("postgresql+psycopg://u@h/db") is None
    assert network_share_warning(f"sqlite:///{tmp_path / 'local.db'}") is None


# --- the GUI while its server is stopped and started ---------------------------------------------------


@pytest.mark.qt_no_exception_capture  # what a slot lets out goes to the application's own handler
def test_the_window_while_the_server_is_down_keeps_the_form_and_saves_once_it_is_back(
    cluster: Cluster,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    from tests.test_main_window_wiring import _window
    from tests.test_supervision_desk import make_desk
    from ui.crash import CrashDialog, install_crash_handler
    from ui.register_dialog import RegisterDialog

    program_errors: list[str] = []  # the "程序出错" dialog: never for a server that went away
    monkeypatch.setattr(CrashDialog, "exec", lambda dialog: program_errors.append(dialog.windowTitle()))
    handler = install_crash_handler()

    workspace = cluster.new_workspace("gui_desk")
    try:
        make_desk(workspace)
        window = _window(qtbot, workspace, "clerk1")
        window.live.feed.retry_every = 0.2
        dialog = window.register_case()
        assert isinstance(dialog, RegisterDialog)
        dialog.choose("QL-01")
        dialog.applicant_name.setText("湘潭示例储能科技有限公司")

        cluster.stop()
        qtbot.waitUntil(window.connection_banner.isVisible, timeout=10_000)
        dialog.save_button.click()  # saving while the server is down: said so, nothing lost
        assert dialog.isVisible() and dialog.case_id is None
        assert "暂时无法连接" in dialog.message.text() and "没有保存" in dialog.message.text()
        assert dialog.applicant_name.text() == "湘潭示例储能科技有限公司"

        cluster.start()
        qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=15_000)
        assert "已恢复" in window.statusBar().currentMessage()
        dialog.save_button.click()
        assert dialog.case_id is not None, dialog.message.text()
        qtbot.waitUntil(lambda: window.case_list.model.rowCount() == 1, timeout=5_000)
        assert program_errors == []
        with workspace.reading_sessions() as session:
            assert session.scalar(select(func.count()).select_from(Case)) == 1
            assert verify_chain(session).ok
        window.close()
    finally:
        handler.uninstall()
        workspace.close()
