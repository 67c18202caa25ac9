"""The database tables (SQLAlchemy Core), shared by SQLite and PostgreSQL.

Times are epoch seconds as double precision floats in columns named ``*_at``.
Defaults live in the database (``server_default``) so rows written by hand or
by a later tool get them too, and ``INSERT ... RETURNING`` hands them back.

Changing anything here needs a new migration in ``migrations/versions``;
``tests/unit/server/store/test_store_schema.py`` fails until the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

# Explicit constraint names: PostgreSQL reports violations by constraint name
# (the store turns those into readable messages) and migrations need stable
# names to alter or drop constraints later.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

ROLES = ("owner", "supervisor", "agent")
CONTACT_KINDS = ("phone", "email")
TRANSPORTS = ("udp", "tcp", "tls")

# (field, message) for each CHECK constraint, by name: what the store raises
# as Invalid when one is violated.
CHECK_MESSAGES = {
    "ck_users_role": ("role", "role must be one of: " + ", ".join(ROLES)),
    "ck_users_capacity": ("voice_capacity", "capacities must not be negative"),
    "ck_user_skills_level": ("level", "skill level must be between 1 and 10"),
    "ck_queue_skills_min_level": ("min_level", "min_level must be between 1 and 10"),
    "ck_customer_contacts_kind": ("kind", "contact kind must be phone or email"),
    "ck_interactions_csat_rating": ("csat_rating", "a rating is from 1 to 5"),
    "ck_callbacks_status": ("status", "a callback's status is not one the server knows"),
    "ck_campaigns_mode": ("mode", "a campaign's mode is preview or progressive"),
    "ck_campaigns_status": ("status", "a campaign is draft, running, paused or finished"),
    "ck_campaigns_preview": ("preview_s", "a campaign's preview is from 0 to 120 seconds"),
    "ck_campaign_prospects_status": ("status", "a prospect's status is not one the server knows"),
    "ck_chat_messages_sender": ("sender", "a chat message is from customer, agent or system"),
    "ck_chat_messages_text": ("text", "a chat message is 1 to 4000 characters"),
    "ck_mailboxes_imap_security": ("imap_security", "IMAP security is tls or starttls"),
    "ck_mailboxes_smtp_security": ("smtp_security", "SMTP security is tls or starttls"),
    "ck_mailboxes_port": ("imap_port", "ports are between 1 and 65535"),
    "ck_trunks_transport": ("transport", "transport must be one of: " + ", ".join(TRANSPORTS)),
    "ck_trunks_port": ("port", "port must be between 1 and 65535"),
    "ck_trunks_registration": (
        "registers",
        "a trunk that registers needs a username and a password",
    ),
}

# sqlite_autoincrement on the tables with integer ids: SQLite otherwise reuses
# the highest id after that row is deleted, and the event log and audit keep
# user and queue ids after the rows are gone, so a reused id would hand a
# deleted agent's history to a new one. (PostgreSQL sequences never go back.)


class Seconds(TypeDecorator[float]):
    """Double precision that reads back as a float on SQLite too.

    SQLite's RETURNING hands back a value before the column's type affinity
    applies, so an integer default or input (``20``) would come back as int.
    """

    impl = Double
    cache_ok = True

    def process_result_value(self, value: float | None, dialect: Dialect) -> float | None:
        return None if value is None else float(value)


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _time(name: str, *, nullable: bool = False) -> Column[float]:
    return Column(name, Seconds, nullable=nullable)


def _json(name: str, default: str | None, *, nullable: bool = False) -> Column[object]:
    # none_as_null: Python None is SQL NULL (so "IS NULL" works), not the JSON text 'null'.
    return Column(
        name,
        JSON(none_as_null=True),
        nullable=nullable,
        server_default=None if default is None else text(f"'{default}'"),
    )


def _text_default(name: str, default: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default=text(f"'{default}'"))


teams = Table(
    "teams",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    _time("created_at"),
    UniqueConstraint("name"),
    sqlite_autoincrement=True,
)

skills = Table(
    "skills",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    _text_default("description", ""),
    UniqueConstraint("name"),
    sqlite_autoincrement=True,
)

users = Table(
    "users",
    metadata,
    _id(),
    Column("username", Text, nullable=False),
    _text_default("display_name", ""),
    _text_default("role", "agent"),
    Column("password_hash", Text, nullable=False),
    Column("team_id", Integer, ForeignKey("teams.id", ondelete="SET NULL"), nullable=True),
    Column("active", Boolean, nullable=False, server_default=true()),
    Column("voice_capacity", Integer, nullable=False, server_default=text("1")),
    Column("chat_capacity", Integer, nullable=False, server_default=text("3")),
    # E-mail threads at once (not in the capacity check: SQLite would copy
    # the table to change it; the API checks the range).
    Column("email_capacity", Integer, nullable=False, server_default=text("2")),
    _time("created_at"),
    UniqueConstraint("username"),
    CheckConstraint("role IN ('owner', 'supervisor', 'agent')", name="role"),
    CheckConstraint("voice_capacity >= 0 AND chat_capacity >= 0", name="capacity"),
    sqlite_autoincrement=True,
)

user_skills = Table(
    "user_skills",
    metadata,
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("skill_id", Integer, ForeignKey("skills.id", ondelete="CASCADE"), nullable=False),
    Column("level", Integer, nullable=False),
    PrimaryKeyConstraint("user_id", "skill_id"),
    CheckConstraint("level BETWEEN 1 AND 10", name="level"),
)

scripts = Table(
    "scripts",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    _text_default("body", ""),
    _time("created_at"),
    _time("updated_at"),
    UniqueConstraint("name"),
    sqlite_autoincrement=True,
)

queues = Table(
    "queues",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    _text_default("display_name", ""),
    _text_default("strategy", "longest-idle"),
    Column("priority", Integer, nullable=False, server_default=text("0")),
    Column("ring_timeout_s", Seconds, nullable=False, server_default=text("20")),
    Column("wrap_up_s", Seconds, nullable=False, server_default=text("30")),
    Column("max_wait_s", Seconds, nullable=True),
    Column("overflow_target", Text, nullable=True),
    Column("service_level_s", Seconds, nullable=False, server_default=text("20")),
    Column("autopause_misses", Integer, nullable=False, server_default=text("3")),
    _json("skill_steps", '[{"after_s": 0, "min_level": 1}]'),
    _json("business_hours", None, nullable=True),
    _text_default("after_hours_action", "reject"),
    Column("script_id", Integer, ForeignKey("scripts.id", ondelete="SET NULL"), nullable=True),
    _time("created_at"),
    # What a waiting caller hears: a music file's name under resources/audio/music,
    # the announcement period (NULL: none) and the IVR menu offered before queueing.
    _text_default("hold_music", "default"),
    Column("announce_every_s", Seconds, nullable=True, server_default=text("30")),
    _json("ivr_menu", None, nullable=True),
    # Chat: the operators' ready answers ([{title, text}]), and whether a call
    # may reach an agent who has chats open (false: "3 chats or 1 call").
    _json("canned_responses", "[]"),
    Column("calls_while_chatting", Boolean, nullable=False, server_default=false()),
    # The number (E.164) shown on the queue's outbound calls; NULL: the trunk's default.
    Column("outbound_caller_id", Text, nullable=True),
    # Callers are told their call is recorded, and may refuse (key 9, or the
    # page's button), before anyone answers.
    Column("recording_notice", Boolean, nullable=False, server_default=false()),
    # Callers waiting may leave a number and hang up, keeping their place (the
    # page's button; key 1 on the phone); a callback rings its agent as a card
    # for callback_preview_s, then is placed. Scheduled callbacks enter with
    # callback_priority over new calls (0: none).
    Column("callbacks_offered", Boolean, nullable=False, server_default=false()),
    Column("callback_preview_s", Seconds, nullable=False, server_default=text("10")),
    Column("callback_priority", Integer, nullable=False, server_default=text("1")),
    # The language its callers read and hear (ISO 639-1) unless they choose.
    _text_default("language", "en"),
    # The languages a phone caller may choose from first (["en", "sl"]: keys
    # 1 and 2); fewer than two: no choice.
    _json("caller_languages", "[]"),
    # Service targets for its e-mails, tasks and callbacks (NULL: none), and
    # the specialists' queue an item waiting past one moves to (NULL: none;
    # no foreign key, as overflow_target has none: SQLite would copy the
    # table to add one, and a queue gone is read as none).
    Column("first_response_target_s", Seconds, nullable=True),
    Column("resolution_target_s", Seconds, nullable=True),
    Column("escalate_to_queue_id", Integer, nullable=True),
    UniqueConstraint("name"),
    sqlite_autoincrement=True,
)

queue_skills = Table(
    "queue_skills",
    metadata,
    Column("queue_id", Integer, ForeignKey("queues.id", ondelete="CASCADE"), nullable=False),
    Column("skill_id", Integer, ForeignKey("skills.id", ondelete="CASCADE"), nullable=False),
    Column("min_level", Integer, nullable=False, server_default=text("1")),
    PrimaryKeyConstraint("queue_id", "skill_id"),
    CheckConstraint("min_level BETWEEN 1 AND 10", name="min_level"),
)

# A SIP trunk: the provider's side of phone calls. It registers with an
# account (username, password) or is known to the provider by the addresses
# in ip_addresses, or both. The password is kept as given, since it is sent
# to the provider; the store hands it out only through Store.trunks_for_edge
# and Store.get_trunk_with_password.
trunks = Table(
    "trunks",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("host", Text, nullable=False),
    Column("port", Integer, nullable=False, server_default=text("5060")),
    _text_default("transport", "udp"),
    Column("outbound_proxy", Text, nullable=True),
    Column("registers", Boolean, nullable=False, server_default=false()),
    Column("register_expires_s", Integer, nullable=False, server_default=text("3600")),
    Column("username", Text, nullable=True),
    Column("auth_username", Text, nullable=True),  # NULL: username
    Column("password", Text, nullable=True),
    Column("realm", Text, nullable=True),
    _json("ip_addresses", "[]"),  # addresses and networks: ["192.0.2.10", "198.51.100.0/24"]
    _json("codecs", '["PCMA", "PCMU"]'),  # in order of preference
    Column("enabled", Boolean, nullable=False, server_default=true()),
    _time("created_at"),
    _time("updated_at"),
    UniqueConstraint("name"),
    CheckConstraint("transport IN ('udp', 'tcp', 'tls')", name="transport"),
    CheckConstraint("port BETWEEN 1 AND 65535", name="port"),
    CheckConstraint(
        "NOT registers OR (username IS NOT NULL AND password IS NOT NULL)", name="registration"
    ),
    sqlite_autoincrement=True,
)

# A phone number (DID, E.164) and where its calls go: in on its trunk, to its
# queue (NULL: none yet). A trunk or a queue that numbers use cannot be
# deleted: the store refuses, naming them, rather than leave numbers that
# lead nowhere.
phone_numbers = Table(
    "phone_numbers",
    metadata,
    _id(),
    Column("number", Text, nullable=False),
    Column("trunk_id", Integer, ForeignKey("trunks.id", ondelete="RESTRICT"), nullable=False),
    Column("queue_id", Integer, ForeignKey("queues.id", ondelete="RESTRICT"), nullable=True),
    _text_default("label", ""),
    _time("created_at"),
    _time("updated_at"),
    UniqueConstraint("number"),
    sqlite_autoincrement=True,
)

customers = Table(
    "customers",
    metadata,
    _id(),
    _text_default("name", ""),
    _json("phones", "[]"),
    _json("emails", "[]"),
    _text_default("notes", ""),
    _json("custom_fields", "{}"),
    _time("created_at"),
    _time("updated_at"),
    sqlite_autoincrement=True,
)

# The normalised phones and emails of each customer, one row each (see contacts.py).
customer_contacts = Table(
    "customer_contacts",
    metadata,
    Column("customer_id", Integer, ForeignKey("customers.id", ondelete="CASCADE"), nullable=False),
    Column("kind", Text, nullable=False),
    Column("value", Text, nullable=False),
    PrimaryKeyConstraint("kind", "value"),
    CheckConstraint("kind IN ('phone', 'email')", name="kind"),
    Index("ix_customer_contacts_customer_id", "customer_id"),
)

dispositions = Table(
    "dispositions",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    _text_default("description", ""),
    Column("active", Boolean, nullable=False, server_default=true()),
    UniqueConstraint("name"),
    sqlite_autoincrement=True,
)

break_reasons = Table(
    "break_reasons",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("paid", Boolean, nullable=False, server_default=false()),
    Column("active", Boolean, nullable=False, server_default=true()),
    UniqueConstraint("name"),
    sqlite_autoincrement=True,
)

interactions = Table(
    "interactions",
    metadata,
    Column("id", Text, primary_key=True),  # the ACD's contact id (a uuid)
    Column("channel", Text, nullable=False),
    Column("queue_id", Integer, ForeignKey("queues.id", ondelete="SET NULL"), nullable=True),
    Column("customer_id", Integer, ForeignKey("customers.id", ondelete="SET NULL"), nullable=True),
    Column("agent_id", Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    Column("caller_name", Text, nullable=True),
    Column("caller_address", Text, nullable=True),
    # How the caller was matched to customer_id: claimed, caller_id or
    # confirmed (protocol.Identity); NULL for rows from before it was kept.
    Column("customer_identity", Text, nullable=True),
    # inbound: the customer called (or wrote); outbound: an agent called out.
    _text_default("direction", "inbound"),
    Column("state", Text, nullable=False),
    Column("outcome", Text, nullable=True),
    _time("entered_at"),
    _time("offered_at", nullable=True),
    _time("answered_at", nullable=True),
    _time("ended_at", nullable=True),
    _time("closed_at", nullable=True),
    *(
        Column(name, Seconds, nullable=False, server_default=text("0"))
        for name in ("wait_s", "ring_s", "talk_s", "hold_s", "wrap_s")
    ),
    Column(
        "disposition_id",
        Integer,
        ForeignKey("dispositions.id", ondelete="SET NULL"),
        nullable=True,
    ),
    _text_default("notes", ""),
    _json("data", "{}"),
    Column("recording", Text, nullable=True),  # path under the data dir's recordings/
    # After the queue's recording notice: given (stayed on) or refused; NULL:
    # no notice was given.
    Column("recording_consent", Text, nullable=True),
    # The customer's rating of the contact (CSAT), given once from the web page.
    Column("csat_rating", Integer, nullable=True),
    Column("csat_comment", Text, nullable=True),
    _time("csat_at", nullable=True),
    CheckConstraint("csat_rating BETWEEN 1 AND 5", name="csat_rating"),
    Index("ix_interactions_queue_id_entered_at", "queue_id", "entered_at"),
    Index("ix_interactions_agent_id_entered_at", "agent_id", "entered_at"),
    Index("ix_interactions_customer_id_entered_at", "customer_id", "entered_at"),
    Index("ix_interactions_entered_at", "entered_at"),
    Index("ix_interactions_state", "state"),
)

CHAT_SENDERS = ("customer", "agent", "system")
MAX_CHAT_TEXT = 4000

# A chat or an offline message, from the customer's side: what lets their page
# come back to it after a reload or a server restart. Written before the
# contact is queued; no foreign key to interactions, which the center writes
# a moment later.
chats = Table(
    "chats",
    metadata,
    Column("contact_id", Text, primary_key=True),
    Column("channel", Text, nullable=False),  # chat | task
    Column("queue_id", Integer, ForeignKey("queues.id", ondelete="SET NULL"), nullable=True),
    Column("token_hash", Text, nullable=False),
    Column("customer_name", Text, nullable=False),
    Column("email", Text, nullable=True),
    Column("phone", Text, nullable=True),  # the callback number of an offline message
    Column("address", Text, nullable=True),
    Column("customer_id", Integer, ForeignKey("customers.id", ondelete="SET NULL"), nullable=True),
    _time("started_at"),
    _time("ended_at", nullable=True),
    Index("ix_chats_ended_at", "ended_at"),
)

CALLBACK_STATES = ("scheduled", "waiting", "dialing", "done", "failed", "cancelled")

# Callbacks: a waiting caller's (kept in line), or one asked for at a time
# (the page's form, an agent's wrap-up). Each attempt is a contact of the ACD
# (contact_id: the current one); the row says where the callback stands, and
# is written "dialing" before a call is placed, so that a restart neither
# loses a callback nor places one call twice.
callbacks = Table(
    "callbacks",
    metadata,
    Column("id", Text, primary_key=True),  # a uuid
    Column("queue_id", Integer, ForeignKey("queues.id", ondelete="CASCADE"), nullable=False),
    Column("contact_id", Text, nullable=True),
    Column("number", Text, nullable=False),  # E.164
    Column("name", Text, nullable=True),
    Column("customer_id", Integer, ForeignKey("customers.id", ondelete="SET NULL"), nullable=True),
    # phone or web (a waiting caller), form (the page's offline form), agent
    Column("source", Text, nullable=False),
    Column("note", Text, nullable=False, server_default=text("''")),
    Column("requested_by", Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    _time("requested_at"),
    # When the customer expects our call: their request while waiting, or the
    # time they chose. The callback's speed of answer counts from here.
    _time("promised_at"),
    # The next attempt enters the queue then; a waiting caller's callback: their
    # entry into line (its place).
    _time("due_at"),
    Column("time_zone", Text, nullable=True),  # the zone the customer chose the time in
    _text_default("status", "scheduled"),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("last_outcome", Text, nullable=True),
    _time("updated_at"),
    CheckConstraint(
        "status IN (" + ", ".join(f"'{s}'" for s in CALLBACK_STATES) + ")", name="status"
    ),
    Index("ix_callbacks_status_due_at", "status", "due_at"),
)

CAMPAIGN_MODES = ("preview", "progressive")
CAMPAIGN_STATES = ("draft", "running", "paused", "finished")
PROSPECT_STATES = ("pending", "queued", "dialing", "done", "exhausted")

# A campaign calls a list of people for a queue's agents: preview (the agent
# reads the card, then it is placed) or progressive (placed the moment an
# agent is free): one call per free agent, so no callee is ever answered by
# nobody. Calling windows in the callee's local time (calling_window: one for every
# country; NULL: each country's default), retries by outcome (retry).
campaigns = Table(
    "campaigns",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("queue_id", Integer, ForeignKey("queues.id", ondelete="CASCADE"), nullable=False),
    Column("script_id", Integer, ForeignKey("scripts.id", ondelete="SET NULL"), nullable=True),
    _text_default("mode", "preview"),
    Column("preview_s", Seconds, nullable=False, server_default=text("10")),
    _text_default("status", "draft"),
    _json("calling_window", None, nullable=True),
    _json("retry", None, nullable=True),  # RetryPolicy.to_json(); NULL: the defaults
    # Dispositions that count as a success (conversion), and those that say an
    # answering machine took the call (then it is tried again, as the retry
    # rule for "machine" says), by id.
    _json("success_dispositions", "[]"),
    _json("machine_dispositions", "[]"),
    _time("created_at"),
    _time("updated_at"),
    UniqueConstraint("name"),
    CheckConstraint("mode IN ('preview', 'progressive')", name="mode"),
    CheckConstraint(
        "status IN (" + ", ".join(f"'{s}'" for s in CAMPAIGN_STATES) + ")", name="status"
    ),
    CheckConstraint("preview_s BETWEEN 0 AND 120", name="preview"),
    sqlite_autoincrement=True,
)

# The people a campaign calls, a number each (once per campaign). pending:
# waits for its time (next_attempt_at); queued: in its queue's line, not
# dialled; dialing: written before its call is placed; done: reached (or
# answered and dispositioned); exhausted: out of attempts.
campaign_prospects = Table(
    "campaign_prospects",
    metadata,
    _id(),
    Column("campaign_id", Integer, ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=False),
    Column("number", Text, nullable=False),  # E.164
    Column("name", Text, nullable=True),
    Column("customer_id", Integer, ForeignKey("customers.id", ondelete="SET NULL"), nullable=True),
    Column("time_zone", Text, nullable=True),  # the callee's, when known better than the number's
    _text_default("status", "pending"),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    _time("next_attempt_at"),
    Column("last_outcome", Text, nullable=True),
    Column("contact_id", Text, nullable=True),  # the last attempt's (its interaction)
    Column(
        "disposition_id",
        Integer,
        ForeignKey("dispositions.id", ondelete="SET NULL"),
        nullable=True,
    ),
    _time("updated_at"),
    UniqueConstraint("campaign_id", "number"),
    CheckConstraint(
        "status IN (" + ", ".join(f"'{s}'" for s in PROSPECT_STATES) + ")", name="status"
    ),
    Index(
        "ix_campaign_prospects_campaign_id_status_next", "campaign_id", "status", "next_attempt_at"
    ),
    sqlite_autoincrement=True,
)

# Numbers never to be called by a campaign: every campaign's (campaign_id
# NULL) or one campaign's. Callbacks are not held to it: the customer asked.
do_not_call = Table(
    "do_not_call",
    metadata,
    _id(),
    Column("number", Text, nullable=False),  # E.164
    Column("campaign_id", Integer, ForeignKey("campaigns.id", ondelete="CASCADE"), nullable=True),
    _text_default("reason", ""),
    Column("added_by", Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    _time("added_at"),
    Index(
        "ix_do_not_call_number_global",
        "number",
        unique=True,
        sqlite_where=text("campaign_id IS NULL"),
        postgresql_where=text("campaign_id IS NULL"),
    ),
    Index("ix_do_not_call_number_campaign_id", "number", "campaign_id", unique=True),
    sqlite_autoincrement=True,
)

# Every message of every chat, numbered per chat; a message is stored before
# anyone is told of it.
chat_messages = Table(
    "chat_messages",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("contact_id", Text, nullable=False),
    Column("seq", Integer, nullable=False),
    Column("sender", Text, nullable=False),
    Column("sender_name", Text, nullable=True),
    Column("text", Text, nullable=False),
    _time("at"),
    # The sender's own id for it: a message resent after a lost connection is
    # recognised, not stored twice.
    Column("client_msg_id", Text, nullable=True),
    UniqueConstraint("contact_id", "seq"),
    UniqueConstraint("contact_id", "client_msg_id"),
    CheckConstraint("sender IN ('customer', 'agent', 'system')", name="sender"),
    CheckConstraint(f"length(text) BETWEEN 1 AND {MAX_CHAT_TEXT}", name="text"),
    sqlite_autoincrement=True,
)

MAIL_SECURITIES = ("tls", "starttls")
EMAIL_DIRECTIONS = ("in", "out")
# received: an incoming message; queued, sent and failed: a reply on its way
# (stored before it is sent, so a crash neither loses nor doubles it).
EMAIL_STATES = ("received", "queued", "sent", "failed")

# A queue's mailbox: where its customers write (IMAP) and where the replies
# leave from (SMTP), one per queue. The password is kept as given, since it is
# sent to the provider; the store hands it out only through
# Store.mailboxes_with_passwords. uid_validity and last_uid say how far the
# folder has been taken in: a message and the new last_uid are written in one
# transaction, so a connection that drops mid-fetch loses and doubles nothing.
mailboxes = Table(
    "mailboxes",
    metadata,
    _id(),
    Column("queue_id", Integer, ForeignKey("queues.id", ondelete="CASCADE"), nullable=False),
    Column("address", Text, nullable=False),  # what customers write to
    _text_default("display_name", ""),  # the replies' From name
    Column("imap_host", Text, nullable=False),
    Column("imap_port", Integer, nullable=False, server_default=text("993")),
    _text_default("imap_security", "tls"),
    _text_default("folder", "INBOX"),
    Column("smtp_host", Text, nullable=False),
    Column("smtp_port", Integer, nullable=False, server_default=text("465")),
    _text_default("smtp_security", "tls"),
    Column("username", Text, nullable=False),
    Column("password", Text, nullable=False),
    _text_default("signature", ""),
    Column("enabled", Boolean, nullable=False, server_default=true()),
    Column("uid_validity", BigInteger, nullable=True),
    Column("last_uid", BigInteger, nullable=False, server_default=text("0")),
    _time("created_at"),
    _time("updated_at"),
    UniqueConstraint("queue_id"),
    UniqueConstraint("address"),
    CheckConstraint("imap_security IN ('tls', 'starttls')", name="imap_security"),
    CheckConstraint("smtp_security IN ('tls', 'starttls')", name="smtp_security"),
    CheckConstraint("imap_port BETWEEN 1 AND 65535 AND smtp_port BETWEEN 1 AND 65535", name="port"),
    sqlite_autoincrement=True,
)

# A conversation by e-mail with one customer address. While it waits for an
# agent, or an agent has it, it is a contact of the ACD (contact_id); a new
# message from the customer opens a new contact for the same thread.
email_threads = Table(
    "email_threads",
    metadata,
    _id(),
    Column("mailbox_id", Integer, ForeignKey("mailboxes.id", ondelete="CASCADE"), nullable=False),
    Column("customer_id", Integer, ForeignKey("customers.id", ondelete="SET NULL"), nullable=True),
    Column("customer_address", Text, nullable=False),  # lower case
    _text_default("customer_name", ""),
    _text_default("subject", ""),
    Column("contact_id", Text, nullable=True),  # the open contact, if any
    Column("agent_id", Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    _time("created_at"),
    _time("updated_at"),
    Index("ix_email_threads_contact_id", "contact_id"),
    Index("ix_email_threads_customer_id", "customer_id"),
    sqlite_autoincrement=True,
)

# Every message of every thread, in and out. message_id is the Message-ID
# header, unique per mailbox: the same message fetched twice is one row.
email_messages = Table(
    "email_messages",
    metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    Column("mailbox_id", Integer, ForeignKey("mailboxes.id", ondelete="CASCADE"), nullable=False),
    Column(
        "thread_id", Integer, ForeignKey("email_threads.id", ondelete="CASCADE"), nullable=False
    ),
    Column("contact_id", Text, nullable=True),  # the contact it came in or left during
    Column("direction", Text, nullable=False),
    Column("message_id", Text, nullable=False),
    Column("in_reply_to", Text, nullable=True),
    _json("references", "[]"),
    Column("from_address", Text, nullable=False),
    _text_default("from_name", ""),
    _json("to_addresses", "[]"),
    _json("cc_addresses", "[]"),
    _text_default("subject", ""),
    _text_default("text", ""),
    Column("html", Text, nullable=True),  # sanitised
    _time("at"),
    Column("status", Text, nullable=False),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    _time("next_attempt_at", nullable=True),
    Column("error", Text, nullable=True),
    Column("sent_by", Integer, ForeignKey("users.id", ondelete="SET NULL"), nullable=True),
    UniqueConstraint("mailbox_id", "message_id"),
    CheckConstraint("direction IN ('in', 'out')", name="direction"),
    CheckConstraint("status IN (" + ", ".join(f"'{s}'" for s in EMAIL_STATES) + ")", name="status"),
    Index("ix_email_messages_thread_id", "thread_id"),
    Index("ix_email_messages_contact_id", "contact_id"),  # a contact's first reply
    Index("ix_email_messages_status_next_attempt_at", "status", "next_attempt_at"),
    sqlite_autoincrement=True,
)

# A message's attachments: the bytes in a file under the data folder's mail/
# (path), never opened by the server.
email_attachments = Table(
    "email_attachments",
    metadata,
    _id(),
    Column(
        "message_id",
        BigInteger().with_variant(Integer, "sqlite"),
        ForeignKey("email_messages.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("filename", Text, nullable=False),
    Column("content_type", Text, nullable=False),
    Column("size", Integer, nullable=False),
    Column("path", Text, nullable=False),
    Index("ix_email_attachments_message_id", "message_id"),
    sqlite_autoincrement=True,
)

# Append-only history: no foreign keys, so deleting a queue or a user never
# rewrites or blocks the statistics computed from it.
events = Table(
    "events",
    metadata,
    # BIGINT on PostgreSQL; on SQLite only "INTEGER PRIMARY KEY" is the rowid
    # alias that autoincrements.
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    _time("at"),
    Column("type", Text, nullable=False),
    Column("contact_id", Text, nullable=True),
    Column("queue_id", Integer, nullable=True),
    Column("agent_id", Integer, nullable=True),
    _json("data", "{}"),
    Index("ix_events_at", "at"),
    Index("ix_events_contact_id", "contact_id"),
    Index("ix_events_queue_id_at", "queue_id", "at"),
    Index("ix_events_agent_id_at", "agent_id", "at"),
    sqlite_autoincrement=True,
)

audit_log = Table(
    "audit_log",
    metadata,
    _id(),
    _time("at"),
    Column("actor_id", Integer, nullable=True),  # no FK: the record outlives the user
    Column("action", Text, nullable=False),
    _text_default("target", ""),
    _json("details", "{}"),
    Column("remote_addr", Text, nullable=True),
    Index("ix_audit_log_at", "at"),
    sqlite_autoincrement=True,
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", Text, primary_key=True),  # sha256 hex of the bearer token
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    _time("created_at"),
    _time("expires_at"),
    _time("last_seen_at"),
    Index("ix_sessions_user_id", "user_id"),
)

settings = Table(
    "settings",
    metadata,
    Column("key", Text, primary_key=True),
    _json("value", None, nullable=True),
)

# What the server's periodic checks (doctor.py) found wrong: raised once, when
# a check starts failing, and cleared when it passes again (alarms.py).
alarms = Table(
    "alarms",
    metadata,
    _id(),
    Column("name", Text, nullable=False),  # the check's
    Column("title", Text, nullable=False),  # what it checks, for people
    _time("raised_at"),
    _time("cleared_at", nullable=True),
    Column("summary", Text, nullable=False),
    _text_default("fix", ""),
    _time("mailed_at", nullable=True),  # when the owner was sent it (if set up)
    # The finding's code and the values its sentences name (rest.Finding),
    # for the app to say it in its user's language; "": raised before codes.
    _text_default("code", ""),
    _json("params", "{}"),
    Index("ix_alarms_name_cleared_at", "name", "cleared_at"),
    sqlite_autoincrement=True,
)
