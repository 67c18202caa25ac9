"""The sound card's part without one: the engine's headset buffers fed and
drained in real time by the test, for tests about the network and the
server rather than PortAudio (the device tests cover that)."""

from __future__ import annotations

import asyncio

import numpy as np

from callnest.desktop.audio.headset import Headset
from callnest.protocol.pcm import FRAME


class HeadsetStandIn:
    """Plays the sound card: feeds the microphone buffer and drains the
    speaker buffer in 20 ms steps on the wall clock."""

    def __init__(self, headset: Headset) -> None:
        self.headset = headset
        self.heard: list[np.ndarray] = []
        self._to_say = np.zeros(0, dtype=np.int16)
        self._task = asyncio.create_task(self._run())

    def say(self, samples: np.ndarray) -> None:
        self._to_say = np.concatenate([self._to_say, samples])

    def mark(self) -> int:
        return sum(len(c) for c in self.heard)

    def since(self, mark: int) -> np.ndarray:
        return np.concatenate(self.heard)[mark:] if self.heard else np.zeros(0, np.int16)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        start, step = loop.time(), 0
        while True:
            step += 1
            await asyncio.sleep(max(0.0, start + step * 0.02 - loop.time()))
            chunk, self._to_say = self._to_say[:FRAME], self._to_say[FRAME:]
            self.headset.mic.write(np.pad(chunk, (0, FRAME - len(chunk))))
            self.heard.append(self.headset.speaker.read(FRAME))

    async def stop(self) -> None:
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
