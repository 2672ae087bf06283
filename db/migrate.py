"""Bring a database to the schema this client expects, through Alembic only."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(url: str | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    """The schema this client expects, as text ("0007", or "0005+0006" while branches are open)."""
    heads = sorted(ScriptDirectory.from_config(alembic_config()).get_heads())
    assert heads, "no migrations found"
    return "+".join(heads)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        heads = sorted(MigrationContext.configure(conn).get_current_heads())
    return "+".join(heads) if heads else None


def known_revision(revision: str) -> bool:
    """Whether this client's migrations know `revision` (a database written by a newer client
    carries revisions this one has never heard of)."""
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    try:
        return all(script.get_revision(part) is not None for part in revision.split("+"))
    except CommandError:
        return False


def upgrade_to_head(engine: Engine) -> None:
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "heads")
