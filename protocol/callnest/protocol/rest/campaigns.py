"""Campaigns: lists of people a queue's agents call, and the numbers never to call."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from callnest.protocol.rest.base import E164, Name, RestModel, RowId, Text
from callnest.protocol.rest.callbacks import TimeZone

CampaignMode = Literal["preview", "progressive"]
"""preview: the agent reads the person's card (for preview_s), then the call
goes out; progressive: it goes out the moment an agent is free. Both place
one call per free agent: nobody who answers is left waiting for an agent."""

CampaignStatus = Literal["draft", "running", "paused", "finished"]
ProspectStatus = Literal["pending", "queued", "dialing", "done", "exhausted"]
"""pending: waits for its (next) attempt; queued: waits for an agent;
dialing: its call rings; done: reached; exhausted: out of attempts."""

Region = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]

CallingWindow = dict[str, Any]
"""``{"start": "09:00", "end": "20:00", "days": ["mon", ..., "fri"]}``, in the
callee's local time."""

RetryRules = dict[str, Any]
"""``{"max_attempts": 3, "spacing_min": {"busy": 10, "no_answer": 60, ...}}``:
an outcome left out is not tried again."""


class CampaignFields(RestModel):
    name: Name
    queue_id: RowId
    script_id: RowId | None = None
    mode: CampaignMode = "preview"
    preview_s: Annotated[float, Field(ge=0, le=120)] = 10
    # One window for every callee; None: each callee's country's default.
    calling_window: CallingWindow | None = None
    retry: RetryRules | None = None  # None: the defaults
    success_dispositions: Annotated[list[RowId], Field(max_length=100)] = Field(
        default_factory=list
    )
    # Dispositions that say an answering machine took the call: the person is
    # tried again (the retry rule for "machine"), not counted as reached.
    machine_dispositions: Annotated[list[RowId], Field(max_length=100)] = Field(
        default_factory=list
    )


class Campaign(RestModel):
    id: int
    name: str
    queue_id: int
    script_id: int | None
    mode: CampaignMode
    preview_s: float
    status: CampaignStatus
    calling_window: CallingWindow | None
    retry: RetryRules | None
    success_dispositions: list[int]
    machine_dispositions: list[int]
    created_at: float
    updated_at: float


class ProspectIn(RestModel):
    """A person to call: the number as written (nationally with the import's
    region), and what else is known."""

    number: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
    name: Name | None = None
    time_zone: TimeZone | None = None


class ProspectsIn(RestModel):
    """People to add to a campaign: listed, or found by a customer search
    (name, phone or e-mail, as the admin window's search) saved as a list."""

    prospects: Annotated[list[ProspectIn], Field(max_length=100_000)] = Field(default_factory=list)
    customer_search: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None
    region: Region | None = None  # where numbers written nationally are from


class ProspectProblem(RestModel):
    line: int  # 1-based, in what was sent
    number: str
    problem: str


class ProspectsAdded(RestModel):
    added: int
    already_listed: int  # in this campaign already: left as they were
    refused: list[ProspectProblem]  # not numbers that can be called (why, each)


class Prospect(RestModel):
    id: int
    campaign_id: int
    number: str
    name: str | None
    customer_id: int | None
    time_zone: str | None
    status: ProspectStatus
    attempts: int
    next_attempt_at: float
    last_outcome: str | None
    contact_id: str | None
    disposition_id: int | None
    updated_at: float


class DoNotCallFields(RestModel):
    number: E164
    campaign_id: RowId | None = None  # None: no campaign calls it
    reason: Text = ""


class DoNotCallEntry(RestModel):
    id: int
    number: str
    campaign_id: int | None
    reason: str
    added_by: int | None
    added_at: float
