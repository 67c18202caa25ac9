"""callnest-sim's audio links: they send silence like a desktop, and an
impaired agent's link loses packets (a gap in the sequence numbers, as a
packet lost on the way leaves) or sends nothing at all."""

from __future__ import annotations

import asyncio
import itertools
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

import pytest

from callnest import protocol as p
from callnest.server.media.leg import Leg
from callnest.server.media.oggopus import SILENCE
from callnest.server.media.passthrough import FRAME_SAMPLES, Wire
from callnest.sim import cli
from callnest.sim.agents import AgentTally, SimAgent
from callnest.sim.api import Api
from callnest.sim.callers import CallerRecord
from callnest.sim.config import Impairment, SimConfig, parse_impairment
from callnest.sim.rtc import QuietLink, _ticker
from callnest.sim.summary import summarise


@dataclass
class NumberingWire(Wire):
    """Stands in for the network under a link's ``Outbound``: numbers each
    packet as the real wire does, and keeps (sequence, timestamp, payload)."""

    _sequence: int = 65_000  # wraps within the first few thousand packets
    packets: list[tuple[int, int, bytes]] = field(default_factory=list)

    def send(self, timestamp: int, payload: bytes, marker: bool) -> bool:
        self._sequence = (self._sequence + 1) & 0xFFFF
        self.packets.append((self._sequence, timestamp, payload))
        return True


def wired(link: QuietLink) -> NumberingWire:
    wire = NumberingWire()
    link.out.wire = wire
    return wire


async def until(condition: Callable[[], bool], within_s: float = 10.0) -> None:
    async with asyncio.timeout(within_s):
        while not condition():  # noqa: ASYNC110 -- counters set deep inside aiortc
            await asyncio.sleep(0.02)


# ------------------------------------------------------------------ the spec


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("loss:8%", Impairment(loss=0.08)),
        ("LOSS:0.5%", Impairment(loss=0.005)),
        (" loss:20% ", Impairment(loss=0.2)),
        ("down", Impairment(down=True)),
    ],
)
def test_impairment_specs_parse(spec: str, expected: Impairment) -> None:
    assert parse_impairment(spec) == expected


@pytest.mark.parametrize(
    "spec",
    ["", "loss", "loss:", "loss:8", "loss:0.08", "loss:0%", "loss:100%", "loss:x%", "jitter:5%"],
)
def test_bad_impairment_specs_are_refused(spec: str) -> None:
    with pytest.raises(ValueError, match=r"loss:P%"):
        parse_impairment(spec)


def test_impairments_say_what_they_are() -> None:
    assert str(parse_impairment("loss:8%")) == "loss:8%"
    assert str(parse_impairment("down")) == "down"


# ------------------------------------------------------- who is impaired


def test_the_impaired_agents_are_drawn_from_the_seed() -> None:
    config = SimConfig(agents=20, impaired_share=0.2, seed=5)
    chosen = config.impaired_agents()
    assert len(chosen) == config.impaired_count == 4
    assert chosen <= set(range(20))
    # The same seed draws the same agents, whatever else the run does.
    assert SimConfig(
        agents=20, impaired_share=0.2, seed=5, calls=7, load=0.3
    ).impaired_agents() == (chosen)
    assert {
        SimConfig(agents=20, impaired_share=0.2, seed=s).impaired_agents() for s in range(10)
    } != {chosen}


@pytest.mark.parametrize(
    ("agents", "share", "count"),
    [(10, 0.0, 0), (6, 0.34, 2), (20, 0.2, 4), (10, 0.01, 1), (5, 0.5, 3), (4, 1.0, 4)],
)
def test_the_share_is_rounded_half_up_and_any_share_impairs_someone(
    agents: int, share: float, count: int
) -> None:
    rate = 1.0 if share == 1.0 else None  # nobody left to derive a rate from
    assert SimConfig(agents=agents, impaired_share=share, rate=rate).impaired_count == count


def test_links_draw_their_losses_apart_from_each_other_and_from_the_seed() -> None:
    config = SimConfig(seed=3)
    draws = [config.link_rng(i).random() for i in range(3)]
    assert draws == [SimConfig(seed=3).link_rng(i).random() for i in range(3)]
    assert len(set(draws)) == 3
    assert SimConfig(seed=4).link_rng(0).random() != draws[0]


def test_impaired_agents_are_no_capacity() -> None:
    plain = SimConfig(agents=20)
    impaired = SimConfig(agents=20, impaired_share=0.2)
    assert impaired.arrival_rate == pytest.approx(plain.arrival_rate * 16 / 20)
    assert SimConfig(agents=20, impaired_share=0.2, rate=2.0).arrival_rate == 2.0


def test_bad_combinations_are_refused() -> None:
    with pytest.raises(ValueError, match="impaired agents need audio links"):
        SimConfig(impaired_share=0.2, audio_links=False)
    with pytest.raises(ValueError, match="impaired-share must be between 0 and 1"):
        SimConfig(impaired_share=1.5)
    with pytest.raises(ValueError, match=r"give loss:P%"):
        SimConfig(impaired_share=0.2, impairment="loss:8")
    with pytest.raises(ValueError, match="every agent is impaired"):
        SimConfig(agents=3, impaired_share=1.0)
    SimConfig(agents=3, impaired_share=1.0, rate=0.5)  # all abandon: a run worth making
    SimConfig(audio_links=False, impairment="down")  # no agent impaired: the spec is moot


def test_the_cli_takes_the_options() -> None:
    config = cli.config_from(
        cli.parse_args(["--agents", "6", "--impaired-share", "0.34", "--impairment", "down"])
    )
    assert (config.impaired_share, config.impairment, config.impaired_count) == (0.34, "down", 2)
    defaults = cli.config_from(cli.parse_args([]))
    assert (defaults.impaired_share, defaults.impairment) == (0.0, "loss:8%")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--impaired-share", "0.2", "--no-audio-links"], "impaired agents need audio links"),
        (["--impaired-share", "0.2", "--impairment", "loss:eight"], "give loss:P%"),
        (["--impaired-share", "-0.1"], "impaired-share must be between 0 and 1"),
        (["--agents", "2", "--impaired-share", "1"], "every agent is impaired"),
    ],
)
def test_the_cli_refuses_bad_combinations_before_starting_anything(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.run(argv) == 2
    assert message in capsys.readouterr().err


def test_the_help_shows_the_impairment_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.parse_args(["run", "--help"])
    out = " ".join(capsys.readouterr().out.split())  # unwrapped
    assert "--impaired-share" in out
    assert "loss:P% (loses P % of its packets" in out
    assert "(default: loss:8%)" in out


# ------------------------------------------------------------- the agents


def agent(impairment: Impairment | None = None) -> SimAgent:
    config = SimConfig(impaired_share=0.1 if impairment else 0.0)
    api = cast(Api, object())  # no request is made
    return SimAgent(0, "sim-agent-001", "pw", api, config, random.Random(1), impairment=impairment)


def verdict(problem: p.LinkProblem | None) -> p.LinkVerdictUpdate:
    return p.LinkVerdictUpdate(verdict=p.LinkVerdict(problem=problem, loss_pct=8.0, since=1.0))


def state(value: p.AgentState, reason: str | None = None) -> p.AgentStateUpdate:
    return p.AgentStateUpdate(state=value, reason=reason, activity=p.Activity.IDLE, since=1.0)


def offer() -> p.Offer:
    contact = p.ContactInfo(
        contact_id="c1",
        channel=p.Channel.VOICE,
        queue_id=1,
        queue_name="sim",
        phase=p.ContactPhase.RINGING,
        entered_at=1.0,
    )
    return p.Offer(offer_id="o1", contact=contact, ring_timeout_s=3.0, expires_at=4.0)


def test_a_checked_agent_is_ready_once_the_server_makes_it_available() -> None:
    sim = agent()
    sim._on_message(verdict(p.LinkProblem.UNCONFIRMED))
    sim._on_message(state(p.AgentState.BREAK, "home_connection"))
    assert not sim.ready.is_set()
    sim._on_message(verdict(None))
    sim._on_message(state(p.AgentState.AVAILABLE))
    assert sim.ready.is_set()
    assert sim.tally.link_verdicts == {"unconfirmed": 1, "fit": 1}
    assert sim.settle_tally().impaired_held == 0  # not impaired


async def test_an_impaired_agent_held_back_counts_as_held() -> None:
    sim = agent(Impairment(loss=0.08))
    assert sim.tally.impaired_agents == 1
    sim._on_message(verdict(p.LinkProblem.UNCONFIRMED))
    sim._on_message(verdict(p.LinkProblem.POOR))
    assert "poor (loss 8.0 %" in sim.verdict_text()
    assert sim.settle_tally().impaired_held == 1


async def test_an_offer_to_an_impaired_agent_is_counted_with_the_verdict_it_had() -> None:
    sim = agent(Impairment(down=True))
    sim._on_message(verdict(None))
    sim._on_message(offer())
    try:
        assert (sim.tally.offers, sim.tally.offers_to_impaired) == (1, 1)
        assert "offered c1 although its link is impaired (down)" in sim.tally.errors[0]
        assert "last verdict: fit" in sim.tally.errors[0]
        assert sim.settle_tally().impaired_held == 0
    finally:
        await asyncio.sleep(0)  # the answer it means to give starts (and waits its ring)
        await sim._forget_everything()


# ------------------------------------------------------------- the summary


def answered(index: int) -> CallerRecord:
    return CallerRecord(
        index, contact_id=f"c{index}", created_at=1.0, connected_at=2.0, outcome="answered"
    )


SERVER = {"offered": 1, "answered": 1, "abandoned": 0}


def test_impaired_agents_held_back_are_reported_and_the_run_is_ok() -> None:
    tally = AgentTally(impaired_agents=2, impaired_held=2, answered_contacts={"c0"})
    tally.link_verdicts.update({"unconfirmed": 6, "fit": 4, "poor": 2})
    result = summarise([answered(0)], tally, SERVER, open_contacts=0, errors=[])
    assert result["ok"] is True
    assert (result["impaired_agents"], result["offers_to_impaired"], result["impaired_held"]) == (
        2,
        0,
        2,
    )
    assert result["agents"]["link_verdicts"] == {"fit": 4, "poor": 2, "unconfirmed": 6}
    assert "impaired agents 2: 0 offers to them, 2 held back" in cli.human(result)


def test_an_offer_to_an_impaired_agent_fails_the_run_like_a_lost_contact() -> None:
    tally = AgentTally(impaired_agents=1, offers_to_impaired=1, answered_contacts={"c0"})
    result = summarise([answered(0)], tally, SERVER, open_contacts=0, errors=[])
    assert result["lost"] == 0
    assert result["offers_to_impaired"] == 1
    assert result["ok"] is False


def test_tallies_add_up_the_impaired_and_their_verdicts() -> None:
    a = AgentTally(impaired_agents=1, impaired_held=1)
    a.link_verdicts["poor"] += 1
    b = AgentTally(offers=3)
    b.link_verdicts["fit"] += 2
    a.merge(b)
    assert (a.impaired_agents, a.impaired_held, a.offers) == (1, 1, 3)
    assert a.link_verdicts == {"poor": 1, "fit": 2}


# ------------------------------------------------------------- the links


async def test_a_link_sends_a_silent_opus_packet_per_frame_with_960_ticks_each() -> None:
    link = QuietLink()
    wire = wired(link)
    try:
        for n in range(100):
            link.tick(n * 0.02)
        assert link.packets_sent == 100
        assert link.packets_lost == 0
        assert {payload for _, _, payload in wire.packets} == {SILENCE}
        for (seq_a, ts_a, _), (seq_b, ts_b, _) in itertools.pairwise(wire.packets):
            assert (seq_b - seq_a) % 65536 == 1
            assert (ts_b - ts_a) % 2**32 == FRAME_SAMPLES
    finally:
        await link.close()


async def test_a_lossy_link_leaves_gaps_in_the_sequence_numbers_at_its_rate() -> None:
    link = QuietLink(loss=0.08, rng=random.Random(11))
    wire = wired(link)
    try:
        for n in range(10_000):
            link.tick(n * 0.02)
        received = len(wire.packets)
        gaps = 0
        for (seq_a, ts_a, _), (seq_b, ts_b, _) in itertools.pairwise(wire.packets):
            step = (seq_b - seq_a) % 65536
            gaps += step - 1
            # A lost packet took its 20 ms with it: the timestamps say so too.
            assert (ts_b - ts_a) % 2**32 == step * FRAME_SAMPLES
        assert received == link.packets_sent
        assert received + link.packets_lost == 10_000
        expected = received + gaps  # what a receiver expects from the numbers it saw
        assert 0.07 <= gaps / expected <= 0.09
        # Only the losses before the first packet and after the last one are
        # no gap to a receiver.
        assert link.packets_lost - gaps < 10
    finally:
        await link.close()


async def test_a_link_sends_nothing_before_its_connection_is_up() -> None:
    link = QuietLink(loss=0.5, rng=random.Random(1))
    try:
        link.tick(0.0)
        assert (link.packets_sent, link.packets_lost, link.out.dropped) == (0, 0, 0)
    finally:
        await link.close()


async def test_one_ticker_sends_for_every_link_every_20_ms() -> None:
    links = [QuietLink() for _ in range(3)]
    wires = [wired(link) for link in links]
    ticker = _ticker()
    try:
        for link in links:
            ticker.join(link)
        assert len(ticker) == 3
        started = time.perf_counter()
        await asyncio.sleep(0.5)
        elapsed = time.perf_counter() - started
        counts = [len(w.packets) for w in wires]
        assert max(counts) - min(counts) <= 1  # the same ticks for all
        assert 0.7 * elapsed / 0.02 <= counts[0] <= elapsed / 0.02 + 2
        assert _ticker() is ticker
    finally:
        for link in links:
            await link.close()
    assert len(ticker) == 0
    await asyncio.sleep(0.05)
    sent = [len(w.packets) for w in wires]
    await asyncio.sleep(0.1)
    assert [len(w.packets) for w in wires] == sent  # closed links send no more


async def test_the_server_counts_a_lossy_link_s_drops_as_lost_packets() -> None:
    """Over a real connection to the server's own leg: what the server's RTCP
    counters say is exactly what the link sent and lost."""
    fates: list[bool] = []  # True: sent, False: lost on purpose

    class Watched(QuietLink):
        def tick(self, now: float) -> None:
            sent, lost = self.packets_sent, self.packets_lost
            super().tick(now)
            if self.packets_sent > sent:
                fates.append(True)
            elif self.packets_lost > lost:
                fates.append(False)

    leg = Leg("agent 1", (), lambda leg, packet, now: None)
    link = Watched(loss=0.2, rng=random.Random(5))
    try:
        await link.connect(leg.answer)
        await until(lambda: fates.count(True) >= 50)
        link.stop_sending()
        first, last = fates.index(True), len(fates) - 1 - fates[::-1].index(True)
        expected_lost = fates[first:last].count(False)
        sent = fates.count(True)

        async def counters() -> tuple[int, int] | None:
            stats = await leg.stats()
            return None if stats is None else (stats.packets_in, stats.packets_lost)

        async with asyncio.timeout(10):
            while (await counters()) != (sent, expected_lost):  # noqa: ASYNC110 -- RTCP counters
                await asyncio.sleep(0.02)
        assert expected_lost > 0
    finally:
        await link.close()
        await leg.close()


async def test_a_down_link_sends_nothing() -> None:
    leg = Leg("agent 1", (), lambda leg, packet, now: None)
    link = QuietLink(sends=False)
    try:
        await link.connect(leg.answer)
        await until(lambda: link.out.wire is not None)
        await asyncio.sleep(0.2)
        assert link.packets_sent == 0
        stats = await leg.stats()
        assert stats is not None
        assert stats.packets_in == 0
        assert len(_ticker()) == 0
    finally:
        await link.close()
        await leg.close()
