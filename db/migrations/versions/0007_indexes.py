"""indexes for a million cases: list filters, cards, dashboard and monthly report; merges 0005 and 0006

Revision ID: 0007
Revises: 0005, 0006
Create Date: 2026-11-27
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = ("0005", "0006")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (name, columns): each mirrored by an Index(...) in db/models.py Case.__table_args__.
CASE_INDEXES: tuple[tuple[str, list[str]], ...] = (
    # The list filtered by division or regulation, newest first: the page comes off the index.
    ("ix_cases_division_received", ["division_id", "received_at"]),
    ("ix_cases_regulation_received", ["regulation_id", "received_at"]),
    # Yellow/red card filters and the dashboard's card counts: timed cases by due date.
    ("ix_cases_clock_due", ["clock_state", "statutory_due"]),
    ("ix_cases_yellow_on", ["yellow_on"]),
    # Monthly report and dashboard: what was accepted, decided or closed in a month.
    ("ix_cases_accepted_at", ["accepted_at"]),
    ("ix_cases_decided_at", ["decided_at"]),
    ("ix_cases_closed_at", ["closed_at"]),
)


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name, columns in CASE_INDEXES:
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        for name, _columns in reversed(CASE_INDEXES):
            batch_op.drop_index(name)
