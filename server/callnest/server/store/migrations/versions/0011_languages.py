"""Languages: each queue's language, what its callers read and hear unless
they choose another.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queues") as batch:
        batch.add_column(sa.Column("language", sa.Text(), server_default="en", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("language")
