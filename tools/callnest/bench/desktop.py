"""``callnest-bench desktop``: the desktop app's budgets (DESIGN.md).

- ``cold_start_s``: ``callnest --smoke-test`` from spawn to exit (the login
  window built and the server's health read): an upper bound of cold start to
  the login window. Median of ``--runs``.
- ``idle_rss_mb``: the app (Qt windows, engine, audio link) logged in and idle.
- ``call_cpu_pct``: the app's CPU (all threads, % of one core) during a call.
- ``answer_to_audio_ms``: Answer clicked -> both parties hear each other.

The app runs in its own process against a real server process; a simulated
caller (aiortc) in this process says a 600 Hz tone, the agent's microphone a
1 kHz tone, and each side notices the other's tone. There is no sound card:
the agent process plays the headset's part on the engine's buffers, so the
CPU figure leaves out PortAudio's own callbacks.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import Future
from pathlib import Path
from typing import IO, Any

import numpy as np

from callnest.bench.report import show as show_figures
from callnest.protocol.pcm import FRAME, RATE

NAME = "desktop"
HELP = "the desktop app: cold start, idle memory, CPU in a call, Answer -> two-way audio"

CALLER_HZ = 600.0
AGENT_HZ = 1000.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--runs", type=int, default=3, help="cold starts to time (median)")
    parser.add_argument("--call-seconds", type=float, default=10.0, help="call length for CPU")


def main(args: argparse.Namespace) -> int:
    return show_figures(asyncio.run(_measure(args.runs, args.call_seconds)), args.json)


def tone(hz: float, seconds: float, amplitude: int = 8000) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    return (amplitude * np.sin(2 * np.pi * hz * t)).astype(np.int16)


def hears(chunk: np.ndarray, hz: float) -> bool:
    """Is ``chunk`` mostly a tone of ``hz`` (not silence, not music)?"""
    x = chunk.astype(np.float64)
    power = float(np.sum(x * x))
    if len(x) == 0 or power / len(x) < 300.0**2:
        return False
    t = np.arange(len(x)) / RATE
    at_hz = abs(np.sum(x * np.exp(-2j * np.pi * hz * t))) ** 2 * 2 / len(x)
    return bool(at_hz / power > 0.5)


# ------------------------------------------------------------------ the parent


async def _measure(runs: int, call_seconds: float) -> dict[str, Any]:
    from callnest.sim.api import Api
    from callnest.sim.server_process import ServerProcess

    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    async with ServerProcess() as server:
        import aiohttp

        async with aiohttp.ClientSession() as http:
            owner = await Api(http, server.url).login(*server.owner)
            await owner.call("POST", "/api/queues", json={"name": "bench", "display_name": "Bench"})
            await owner.call(
                "POST",
                "/api/users",
                json={"username": "bench", "display_name": "Bench", "password": "bench-password"},
            )
        starts = [_cold_start(server.url, env) for _ in range(runs)]
        figures: dict[str, Any] = {"cold_start_s": round(statistics.median(starts), 3)}
        # Qt's offscreen plugin chatters on stderr: kept aside, shown on failure.
        with tempfile.TemporaryFile() as log:
            figures |= await _call(server.url, env, call_seconds, log)
    return figures


_CLI = "import sys; from callnest.desktop.cli import main; main(sys.argv[1:])"


def _cold_start(url: str, env: dict[str, str]) -> float:
    beside = Path(sys.executable).parent / "callnest"  # the installed entry point
    launcher = [str(beside)] if beside.exists() else [sys.executable, "-c", _CLI]
    command = [*launcher, "--smoke-test", "--server", url]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"the smoke test failed: {done.stderr.strip()[-500:]}")
    return elapsed


async def _call(
    url: str, env: dict[str, str], call_seconds: float, log: IO[bytes]
) -> dict[str, Any]:
    from callnest.sim.rtc import Phone

    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        "from callnest.bench.desktop import agent_process; agent_process()",
        url,
        str(call_seconds),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=log,
    )
    assert child.stdout is not None
    reports: dict[str, Any] = {}

    async def next_report(event: str) -> dict[str, Any]:
        assert child.stdout is not None
        while event not in reports:
            line = await asyncio.wait_for(child.stdout.readline(), 60)
            if not line:
                log.seek(0)
                tail = log.read().decode(errors="replace")[-2000:]
                raise RuntimeError(f"the app exited before '{event}':\n{tail}")
            report = json.loads(line)
            reports[report["event"]] = report
        result: dict[str, Any] = reports[event]
        return result

    idle = await next_report("idle")
    phone = Phone()
    try:
        import aiohttp

        async with aiohttp.ClientSession() as http:

            async def signal(sdp: str) -> str:
                async with http.post(
                    f"{url}/api/public/queues/bench/calls", json={"sdp": sdp}
                ) as response:
                    body = await response.json()
                    return str(body["sdp"])

            phone.mouth.say(tone(CALLER_HZ, call_seconds + 20))
            await phone.connect(signal)
            answered = await next_report("answered")
            heard_agent_at = await _first_tone(phone, AGENT_HZ, answered["at"])
            heard_caller = await next_report("heard_caller")
            cpu = await next_report("cpu")
    finally:
        await phone.close()
    shutdown = await next_report("shutdown")
    await asyncio.wait_for(child.wait(), 30)
    both = max(heard_agent_at, heard_caller["at"]) - answered["at"]
    return {
        "idle_rss_mb": idle["rss_mb"],
        "call_cpu_pct": cpu["pct"],
        "call_rss_mb": cpu["rss_mb"],
        "answer_to_audio_ms": round(both * 1000, 1),
        "app_shutdown_s": shutdown["seconds"],
        "app_exit_code": child.returncode,
    }


async def _first_tone(phone: Any, hz: float, after: float) -> float:
    """When the caller first hears ``hz`` (wall clock), after ``after``."""
    seen = phone.ear.mark()
    async with asyncio.timeout(20):
        while True:
            await asyncio.sleep(0.005)
            heard = phone.ear.since(seen)
            if len(heard) >= FRAME:
                now = time.time()
                if hears(heard[-FRAME:], hz) and now > after:
                    return now
                seen += len(heard)


# ------------------------------------------------------------------ the app


def agent_process() -> None:
    """The app under test: logs in through its login window, waits idle,
    answers the first offer from the agent window's model, reports."""
    from PySide6.QtCore import QSettings, QTimer

    from callnest import protocol as p
    from callnest.desktop.app import Desktop, application
    from callnest.desktop.audio.headset import DeviceChoice
    from callnest.desktop.bridge import EngineBridge
    from callnest.desktop.engine.engine import Engine
    from callnest.desktop.engine.events import ServerEvent
    from callnest.desktop.settings import Settings

    url, call_seconds = sys.argv[1], float(sys.argv[2])
    app = application()
    settings_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"callnest-bench-{os.getpid()}.ini"
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    bridge = EngineBridge()

    class StandInEngine(Engine):
        # The stand-in sound card below plays the headset's part: the app
        # must not open the machine's devices as well and drain its buffers.
        def set_headset(self, choice: DeviceChoice) -> Future[None]:
            done: Future[None] = Future()
            done.set_result(None)
            return done

    engine = StandInEngine(bridge.post, client_name="callnest-bench")
    engine.start()
    headset = engine.headset
    stop = threading.Event()
    answered_at: list[float] = []

    def report(event: str, **fields: Any) -> None:
        print(json.dumps({"event": event, **fields}), flush=True)

    def sound_card() -> None:
        # The headset's part, in 20 ms steps: a tone into the microphone,
        # the speaker drained and listened to for the caller's tone.
        mic = tone(AGENT_HZ, 1.0)
        start, step, heard = time.perf_counter(), 0, False
        while not stop.is_set():
            step += 1
            time.sleep(max(0.0, start + step * 0.02 - time.perf_counter()))
            headset.mic.write(mic[(step * FRAME) % len(mic) :][:FRAME])
            chunk = headset.speaker.read(FRAME)
            if answered_at and not heard and hears(chunk, CALLER_HZ):
                heard = True
                report("heard_caller", at=time.time())

    def on_event(event: object) -> None:
        if isinstance(event, ServerEvent) and isinstance(event.message, p.Offer):
            answered_at.append(time.time())
            engine.request(p.OfferAnswer(offer_id=event.message.offer_id))
            report("answered", at=answered_at[0])
            cpu_start = os.times()
            QTimer.singleShot(int(call_seconds * 1000), lambda: finish(cpu_start))

    def finish(cpu_start: os.times_result) -> None:
        cpu_end = os.times()
        used = (cpu_end.user + cpu_end.system) - (cpu_start.user + cpu_start.system)
        wall = cpu_end.elapsed - cpu_start.elapsed
        report("cpu", pct=round(100 * used / wall, 1), rss_mb=_rss_mb())
        app.quit()

    def idle() -> None:
        report("idle", rss_mb=_rss_mb())
        engine.request(p.AgentSetState(state=p.AgentState.AVAILABLE))

    bridge.event.connect(on_event)
    desktop = Desktop(engine, bridge, settings, server=url, user="bench")
    desktop.show()
    desktop.login.password.setText("bench-password")
    desktop.login.remember.setChecked(False)
    desktop.login.submit()
    card = threading.Thread(target=sound_card, name="sound-card")
    card.start()
    waiting = QTimer()

    def logged_in_a_while() -> None:
        if desktop.agent is not None:
            waiting.stop()
            idle()

    waiting.timeout.connect(logged_in_a_while)
    waiting.start(3000)  # idle for a while after logging in
    try:
        app.exec()
    finally:
        stop.set()
        card.join()
        started = time.perf_counter()
        engine.shutdown()
        report("shutdown", seconds=round(time.perf_counter() - started, 2))
        settings_file.unlink(missing_ok=True)


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")
