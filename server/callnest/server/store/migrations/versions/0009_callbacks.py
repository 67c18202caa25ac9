"""Callbacks: a waiting caller may leave a number and keep their place; a
customer or an agent may ask for a call at a time. Queues say whether they
offer callbacks, how long a callback's card shows before it is placed, and
the priority scheduled callbacks have over new calls.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ALTER TABLE ... ADD COLUMN, not alembic's batch mode, and no
    # constraint (the API checks the ranges): SQLite would copy the table, and
    # dropping the old one would set every row that points at a queue
    # (interactions, chats...) to NULL.
    op.add_column(
        "queues",
        sa.Column("callbacks_offered", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.add_column(
        "queues",
        sa.Column("callback_preview_s", sa.Double(), server_default=sa.text("10"), nullable=False),
    )
    op.add_column(
        "queues",
        sa.Column("callback_priority", sa.Integer(), server_default=sa.text("1"), nullable=False),
    )
    op.create_table(
        "callbacks",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=True),
        sa.Column("requested_at", sa.Double(), nullable=False),
        sa.Column("promised_at", sa.Double(), nullable=False),
        sa.Column("due_at", sa.Double(), nullable=False),
        sa.Column("time_zone", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), server_default=sa.text("'scheduled'"), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("last_outcome", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.CheckConstraint(
            "status IN ('scheduled', 'waiting', 'dialing', 'done', 'failed', 'cancelled')",
            name=op.f("ck_callbacks_status"),
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_callbacks_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_callbacks_queue_id_queues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"],
            ["users.id"],
            name=op.f("fk_callbacks_requested_by_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_callbacks")),
    )
    op.create_index("ix_callbacks_status_due_at", "callbacks", ["status", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_callbacks_status_due_at", table_name="callbacks")
    op.drop_table("callbacks")
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("callback_priority")
        batch.drop_column("callback_preview_s")
        batch.drop_column("callbacks_offered")
