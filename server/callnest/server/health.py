"""A remote agent's health beyond routing: desktop heartbeat, microphone, raised
hand, and the link figures gathered over each call for its interaction.

Why it exists: a supervisor cannot see a remote agent, so the wallboard shows
what the server can tell instead -- a desktop gone quiet, a microphone silent
(or muted) in a call, a raised hand, a poor audio link. The monitor keeps
those figures, follows the ACD's events to start and stop its checks as calls
begin and end, and hands each call's link figures to its interaction.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from callnest import protocol as p
from callnest.server.acd import Acd, AcdError, AgentState, Channel, Phase
from callnest.server.acd.events import AgentStateChanged, Closed, Ended, Event
from callnest.server.interactions import ContactMeta
from callnest.server.link_watch import LinkSample, LinkWatch, WatchRules
from callnest.server.mos import estimate_mos

# Below this the microphone hears nothing a customer would call speech: a
# quiet room with a headset sits around -70..-60 dBFS, a voice at -40..-15.
MIC_SILENT_DBFS = -60.0


@dataclass(slots=True)
class AgentHealth:
    last_heartbeat_at: float | None = None
    mic_level_db: float | None = None  # the desktop's last report
    mic_silent_since: float | None = None  # in a call, silent (or muted) since
    hand_raised: bool = False


@dataclass(slots=True)
class CallLink:
    """The agent's link over one call, from the samples taken while it was connected."""

    samples: int = 0
    loss_sum: float = 0.0
    loss_max: float = 0.0
    jitter_sum: float = 0.0
    jitter_max: float = 0.0
    rtt_sum: float = 0.0
    rtt_samples: int = 0
    rtt_max: float = 0.0
    mos_min: float | None = None
    mos_sum: float = 0.0

    def add(self, quality: p.LinkQuality, mos: float) -> None:
        loss = max(quality.loss_pct, quality.remote_loss_pct or 0.0)
        self.samples += 1
        self.loss_sum += loss
        self.loss_max = max(self.loss_max, loss)
        self.jitter_sum += quality.jitter_ms
        self.jitter_max = max(self.jitter_max, quality.jitter_ms)
        if quality.rtt_ms is not None:
            self.rtt_samples += 1
            self.rtt_sum += quality.rtt_ms
            self.rtt_max = max(self.rtt_max, quality.rtt_ms)
        self.mos_sum += mos
        self.mos_min = mos if self.mos_min is None else min(self.mos_min, mos)

    def figures(self) -> dict[str, Any]:
        """Average and worst over the call, for the interaction's ``data``."""
        n = self.samples
        rtt = self.rtt_samples
        return {
            "samples": n,
            "loss_pct_avg": round(self.loss_sum / n, 2),
            "loss_pct_max": round(self.loss_max, 2),
            "jitter_ms_avg": round(self.jitter_sum / n, 1),
            "jitter_ms_max": round(self.jitter_max, 1),
            "rtt_ms_avg": round(self.rtt_sum / rtt, 1) if rtt else None,
            "rtt_ms_max": round(self.rtt_max, 1) if rtt else None,
            "mos_avg": round(self.mos_sum / n, 2),
            "mos_min": self.mos_min,
        }


class HealthMonitor:
    """Every agent's health figures and links; tells ``changed`` of an agent
    whose figures the wallboard should show anew."""

    def __init__(
        self,
        acd: Acd,
        contacts: Mapping[str, ContactMeta],
        clock: Callable[[], float],
        *,
        changed: Callable[[int], None],
        annotate: Callable[..., None],
        judged: Callable[[int, p.LinkVerdict], None],
        rules: WatchRules | None = None,
    ) -> None:
        self._acd = acd
        self._contacts = contacts
        self._clock = clock
        self._changed = changed
        self._annotate = annotate
        self._judged = judged
        # Whether each agent's link can carry a call: routing's verdict.
        self.links = LinkWatch(rules)
        self.health: dict[int, AgentHealth] = {}
        # Each agent's audio link, as the media switchboard last measured it,
        # its estimated MOS, and the link over each call in progress.
        self.link_quality: dict[int, p.LinkQuality] = {}
        self.link_mos: dict[int, float] = {}
        self.call_links: dict[str, CallLink] = {}
        self._checks_due: set[int] = set()

    def of(self, agent_id: int) -> AgentHealth:
        """The agent's figures (blank if the agent's desktop never reported)."""
        return self.health.get(agent_id) or AgentHealth()

    def on_event(self, event: Event) -> None:
        if event.agent_id is not None:
            self._check_soon(event.agent_id)
            if isinstance(event, AgentStateChanged) and event.state is AgentState.OFFLINE:
                self.links.forget(event.agent_id)  # logged off: a new shift, a new check
        if event.contact_id is not None and isinstance(event, (Ended, Closed)):
            self._keep_call_link(event.contact_id)

    # --------------------------------------------------- what desktops report

    def heard_from(self, agent_id: int) -> None:
        """The agent's desktop sent something: it is alive (shown on the next refresh)."""
        self._health(agent_id).last_heartbeat_at = self._clock()

    def mic_level(
        self, agent_id: int, level_db: float | None, delivering: bool | None = None
    ) -> None:
        """The desktop's microphone report (every few seconds): its level, and
        whether it delivered any audio at all."""
        self._health(agent_id).mic_level_db = level_db
        self._check(agent_id)
        self._verdict(agent_id, self.links.microphone(agent_id, delivering, self._clock()))

    def raise_hand(self, agent_id: int, raised: bool) -> None:
        if raised and not self.in_conversation(agent_id):
            raise AcdError(p.ErrorCode.NOT_IN_CALL, "raise your hand during a call")
        health = self._health(agent_id)
        if health.hand_raised != raised:
            health.hand_raised = raised
            self._changed(agent_id)

    def mute_changed(self, agent_id: int) -> None:
        """A muted microphone is silent to the customer: its clock starts now."""
        self._health(agent_id)
        self._check(agent_id)

    def expect_link(self, agent_id: int) -> None:
        """The agent's desktop brings an audio link: offered nothing until the
        link has passed its check."""
        self._verdict(agent_id, self.links.expect(agent_id, self._clock()))

    def link_opened(self, agent_id: int) -> None:
        self._verdict(agent_id, self.links.opened(agent_id, self._clock()))

    def link_closed(self, agent_id: int) -> None:
        self._verdict(agent_id, self.links.closed(agent_id, self._clock()))

    def _verdict(self, agent_id: int, verdict: p.LinkVerdict | None) -> None:
        if verdict is not None:
            self._judged(agent_id, verdict)
            self._changed(agent_id)

    def update_link(
        self, agent_id: int, quality: p.LinkQuality | None, sample: LinkSample | None = None
    ) -> None:
        """The media plane's latest figures for the agent's link (None: it is
        gone), with its counters for routing's verdict."""
        if sample is not None:
            self._verdict(agent_id, self.links.sample(agent_id, sample))
        if quality is None:
            changed = self.link_quality.pop(agent_id, None) is not None
            self.link_mos.pop(agent_id, None)
        else:
            loss = max(quality.loss_pct, quality.remote_loss_pct or 0.0)
            mos = estimate_mos(loss, quality.jitter_ms, quality.rtt_ms)
            changed = self.link_quality.get(agent_id) != quality
            self.link_quality[agent_id] = quality
            self.link_mos[agent_id] = mos
            agent = self._acd.agents.get(agent_id)
            for contact_id, phase in agent.contacts.items() if agent else ():
                if phase is Phase.CONNECTED:
                    self.call_links.setdefault(contact_id, CallLink()).add(quality, mos)
        if changed:
            self._changed(agent_id)

    # ---------------------------------------------------------------- checks

    def in_conversation(self, agent_id: int) -> bool:
        agent = self._acd.agents.get(agent_id)
        return agent is not None and any(
            phase is Phase.CONNECTED for phase in agent.contacts.values()
        )

    def _health(self, agent_id: int) -> AgentHealth:
        health = self.health.get(agent_id)
        if health is None:
            health = self.health[agent_id] = AgentHealth()
        return health

    def _check_soon(self, agent_id: int) -> None:
        """Once the ACD command that emitted the event is over: an event may
        come before the change it announces (a transfer lets go after)."""
        if agent_id in self.health and agent_id not in self._checks_due:
            self._checks_due.add(agent_id)
            asyncio.get_running_loop().call_soon(self._check_due, agent_id)

    def _check_due(self, agent_id: int) -> None:
        self._checks_due.discard(agent_id)
        self._check(agent_id)

    def _check(self, agent_id: int) -> None:
        """Starts or stops the microphone's silence clock, and lowers a raised
        hand once the conversation is over."""
        health = self.health.get(agent_id)
        if health is None:
            return
        changed = False
        if health.hand_raised and not self.in_conversation(agent_id):
            health.hand_raised = False
            changed = True
        silent = self._talking(agent_id) and (
            self._muted(agent_id)
            or (health.mic_level_db is not None and health.mic_level_db < MIC_SILENT_DBFS)
        )
        if silent and health.mic_silent_since is None:
            health.mic_silent_since = self._clock()
            changed = True
        elif not silent and health.mic_silent_since is not None:
            health.mic_silent_since = None
            changed = True
        if changed:
            self._changed(agent_id)

    def _talking(self, agent_id: int) -> bool:
        """In a voice call, not on hold: when the microphone should hear the agent."""
        agent = self._acd.agents.get(agent_id)
        if agent is None:
            return False
        for contact_id, phase in agent.contacts.items():
            contact = self._acd.contacts.get(contact_id)
            if (
                phase is Phase.CONNECTED
                and contact is not None
                and contact.channel is Channel.VOICE
                and contact.held_since is None
            ):
                return True
        return False

    def _muted(self, agent_id: int) -> bool:
        agent = self._acd.agents.get(agent_id)
        if agent is None:
            return False
        return any((m := self._contacts.get(c)) is not None and m.muted for c in agent.contacts)

    def _keep_call_link(self, contact_id: str) -> None:
        """The call is over: its link figures go onto its interaction."""
        link = self.call_links.pop(contact_id, None)
        if link is not None and link.samples:
            self._annotate(contact_id, data={"link": link.figures()})
