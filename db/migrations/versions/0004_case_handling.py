"""case handling: the materials checklist, the holder of the current step, the decision text

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "case_materials",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("copies", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_materials_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_materials")),
    )
    with op.batch_alter_table("case_materials", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_materials_case_id"), ["case_id"], unique=False)

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("current_step_role", sa.String(length=32), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("current_step_division_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("step_entered_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("decision_text", sa.Text(), server_default="", nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_current_step_division_id_divisions"),
            "divisions",
            ["current_step_division_id"],
            ["id"],
        )
        batch_op.create_index(
            "ix_cases_step_holder", ["current_step_division_id", "current_step_role"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_step_holder")
        batch_op.drop_constraint(
            batch_op.f("fk_cases_current_step_division_id_divisions"), type_="foreignkey"
        )
        batch_op.drop_column("decision_text")
        batch_op.drop_column("step_entered_at")
        batch_op.drop_column("current_step_division_id")
        batch_op.drop_column("current_step_role")
    with op.batch_alter_table("case_materials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_materials_case_id"))
    op.drop_table("case_materials")
