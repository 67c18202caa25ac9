"""A trunk's calls for the end-to-end tests: a server with its phone side on
free ports, a trunk and a number to a queue; SIPp dialling it as the trunk;
the phone's audio from the test's own RTP socket (:mod:`.rtp_phone`)."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pesq import pesq

from callnest.protocol.pcm import resample
from callnest.sim.ports import free_udp_port
from callnest.sim.rtc import RATE
from integration.conftest import Running
from integration.rtp_phone import RATE as PHONE_RATE
from integration.rtp_phone import RtpPhone
from integration.sip_peers import Sipp, free_sip_port

NUMBER = "+38612345678"  # ours, on the trunk
CALLER = "+38640111222"


def phone_settings() -> dict[str, Any]:
    """A server's phone side on free ports; rtpengine's media ports below
    Linux's ephemeral range, a block per test."""
    low = random.randrange(20_000, 28_000, 200)
    return {
        "sip_port": free_sip_port(),
        "sip_inner_port": free_sip_port(),
        "sip_callnest_port": free_sip_port(),
        "sip_tls_port": free_sip_port(),
        "rtp_control_port": free_udp_port(),
        "rtp_port_min": low,
        "rtp_port_max": low + 199,
    }


async def add_trunk(
    server: Running, queue_id: int, port: int = 5060, transport: str = "udp"
) -> None:
    """A trunk at 127.0.0.1:``port`` whose calls come from 127.0.0.1, and
    NUMBER on it to the queue."""
    trunk = await server.owner(
        "POST",
        "/api/trunks",
        json={
            "name": "Provider",
            "host": "127.0.0.1",
            "port": port,
            "transport": transport,
            "ip_addresses": ["127.0.0.1"],
        },
    )
    await server.owner(
        "POST",
        "/api/phone-numbers",
        json={"number": NUMBER, "trunk_id": trunk["id"], "queue_id": queue_id},
    )
    status = await server.owner("GET", "/api/trunks/status")
    assert status["running"], status


@pytest.fixture
async def rtp() -> AsyncIterator[RtpPhone]:
    phone = await RtpPhone.open()
    yield phone
    await phone.close()


async def dial(
    server: Running,
    rtp: RtpPhone,
    workdir: Path,
    *,
    dialled: str = NUMBER,
    scenario: str = "trunk_call.xml",
    pause_ms: int | None = None,
) -> Sipp:
    """SIPp calls ``dialled`` as the trunk, offering ``rtp`` as the phone's audio."""
    edge = f"127.0.0.1:{server.settings.sip_port}"
    return await Sipp.start(
        scenario,
        workdir,
        port=free_sip_port(),
        remote=edge,
        keys={
            "dialled": dialled,
            "caller": CALLER,
            "caller_name": "Grace Hopper",
            "rtp_port": str(rtp.port),
        },
        pause_ms=pause_ms,
    )


async def answered(trunk: Sipp, rtp: RtpPhone, sdp: str = "answer") -> None:
    """Once the trunk has the answer (for a call out: the offer): the phone's
    audio goes where it says."""
    answer = trunk.workdir / sdp
    async with asyncio.timeout(10):
        while not answer.exists():  # noqa: ASYNC110 -- SIPp writes a file, nothing to await
            await asyncio.sleep(0.05)
    host, port = answer.read_text().split()
    rtp.send_to(host, int(port))


def narrowband_pesq(said_48k: np.ndarray, heard: np.ndarray, heard_rate: int) -> float:
    """PESQ (P.862 narrow band, the telephone's) of what a phone call carried."""
    ref = resample(said_48k, RATE, PHONE_RATE).astype(np.float32)
    deg = resample(heard, heard_rate, PHONE_RATE).astype(np.float32)
    return float(pesq(PHONE_RATE, ref, deg, "nb"))
