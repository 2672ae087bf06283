"""The schema is created only by migrations, from empty to head, on both backends."""

from __future__ import annotations

from sqlalchemy import inspect

from db.engine import create_database_engine
from db.migrate import current_revision, head_revision, upgrade_to_head
from db.models import Base


def test_empty_database_migrates_to_head_matching_the_models(database_url: str) -> None:
    engine = create_database_engine(database_url)
    upgrade_to_head(engine)  # idempotent on a database already at head
    assert current_revision(engine) == head_revision()
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_models_and_migrations_agree(database_url: str) -> None:
    """Autogenerate finds nothing to do: no model change was made without its migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = create_database_engine(database_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    engine.dispose()
    assert diff == []


def test_a_database_from_a_newer_client_is_refused(database_url: str) -> None:
    import pytest
    from sqlalchemy import text

    from app.errors import ConfigurationError
    from app.workspace import open_workspace

    engine = create_database_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(ConfigurationError, match="比本程序新"):
        open_workspace(database_url)
