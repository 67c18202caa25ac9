"""The SIP edge against real peers: Kamailio, supervised by SipEdge, registers
a trunk with a SIPp registrar (digest, qop=auth), says when the registrar
refuses, reloads changed accounts, comes back after being killed, relays a
trunk's call to Callnest's side, and refuses strangers and their floods."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal
import stat
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from callnest.server.phone.edge import SipEdge, SipEdgeUnavailable
from callnest.server.phone.kamailio_config import EdgeConfig, TrunkSpec
from callnest.server.phone.registrations import Registration, RegistrationState
from integration.sip_peers import Sipp, free_sip_port

pytestmark = pytest.mark.slow

# Characters db_text and SIP quoting care about: ":" "\" '"' and a space.
PASSWORD = 'pa:ss\\wo"rd 42'
TRUNK = 7

ACCOUNT = {"user": "callnest-trunk", "password": PASSWORD, "refusal": "403"}

MakeEdge = Callable[[], SipEdge]


@pytest.fixture
async def make_edge(tmp_path: Path) -> AsyncIterator[MakeEdge]:
    edges: list[SipEdge] = []

    def make() -> SipEdge:
        config = EdgeConfig(
            trunk_host="127.0.0.1",
            trunk_port=free_sip_port(),
            inner_port=free_sip_port(),
            callnest_port=free_sip_port(),
            # Quick: the first REGISTER within a second, a retry within a few.
            register_timer_s=1,
            register_retry_s=5,
        )
        edge = SipEdge(tmp_path / "data" / "sip-edge", config, restart_delays_s=(0.2, 1.0))
        edges.append(edge)
        return edge

    yield make
    for edge in edges:
        await edge.stop()


def registering_trunk(registrar_port: int, password: str = PASSWORD) -> TrunkSpec:
    return TrunkSpec(
        id=TRUNK,
        host="127.0.0.1",
        port=registrar_port,
        username="callnest-trunk",
        password=password,
        register=True,
        expires_s=60,
    )


def files_holding_the_password(edge: SipEdge) -> list[str]:
    """The run directory's files holding the password (checked to be 0600,
    in a 0700 directory)."""
    stored = 'pa\\:ss\\\\wo"rd 42'  # as db_text escapes it
    assert stat.S_IMODE(edge.run_dir.stat().st_mode) == 0o700
    holding = []
    for path in sorted(edge.run_dir.rglob("*")):
        if path.is_file() and (PASSWORD in path.read_text() or stored in path.read_text()):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
            holding.append(path.relative_to(edge.run_dir).as_posix())
    return holding


async def until_registration(
    edge: SipEdge, state: RegistrationState, within: float = 15.0
) -> Registration:
    """Polls the edge until the trunk's registration is in ``state``."""
    last: object = None
    try:
        async with asyncio.timeout(within):
            while True:
                try:
                    (last,) = await edge.registrations()
                except SipEdgeUnavailable as exc:  # being (re)started
                    last = exc
                else:
                    assert isinstance(last, Registration)
                    if last.state is state:
                        return last
                await asyncio.sleep(0.1)
    except TimeoutError:
        raise AssertionError(f"no {state} registration within {within} s; last: {last}") from None


async def test_registers_with_digest_qop_auth(
    make_edge: MakeEdge, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="callnest.phone")
    port = free_sip_port()
    registrar = await Sipp.start(
        "registrar.xml",
        tmp_path / "registrar",
        port=port,
        keys=ACCOUNT,
    )
    edge = make_edge()
    try:
        await edge.apply([registering_trunk(port)])
        registration = await until_registration(edge, RegistrationState.REGISTERED)
        assert registration.trunk_id == TRUNK
        assert registration.since is not None
        assert registration.last_failure is None
        # SIPp's verifyauth accepted the digest answer: its one call succeeded.
        assert await registrar.wait() == 0, registrar.output()

        # The password is in the 0600 accounts table alone: not in the
        # configuration, on Kamailio's command line or in any log line.
        assert edge.pid is not None
        assert await asyncio.to_thread(files_holding_the_password, edge) == ["db/uacreg"]
        cmdline = await asyncio.to_thread(Path(f"/proc/{edge.pid}/cmdline").read_bytes)
        assert PASSWORD.encode() not in cmdline
        assert PASSWORD not in caplog.text
    finally:
        await registrar.stop()


@pytest.mark.parametrize("refusal", ["403 Wrong Password", "401 Unauthorized"])
async def test_a_wrong_password_shows_as_failed_with_the_registrars_answer(
    make_edge: MakeEdge, tmp_path: Path, refusal: str
) -> None:
    port = free_sip_port()
    registrar = await Sipp.start(
        "registrar.xml",
        tmp_path / "registrar",
        port=port,
        keys=ACCOUNT | {"refusal": refusal[:3]},
    )
    edge = make_edge()
    try:
        await edge.apply([registering_trunk(port, password="not-the-password")])
        registration = await until_registration(edge, RegistrationState.FAILED)
        # A 401 to the answered challenge is a refusal too, not another challenge.
        assert registration.last_failure == refusal
        assert registration.since == registration.last_failure_at is not None
        # SIPp's verifyauth refused the digest answer: its call failed.
        assert await registrar.wait() == 1, registrar.output()
    finally:
        await registrar.stop()


async def test_changed_accounts_are_reloaded_and_no_trunks_stops_kamailio(
    make_edge: MakeEdge, tmp_path: Path
) -> None:
    edge = make_edge()
    port = free_sip_port()
    # Nobody answers yet: the wrong password's REGISTERs go unanswered.
    await edge.apply([registering_trunk(port, password="not-the-password")])
    started = edge.pid
    registrar = await Sipp.start(
        "registrar.xml",
        tmp_path / "registrar",
        port=port,
        keys=ACCOUNT,
    )
    try:
        # Only the account changed: uac_reg reloads it, Kamailio keeps running.
        await edge.apply([registering_trunk(port)])
        assert edge.pid == started
        await until_registration(edge, RegistrationState.REGISTERED)
        assert await registrar.wait() == 0, registrar.output()
    finally:
        await registrar.stop()
    # uac_reg allows one reload per 40 s: the next change restarts Kamailio.
    await edge.apply([dataclasses.replace(registering_trunk(port), expires_s=120)])
    restarted = edge.pid
    assert restarted not in (None, started)
    # A trunk without registration changes the configuration: a restart too.
    await edge.apply([TrunkSpec(id=5, host="127.0.0.1", ip_addresses=("127.0.0.1",))])
    assert edge.pid not in (None, restarted)
    assert await edge.registrations() == []
    # No trunks: no Kamailio.
    await edge.apply([])
    assert not edge.running


async def test_a_killed_kamailio_is_started_again_and_registers_again(
    make_edge: MakeEdge, tmp_path: Path
) -> None:
    port = free_sip_port()
    registrar = await Sipp.start(
        "registrar.xml",
        tmp_path / "registrar",
        port=port,
        calls=2,  # before the kill, and after
        keys=ACCOUNT,
    )
    edge = make_edge()
    try:
        await edge.apply([registering_trunk(port)])
        await until_registration(edge, RegistrationState.REGISTERED)
        killed = edge.pid
        assert killed is not None
        os.kill(killed, signal.SIGKILL)  # its workers are left holding the ports
        async with asyncio.timeout(10):
            while edge.pid in (None, killed):  # noqa: ASYNC110 -- no event for it
                await asyncio.sleep(0.05)
        await until_registration(edge, RegistrationState.REGISTERED)
        assert await registrar.wait() == 0, registrar.output()
    finally:
        await registrar.stop()


async def test_a_trunks_call_goes_to_callnests_side_and_a_strangers_is_refused(
    make_edge: MakeEdge, tmp_path: Path
) -> None:
    edge = make_edge()
    trunk = TrunkSpec(id=5, host="127.0.0.1", ip_addresses=("127.0.0.1",))
    await edge.apply([trunk])
    callnest = await Sipp.start(
        "callnest_side.xml",
        tmp_path / "callnest",
        port=edge.config.callnest_port,
        transport="t1",
    )
    try:
        edge_address = f"127.0.0.1:{edge.config.trunk_port}"
        caller = await Sipp.start(
            "trunk_invite.xml", tmp_path / "trunk", port=free_sip_port(), remote=edge_address
        )
        assert await caller.wait() == 0, caller.output()
        assert await callnest.wait() == 0, callnest.output()
        # 127.0.0.2 is loopback too, but no trunk's address.
        stranger = await Sipp.start(
            "stranger_invite.xml",
            tmp_path / "stranger",
            local_ip="127.0.0.2",
            port=free_sip_port("127.0.0.2"),
            remote=edge_address,
        )
        assert await stranger.wait() == 0, stranger.output()
    finally:
        await callnest.stop()


class _Replies(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.call_ids: set[str] = set()

    def datagram_received(self, data: bytes, addr: object) -> None:
        for line in data.decode(errors="replace").split("\r\n"):
            if line.lower().startswith("call-id:"):
                self.call_ids.add(line.partition(":")[2].strip())


async def options_answered(edge: SipEdge, source: str, count: int) -> int:
    """Sends ``count`` OPTIONS in a burst from ``source``; how many were answered."""
    loop = asyncio.get_running_loop()
    transport, replies = await loop.create_datagram_endpoint(_Replies, local_addr=(source, 0))
    port = transport.get_extra_info("sockname")[1]
    edge_port = edge.config.trunk_port
    try:
        for n in range(count):
            if n % 10 == 0:
                await asyncio.sleep(0.001)  # lets the answers be read: no socket overflows
            transport.sendto(
                (
                    f"OPTIONS sip:127.0.0.1:{edge_port} SIP/2.0\r\n"
                    f"Via: SIP/2.0/UDP {source}:{port};branch=z9hG4bK-flood-{n};rport\r\n"
                    "Max-Forwards: 70\r\n"
                    f"From: <sip:probe@{source}>;tag=f{n}\r\n"
                    f"To: <sip:127.0.0.1:{edge_port}>\r\n"
                    f"Call-ID: flood-{n}@{source}\r\n"
                    "CSeq: 1 OPTIONS\r\n"
                    "Content-Length: 0\r\n\r\n"
                ).encode(),
                ("127.0.0.1", edge_port),
            )
        # Until the answers stop coming: the dropped ones never come.
        answered = -1
        async with asyncio.timeout(5):
            while len(replies.call_ids) != answered:
                answered = len(replies.call_ids)
                await asyncio.sleep(0.2)
        return answered
    finally:
        transport.close()


async def test_a_flood_from_a_stranger_is_cut_off_but_not_from_a_trunk(
    make_edge: MakeEdge,
) -> None:
    edge = make_edge()
    await edge.apply([TrunkSpec(id=5, host="127.0.0.1", ip_addresses=("127.0.0.1",))])
    limit = edge.config.flood.max_requests
    # pike blocks an IPv4 address after between 1 and 3 times its limit.
    assert 0 < await options_answered(edge, "127.0.0.2", 5 * limit) <= 3 * limit
    assert await options_answered(edge, "127.0.0.1", 5 * limit) == 5 * limit
