"""An open database: engine, session factory, and what kind of database it is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app import settings, timesource
from app.changes import install_change_announcements
from app.connection import connection_failure
from app.errors import ConfigurationError
from app.messages import msg
from db.engine import create_database_engine, create_session_factory, resolve_database_url
from db.migrate import current_revision, head_revision, known_revision, upgrade_to_head


@dataclass
class Workspace:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    reading_engine: Engine
    # Sessions for read-only work (lists, dashboards, reports): on SQLite they do not take the
    # write lock. Never write through them.
    reading_sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on error. A conflict the
        database reports, or a lost connection, comes out as the DatabaseBusy or
        DatabaseUnavailable the user is shown (app.retry.database_error), never as a driver error;
        nothing is run again here (app.retry.run_in_transaction does that)."""
        from app.retry import database_error

        committing = False
        try:
            with self.sessions.begin() as session:
                yield session
                committing = True
        except DBAPIError as error:
            shown = database_error(error, self.display_name, committing=committing)
            if shown is None:
                raise
            raise shown from error

    @property
    def is_training(self) -> bool:
        with self.sessions() as session:
            return bool(settings.read_setting(session, settings.TRAINING))

    @property
    def display_name(self) -> str:
        """The database for the status bar, without a password."""
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()
        self.reading_engine.dispose()


def open_workspace(url: str | None = None, *, upgrade: bool = True) -> Workspace:
    """Open (and on first use create) the database, bring it to the current schema, and apply the
    training-only fake time if one was requested."""
    resolved = resolve_database_url(url)
    engine = create_database_engine(resolved)
    try:
        revision = current_revision(engine)
        if revision is not None and not known_revision(revision):
            raise ConfigurationError(
                msg(
                    "数据库结构版本 {revision} 比本程序新（本程序为 {head}）：该数据库已由较新版本的"
                    "阳光办件升级，请先升级本机的阳光办件，再连接该数据库。",
                    revision=revision,
                    head=head_revision(),
                )
            )
        if revision != head_revision():
            if not upgrade:
                raise ConfigurationError(
                    msg(
                        "数据库结构版本为 {revision}，本程序需要 {head}，请先运行 sunlight db upgrade。",
                        revision=revision or msg("空"),
                        head=head_revision(),
                    )
                )
            upgrade_to_head(engine)
            if revision is None:
                _initialise_new_database(engine)
    except ConfigurationError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise connection_failure(resolved, exc) from exc
    reading_engine = create_database_engine(resolved, for_reading=True)
    workspace = Workspace(
        resolved,
        engine,
        create_session_factory(engine),
        reading_engine,
        create_session_factory(reading_engine),
    )
    install_change_announcements(workspace.sessions)
    try:
        timesource.apply_fake_now(workspace.is_training)
    except BaseException:
        workspace.close()
        raise
    return workspace


def _initialise_new_database(engine: Engine) -> None:
    """Data every new database starts with: the published holiday schedules."""
    from app.calendar_store import seed_default_calendar

    with create_session_factory(engine).begin() as session:
        seed_default_calendar(session)
