"""Recording consent: a queue may tell its callers they are recorded and let
them refuse; each interaction keeps what they chose.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queues") as batch:
        batch.add_column(
            sa.Column("recording_notice", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(sa.Column("recording_consent", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("recording_consent")
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("recording_notice")
