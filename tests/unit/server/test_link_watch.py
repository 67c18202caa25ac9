"""Routing's verdict on a home link, from the samples the media plane takes:
the check a desktop's new link passes, a link down, poor, back with
hysteresis, a flapping one, a silent microphone."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from callnest import protocol as p
from callnest.server.link_watch import LinkSample, LinkWatch, WatchRules

UNCONFIRMED, DOWN, POOR, MICROPHONE = (
    p.LinkProblem.UNCONFIRMED,
    p.LinkProblem.DOWN,
    p.LinkProblem.POOR,
    p.LinkProblem.MICROPHONE,
)
ADA = 7
PPS = 50  # the desktop's microphone track: one packet each 20 ms


@dataclass
class Desktop:
    """A link's counters as the server's RTCP sees them, advanced by hand."""

    watch: LinkWatch
    now: float = 1000.0
    received: int = 0
    lost: float = 0.0

    def run(
        self, seconds: float, *, loss_pct: float = 0.0, every_s: float = 2.0
    ) -> list[p.LinkVerdict]:
        """``seconds`` of audio at ``loss_pct``, sampled every ``every_s``: the
        verdicts that came out (news only)."""
        news = []
        for _ in range(round(seconds / every_s)):
            self.now += every_s
            sent = PPS * every_s
            self.lost += sent * loss_pct / 100
            self.received += round(sent * (1 - loss_pct / 100))
            news.append(self.sample())
        return [n for n in news if n is not None]

    def silent(self, seconds: float, every_s: float = 2.0) -> list[p.LinkVerdict]:
        """An outage: nothing arrives (nor is counted lost before packets resume)."""
        news = []
        for _ in range(round(seconds / every_s)):
            self.now += every_s
            news.append(self.sample())
        return [n for n in news if n is not None]

    def sample(self) -> p.LinkVerdict | None:
        return self.watch.sample(
            ADA, LinkSample(self.now, self.received, round(self.lost), jitter_ms=2.0, rtt_ms=30.0)
        )

    @property
    def problem(self) -> p.LinkProblem | None:
        verdict = self.watch.verdict(ADA)
        assert verdict is not None
        return verdict.problem


@pytest.fixture
def desktop() -> Desktop:
    """A desktop that said it brings a link, and opened it."""
    watch = LinkWatch()
    d = Desktop(watch)
    first = watch.expect(ADA, d.now)
    assert first is not None and first.problem is UNCONFIRMED
    assert watch.opened(ADA, d.now) is None  # the same check goes on
    d.sample()
    return d


def test_a_desktops_new_link_is_offered_nothing_until_it_has_carried_audio_well(
    desktop: Desktop,
) -> None:
    assert not desktop.watch.fit(ADA)
    news = desktop.run(5.0, every_s=0.5)
    assert [n.problem for n in news] == [None]
    verdict = news[0]
    assert verdict.loss_pct == 0.0 and verdict.mos is not None and verdict.mos > 4.0
    assert verdict.rtt_ms == 30.0
    assert desktop.watch.fit(ADA)


def test_a_new_link_at_8_percent_loss_fails_its_check_and_stays_held(desktop: Desktop) -> None:
    news = desktop.run(30.0, loss_pct=8.0, every_s=0.5)
    assert [n.problem for n in news] == [POOR]
    verdict = desktop.watch.verdict(ADA)
    assert verdict is not None and verdict.loss_pct == pytest.approx(8.0, abs=0.5)
    assert verdict.mos is not None and verdict.mos < 3.6


def test_a_link_that_stops_is_down_within_the_down_time_and_back_after_the_recovery_time(
    desktop: Desktop,
) -> None:
    desktop.run(5.0, every_s=0.5)
    assert desktop.problem is None
    assert desktop.silent(2.0) == []  # one quiet sample may be the server held up
    assert [n.problem for n in desktop.silent(2.0)] == [DOWN]
    assert desktop.silent(4.0) == []  # still down
    # Back: the window still holds the outage's gap, then 10 s of good audio.
    desktop.lost += 8 * PPS  # the sequence numbers the outage skipped
    news = desktop.run(20.0)
    assert [n.problem for n in news] == [POOR, None]
    assert desktop.problem is None


def test_a_short_gap_in_arrivals_is_not_a_link_down(desktop: Desktop) -> None:
    desktop.run(5.0, every_s=0.5)
    assert desktop.silent(1.0, every_s=0.5) == []  # a stalled machine, not a dead link
    assert desktop.run(1.0, every_s=0.5) == []
    # The server's own loop held up 4 s: its one late sample finds no packet
    # yet, the next finds them waiting in the socket's buffer.
    assert desktop.silent(4.0, every_s=4.0) == []
    desktop.received += 4 * PPS
    assert desktop.run(2.0) == []
    assert desktop.run(2.0) == []
    assert desktop.problem is None


def test_a_link_that_degrades_is_poor_in_seconds_and_recovers_only_above_the_margin(
    desktop: Desktop,
) -> None:
    desktop.run(5.0, every_s=0.5)
    news = desktop.run(10.0, loss_pct=8.0)
    assert [n.problem for n in news] == [POOR]
    # 5 % loss estimates MOS 3.75: above the threshold, under threshold + margin.
    assert desktop.run(30.0, loss_pct=5.0) == []
    assert desktop.problem is POOR
    news = desktop.run(16.0)
    assert [n.problem for n in news] == [None]


def test_a_flapping_link_waits_twice_as_long_each_time_it_fails_soon_after_recovering(
    desktop: Desktop,
) -> None:
    desktop.run(5.0, every_s=0.5)
    recovered_after = []
    for _ in range(3):
        desktop.run(8.0, loss_pct=15.0)
        assert desktop.problem is POOR
        waited = 0.0
        while desktop.problem is POOR:
            desktop.run(2.0)
            waited += 2.0
        recovered_after.append(waited)
    # The first recovery needs the window clear of the bad samples plus 10 s;
    # then each failure within a minute doubles the wait: 20 s, then 40 s.
    assert recovered_after[1] >= 20.0
    assert recovered_after[2] >= 40.0
    assert recovered_after[2] > recovered_after[1] > recovered_after[0]


def test_a_link_closed_is_down_and_a_new_one_is_checked_again(desktop: Desktop) -> None:
    desktop.run(5.0, every_s=0.5)
    news = desktop.watch.closed(ADA, desktop.now)
    assert news is not None and news.problem is DOWN
    reopened = desktop.watch.opened(ADA, desktop.now)
    assert reopened is not None and reopened.problem is UNCONFIRMED
    assert not desktop.watch.fit(ADA)


def test_a_silent_microphone_holds_the_agent_until_it_delivers_again(desktop: Desktop) -> None:
    desktop.run(5.0, every_s=0.5)
    watch = desktop.watch
    assert watch.microphone(ADA, False, desktop.now) is None  # once may be a glitch
    news = watch.microphone(ADA, False, desktop.now)
    assert news is not None and news.problem is MICROPHONE
    assert watch.microphone(ADA, None, desktop.now) is None  # cannot tell: no change
    back = watch.microphone(ADA, True, desktop.now)
    assert back is not None and back.problem is None


def test_a_client_that_did_not_say_it_brings_a_link_is_judged_only_from_its_audio() -> None:
    watch = LinkWatch()
    d = Desktop(watch)
    assert watch.opened(ADA, d.now) is None
    assert watch.fit(ADA)
    d.sample()
    assert d.silent(10.0) == []  # it never sent: nothing to say it stopped
    assert watch.fit(ADA)
    assert [n.problem for n in d.run(6.0, loss_pct=10.0)] == [POOR]


def test_logging_off_forgets_the_link_and_the_check() -> None:
    watch = LinkWatch(WatchRules(check_s=1.0))
    watch.expect(ADA, 0.0)
    watch.forget(ADA)
    assert watch.verdict(ADA) is None and watch.fit(ADA)
    assert watch.opened(ADA, 1.0) is None  # not a desktop that asked for a check now


def test_the_watch_says_when_a_link_is_in_its_check(desktop: Desktop) -> None:
    assert desktop.watch.checking
    desktop.run(5.0, every_s=0.5)
    assert not desktop.watch.checking


def _checked_within(loss: float, seed: int, seconds: float) -> float | None:
    """A desktop's new link losing each packet with probability ``loss``,
    sampled every 0.5 s from an offset: when it passed its check (None: not
    within ``seconds``)."""
    rnd = random.Random(seed)
    watch = LinkWatch()
    start = (seed % 5) * 0.1
    watch.expect(ADA, start)
    received = lost = 0
    sent_until, now = start, start
    watch.sample(ADA, LinkSample(now, 0, 0, jitter_ms=2.0, rtt_ms=30.0))
    while now < start + seconds:
        now += 0.5
        while sent_until < now:
            sent_until += 0.02
            if rnd.random() < loss:
                lost += 1
            else:
                received += 1
        watch.sample(ADA, LinkSample(now, received, lost, jitter_ms=2.0, rtt_ms=30.0))
        if watch.fit(ADA):
            return now - start
    return None


def test_the_check_passes_no_link_losing_8_percent_and_every_one_losing_1_percent() -> None:
    """The check judges a few hundred packets: on the loss's upper bound, not
    its estimate, or a lossy link's lucky seconds pass it (they did, for 1.8 %
    of 8 % links, before)."""
    assert [s for s in range(300) if _checked_within(0.08, s, 20.0) is not None] == []
    passed = [_checked_within(0.01, s, 20.0) for s in range(300)]
    assert None not in passed
    assert sorted(t for t in passed if t is not None)[len(passed) // 2] == 5.0  # the median
    assert max(t for t in passed if t is not None) <= 9.0


def test_a_lossy_link_with_two_lucky_seconds_does_not_pass_its_check() -> None:
    """``callnest-sim``'s seed 1 drew this for one 8 % link: 5 of its first
    50 packets lost, then none of the next 100. A 4 s check passed it from
    one offset in five; 5 s of packets (250) do not, whatever the offset."""
    draw = random.Random("callnest-sim link 1 17")
    lost_at = {n for n in range(3000) if draw.random() < 0.08}
    assert [len(lost_at & set(range(n, n + 50))) for n in (0, 50, 100)] == [5, 0, 0]
    for first_sample_at_packet in range(0, 100, 10):
        for offset in (0.0, 0.1, 0.2, 0.3, 0.4):
            watch = LinkWatch()
            watch.expect(ADA, offset)
            packet = first_sample_at_packet
            counted = {n for n in lost_at if n < packet}
            received, lost = packet - len(counted), len(counted)
            now = offset
            watch.sample(ADA, LinkSample(now, received, lost, jitter_ms=2.0))
            while now < offset + 20:
                now += 0.5
                for _ in range(25):
                    lost, received = (
                        (lost + 1, received) if packet in lost_at else (lost, received + 1)
                    )
                    packet += 1
                watch.sample(ADA, LinkSample(now, received, lost, jitter_ms=2.0))
                assert not watch.fit(ADA), (first_sample_at_packet, offset, now)
