"""E-mail as a channel: each queue's mailbox, the threads with customers,
their messages in and out, and their attachments; and how many e-mail
threads an agent takes at once.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    # A plain ADD COLUMN (see 0009): SQLite's batch mode would copy the table.
    op.add_column(
        "users",
        sa.Column("email_capacity", sa.Integer(), server_default=sa.text("2"), nullable=False),
    )
    op.create_table(
        "mailboxes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("imap_host", sa.Text(), nullable=False),
        sa.Column("imap_port", sa.Integer(), server_default=sa.text("993"), nullable=False),
        sa.Column("imap_security", sa.Text(), server_default=sa.text("'tls'"), nullable=False),
        sa.Column("folder", sa.Text(), server_default=sa.text("'INBOX'"), nullable=False),
        sa.Column("smtp_host", sa.Text(), nullable=False),
        sa.Column("smtp_port", sa.Integer(), server_default=sa.text("465"), nullable=False),
        sa.Column("smtp_security", sa.Text(), server_default=sa.text("'tls'"), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("password", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("enabled", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("uid_validity", sa.BigInteger(), nullable=True),
        sa.Column("last_uid", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.CheckConstraint(
            "imap_security IN ('tls', 'starttls')", name=op.f("ck_mailboxes_imap_security")
        ),
        sa.CheckConstraint(
            "smtp_security IN ('tls', 'starttls')", name=op.f("ck_mailboxes_smtp_security")
        ),
        sa.CheckConstraint(
            "imap_port BETWEEN 1 AND 65535 AND smtp_port BETWEEN 1 AND 65535",
            name=op.f("ck_mailboxes_port"),
        ),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_mailboxes_queue_id_queues"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mailboxes")),
        sa.UniqueConstraint("queue_id", name=op.f("uq_mailboxes_queue_id")),
        sa.UniqueConstraint("address", name=op.f("uq_mailboxes_address")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "email_threads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mailbox_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("customer_address", sa.Text(), nullable=False),
        sa.Column("customer_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("subject", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mailbox_id"],
            ["mailboxes.id"],
            name=op.f("fk_email_threads_mailbox_id_mailboxes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_email_threads_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["users.id"],
            name=op.f("fk_email_threads_agent_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_threads")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_email_threads_contact_id"), "email_threads", ["contact_id"], unique=False
    )
    op.create_index(
        op.f("ix_email_threads_customer_id"), "email_threads", ["customer_id"], unique=False
    )
    op.create_table(
        "email_messages",
        sa.Column("id", _ID, nullable=False),
        sa.Column("mailbox_id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("direction", sa.Text(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.Column("in_reply_to", sa.Text(), nullable=True),
        sa.Column(
            "references", sa.JSON(none_as_null=True), server_default=sa.text("'[]'"), nullable=False
        ),
        sa.Column("from_address", sa.Text(), nullable=False),
        sa.Column("from_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column(
            "to_addresses",
            sa.JSON(none_as_null=True),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column(
            "cc_addresses",
            sa.JSON(none_as_null=True),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column("subject", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("text", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("html", sa.Text(), nullable=True),
        sa.Column("at", sa.Double(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("next_attempt_at", sa.Double(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("sent_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f("ck_email_messages_direction")),
        sa.CheckConstraint(
            "status IN ('received', 'queued', 'sent', 'failed')",
            name=op.f("ck_email_messages_status"),
        ),
        sa.ForeignKeyConstraint(
            ["mailbox_id"],
            ["mailboxes.id"],
            name=op.f("fk_email_messages_mailbox_id_mailboxes"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["email_threads.id"],
            name=op.f("fk_email_messages_thread_id_email_threads"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["sent_by"],
            ["users.id"],
            name=op.f("fk_email_messages_sent_by_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_messages")),
        sa.UniqueConstraint(
            "mailbox_id", "message_id", name=op.f("uq_email_messages_mailbox_id_message_id")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_email_messages_thread_id"), "email_messages", ["thread_id"], unique=False
    )
    op.create_index(
        op.f("ix_email_messages_status_next_attempt_at"),
        "email_messages",
        ["status", "next_attempt_at"],
        unique=False,
    )
    op.create_table(
        "email_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_id", _ID, nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("content_type", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"],
            ["email_messages.id"],
            name=op.f("fk_email_attachments_message_id_email_messages"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_attachments")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        op.f("ix_email_attachments_message_id"),
        "email_attachments",
        ["message_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("email_attachments")
    op.drop_table("email_messages")
    op.drop_table("email_threads")
    op.drop_table("mailboxes")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("email_capacity")
