"""Phone calls: SIP trunks, the phone numbers (DIDs) that reach a queue, and
each queue's outbound caller ID.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "trunks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("host", sa.Text(), nullable=False),
        sa.Column("port", sa.Integer(), server_default=sa.text("5060"), nullable=False),
        sa.Column("transport", sa.Text(), server_default=sa.text("'udp'"), nullable=False),
        sa.Column("outbound_proxy", sa.Text(), nullable=True),
        sa.Column("registers", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column(
            "register_expires_s", sa.Integer(), server_default=sa.text("3600"), nullable=False
        ),
        sa.Column("username", sa.Text(), nullable=True),
        sa.Column("auth_username", sa.Text(), nullable=True),
        sa.Column("password", sa.Text(), nullable=True),
        sa.Column("realm", sa.Text(), nullable=True),
        sa.Column(
            "ip_addresses",
            sa.JSON(none_as_null=True),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column(
            "codecs",
            sa.JSON(none_as_null=True),
            server_default=sa.text("""'["PCMA", "PCMU"]'"""),
            nullable=False,
        ),
        sa.Column("enabled", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.CheckConstraint("transport IN ('udp', 'tcp', 'tls')", name=op.f("ck_trunks_transport")),
        sa.CheckConstraint("port BETWEEN 1 AND 65535", name=op.f("ck_trunks_port")),
        sa.CheckConstraint(
            "NOT registers OR (username IS NOT NULL AND password IS NOT NULL)",
            name=op.f("ck_trunks_registration"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trunks")),
        sa.UniqueConstraint("name", name=op.f("uq_trunks_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "phone_numbers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("trunk_id", sa.Integer(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("label", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["trunk_id"],
            ["trunks.id"],
            name=op.f("fk_phone_numbers_trunk_id_trunks"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_phone_numbers_queue_id_queues"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_numbers")),
        sa.UniqueConstraint("number", name=op.f("uq_phone_numbers_number")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("queues") as batch:
        batch.add_column(sa.Column("outbound_caller_id", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_table("phone_numbers")
    op.drop_table("trunks")
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("outbound_caller_id")
