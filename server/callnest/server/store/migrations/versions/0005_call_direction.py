"""Calls out: each interaction says whether the customer called in or an
agent called out, so reports can split the two.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(
            sa.Column("direction", sa.Text(), server_default=sa.text("'inbound'"), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("direction")
