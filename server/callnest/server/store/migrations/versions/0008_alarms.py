"""Alarms: what the server's periodic checks found wrong (disk, backups,
certificate, trunks...), raised once and cleared when fixed, with when the
owner was told by e-mail.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "alarms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("raised_at", sa.Double(), nullable=False),
        sa.Column("cleared_at", sa.Double(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("fix", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("mailed_at", sa.Double(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_alarms")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_alarms_name_cleared_at", "alarms", ["name", "cleared_at"])


def downgrade() -> None:
    op.drop_index("ix_alarms_name_cleared_at", table_name="alarms")
    op.drop_table("alarms")
