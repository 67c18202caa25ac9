"""Stopping a peer the tests or a bench started (coturn, chronyd, Caddy,
Dovecot, Postfix): asked first, killed if it will not go."""

from __future__ import annotations

import asyncio
import contextlib


async def stop_process(process: asyncio.subprocess.Process, grace_s: float = 5.0) -> None:
    if process.returncode is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.terminate()
    try:
        async with asyncio.timeout(grace_s):
            await process.wait()
    except TimeoutError:
        process.kill()
        await process.wait()
