"""supervision office: notices, complaints, collective-decision meetings, accountability, social feedback

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_type", sa.String(length=16), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("division_id", sa.Integer(), nullable=True),
        sa.Column("presiding_id", sa.Integer(), nullable=False),
        sa.Column("recorder_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["division_id"], ["divisions.id"], name=op.f("fk_meetings_division_id_divisions")
        ),
        sa.ForeignKeyConstraint(["presiding_id"], ["users.id"], name=op.f("fk_meetings_presiding_id_users")),
        sa.ForeignKeyConstraint(["recorder_id"], ["users.id"], name=op.f("fk_meetings_recorder_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meetings_held_on"), ["held_on"], unique=False)

    op.create_table(
        "supervision_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("division_id", sa.Integer(), nullable=False),
        sa.Column("sender_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("requirements", sa.Text(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("reply_due", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.Column("replied_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["division_id"], ["divisions.id"], name=op.f("fk_supervision_notices_division_id_divisions")
        ),
        sa.ForeignKeyConstraint(
            ["replied_by_id"], ["users.id"], name=op.f("fk_supervision_notices_replied_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["sender_id"], ["users.id"], name=op.f("fk_supervision_notices_sender_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_notices")),
    )
    with op.batch_alter_table("supervision_notices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_notices_division_id"), ["division_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_notices_status"), ["status"], unique=False)

    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("complainant", sa.String(length=100), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("division_id", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by_id", sa.Integer(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("investigation", sa.Text(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_complaints_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name=op.f("fk_complaints_closed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["division_id"], ["divisions.id"], name=op.f("fk_complaints_division_id_divisions")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_id"], ["users.id"], name=op.f("fk_complaints_registered_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaints_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_division_id"), ["division_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaints_status"), ["status"], unique=False)

    op.create_table(
        "meeting_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("personnel", sa.Boolean(), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.Column("decision_text", sa.Text(), nullable=False),
        sa.Column("dissent", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_meeting_items_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_items")),
    )
    with op.batch_alter_table("meeting_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_items_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_meeting_items_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "meeting_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("attended", sa.Boolean(), nullable=False),
        sa.Column("absence_reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_members_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_meeting_members_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_members")),
        sa.UniqueConstraint("meeting_id", "user_id", name=op.f("uq_meeting_members_meeting_id")),
    )
    with op.batch_alter_table("meeting_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_members_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "social_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("supervisor_name", sa.String(length=64), nullable=False),
        sa.Column("division_id", sa.Integer(), nullable=True),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("rating", sa.String(length=16), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by_id", sa.Integer(), nullable=False),
        sa.Column("reply_due", sa.Date(), nullable=False),
        sa.Column("reply_text", sa.Text(), nullable=False),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_social_feedback_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["division_id"], ["divisions.id"], name=op.f("fk_social_feedback_division_id_divisions")
        ),
        sa.ForeignKeyConstraint(
            ["registered_by_id"], ["users.id"], name=op.f("fk_social_feedback_registered_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_feedback")),
    )
    with op.batch_alter_table("social_feedback", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_social_feedback_division_id"), ["division_id"], unique=False)

    op.create_table(
        "supervision_notice_cases",
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_supervision_notice_cases_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["supervision_notices.id"],
            name=op.f("fk_supervision_notice_cases_notice_id_supervision_notices"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("notice_id", "case_id", name=op.f("pk_supervision_notice_cases")),
    )
    with op.batch_alter_table("supervision_notice_cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_notice_cases_case_id"), ["case_id"], unique=False)

    op.create_table(
        "accountability_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("auto_key", sa.String(length=64), nullable=True),
        sa.Column("violation_type", sa.String(length=32), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("division_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("raised_by_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("sanction", sa.String(length=32), nullable=False),
        sa.Column("sanction_on", sa.Date(), nullable=True),
        sa.Column("dismissal_reason", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_accountability_items_case_id_cases"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["closed_by_id"], ["users.id"], name=op.f("fk_accountability_items_closed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name=op.f("fk_accountability_items_complaint_id_complaints"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["division_id"], ["divisions.id"], name=op.f("fk_accountability_items_division_id_divisions")
        ),
        sa.ForeignKeyConstraint(
            ["raised_by_id"], ["users.id"], name=op.f("fk_accountability_items_raised_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accountability_items")),
        sa.UniqueConstraint("auto_key", name=op.f("uq_accountability_items_auto_key")),
    )
    with op.batch_alter_table("accountability_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accountability_items_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_accountability_items_division_id"), ["division_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_accountability_items_status"), ["status"], unique=False)

    op.create_table(
        "meeting_opinions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("stance", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["meeting_items.id"],
            name=op.f("fk_meeting_opinions_item_id_meeting_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["meeting_members.id"],
            name=op.f("fk_meeting_opinions_member_id_meeting_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_opinions")),
        sa.UniqueConstraint("item_id", "member_id", name=op.f("uq_meeting_opinions_item_id")),
    )
    with op.batch_alter_table("meeting_opinions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_opinions_item_id"), ["item_id"], unique=False)

    op.create_table(
        "accountability_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("responsibility", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["accountability_items.id"],
            name=op.f("fk_accountability_persons_item_id_accountability_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_accountability_persons_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accountability_persons")),
    )
    with op.batch_alter_table("accountability_persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accountability_persons_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("accountability_persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accountability_persons_item_id"))

    op.drop_table("accountability_persons")
    with op.batch_alter_table("meeting_opinions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_opinions_item_id"))

    op.drop_table("meeting_opinions")
    with op.batch_alter_table("accountability_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accountability_items_status"))
        batch_op.drop_index(batch_op.f("ix_accountability_items_division_id"))
        batch_op.drop_index(batch_op.f("ix_accountability_items_case_id"))

    op.drop_table("accountability_items")
    with op.batch_alter_table("supervision_notice_cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_notice_cases_case_id"))

    op.drop_table("supervision_notice_cases")
    with op.batch_alter_table("social_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_social_feedback_division_id"))

    op.drop_table("social_feedback")
    with op.batch_alter_table("meeting_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_members_meeting_id"))

    op.drop_table("meeting_members")
    with op.batch_alter_table("meeting_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_items_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_items_case_id"))

    op.drop_table("meeting_items")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_status"))
        batch_op.drop_index(batch_op.f("ix_complaints_division_id"))
        batch_op.drop_index(batch_op.f("ix_complaints_case_id"))

    op.drop_table("complaints")
    with op.batch_alter_table("supervision_notices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_notices_status"))
        batch_op.drop_index(batch_op.f("ix_supervision_notices_division_id"))

    op.drop_table("supervision_notices")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meetings_held_on"))

    op.drop_table("meetings")
