"""the case list's text search served by trigram indexes on PostgreSQL (pg_trgm)

The search box matches a fragment anywhere in the case number, the applicant or the project name
(`ILIKE '%…%'`). A B-tree cannot serve that; pg_trgm's GIN indexes can, for fragments of three
characters or more. Chinese names are often two characters, which have no trigram, so a fourth
index covers every pair of adjacent characters (see PAIRS_FUNCTION): a one- or two-character
fragment is looked up there and then checked by the same ILIKE.

`CREATE EXTENSION pg_trgm` needs the CREATE right on the database (pg_trgm is a trusted
extension: the database owner may create it). When the migration cannot create it, it logs a
warning, skips the indexes and the search still works, by scanning; the DBA creates the extension
and runs INDEX_STATEMENTS by hand (docs/deployment-postgresql.md). SQLite has no such index: its
LIKE scans, which is fine at the sizes a single-machine database holds.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

import logging
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

# Every pair of adjacent characters of "number applicant subject", each pair a word between
# spaces: the pairs at even offsets, then those at odd offsets. A text containing fragment "ab"
# therefore contains " ab " here, and every character starts a word (" a"); pg_trgm indexes a
# two-character word by its padded trigrams ("  a", " ab", "ab "), i.e. by the pair. A plain
# expression in a SQL function: the planner inlines it, so the index matches the query and the
# recheck runs regexp_replace, not a function call. The query side is app.caselist.
PAIRS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION sunlight_case_pairs(number varchar, applicant_name varchar, subject varchar)
RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT ' ' || regexp_replace($1 || ' ' || $2 || ' ' || $3, '(..)', '\1 ', 'g')
    || ' ' || regexp_replace(substr($1 || ' ' || $2 || ' ' || $3, 2), '(..)', '\1 ', 'g') || ' '
$$
"""

# (name, CREATE INDEX): each mirrored by an Index(...) in db/models.py Case.__table_args__.
SEARCH_INDEXES: tuple[tuple[str, str], ...] = (
    ("ix_cases_number_trgm", "CREATE INDEX ix_cases_number_trgm ON cases USING gin (number gin_trgm_ops)"),
    (
        "ix_cases_applicant_name_trgm",
        "CREATE INDEX ix_cases_applicant_name_trgm ON cases USING gin (applicant_name gin_trgm_ops)",
    ),
    ("ix_cases_subject_trgm", "CREATE INDEX ix_cases_subject_trgm ON cases USING gin (subject gin_trgm_ops)"),
    (
        "ix_cases_search_pairs",
        "CREATE INDEX ix_cases_search_pairs ON cases "
        "USING gin (sunlight_case_pairs(number, applicant_name, subject) gin_trgm_ops)",
    ),
)
INDEX_STATEMENTS = tuple(statement for _name, statement in SEARCH_INDEXES)


def _trigram_extension(bind: sa.Connection) -> bool:
    """Whether pg_trgm is there, creating it when this role may. A failure is kept to a
    savepoint so the rest of the upgrade goes on."""
    if bind.scalar(sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")):
        return True
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError as error:
        log.warning(
            "0009: cannot create the pg_trgm extension (%s). The case list's text search works but "
            "scans every case. Ask the DBA to run `CREATE EXTENSION pg_trgm;` in this database, "
            "then the CREATE INDEX statements of docs/deployment-postgresql.md.",
            str(error.orig or error).strip().splitlines()[0],
        )
        return False
    return True


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    # Created whatever happens to the extension: the query calls it on PostgreSQL.
    op.execute(PAIRS_FUNCTION)
    if not _trigram_extension(bind):
        return
    for statement in INDEX_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    for name, _statement in reversed(SEARCH_INDEXES):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP FUNCTION IF EXISTS sunlight_case_pairs(varchar, varchar, varchar)")
    # The extension stays: other databases' objects or the DBA's may use it.
