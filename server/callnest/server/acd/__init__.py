"""The ACD core: pure routing logic with an injected clock, and its event log."""

from callnest.server.acd.core import Acd, AcdError, Offer
from callnest.server.acd.events import Event, EventType, Outcome
from callnest.server.acd.hours import BusinessHours
from callnest.server.acd.model import (
    Agent,
    AgentConfig,
    AgentState,
    Channel,
    Contact,
    Overflow,
    OverflowKind,
    Phase,
    QueueConfig,
    SkillStep,
    Strategy,
)
from callnest.server.acd.stats import StatsFold

__all__ = [
    "Acd",
    "AcdError",
    "Agent",
    "AgentConfig",
    "AgentState",
    "BusinessHours",
    "Channel",
    "Contact",
    "Event",
    "EventType",
    "Offer",
    "Outcome",
    "Overflow",
    "OverflowKind",
    "Phase",
    "QueueConfig",
    "SkillStep",
    "StatsFold",
    "Strategy",
]
