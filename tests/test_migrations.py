"""The schema is created only by migrations, from empty to head, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from db.engine import create_database_engine
from db.migrate import current_revision, head_revision, upgrade_to_head
from db.models import Base
from tests.conftest import BACKENDS


def test_empty_database_migrates_to_head_matching_the_models(database_url: str) -> None:
    engine = create_database_engine(database_url)
    upgrade_to_head(engine)  # idempotent on a database already at head
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_models_and_migrations_agree(database_url: str) -> None:
    """Autogenerate finds nothing to do: no model change was made without its migration."""
    import warnings

    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.models import include_in_comparison

    engine = create_database_engine(database_url)
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLite cannot reflect expression indexes: Alembic says it skips the PostgreSQL-only one.
        warnings.filterwarnings("ignore", "autogenerate skipping .* index 'ix_cases_search_pairs'")
        opts = {"compare_type": False, "include_object": include_in_comparison(conn.dialect.name)}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_database_from_a_newer_client_is_refused(database_url: str) -> None:
    from sqlalchemy import text

    from app.errors import ConfigurationError
    from app.workspace import open_workspace

    engine = create_database_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(ConfigurationError, match="比本程序新"):
        open_workspace(database_url)


@pytest.mark.skipif("postgresql" not in BACKENDS, reason="PostgreSQL not in SUNLIGHT_TEST_BACKENDS")
def test_without_the_right_to_create_pg_trgm_search_works_unindexed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A role that may create tables but not extensions: 0009 warns, skips the trigram indexes,
    and the rest of the upgrade and the case list's search still work."""
    import logging
    import uuid

    from sqlalchemy import create_engine, make_url, text

    from app.caselist import CaseFilter, count_cases
    from app.workspace import open_workspace
    from tests.factories import register_many
    from tests.pg_databases import create_database, drop_database, pg_admin_url

    suffix = uuid.uuid4().hex[:10]
    role, name = f"sunlight_noext_{suffix}", f"sunlight_t_noext_{suffix}"
    admin_url = make_url(pg_admin_url())
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
    create_database(name)
    in_database = create_engine(admin_url.set(database=name), isolation_level="AUTOCOMMIT")
    with in_database.connect() as conn:
        conn.execute(text(f'GRANT USAGE, CREATE ON SCHEMA public TO "{role}"'))
    in_database.dispose()
    try:
        url = admin_url.set(database=name, username=role, password=None).render_as_string(hide_password=False)
        with caplog.at_level(logging.WARNING):
            workspace = open_workspace(url)
        try:
            assert "cannot create the pg_trgm extension" in caplog.text
            assert "CREATE EXTENSION pg_trgm" in caplog.text
            assert current_revision(workspace.engine) == head_revision()
            indexes = {index["name"] for index in inspect(workspace.engine).get_indexes("cases")}
            assert not {i for i in indexes if i.endswith("_trgm") or i == "ix_cases_search_pairs"}
            assert "ix_cases_closed_at" in indexes
            with workspace.transaction() as session:
                register_many(session, 12)
            with workspace.reading_sessions() as session:
                assert count_cases(session, CaseFilter(text="示例007")) == 1
                assert count_cases(session, CaseFilter(text="示例")) == 12
                assert count_cases(session, CaseFilter(text="示例00")) == 10
        finally:
            workspace.close()
    finally:
        drop_database(name)
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()
