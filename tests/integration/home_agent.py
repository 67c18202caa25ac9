"""An operator's desktop on a home line (run inside its network namespace):
``python -m integration.home_agent URL TOKEN``.

It does what the desktop app does on the wire: a session that says it brings
an audio link, the link itself (a real aiortc peer connection sending 20 ms
Opus frames, silence included), available, and every offer answered. Each
message from the server is printed as one JSON line with the time it came
(``"t"``), so the test reads the server's verdicts and offers as they happen.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from typing import Any

import aiohttp

from callnest.sim.rtc import Phone


async def main(url: str, token: str) -> None:
    async with aiohttp.ClientSession() as http, http.ws_connect(url + "/api/ws") as ws:

        async def send(type_: str, **fields: Any) -> None:
            await ws.send_json({"v": 1, "type": type_} | fields)

        def say(message: dict[str, Any]) -> None:
            print(json.dumps({"t": time.time()} | message), flush=True)

        await send("hello", token=token, client="home-agent", audio_link=True)
        answers: asyncio.Queue[str] = asyncio.Queue()
        phone = Phone()

        async def beat() -> None:
            while True:
                await asyncio.sleep(2.0)
                await send("ping")

        async def read() -> None:
            async for frame in ws:
                message = json.loads(frame.data)
                say(message)
                kind = message.get("type")
                if kind == "rtc.answer":
                    answers.put_nowait(message["sdp"])
                elif kind == "welcome":
                    await send("agent.set_state", state="available")
                elif kind == "offer":
                    await send("offer.answer", offer_id=message["offer_id"])

        async def signal(sdp: str) -> str:
            await send("rtc.offer", sdp=sdp)
            return await asyncio.wait_for(answers.get(), 15)

        tasks = [asyncio.create_task(read()), asyncio.create_task(beat())]
        await phone.connect(signal)
        say({"type": "link.up"})
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
