"""Escalation tiers: each queue's first-response and resolution targets for
its e-mails, tasks and callbacks, and the specialists' queue an item waiting
past one moves to; and e-mail replies found by their contact (its first
response).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs (see 0009): SQLite's batch mode would copy the table,
    # and dropping the old one would set every row that points at a queue to NULL.
    op.add_column("queues", sa.Column("first_response_target_s", sa.Double(), nullable=True))
    op.add_column("queues", sa.Column("resolution_target_s", sa.Double(), nullable=True))
    op.add_column("queues", sa.Column("escalate_to_queue_id", sa.Integer(), nullable=True))
    op.create_index(
        op.f("ix_email_messages_contact_id"), "email_messages", ["contact_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_email_messages_contact_id"), table_name="email_messages")
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("escalate_to_queue_id")
        batch.drop_column("resolution_target_s")
        batch.drop_column("first_response_target_s")
