"""The phone side's health check (EdgeKeeper, with the edge, the media relay
and Callnest's SIP side stood in for): a registering trunk whose registrar
refuses it, or an edge that cannot run, is an alarm handed to the wallboard
and logged at warning once per change; it clears when the trunk registers
again or is no longer configured, and the check runs only while trunks are."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, cast

import pytest

from callnest import protocol as p
from callnest.protocol import rest
from callnest.server.phone import kamailio_config
from callnest.server.phone.edge import SipEdge, SipEdgeUnavailable
from callnest.server.phone.kamailio_config import TrunkSpec
from callnest.server.phone.keeper import EdgeKeeper, phone_health, unsupported_transports
from callnest.server.phone.registrations import Registration, RegistrationState
from callnest.server.phone.rtpengine import RtpEngine
from callnest.server.phone.sip_server import SipServer

T0 = 1_790_000_000.0  # when the registrar first refused


def row(trunk_id: int, name: str, *, registers: bool = True) -> dict[str, Any]:
    """A ``trunks`` row as Store.trunks_for_edge gives it."""
    return {
        "id": trunk_id,
        "name": name,
        "host": "sip.example.com",
        "port": 5060,
        "transport": "udp",
        "username": "ann" if registers else None,
        "password": "s3cret" if registers else None,
        "auth_username": None,
        "realm": None,
        "registers": registers,
        "register_expires_s": 3600,
        "ip_addresses": [] if registers else ["192.0.2.10"],
        "outbound_proxy": None,
    }


def at(unix: float) -> datetime:
    return datetime.fromtimestamp(unix, UTC)


def failed(trunk_id: int, failure: str, when: float) -> Registration:
    return Registration(trunk_id, RegistrationState.FAILED, at(when), failure, at(when))


def registered(trunk_id: int, when: float) -> Registration:
    return Registration(trunk_id, RegistrationState.REGISTERED, at(when), None, None)


class FakeStore:
    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []

    async def trunks_for_edge(self) -> list[dict[str, Any]]:
        return list(self.rows)


class FakeEdge:
    """What SipEdge answers: the registrations it is given, or unavailable."""

    def __init__(self) -> None:
        self.running = False
        self.served: list[TrunkSpec] = []
        self.answer: list[Registration] | SipEdgeUnavailable = []
        self.asked = 0

    async def apply(self, trunks: Iterable[TrunkSpec]) -> None:
        self.served = list(trunks)
        self.running = bool(self.served)

    async def registrations(self) -> list[Registration]:
        self.asked += 1
        if isinstance(self.answer, SipEdgeUnavailable):
            raise self.answer
        return self.answer

    async def stop(self) -> None:
        self.running = False


class FakeProcess:
    """The media relay or Callnest's SIP side: started and stopped."""

    def __init__(self) -> None:
        self.running = False

    async def start(self) -> None:
        self.running = True

    async def stop(self) -> None:
        self.running = False


class Phones:
    """An EdgeKeeper on fakes, with what it told the wallboard."""

    def __init__(self, check_every_s: float = 3600.0) -> None:
        self.store, self.edge = FakeStore(), FakeEdge()
        self.told: list[p.PhoneHealth] = []
        self.changed = asyncio.Event()
        self.keeper = EdgeKeeper(
            self.store,
            cast(SipEdge, self.edge),
            cast(RtpEngine, FakeProcess()),
            cast(SipServer, FakeProcess()),
            check_every_s=check_every_s,
            on_health=self._told,
        )

    def _told(self, health: p.PhoneHealth) -> None:
        self.told.append(health)
        self.changed.set()

    async def next_change(self, within: float = 5.0) -> p.PhoneHealth:
        async with asyncio.timeout(within):
            await self.changed.wait()
        self.changed.clear()
        return self.told[-1]


@pytest.fixture
async def phones() -> Phones:
    return Phones()


# ------------------------------------------------------------ what is an alarm


def status(*registrations: rest.TrunkRegistration, problem: str | None = None) -> rest.EdgeStatus:
    return rest.EdgeStatus(running=problem is None, problem=problem, registrations=registrations)


def reg(trunk_id: int, state: str, failure: str | None = None, when: float = T0) -> Any:
    return rest.TrunkRegistration(
        trunk_id=trunk_id,
        state=state,
        since=when,
        last_failure=failure,
        last_failure_at=when if failure else None,
    )


def test_only_a_failed_registration_or_an_edge_problem_is_an_alarm() -> None:
    names = {1: "Provider", 2: "Backup", 3: "Other"}
    fine = status(
        reg(1, "registered"), reg(2, "registering"), reg(3, "registered", "403 Forbidden")
    )
    assert phone_health(fine, names, p.PhoneHealth()) == p.PhoneHealth()

    health = phone_health(
        status(reg(1, "failed", "403 Forbidden"), reg(2, "registered")), names, p.PhoneHealth()
    )
    assert health == p.PhoneHealth(
        trunks=(p.TrunkAlarm(trunk_id=1, name="Provider", failure="403 Forbidden", since=T0),)
    )
    # The edge's problem, made one line whatever Kamailio said.
    down = phone_health(status(problem="Kamailio refused:\n  line 3\tbad"), names, p.PhoneHealth())
    assert down == p.PhoneHealth(edge_problem="Kamailio refused: line 3 bad")


def test_a_trunk_still_refused_keeps_the_time_it_was_first_refused() -> None:
    names = {1: "Provider"}
    first = phone_health(status(reg(1, "failed", "403 Forbidden", T0)), names, p.PhoneHealth())
    # The registrar refuses the retry a minute later: the same outage.
    again = phone_health(status(reg(1, "failed", "403 Forbidden", T0 + 60)), names, first)
    assert again == first
    # Refused another way: said so, still since the first time.
    other = phone_health(
        status(reg(1, "failed", "no answer from the registrar", T0 + 90)), names, first
    )
    assert other.trunks[0].failure == "no answer from the registrar"
    assert other.trunks[0].since == T0


def test_an_alarm_lasts_until_the_trunk_is_registered_or_gone() -> None:
    names = {1: "Provider"}
    refused = phone_health(status(reg(1, "failed", "403 Forbidden")), names, p.PhoneHealth())
    # Its account changed, the trunk tries again: still not registered.
    trying = phone_health(status(reg(1, "registering", when=T0 + 30)), names, refused)
    assert trying == refused
    # The edge cannot say just now: the outage goes on, and the edge's problem joins it.
    unsure = phone_health(status(problem="the SIP edge is not running"), names, refused)
    assert unsure == p.PhoneHealth(
        edge_problem="the SIP edge is not running", trunks=refused.trunks
    )
    # Registered: over. Disabled (no longer named): over too.
    assert phone_health(status(reg(1, "registered")), names, refused) == p.PhoneHealth()
    assert phone_health(status(reg(1, "failed", "403 Forbidden")), {}, refused) == p.PhoneHealth()
    # A trunk that was never refused is not an alarm while it registers.
    assert phone_health(status(reg(1, "registering")), names, p.PhoneHealth()) == p.PhoneHealth()


def test_the_status_says_which_transports_the_edge_cannot_serve(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert unsupported_transports() == {}
    monkeypatch.setattr(kamailio_config, "tls_module_installed", lambda: False)
    (reason,) = unsupported_transports().values()
    assert list(unsupported_transports()) == [rest.Transport.TLS]
    assert "kamailio-tls-modules" in reason


# ------------------------------------------------------------ the keeper


async def test_a_refused_trunk_is_told_and_logged_once_then_cleared_when_it_registers(
    phones: Phones, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="callnest.phone")
    phones.store.rows = [row(1, "Provider"), row(2, "By address", registers=False)]
    await phones.keeper.sync()
    assert await phones.keeper.check() == p.PhoneHealth() and phones.told == []

    phones.edge.answer = [failed(1, "403 Forbidden", T0)]
    for _ in range(3):  # checked again and again: told and logged once
        await phones.keeper.check()
    alarm = p.TrunkAlarm(trunk_id=1, name="Provider", failure="403 Forbidden", since=T0)
    assert phones.told == [p.PhoneHealth(trunks=(alarm,))]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage().split(" since ")[0] for r in warnings] == [
        "phone alarm: trunk Provider is not registered: 403 Forbidden"
    ]

    phones.edge.answer = [registered(1, T0 + 120)]
    await phones.keeper.check()
    await phones.keeper.check()
    assert phones.told[1:] == [p.PhoneHealth()]
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING][1:] == [
        "phone alarm over: trunk Provider is registered again"
    ]
    # The password is never in what the wallboard or the log gets.
    assert "s3cret" not in caplog.text + repr(phones.told)
    await phones.keeper.close()


async def test_an_edge_that_does_not_run_is_an_alarm_in_its_words(phones: Phones) -> None:
    phones.store.rows = [row(1, "Provider")]
    await phones.keeper.sync()
    phones.edge.answer = SipEdgeUnavailable("the SIP edge is not running")
    health = await phones.keeper.check()
    assert health == p.PhoneHealth(edge_problem="the SIP edge is not running")
    await phones.keeper.close()


async def test_the_check_runs_while_trunks_are_configured_and_its_alarm_goes_with_them() -> None:
    phones = Phones(check_every_s=0.01)
    phones.edge.answer = [failed(1, "403 Forbidden", T0)]
    await phones.keeper.sync()  # no trunk: nothing runs, nothing is checked
    await asyncio.sleep(0.05)  # several periods: none may check
    assert phones.edge.asked == 0 and phones.told == []

    phones.store.rows = [row(1, "Provider")]
    await phones.keeper.sync()
    health = await phones.next_change()
    assert [a.name for a in health.trunks] == ["Provider"]
    # Checked again and again, told once.
    asked = phones.edge.asked
    async with asyncio.timeout(5):
        while phones.edge.asked < asked + 3:  # noqa: ASYNC110 -- the periods themselves
            await asyncio.sleep(0.01)
    assert len(phones.told) == 1

    # The owner disables the trunk: the alarm goes, and so does the check.
    phones.store.rows = []
    await phones.keeper.sync()
    assert phones.told[-1] == p.PhoneHealth() and not phones.edge.running
    asked = phones.edge.asked
    await asyncio.sleep(0.05)
    assert phones.edge.asked == asked
    await phones.keeper.close()


async def test_a_failing_listener_or_check_does_not_stop_the_checks(
    caplog: pytest.LogCaptureFixture,
) -> None:
    phones = Phones(check_every_s=0.01)
    calls: list[p.PhoneHealth] = []

    def broken(health: p.PhoneHealth) -> None:
        calls.append(health)
        raise RuntimeError("the wallboard is gone")

    phones.keeper.on_health = broken
    phones.store.rows = [row(1, "Provider")]
    phones.edge.answer = [failed(1, "403 Forbidden", T0)]
    with caplog.at_level(logging.ERROR, logger="callnest.phone"):
        await phones.keeper.sync()
        async with asyncio.timeout(5):
            while not calls:  # noqa: ASYNC110 -- told from the periodic task
                await asyncio.sleep(0.01)
        phones.edge.answer = [registered(1, T0 + 5)]
        async with asyncio.timeout(5):
            while len(calls) < 2:  # noqa: ASYNC110
                await asyncio.sleep(0.01)
    assert calls[-1] == p.PhoneHealth()
    assert "telling the wallboard of the phones' health failed" in caplog.text
    await phones.keeper.close()
