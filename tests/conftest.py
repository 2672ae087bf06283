"""Shared fixtures.

Every database test runs on SQLite and on PostgreSQL: the `workspace` fixture is parametrised over
both backends and gives each test its own fresh database, copied from a template migrated to head
once per run (a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL). Tests may
commit freely: nothing is shared between tests.

PostgreSQL comes from SUNLIGHT_TEST_PG_URL (an admin URL, e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/postgres), defaulting to the local server. Set
SUNLIGHT_TEST_BACKENDS=sqlite to run SQLite only during quick local work; `make test` runs both.
The PostgreSQL databases a run makes are dropped at its end; those of a run that crashed, by the
next run (tests.pg_databases).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SUNLIGHT_FAKE_NOW", None)
os.environ.pop("SUNLIGHT_DB_URL", None)

from app import timesource
from app.workspace import Workspace, open_workspace
from tests.pg_databases import create_database, drop_database, drop_orphans

BACKENDS = [b for b in os.environ.get("SUNLIGHT_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]
RUN_ID = uuid.uuid4().hex[:8]


class DatabaseFactory:
    """Creates fresh databases of one backend at head, fast, from a migrated template."""

    def __init__(self, backend: str, tmp_dir: Path) -> None:
        self.backend = backend
        self.tmp_dir = tmp_dir
        self._template: str | None = None
        self._created: list[str] = []

    def template(self) -> str:
        if self._template is None:
            if self.backend == "sqlite":
                path = self.tmp_dir / "template.db"
                url = f"sqlite:///{path}"
                # Created as the application creates a database: schema and its initial data.
                # Closing the last connection checkpoints and removes the WAL before copies.
                open_workspace(url).close()
                self._template = str(path)
            else:
                name = f"sunlight_tpl_{RUN_ID}"
                open_workspace(create_database(name)).close()
                self._created.append(name)
                self._template = name
        return self._template

    def new_database(self) -> str:
        template = self.template()
        if self.backend == "sqlite":
            path = self.tmp_dir / f"db_{uuid.uuid4().hex[:10]}.db"
            shutil.copyfile(template, path)
            return f"sqlite:///{path}"
        name = f"sunlight_t_{RUN_ID}_{uuid.uuid4().hex[:10]}"
        url = create_database(name, template=template)
        self._created.append(name)
        return url

    def drop_all(self) -> None:
        if self.backend == "postgresql":
            for name in reversed(self._created):
                drop_database(name)


@pytest.fixture(scope="session")
def database_factories(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, DatabaseFactory]]:
    root = tmp_path_factory.mktemp("databases")
    if "postgresql" in BACKENDS:
        drop_orphans()  # what earlier runs that crashed left on the server
    factories = {backend: DatabaseFactory(backend, root) for backend in BACKENDS}
    yield factories
    for factory in factories.values():
        factory.drop_all()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# A test of something only PostgreSQL has, on the `backend` fixture's PostgreSQL database alone.
postgresql_only = pytest.mark.parametrize("backend", [b for b in BACKENDS if b == "postgresql"])


@pytest.fixture
def database_url(backend: str, database_factories: dict[str, DatabaseFactory]) -> str:
    """A fresh, empty database at the current schema, on the parametrised backend."""
    return database_factories[backend].new_database()


@pytest.fixture
def workspace(database_url: str) -> Iterator[Workspace]:
    ws = open_workspace(database_url)
    yield ws
    ws.close()


@pytest.fixture
def people(workspace: Workspace) -> dict[str, int]:
    """A clerk and a reviewer of one division, and a case the clerk has just registered."""
    from app.cases import ApplicantDetails, register_case
    from tests.factories import T0, make_division, make_regulation, make_user

    timesource.set_fake_now(T0)
    with workspace.transaction() as session:
        tzc = make_division(session, "TZC")
        clerk = make_user(session, tzc, "clerk1", ("clerk",))
        reviewer = make_user(session, tzc, "reviewer1", ("reviewer",))
        case = register_case(
            session,
            actor=clerk,
            regulation=make_regulation(session),
            applicant=ApplicantDetails(name="长沙示例新能源有限公司"),
            subject="示例风电场项目",
        )
        return {"clerk": clerk.id, "reviewer": reviewer.id, "case": case.id}


@pytest.fixture(autouse=True)
def _real_time() -> Iterator[None]:
    """No test leaks a pretended present into the next."""
    yield
    timesource.set_fake_now(None)


@pytest.fixture(autouse=True)
def _no_leftover_windows() -> Iterator[None]:
    """No test leaves a window or modal dialog open for the next one to trip over."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
