"""The initial schema.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Written out in full rather than imported from schema.py: a migration is a
record of what the schema was at that revision and must not follow later
edits of the tables.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "skills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skills")),
        sa.UniqueConstraint("name", name=op.f("uq_skills_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("role", sa.Text(), server_default=sa.text("'agent'"), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("voice_capacity", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.Column("chat_capacity", sa.Integer(), server_default=sa.text("3"), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
        sa.CheckConstraint("role IN ('owner', 'supervisor', 'agent')", name=op.f("ck_users_role")),
        sa.CheckConstraint(
            "voice_capacity >= 0 AND chat_capacity >= 0", name=op.f("ck_users_capacity")
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_users_team_id_teams"), ondelete="SET NULL"
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "user_skills",
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", "skill_id", name=op.f("pk_user_skills")),
        sa.CheckConstraint("level BETWEEN 1 AND 10", name=op.f("ck_user_skills_level")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_skills_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skills.id"],
            name=op.f("fk_user_skills_skill_id_skills"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "scripts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scripts")),
        sa.UniqueConstraint("name", name=op.f("uq_scripts_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "queues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("display_name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("strategy", sa.Text(), server_default=sa.text("'longest-idle'"), nullable=False),
        sa.Column("priority", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("ring_timeout_s", sa.Double(), server_default=sa.text("20"), nullable=False),
        sa.Column("wrap_up_s", sa.Double(), server_default=sa.text("30"), nullable=False),
        sa.Column("max_wait_s", sa.Double(), nullable=True),
        sa.Column("overflow_target", sa.Text(), nullable=True),
        sa.Column("service_level_s", sa.Double(), server_default=sa.text("20"), nullable=False),
        sa.Column("autopause_misses", sa.Integer(), server_default=sa.text("3"), nullable=False),
        sa.Column(
            "skill_steps",
            sa.JSON(none_as_null=True),
            server_default=sa.text("""'[{"after_s": 0, "min_level": 1}]'"""),
            nullable=False,
        ),
        sa.Column("business_hours", sa.JSON(none_as_null=True), nullable=True),
        sa.Column(
            "after_hours_action", sa.Text(), server_default=sa.text("'reject'"), nullable=False
        ),
        sa.Column("script_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_queues")),
        sa.UniqueConstraint("name", name=op.f("uq_queues_name")),
        sa.ForeignKeyConstraint(
            ["script_id"],
            ["scripts.id"],
            name=op.f("fk_queues_script_id_scripts"),
            ondelete="SET NULL",
        ),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "queue_skills",
        sa.Column("queue_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("min_level", sa.Integer(), server_default=sa.text("1"), nullable=False),
        sa.PrimaryKeyConstraint("queue_id", "skill_id", name=op.f("pk_queue_skills")),
        sa.CheckConstraint("min_level BETWEEN 1 AND 10", name=op.f("ck_queue_skills_min_level")),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_queue_skills_queue_id_queues"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skills.id"],
            name=op.f("fk_queue_skills_skill_id_skills"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column(
            "phones", sa.JSON(none_as_null=True), server_default=sa.text("'[]'"), nullable=False
        ),
        sa.Column(
            "emails", sa.JSON(none_as_null=True), server_default=sa.text("'[]'"), nullable=False
        ),
        sa.Column("notes", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column(
            "custom_fields",
            sa.JSON(none_as_null=True),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("updated_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "customer_contacts",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "value", name=op.f("pk_customer_contacts")),
        sa.CheckConstraint("kind IN ('phone', 'email')", name=op.f("ck_customer_contacts_kind")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_customer_contacts_customer_id_customers"),
            ondelete="CASCADE",
        ),
    )
    op.create_index(op.f("ix_customer_contacts_customer_id"), "customer_contacts", ["customer_id"])
    op.create_table(
        "dispositions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispositions")),
        sa.UniqueConstraint("name", name=op.f("uq_dispositions_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "break_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("paid", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_break_reasons")),
        sa.UniqueConstraint("name", name=op.f("uq_break_reasons_name")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "interactions",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("caller_name", sa.Text(), nullable=True),
        sa.Column("caller_address", sa.Text(), nullable=True),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("entered_at", sa.Double(), nullable=False),
        sa.Column("offered_at", sa.Double(), nullable=True),
        sa.Column("answered_at", sa.Double(), nullable=True),
        sa.Column("ended_at", sa.Double(), nullable=True),
        sa.Column("closed_at", sa.Double(), nullable=True),
        sa.Column("wait_s", sa.Double(), server_default=sa.text("0"), nullable=False),
        sa.Column("ring_s", sa.Double(), server_default=sa.text("0"), nullable=False),
        sa.Column("talk_s", sa.Double(), server_default=sa.text("0"), nullable=False),
        sa.Column("hold_s", sa.Double(), server_default=sa.text("0"), nullable=False),
        sa.Column("wrap_s", sa.Double(), server_default=sa.text("0"), nullable=False),
        sa.Column("disposition_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column(
            "data", sa.JSON(none_as_null=True), server_default=sa.text("'{}'"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
        sa.ForeignKeyConstraint(
            ["queue_id"],
            ["queues.id"],
            name=op.f("fk_interactions_queue_id_queues"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_interactions_customer_id_customers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["users.id"],
            name=op.f("fk_interactions_agent_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["disposition_id"],
            ["dispositions.id"],
            name=op.f("fk_interactions_disposition_id_dispositions"),
            ondelete="SET NULL",
        ),
    )
    op.create_index(
        op.f("ix_interactions_queue_id_entered_at"), "interactions", ["queue_id", "entered_at"]
    )
    op.create_index(
        op.f("ix_interactions_agent_id_entered_at"), "interactions", ["agent_id", "entered_at"]
    )
    op.create_index(
        op.f("ix_interactions_customer_id_entered_at"),
        "interactions",
        ["customer_id", "entered_at"],
    )
    op.create_index(op.f("ix_interactions_entered_at"), "interactions", ["entered_at"])
    op.create_index(op.f("ix_interactions_state"), "interactions", ["state"])
    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("at", sa.Double(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column("contact_id", sa.Text(), nullable=True),
        sa.Column("queue_id", sa.Integer(), nullable=True),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column(
            "data", sa.JSON(none_as_null=True), server_default=sa.text("'{}'"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_events_at"), "events", ["at"])
    op.create_index(op.f("ix_events_contact_id"), "events", ["contact_id"])
    op.create_index(op.f("ix_events_queue_id_at"), "events", ["queue_id", "at"])
    op.create_index(op.f("ix_events_agent_id_at"), "events", ["agent_id", "at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.Double(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), server_default=sa.text("''"), nullable=False),
        sa.Column(
            "details", sa.JSON(none_as_null=True), server_default=sa.text("'{}'"), nullable=False
        ),
        sa.Column("remote_addr", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.Double(), nullable=False),
        sa.Column("expires_at", sa.Double(), nullable=False),
        sa.Column("last_seen_at", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_sessions")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_sessions_user_id_users"), ondelete="CASCADE"
        ),
    )
    op.create_index(op.f("ix_sessions_user_id"), "sessions", ["user_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )


def downgrade() -> None:
    # Dropping a table drops its indexes; children before parents.
    for table in (
        "settings",
        "sessions",
        "audit_log",
        "events",
        "interactions",
        "break_reasons",
        "dispositions",
        "customer_contacts",
        "customers",
        "queue_skills",
        "queues",
        "scripts",
        "user_skills",
        "users",
        "skills",
        "teams",
    ):
        op.drop_table(table)
