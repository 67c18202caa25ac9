"""The HTTP API's bodies, shared by the server (which parses requests and
shapes answers with them) and the desktop's typed client.

One module per kind of thing the admin window edits (and one for what a
supervisor does from the wallboard). A ``...Fields`` model is
what a client sends to create or change a row; the bare name (``Queue``) is
the row the server answers with. Request models check what they are given
(a bad value names its field); answers are read as the server sends them.
"""

from callnest.protocol.rest.base import E164, Deactivated, Deleted, RestModel
from callnest.protocol.rest.callbacks import Callback, CallbackFields
from callnest.protocol.rest.customers import (
    Customer,
    CustomerErased,
    CustomerFields,
    CustomersImported,
    IdentityConfirmed,
)
from callnest.protocol.rest.errors import ErrorBody, ErrorResponse
from callnest.protocol.rest.lists import (
    BreakReason,
    BreakReasonFields,
    Disposition,
    DispositionFields,
    Script,
    ScriptFields,
)
from callnest.protocol.rest.maintenance import (
    Alarm,
    AlarmEmail,
    AlarmEmailFields,
    BackupGeneration,
    BackupRun,
    Backups,
    BackupSchedule,
    CheckStatus,
    DoctorReport,
    Finding,
    SmtpSecurity,
)
from callnest.protocol.rest.people import (
    DirectoryEntry,
    NewPassword,
    NewUserFields,
    PasswordReset,
    Skill,
    SkillFields,
    Team,
    TeamFields,
    User,
    UserFields,
)
from callnest.protocol.rest.phones import (
    Codec,
    EdgeStatus,
    PhoneNumber,
    PhoneNumberFields,
    Transport,
    Trunk,
    TrunkFields,
    TrunkRegistration,
)
from callnest.protocol.rest.queues import (
    CannedAnswer,
    MenuChoice,
    Queue,
    QueueFields,
    QueueScript,
    QueueStrategy,
    SkillStep,
)
from callnest.protocol.rest.reports import (
    SHORT_ABANDON_MAX_S,
    Interaction,
    InteractionFilter,
    ReportQuery,
    ReportSettings,
)
from callnest.protocol.rest.supervision import (
    AgentLoggedOut,
    AgentStateChange,
    AgentStateChanged,
    LiveChat,
    MonitorCall,
    Monitoring,
    MonitorMode,
)

__all__ = [
    "E164",
    "SHORT_ABANDON_MAX_S",
    "AgentLoggedOut",
    "AgentStateChange",
    "AgentStateChanged",
    "Alarm",
    "AlarmEmail",
    "AlarmEmailFields",
    "BackupGeneration",
    "BackupRun",
    "BackupSchedule",
    "Backups",
    "BreakReason",
    "BreakReasonFields",
    "Callback",
    "CallbackFields",
    "CannedAnswer",
    "CheckStatus",
    "Codec",
    "Customer",
    "CustomerErased",
    "CustomerFields",
    "CustomersImported",
    "Deactivated",
    "Deleted",
    "DirectoryEntry",
    "Disposition",
    "DispositionFields",
    "DoctorReport",
    "EdgeStatus",
    "ErrorBody",
    "ErrorResponse",
    "Finding",
    "IdentityConfirmed",
    "Interaction",
    "InteractionFilter",
    "LiveChat",
    "MenuChoice",
    "MonitorCall",
    "MonitorMode",
    "Monitoring",
    "NewPassword",
    "NewUserFields",
    "PasswordReset",
    "PhoneNumber",
    "PhoneNumberFields",
    "Queue",
    "QueueFields",
    "QueueScript",
    "QueueStrategy",
    "ReportQuery",
    "ReportSettings",
    "RestModel",
    "Script",
    "ScriptFields",
    "Skill",
    "SkillFields",
    "SkillStep",
    "SmtpSecurity",
    "Team",
    "TeamFields",
    "Transport",
    "Trunk",
    "TrunkFields",
    "TrunkRegistration",
    "User",
    "UserFields",
]
