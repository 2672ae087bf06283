"""printing: every printed document of a case, with its verification code

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "printed_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("document_number", sa.String(length=64), nullable=False),
        sa.Column("verification_code", sa.String(length=16), nullable=False),
        sa.Column("reprint_no", sa.Integer(), nullable=False),
        sa.Column("printed_by_id", sa.Integer(), nullable=True),
        sa.Column("printed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_printed_documents_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["printed_by_id"], ["users.id"], name=op.f("fk_printed_documents_printed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printed_documents")),
        sa.UniqueConstraint("verification_code", name=op.f("uq_printed_documents_verification_code")),
    )
    with op.batch_alter_table("printed_documents", schema=None) as batch_op:
        batch_op.create_index("ix_printed_documents_case_kind", ["case_id", "kind"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("printed_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_printed_documents_case_kind")
    op.drop_table("printed_documents")
