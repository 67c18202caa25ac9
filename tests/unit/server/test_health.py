"""The health monitor: a microphone silent (or muted) in a call starts a clock,
a raised hand comes down after the call, and each call's link figures go onto
its interaction."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from callnest import protocol as p
from callnest.server.acd import Acd, AcdError, AgentConfig, AgentState, Channel, QueueConfig
from callnest.server.health import HealthMonitor
from callnest.server.interactions import ContactMeta
from unit.server.acd.harness import FakeClock


class World:
    """Agent 7 in a call (c1), and a health monitor following the ACD."""

    def __init__(self) -> None:
        self.clock = FakeClock(1_000.0)
        self.contacts: dict[str, ContactMeta] = {}
        self.changed: list[int] = []
        self.annotated: list[tuple[str, dict[str, Any]]] = []
        self.judged: list[tuple[int, p.LinkVerdict]] = []
        self.acd = Acd(self.clock, lambda event: self.health.on_event(event))
        self.health = HealthMonitor(
            self.acd,
            self.contacts,
            self.clock,
            changed=self.changed.append,
            annotate=lambda contact_id, **values: self.annotated.append((contact_id, values)),
            judged=lambda agent_id, verdict: self.judged.append((agent_id, verdict)),
        )
        self.acd.configure_queue(QueueConfig(id=1, name="sales"))
        self.acd.configure_agent(AgentConfig(id=7))
        self.health.heard_from(7)  # its desktop is connected
        self.acd.set_agent_state(7, AgentState.AVAILABLE)
        self.contacts["c1"] = ContactMeta("c1", Channel.VOICE, "sales")
        self.acd.enqueue("c1", 1)
        (offer,) = self.acd.offers.values()
        self.acd.answer(offer.id, 7)


async def test_a_quiet_microphone_in_a_call_starts_the_silence_clock() -> None:
    w = World()
    w.health.mic_level(7, -30.0)
    assert w.health.of(7).mic_silent_since is None
    w.clock.now = 1_010.0
    w.health.mic_level(7, -70.0)
    assert w.health.of(7).mic_silent_since == 1_010.0
    assert w.changed[-1] == 7
    w.health.mic_level(7, -30.0)
    assert w.health.of(7).mic_silent_since is None


async def test_a_muted_microphone_is_silent_but_not_on_hold() -> None:
    w = World()
    w.contacts["c1"].muted = True
    w.health.mute_changed(7)
    assert w.health.of(7).mic_silent_since == 1_000.0
    w.acd.hold("c1", 7)
    await asyncio.sleep(0)  # the check after the event
    assert w.health.of(7).mic_silent_since is None


async def test_a_raised_hand_comes_down_once_the_call_is_over() -> None:
    w = World()
    w.health.raise_hand(7, True)
    assert w.health.of(7).hand_raised
    w.acd.hang_up("c1")
    assert w.health.of(7).hand_raised  # checked once the ACD's command is over
    await asyncio.sleep(0)
    assert not w.health.of(7).hand_raised
    with pytest.raises(AcdError) as refused:
        w.health.raise_hand(7, True)
    assert refused.value.code == p.ErrorCode.NOT_IN_CALL


async def test_a_calls_link_figures_go_onto_its_interaction() -> None:
    w = World()
    w.health.update_link(7, p.LinkQuality(loss_pct=1.0, jitter_ms=10.0, rtt_ms=50.0))
    w.health.update_link(7, p.LinkQuality(loss_pct=3.0, jitter_ms=20.0, rtt_ms=70.0))
    assert w.health.link_mos[7] > 1.0
    w.acd.hang_up("c1")
    ((contact_id, values),) = w.annotated
    assert contact_id == "c1"
    assert values["data"]["link"]["samples"] == 2
    assert values["data"]["link"]["loss_pct_max"] == 3.0
    w.health.update_link(7, None)
    assert 7 not in w.health.link_quality and w.changed[-1] == 7
