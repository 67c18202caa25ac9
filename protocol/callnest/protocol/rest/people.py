"""Who works here: teams, skills and users (agents, supervisors, owners), and
the directory of agents a call can be transferred to."""

from typing import Annotated, Any

from pydantic import Field, SerializerFunctionWrapHandler, StringConstraints, model_serializer

from callnest.protocol.rest.base import Level, Name, RestModel, RowId, Text
from callnest.protocol.types import Role

__all__ = [
    "DirectoryEntry",
    "NewPassword",
    "NewUserFields",
    "PasswordReset",
    "Skill",
    "SkillFields",
    "Team",
    "TeamFields",
    "User",
    "UserFields",
]

USERNAME_PATTERN = r"^[A-Za-z0-9_.@-]{2,64}$"
Username = Annotated[str, StringConstraints(pattern=USERNAME_PATTERN)]
Password = Annotated[str, StringConstraints(min_length=8, max_length=200)]


@model_serializer(mode="wrap")
def _password_if_made_up(self: Any, handler: SerializerFunctionWrapHandler) -> Any:
    """A password the server made up is shown once, in the answer that made
    it; any other answer has no ``password`` at all (rather than a null)."""
    answer = handler(self)
    if answer.get("password") is None:
        answer.pop("password", None)
    return answer


class TeamFields(RestModel):
    """A team as an owner creates or renames it."""

    name: Name


class Team(RestModel):
    id: int
    name: str
    created_at: float


class SkillFields(RestModel):
    """A skill as an owner creates or changes it."""

    name: Name
    description: Text = ""


class Skill(RestModel):
    id: int
    name: str
    description: str


class UserFields(RestModel):
    """A user as an owner changes them (a change sends only the fields it sets)."""

    username: Username
    display_name: Name
    role: Role = Role.AGENT
    team_id: RowId | None = None
    active: bool = True
    voice_capacity: Annotated[int, Field(ge=0, le=1)] = 1  # calls at once
    chat_capacity: Annotated[int, Field(ge=0, le=20)] = 3  # chats at once
    email_capacity: Annotated[int, Field(ge=0, le=50)] = 2  # e-mail threads at once
    skills: dict[RowId, Level] = Field(default_factory=dict)  # skill id -> level


class NewUserFields(UserFields):
    """A user as an owner creates them; without a password the server makes one up."""

    password: Password | None = None


class User(RestModel):
    id: int
    username: str
    display_name: str
    role: Role
    team_id: int | None
    active: bool
    voice_capacity: int
    chat_capacity: int
    email_capacity: int
    created_at: float
    skills: dict[int, int]  # skill id -> level
    password: str | None = None  # only in the answer to a create that made it up

    _answer = _password_if_made_up


class NewPassword(RestModel):
    """A password reset; without a password the server makes one up."""

    password: Password | None = None


class PasswordReset(RestModel):
    """The answer to a reset: the password, only when the server made it up."""

    user_id: int
    password: str | None = None

    _answer = _password_if_made_up


class DirectoryEntry(RestModel):
    """An active agent a call can be transferred to, and nothing else about them."""

    id: int
    display_name: str
    team_id: int | None
