"""Running the server for years: the doctor's report, the alarms it raises,
and the backup schedule.

The doctor checks what silently breaks (the address's certificate, TURN,
the trunks, disk space, backups, the clock, the database) and says each
finding in plain words with a fix. A check that fails raises an alarm,
which is cleared when the check passes again.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from callnest.protocol.rest.base import RestModel, Text

__all__ = [
    "Alarm",
    "AlarmEmail",
    "AlarmEmailFields",
    "BackupGeneration",
    "BackupRun",
    "BackupSchedule",
    "Backups",
    "CheckStatus",
    "DoctorReport",
    "Finding",
    "SmtpSecurity",
]


class CheckStatus(StrEnum):
    """How a check went; a report's is its worst finding's."""

    OK = "ok"
    WARNING = "warning"  # advice: nothing is broken yet
    FAILED = "failed"  # broken, or about to be: an alarm
    SKIPPED = "skipped"  # not set up here (no TURN server, no trunk)

    @property
    def rank(self) -> int:
        return {"skipped": 0, "ok": 1, "warning": 2, "failed": 3}[self.value]


class Finding(RestModel):
    check: str  # "address", "turn", "trunks", "disk", "backups", "clock", "database", "server"
    title: str  # what was checked, for people: "Disk space"
    status: CheckStatus
    summary: str  # what was found, in words
    fix: str = ""  # what to do about it (empty when all is well)
    figures: dict[str, float | int | str | None] = {}
    # The sentences above as a code ("disk.space", "turn.unauthorized"...) and
    # the values they name (sizes in bytes, moments as timestamps), for the
    # app to say in its user's language; "": a server from before codes.
    code: str = ""
    params: dict[str, str | int | float | None] = {}


class DoctorReport(RestModel):
    checked_at: float
    status: CheckStatus
    findings: tuple[Finding, ...]


class Alarm(RestModel):
    id: int
    name: str  # the check that raised it
    title: str
    raised_at: float
    cleared_at: float | None
    summary: str
    fix: str
    mailed_at: float | None
    code: str = ""  # the finding's that raised it, with its params (Finding)
    params: dict[str, str | int | float | None] = {}


Clock = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")]
"""A time of day, 24-hour: ``03:00``."""


class BackupSchedule(RestModel):
    """A daily backup: at ``daily_at`` (the server's local time), into
    ``folder`` (an absolute path on the server's machine; None: the data
    dir's ``backups``), keeping the newest ``keep``."""

    enabled: bool = True
    folder: Annotated[str, StringConstraints(pattern=r"^/[^\x00-\x1f\x7f]{0,999}$")] | None = None
    daily_at: Clock = "03:00"
    keep: Annotated[int, Field(ge=1, le=365)] = 7


class BackupRun(RestModel):
    """The last backup the server took (scheduled, by hand, before an upgrade)."""

    started_at: float
    finished_at: float | None = None  # None: still running
    ok: bool | None = None
    path: str | None = None
    summary: Text = ""
    error: Text = ""


class BackupGeneration(RestModel):
    name: str
    created_at: float
    reason: str
    bytes: int
    recordings: int


class Backups(RestModel):
    schedule: BackupSchedule
    folder: str  # where they go, resolved
    last: BackupRun | None
    generations: tuple[BackupGeneration, ...]  # newest first


class SmtpSecurity(StrEnum):
    TLS = "tls"  # TLS from the start (port 465)
    STARTTLS = "starttls"  # plain, then STARTTLS (port 587)
    NONE = "none"  # a relay on this machine or network only (port 25)


Address = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[^@\s]+@[^@\s]+$")]


class AlarmEmailFields(RestModel):
    """Where alarms are e-mailed, and the mail server that sends them. The
    password is write-only: no answer carries it; leaving it out keeps it."""

    to: Annotated[tuple[Address, ...], Field(min_length=1, max_length=10)]
    sender: Address
    smtp_host: Annotated[str, StringConstraints(min_length=1, max_length=253)]
    smtp_port: Annotated[int, Field(ge=1, le=65535)] = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    username: Annotated[str, StringConstraints(max_length=200)] | None = None
    password: Annotated[str, StringConstraints(max_length=500)] | None = None


class AlarmEmail(RestModel):
    to: tuple[str, ...]
    sender: str
    smtp_host: str
    smtp_port: int
    security: SmtpSecurity
    username: str | None
    has_password: bool
