"""``callnest-sim call``: one real WebRTC call into a queue, as a customer's
browser would place it -- speech played once an agent answers, everything heard
recorded -- then a JSON summary of how it went."""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Any, TextIO

import aiohttp
import numpy as np

from callnest.sim.rtc import RATE, Phone, read_wav, write_wav

POLL_S = 25.0
ENDED = ("wrap_up", "closed")


class CallFailed(Exception):
    """The call could not be placed; the message says why."""


async def place_call(
    server: str,
    queue: str,
    *,
    play: Path | None = None,
    record: Path | None = None,
    caller_name: str | None = None,
    caller_phone: str | None = None,
    caller_email: str | None = None,
    max_s: float = 300.0,
    hang_up_after_s: float | None = None,
    progress: TextIO | None = None,
) -> dict[str, Any]:
    """Calls ``queue``, says ``play`` when an agent answers, hangs up after
    ``hang_up_after_s`` of talk (None: waits for the agent to), records what it heard.
    A phone or e-mail the server knows rings the agent with that customer's card."""
    speech = read_wav(play) if play is not None else None
    base = server.rstrip("/")
    phone = Phone()
    started = time.monotonic()
    summary: dict[str, Any] = {"queue": queue}

    def say(text: str) -> None:
        if progress is not None:
            print(f"[{time.monotonic() - started:6.1f} s] {text}", file=progress, flush=True)

    async with aiohttp.ClientSession() as http:
        contact: dict[str, Any] = {}

        async def signal(sdp: str) -> str:
            given = {"caller_name": caller_name, "phone": caller_phone, "email": caller_email}
            body = {"sdp": sdp} | {k: v for k, v in given.items() if v}
            try:
                async with http.post(f"{base}/api/public/queues/{queue}/calls", json=body) as r:
                    reply = await r.json(content_type=None)
            except aiohttp.ClientError as exc:
                raise CallFailed(f"cannot reach {base}: {exc}") from exc
            if r.status != 201:
                error = reply.get("error", {}) if isinstance(reply, dict) else {}
                raise CallFailed(error.get("message") or f"the server answered {r.status}")
            contact.update(reply)
            answer: str = reply["sdp"]
            return answer

        try:
            await phone.connect(signal)
            summary["contact_id"] = contact["contact_id"]
            headers = {"X-Contact-Token": contact["token"]}
            url = f"{base}/api/public/contacts/{contact['contact_id']}"
            state = contact["state"]
            say(f"calling {queue}: {state}, position {contact.get('position')}")
            talk_started: float | None = None
            deadline = started + max_s
            while state not in ENDED and time.monotonic() < deadline:
                wait = min(POLL_S, deadline - time.monotonic())
                if talk_started is not None and hang_up_after_s is not None:
                    wait = min(wait, talk_started + hang_up_after_s - time.monotonic())
                if wait <= 0:
                    break
                params = {"wait_s": f"{wait:.1f}", "state": state}
                async with http.get(url, headers=headers, params=params) as r:
                    seen = await r.json()
                if seen["state"] != state:
                    state = seen["state"]
                    say(f"{state}" + (f", position {seen['position']}" if seen["position"] else ""))
                    if state == "connected" and talk_started is None:
                        talk_started = time.monotonic()
                        summary["waited_s"] = round(talk_started - started, 2)
                        if speech is not None:
                            phone.mouth.say(speech)
            if state not in ENDED:
                say("hanging up")
                async with http.delete(url, headers=headers) as r:
                    seen = await r.json()
            summary["talk_s"] = (
                round(time.monotonic() - talk_started, 2) if talk_started is not None else None
            )
            with contextlib.suppress(aiohttp.ClientError):
                async with http.get(url, headers=headers) as r:
                    seen = await r.json()
            summary["outcome"] = seen.get("outcome")
            summary["state"] = seen.get("state")
        finally:
            heard = phone.ear.since()
            await phone.close()
    summary["heard_s"] = round(len(heard) / RATE, 2)
    summary["heard_rms"] = (
        round(float(np.sqrt(np.mean(heard.astype(np.float64) ** 2))), 1) if len(heard) else 0.0
    )
    if record is not None:
        write_wav(record, heard)
        summary["recorded"] = str(record)
    return summary
