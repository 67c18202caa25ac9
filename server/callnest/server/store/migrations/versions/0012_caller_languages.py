"""Caller languages: the languages a queue's phone callers may choose from
before anything else ("For English, press 1. Za slovenščino pritisnite
tipko 2.").

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN, as 0009's: batch mode may copy the queues table
    # on SQLite, and dropping the old one would null every row pointing at it.
    op.add_column(
        "queues",
        sa.Column(
            "caller_languages",
            sa.JSON(none_as_null=True),
            server_default=sa.text("'[]'"),
            nullable=False,
        ),
    )


def downgrade() -> None:
    with op.batch_alter_table("queues") as batch:
        batch.drop_column("caller_languages")
