"""Campaigns: lists of people a queue's agents call (preview or progressive),
with calling windows, retries by outcome, and a do-not-call list.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=True),
        sa.Column("mode", sa.Text(), server_default=sa.text("'preview'"), nullable=False),
        sa.Column("preview_s", sa.Double(), server_default=sa.text("10"), nullable=False),
        sa.Column("status", sa.Text(), server_default=sa.text("'draft'"), nullable=False),
        sa.Column("calling_window", sa.JSON(none_as_null=True), nullable=True),
        sa.Column("retry", sa.JSON(none_as_null=True), nullable=True),
        sa.Column(
            "success_dispositions",
            sa.JSON(none_as_null=True),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column(
            "machine_dispositions",
            sa.JSON(none_as_null=True),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.CheckConstraint("mode IN ('preview', 'progressive')", name=op.f("ck_campaigns_mode")),
        sa.CheckConstraint(
            "status IN ('draft', 'running', 'paused', 'finished')",
            name=op.f("ck_campaigns_status"),
        ),
        sa.CheckConstraint("preview_s BETWEEN 0 AND 120", name=op.f("ck_campaigns_preview")),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_campaigns_queue_id_queues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_campaigns_script_id_scripts"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("name", name=op.f("uq_campaigns_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "campaign_prospects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("time_zone", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), server_default=sa.text("'pending'"), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("next_attempt_at", sa.Double(), nullable=False),
        sa.Column("last_outcome", sa.Text(), nullable=True),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("disposition_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'queued', 'dialing', 'done', 'exhausted')",
            name=op.f("ck_campaign_prospects_status"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_prospects_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_campaign_prospects_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["disposition_id"],
            ["dispositions.id"],
            name=op.f("fk_campaign_prospects_disposition_id_dispositions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_prospects")),
        sa.UniqueConstraint(
            "campaign_id", "number", name=op.f("uq_campaign_prospects_campaign_id_number")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_campaign_prospects_campaign_id_status_next",
        "campaign_prospects",
        ["campaign_id", "status", "next_attempt_at"],
    )
    op.create_table(
        "do_not_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("added_at", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_do_not_call_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["added_by"],
            ["users.id"],
            name=op.f("fk_do_not_call_added_by_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_do_not_call")),
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_do_not_call_number_global",
        "do_not_call",
        ["number"],
        unique=True,
        sqlite_where=sa.text("campaign_id IS NULL"),
        postgresql_where=sa.text("campaign_id IS NULL"),
    )
    op.create_index(
        "ix_do_not_call_number_campaign_id", "do_not_call", ["number", "campaign_id"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ix_do_not_call_number_campaign_id", table_name="do_not_call")
    op.drop_index("ix_do_not_call_number_global", table_name="do_not_call")
    op.drop_table("do_not_call")
    op.drop_index("ix_campaign_prospects_campaign_id_status_next", table_name="campaign_prospects")
    op.drop_table("campaign_prospects")
    op.drop_table("campaigns")
