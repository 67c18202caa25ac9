"""WakeWatch on clocks and addresses the test moves: a sleep (the boot clock
running on while the monotonic one stood), a tick long overdue, or another
source address each say so once; ticks on time say nothing."""

from __future__ import annotations

import pytest

from callnest.desktop.engine.events import RelinkCause
from callnest.desktop.engine.wake import LATE_S, SLEPT_S, SourceAddress, WakeWatch

SERVER = ("callnest.example", 443)


class Machine:
    """The clocks and the route the watch reads, moved by the test."""

    def __init__(self) -> None:
        self.monotonic = 1000.0
        self.boottime = 5000.0
        self.address: str | None = "192.168.1.20"
        self.asked: list[tuple[str, int]] = []

    def run(self, seconds: float) -> None:
        self.monotonic += seconds
        self.boottime += seconds

    def sleep(self, seconds: float) -> None:
        self.boottime += seconds  # monotonic stands still while suspended

    def source_address(self, host: str, port: int) -> str | None:
        self.asked.append((host, port))
        return self.address


@pytest.fixture
def machine() -> Machine:
    return Machine()


@pytest.fixture
def watch(machine: Machine) -> WakeWatch:
    watch = WakeWatch(
        monotonic=lambda: machine.monotonic,
        boottime=lambda: machine.boottime,
        source_address=machine.source_address,
    )
    assert watch.tick(*SERVER) is None  # the first tick learns where things stand
    return watch


def ticks(
    watch: WakeWatch, machine: Machine, count: int, every_s: float = 1.0
) -> list[RelinkCause | None]:
    said: list[RelinkCause | None] = []
    for _ in range(count):
        machine.run(every_s)
        said.append(watch.tick(*SERVER))
    return said


def test_ticks_on_time_say_nothing(watch: WakeWatch, machine: Machine) -> None:
    assert ticks(watch, machine, 30) == [None] * 30
    # A loop held up for a few seconds (a busy machine) is no sleep either.
    assert ticks(watch, machine, 1, every_s=1.0 + LATE_S - 1) == [None]
    assert set(machine.asked) == {SERVER}


def test_a_sleep_is_said_once(watch: WakeWatch, machine: Machine) -> None:
    machine.run(0.4)
    machine.sleep(3600)
    machine.run(0.6)
    assert watch.tick(*SERVER) == "wake"
    assert ticks(watch, machine, 10) == [None] * 10


def test_a_short_nap_counts_but_clock_noise_does_not(watch: WakeWatch, machine: Machine) -> None:
    machine.run(1.0)
    machine.sleep(SLEPT_S - 0.5)
    assert watch.tick(*SERVER) is None
    machine.run(1.0)
    machine.sleep(SLEPT_S)
    assert watch.tick(*SERVER) == "wake"


def test_a_tick_long_overdue_counts_as_a_sleep(watch: WakeWatch, machine: Machine) -> None:
    # Where the monotonic clock runs on through a suspend (or the VM was paused).
    assert ticks(watch, machine, 1, every_s=1.0 + LATE_S) == ["wake"]
    assert ticks(watch, machine, 5) == [None] * 5


def test_another_source_address_is_a_move_said_once(watch: WakeWatch, machine: Machine) -> None:
    machine.address = "172.20.10.3"  # from the office Wi-Fi to a phone's hotspot
    assert ticks(watch, machine, 5) == ["network", None, None, None, None]


def test_a_network_that_comes_back_is_a_move(watch: WakeWatch, machine: Machine) -> None:
    machine.address = None  # the cable is out: no route, nothing to do yet
    assert ticks(watch, machine, 3) == [None, None, None]
    machine.address = "192.168.1.20"
    assert ticks(watch, machine, 3) == ["network", None, None]


def test_a_wake_that_also_moved_is_one_wake(watch: WakeWatch, machine: Machine) -> None:
    machine.sleep(600)
    machine.address = "10.0.0.7"
    assert ticks(watch, machine, 3) == ["wake", None, None]


def test_a_watch_started_anew_does_not_take_the_pause_for_a_sleep(
    watch: WakeWatch, machine: Machine
) -> None:
    machine.sleep(600)  # logged out meanwhile; the watch is reset at the next login
    watch.reset()
    assert ticks(watch, machine, 3) == [None, None, None]


def test_the_source_address_is_the_one_the_route_takes() -> None:
    lookup = SourceAddress()
    assert lookup("127.0.0.1", 443) == "127.0.0.1"
    assert lookup("localhost", 80) in ("127.0.0.1", "::1")
