"""baresip (Debian's baresip-core) as a real phone at the far end of a trunk:
a SIP user agent on loopback that rings, answers when told (over its
``ctrl_tcp`` module: netstring-framed JSON commands and events), says a WAV
file (``aufile``) and keeps what it heard (``sndfile`` writes the decoded
audio to a WAV when the call ends). No sound card: the player is an
``aubridge`` device nobody listens to."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import wave
from pathlib import Path
from typing import Any

import numpy as np

from callnest.sim.certificates import Certificates
from integration.sip_peers import free_sip_port

RATE = 8000  # G.711's: what baresip says and hears
MODULES = Path("/usr/lib/baresip/modules")


class Baresip:
    """One baresip process; :meth:`start` it, :meth:`stop` it."""

    def __init__(self, workdir: Path, port: int, control_port: int) -> None:
        self.workdir = workdir
        self.port = port
        self._control_port = control_port
        self._process: asyncio.subprocess.Process | None = None
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None
        self.events: list[dict[str, Any]] = []

    @property
    def tls_port(self) -> int:
        """Where it takes SIP over TLS: baresip's rule, the next port."""
        return self.port + 1

    @classmethod
    async def start(
        cls,
        workdir: Path,
        says: np.ndarray,
        *,
        number: str,
        port: int,
        auto_answer: bool,
        tls: Certificates | None = None,
    ) -> Baresip:
        """The phone of ``number`` (E.164: what the trunk's INVITE asks for),
        on 127.0.0.1:``port``, that says ``says`` (8 kHz int16) once each call
        is answered, answering at once (``auto_answer``) or on :meth:`answer`;
        with ``tls`` it speaks SIP over TLS only (on :attr:`tls_port`),
        showing that certificate and checking the other side's against its CA."""
        if shutil.which("baresip") is None:
            raise RuntimeError("baresip is not installed (Debian: baresip-core)")
        (workdir / "dump").mkdir(parents=True, exist_ok=True)
        with wave.open(str(workdir / "says.wav"), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            # Then silence: baresip hangs up when its source file ends.
            silence = np.zeros(120 * RATE, dtype=np.int16)
            wav.writeframes(np.concatenate([says.astype(np.int16), silence]).tobytes())
        phone = cls(workdir, port, free_sip_port())
        (workdir / "config").write_text(
            "\n".join(
                [
                    f"sip_listen 127.0.0.1:{phone.port}",
                    *(
                        [
                            "sip_transports tls",
                            f"sip_certificate {tls.bundle}",
                            f"sip_cafile {tls.ca}",
                        ]
                        if tls is not None
                        else ["sip_transports udp,tcp"]
                    ),
                    f"audio_source aufile,{workdir / 'says.wav'}",
                    "audio_player aubridge,nobody",
                    "audio_alert none,none",
                    "ausrc_srate 8000",
                    "auplay_srate 8000",
                    "ausrc_channels 1",
                    "auplay_channels 1",
                    f"snd_path {workdir / 'dump'}",
                    f"module_path {MODULES}",
                    "module aubridge.so",
                    "module sndfile.so",
                    "module g711.so",
                    "module aufile.so",
                    "module_app account.so",
                    "module_app menu.so",  # the commands ctrl_tcp carries: accept, hangup
                    "module_app ctrl_tcp.so",
                    f"ctrl_tcp_listen 127.0.0.1:{phone._control_port}",
                    "",
                ]
            )
        )
        answer_mode = "auto" if auto_answer else "manual"
        (workdir / "accounts").write_text(
            f"<sip:{number}@127.0.0.1>;regint=0;answermode={answer_mode};audio_codecs=PCMA,PCMU\n"
        )
        log = (workdir / "baresip.log").open("wb")
        phone._process = await asyncio.create_subprocess_exec(
            "baresip",
            "-f",
            str(workdir),
            stdin=asyncio.subprocess.DEVNULL,
            stdout=log,
            stderr=log,
        )
        log.close()
        async with asyncio.timeout(10):
            while True:
                with contextlib.suppress(OSError):
                    phone._reader, phone._writer = await asyncio.open_connection(
                        "127.0.0.1", phone._control_port
                    )
                    break
                await asyncio.sleep(0.05)
        return phone

    async def event(self, kind: str, within: float = 15) -> dict[str, Any]:
        """The next event of ``kind`` (``CALL_INCOMING``, ``CALL_ESTABLISHED``,
        ``CALL_CLOSED``, ...), or one that came already."""
        for seen in self.events:
            if seen.get("type") == kind:
                self.events.remove(seen)
                return seen
        async with asyncio.timeout(within):
            while True:
                message = await self._read()
                if message.get("event") and message.get("type") == kind:
                    return message
                if message.get("event"):
                    self.events.append(message)

    async def answer(self) -> None:
        await self._command("accept")

    async def dial(self, uri: str) -> None:
        await self._command("dial", uri)

    async def hang_up(self) -> None:
        await self._command("hangup")

    def heard(self) -> np.ndarray:
        """What the phone heard in its last call (8 kHz int16): the decoded
        audio sndfile wrote, complete once the call ended."""
        dumps = sorted((self.workdir / "dump").glob("*-dec.wav"))
        assert dumps, f"no call was dumped: {self.output()}"
        with wave.open(str(dumps[-1]), "rb") as wav:
            assert wav.getframerate() == RATE
            return np.frombuffer(wav.readframes(wav.getnframes()), dtype=np.int16)

    def output(self) -> str:
        return (self.workdir / "baresip.log").read_text(errors="replace")

    async def stop(self) -> None:
        if self._writer is not None:
            self._writer.close()
        if self._process is not None and self._process.returncode is None:
            self._process.terminate()
            try:
                async with asyncio.timeout(5):
                    await self._process.wait()
            except TimeoutError:
                self._process.kill()
                await self._process.wait()

    async def _command(self, command: str, params: str = "") -> None:
        assert self._writer is not None
        body = json.dumps({"command": command, "params": params, "token": command}).encode()
        self._writer.write(b"%d:%s," % (len(body), body))
        await self._writer.drain()

    async def _read(self) -> dict[str, Any]:
        """One netstring: ``<length>:<json>,``."""
        assert self._reader is not None
        length = int((await self._reader.readuntil(b":"))[:-1])
        body = await self._reader.readexactly(length + 1)
        message: dict[str, Any] = json.loads(body[:-1])
        return message
