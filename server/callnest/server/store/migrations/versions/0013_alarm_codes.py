"""Alarm codes: an alarm keeps its finding's code ("clock.behind") and the
values its sentences name, so the app can say it in its user's language.
Alarms raised before keep an empty code (the app shows their English).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs, as 0009's and 0012's.
    op.add_column(
        "alarms", sa.Column("code", sa.Text(), server_default=sa.text("''"), nullable=False)
    )
    op.add_column(
        "alarms",
        sa.Column(
            "params", sa.JSON(none_as_null=True), server_default=sa.text("'{}'"), nullable=False
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("alarms") as batch:
        batch.drop_column("params")
        batch.drop_column("code")
