"""Chat: conversations and their messages, CSAT on interactions, canned
responses and the cross-channel rule per queue.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queues") as batch:
        batch.add_column(
            sa.Column(
                "canned_responses",
                sa.JSON(none_as_null=True),
                server_default=sa.text("'[]'"),
                nullable=False,
            )
        )
        batch.add_column(
            sa.Column(
                "calls_while_chatting", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(sa.Column("csat_rating", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("csat_comment", sa.Text(), nullable=True))
        batch.add_column(sa.Column("csat_at", sa.Double(), nullable=True))
        batch.create_check_constraint(
            op.f("ck_interactions_csat_rating"), "csat_rating BETWEEN 1 AND 5"
        )
    op.create_table(
        "chats",
        sa.Column("contact_id", sa.Text(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("token_hash", sa.Text(), nullable=False),
        sa.Column("customer_name", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=True),
        sa.Column("phone", sa.Text(), nullable=True),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("started_at", sa.Double(), nullable=False),
        sa.Column("ended_at", sa.Double(), nullable=True),
        sa.ForeignKeyConstraint(
            ["queue_id"], ["queues.id"], name=op.f("fk_chats_queue_id_queues"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_chats_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_chats")),
    )
    op.create_index(op.f("ix_chats_ended_at"), "chats", ["ended_at"])
    op.create_table(
        "chat_messages",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sender", sa.Text(), nullable=False),
        sa.Column("sender_name", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", sa.Double(), nullable=False),
        sa.Column("client_msg_id", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "sender IN ('customer', 'agent', 'system')", name=op.f("ck_chat_messages_sender")
        ),
        sa.CheckConstraint("length(text) BETWEEN 1 AND 4000", name=op.f("ck_chat_messages_text")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_messages")),
        sa.UniqueConstraint("contact_id", "seq", name=op.f("uq_chat_messages_contact_id_seq")),
        sa.UniqueConstraint(
            "contact_id", "client_msg_id", name=op.f("uq_chat_messages_contact_id_client_msg_id")
        ),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("chat_messages")
    op.drop_index(op.f("ix_chats_ended_at"), table_name="chats")
    op.drop_table("chats")
    with op.batch_alter_table("interactions") as batch:
        batch.drop_constraint(op.f("ck_interactions_csat_rating"), type_="check")
        batch.drop_column("csat_at")
        batch.drop_column("csat_comment")
        batch.drop_column("csat_rating")
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("calls_while_chatting")
        batch.drop_column("canned_responses")
