"""Media: hold music, announcements and an IVR menu per queue; recordings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("queues") as batch:
        batch.add_column(
            sa.Column("hold_music", sa.Text(), server_default=sa.text("'default'"), nullable=False)
        )
        batch.add_column(
            sa.Column("announce_every_s", sa.Double(), server_default=sa.text("30"), nullable=True)
        )
        batch.add_column(sa.Column("ivr_menu", sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table("interactions") as batch:
        batch.add_column(sa.Column("recording", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("interactions") as batch:
        batch.drop_column("recording")
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("ivr_menu")
        batch.drop_column("announce_every_s")
        batch.drop_column("hold_music")
