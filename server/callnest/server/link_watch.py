"""Whether an agent's home connection can carry a call now: the verdict routing
goes by.

Why it exists: an operator at home is offered a call the moment the ACD sees
them free, whatever their link is doing -- a laptop just woken, a flatmate's
download, a headset unplugged. The media plane samples every agent's
shift-long audio link (the desktop's microphone track sends 50 packets a
second, silence included); this judges those samples:

- **unconfirmed**: a desktop that said it brings an audio link (login, wake,
  reconnect), until the link has carried audio well for
  :attr:`WatchRules.check_s` -- the pre-shift check;
- **down**: no packet has arrived for :attr:`WatchRules.down_s`, over two
  samples in a row, on a link that carried audio before; or the link closed.
  (One quiet sample can be the server's own loop held up, by a report, say:
  the packets are then still in the socket's buffer.)
- **poor**: the MOS estimated over the last :attr:`WatchRules.window_s` under
  the threshold in :attr:`WatchRules.poor_samples` samples in a row;
- **microphone**: the desktop said twice that its microphone delivered nothing.

Back to fit takes :attr:`WatchRules.recover_s` of samples above the threshold
plus a margin (hysteresis); a link that fails again within
:attr:`WatchRules.flap_s` of recovering waits twice as long the next time (up
to :attr:`WatchRules.recover_max_s`), so a flapping link does not flap the agent.

Pure: no I/O; time comes with each call.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field
from typing import NamedTuple

from callnest import protocol as p
from callnest.server.mos import estimate_mos


@dataclass(frozen=True, slots=True)
class WatchRules:
    mos_threshold: float = 3.6
    recover_margin: float = 0.2  # recovering needs the threshold plus this (hysteresis)
    # A new link's check needs less: replaying random loss through the check
    # (50 packets a second, 1000 links each), 8 % loss passed none, 3 % loss
    # (MOS 4.0) 89 % within 20 s; with the recovery margin 3 % passed 76 %.
    check_margin: float = 0.1
    window_s: float = 6.0  # loss is judged over this much of the link's recent past
    poor_samples: int = 2  # samples in a row under the threshold make a link poor
    check_s: float = 5.0  # a desktop's new link carries audio well this long first
    down_s: float = 2.0  # no packet this long: the link is down
    recover_s: float = 10.0
    recover_max_s: float = 60.0
    flap_s: float = 60.0  # failing again within this of recovering doubles the wait
    silent_mic_reports: int = 2


@dataclass(frozen=True, slots=True)
class LinkSample:
    """The link's cumulative RTCP counters at ``at``, and its latest rates."""

    at: float
    packets_in: int  # received from the desktop so far
    packets_lost: int  # of those the desktop sent, lost so far
    jitter_ms: float
    rtt_ms: float | None = None
    remote_loss_pct: float | None = None  # what the desktop lost of ours, its last report


class _Figures(NamedTuple):
    """A link's window (from ``since``): the loss (the worse direction), the
    latest jitter and round trip, the MOS they estimate, and the MOS at the
    loss's upper bound."""

    since: float
    loss_pct: float
    jitter_ms: float
    rtt_ms: float | None
    mos: float
    mos_low: float


_Z95 = 1.96


def _loss_pct(lost: int, expected: int) -> tuple[float, float]:
    """The share lost, in %, and its upper bound: Wilson's score interval at
    95 % (a binomial share from few packets, sound even at none lost)."""
    if expected == 0:
        return 100.0, 100.0
    z2 = _Z95 * _Z95
    share = lost / expected
    centre = share + z2 / (2 * expected)
    spread = _Z95 * math.sqrt(share * (1 - share) / expected + z2 / (4 * expected * expected))
    return 100.0 * share, 100.0 * min(1.0, (centre + spread) / (1 + z2 / expected))


@dataclass(slots=True)
class _Link:
    # The network's part of the verdict (unconfirmed, down, poor or None),
    # kept apart from the microphone's so that either can clear alone.
    network: p.LinkProblem | None
    recover_s: float  # good this long clears the network's problem
    samples: deque[LinkSample] = field(default_factory=lambda: deque(maxlen=64))
    verdict: p.LinkVerdict | None = None
    flowed_at: float | None = None  # the last sample that found new packets
    quiet_samples: int = 0  # in a row since, that found none
    good_since: float | None = None  # above threshold + margin since
    poor_in_a_row: int = 0
    recovered_at: float | None = None
    silent_mic_reports: int = 0


class LinkWatch:
    """Every watched agent's verdict. Each method returns the agent's verdict
    when its problem changed (None when it did not: the figures in it move
    with every sample, and :meth:`verdict` has them)."""

    def __init__(self, rules: WatchRules | None = None) -> None:
        self.rules = rules or WatchRules()
        self._links: dict[int, _Link] = {}
        self._checked: set[int] = set()  # desktops that said they bring a link

    def verdict(self, agent_id: int) -> p.LinkVerdict | None:
        """None: the agent has no audio link watched (routing lets them be)."""
        link = self._links.get(agent_id)
        return link.verdict if link is not None else None

    def fit(self, agent_id: int) -> bool:
        verdict = self.verdict(agent_id)
        return verdict is None or verdict.problem is None

    @property
    def checking(self) -> bool:
        """Some link is in its check (worth sampling more often)."""
        return any(link.network is p.LinkProblem.UNCONFIRMED for link in self._links.values())

    def expect(self, agent_id: int, now: float) -> p.LinkVerdict | None:
        """The agent's desktop brings an audio link: nothing is offered until
        that link has passed its check. A link that outlived a drop of the
        session (a call went on) is judged as it was."""
        self._checked.add(agent_id)
        if agent_id in self._links:
            return None
        return self.opened(agent_id, now)

    def opened(self, agent_id: int, now: float) -> p.LinkVerdict | None:
        """A new audio link. A desktop's is checked first (longer if the link
        before it was flapping); another client's is judged from its samples."""
        before = self._links.get(agent_id)
        checked = agent_id in self._checked
        link = self._links[agent_id] = _Link(
            network=p.LinkProblem.UNCONFIRMED if checked else None,
            recover_s=self.rules.check_s,
        )
        if before is not None:
            link.verdict, link.recovered_at = before.verdict, before.recovered_at
            if self._flapped(before, now):
                link.recover_s = max(self.rules.check_s, before.recover_s)
        return self._publish(link, now)

    def closed(self, agent_id: int, now: float) -> p.LinkVerdict | None:
        """The link is gone: down until a new one opens (or the agent leaves)."""
        link = self._links.get(agent_id)
        if link is None:
            return None
        link.samples.clear()
        link.good_since = None
        self._fail(link, p.LinkProblem.DOWN, now)
        return self._publish(link, now)

    def forget(self, agent_id: int) -> None:
        """The agent logged off: nothing to judge until the next login."""
        self._links.pop(agent_id, None)
        self._checked.discard(agent_id)

    def microphone(
        self, agent_id: int, delivering: bool | None, now: float
    ) -> p.LinkVerdict | None:
        """The desktop's report: did its microphone deliver audio (None: it cannot tell)?"""
        link = self._links.get(agent_id)
        if link is None or delivering is None:
            return None
        link.silent_mic_reports = 0 if delivering else link.silent_mic_reports + 1
        return self._publish(link, now)

    def sample(self, agent_id: int, sample: LinkSample) -> p.LinkVerdict | None:
        link = self._links.get(agent_id)
        if link is None:
            return None
        previous = link.samples[-1] if link.samples else None
        link.samples.append(sample)
        if previous is not None:  # counters say something from the second sample on
            self._judge_network(link, previous, sample)
        return self._publish(link, sample.at)

    # ------------------------------------------------------------ judging

    def _figures(self, link: _Link) -> _Figures | None:
        """The window's figures (None: nothing to go by yet)."""
        if len(link.samples) < 2 or link.flowed_at is None:
            return None
        last = link.samples[-1]
        first = next(s for s in link.samples if last.at - s.at <= self.rules.window_s + 0.1)
        if first is last:
            first = link.samples[-2]
        received = last.packets_in - first.packets_in
        lost = max(0, last.packets_lost - first.packets_lost)
        remote = last.remote_loss_pct or 0.0
        inbound, inbound_high = _loss_pct(lost, received + lost)
        loss, loss_high = max(inbound, remote), max(inbound_high, remote)
        return _Figures(
            since=first.at,
            loss_pct=loss,
            jitter_ms=last.jitter_ms,
            rtt_ms=last.rtt_ms,
            mos=estimate_mos(loss, last.jitter_ms, last.rtt_ms),
            mos_low=estimate_mos(loss_high, last.jitter_ms, last.rtt_ms),
        )

    def _judge_network(self, link: _Link, previous: LinkSample, sample: LinkSample) -> None:
        rules, now = self.rules, sample.at
        if sample.packets_in > previous.packets_in:
            link.flowed_at, link.quiet_samples = now, 0
        elif link.flowed_at is None:
            return  # nothing yet: a link still starting (or a client that sends nothing)
        else:
            link.good_since = None
            link.quiet_samples += 1
            if link.quiet_samples >= 2 and now - link.flowed_at >= rules.down_s - 0.1:
                self._fail(link, p.LinkProblem.DOWN, now)
            return
        figures = self._figures(link)
        assert figures is not None
        # Poor on the estimate; good only if the loss it could well be (its
        # upper bound) leaves the MOS above the threshold and the margin: a
        # few seconds are a few hundred packets, and 8 % loss can show as
        # 4 % that long (1.8 % of such links passed a check on the estimate).
        poor = figures.mos < rules.mos_threshold
        link.poor_in_a_row = link.poor_in_a_row + 1 if poor else 0
        checking = link.network is p.LinkProblem.UNCONFIRMED
        good = rules.mos_threshold + (rules.check_margin if checking else rules.recover_margin)
        if figures.mos_low < good:
            link.good_since = None
        elif link.good_since is None:
            link.good_since = figures.since  # the whole window was good
        if link.poor_in_a_row >= rules.poor_samples:
            self._fail(link, p.LinkProblem.POOR, now)
        elif (
            link.network is not None
            and link.good_since is not None
            and now - link.good_since >= link.recover_s - 0.1
        ):
            if link.network is not p.LinkProblem.UNCONFIRMED:
                link.recovered_at = now
            link.network = None

    def _fail(self, link: _Link, problem: p.LinkProblem, now: float) -> None:
        if link.network is None:
            link.recover_s = (
                min(self.rules.recover_max_s, 2 * link.recover_s)
                if self._flapped(link, now)
                else self.rules.recover_s
            )
        elif link.network is p.LinkProblem.UNCONFIRMED:
            link.recover_s = max(link.recover_s, self.rules.recover_s)
        link.network = problem

    def _flapped(self, link: _Link, now: float) -> bool:
        return link.recovered_at is not None and now - link.recovered_at < self.rules.flap_s

    def _publish(self, link: _Link, now: float) -> p.LinkVerdict | None:
        """The verdict from the network's state and the microphone's; returned
        when its problem changed (a first verdict only when it has one)."""
        problem = link.network
        if (
            problem in (None, p.LinkProblem.UNCONFIRMED)
            and link.silent_mic_reports >= self.rules.silent_mic_reports
        ):
            problem = p.LinkProblem.MICROPHONE
        figures = self._figures(link)
        before = link.verdict
        news = problem is not None if before is None else problem is not before.problem
        link.verdict = p.LinkVerdict(
            problem=problem,
            loss_pct=None if figures is None else round(figures.loss_pct, 1),
            jitter_ms=None if figures is None else round(figures.jitter_ms, 1),
            rtt_ms=None if figures is None or figures.rtt_ms is None else round(figures.rtt_ms, 1),
            mos=None if figures is None else figures.mos,
            since=before.since if before is not None and not news else now,
        )
        return link.verdict if news else None
