"""a stopped clock keeps the days it ran past the statutory limit

The case list, the monthly report and the accountability sweep judged a decided case late when
its decision day came after its statutory due date. A case decided in a step the clock does not
count (报批, 证照办理: the clock is suspended there) may be decided after that date and still in
time: what counts is the days the clock ran. `cases.stopped_overdue_days` keeps them once the
clock stops; this migration fills it for the cases decided before, from their clock ledgers.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("stopped_overdue_days", sa.Integer(), nullable=True))
    # The clock's own code computes the figure (the same as at a stop), inside the migration's
    # transaction: the session joins it and neither commits nor ends it.
    from app.calendar_store import fill_stopped_overdue_days

    session = Session(bind=op.get_bind())
    try:
        fill_stopped_overdue_days(session)
    finally:
        session.close()


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("stopped_overdue_days")
