"""The README's service set-up (issue 23, item 5), as shipped in deploy/:
the systemd unit passes systemd's own check, its command line starts a
server that stops cleanly on the unit's stop signal, and the Caddy example
puts the server behind HTTPS -- REST, the desktop's WebSocket and the
doctor's certificate check through a real Caddy."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shlex
import shutil
import signal
import ssl
import subprocess
import time
from pathlib import Path

import aiohttp
import pytest

from callnest.protocol import rest
from callnest.sim.certificates import issue
from callnest.sim.ports import free_port
from callnest.sim.server_process import ServerProcess, server_command
from integration.processes import stop_process
from integration.remote import connect
from integration.remote import desktop as remote_desktop

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "callnest-server.service"
CADDYFILE = ROOT / "deploy" / "Caddyfile"
INSTALLED = "/opt/callnest"  # where the unit expects the checkout
DATA = "/var/lib/callnest"


def unit_here(tmp_path: Path) -> Path:
    """The unit with this checkout where the README installs one."""
    unit = tmp_path / UNIT.name
    unit.write_text(UNIT.read_text().replace(INSTALLED, str(ROOT)))
    return unit


def test_the_service_unit_passes_systemds_check(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    checked = subprocess.run(
        [analyze, "verify", str(unit_here(tmp_path))], capture_output=True, text=True
    )
    # An unknown or misspelt directive is only a warning: none is allowed.
    assert (checked.returncode, checked.stderr.strip()) == (0, ""), checked.stderr


def exec_start(unit: Path, data_dir: Path, options: str) -> list[str]:
    """ExecStart as systemd runs it: $CALLNEST_OPTIONS split into words."""
    [line] = [x for x in unit.read_text().splitlines() if x.startswith("ExecStart=")]
    command = line.removeprefix("ExecStart=").replace(DATA, str(data_dir))
    words = shlex.split(command)
    return [
        w
        for word in words
        for w in (shlex.split(options) if word == "$CALLNEST_OPTIONS" else [word])
    ]


async def test_the_units_command_starts_the_server_and_its_stop_signal_ends_it_cleanly(
    tmp_path: Path,
) -> None:
    unit = unit_here(tmp_path)
    text = unit.read_text()
    assert "KillSignal=SIGINT" in text and "Restart=on-failure" in text
    assert "User=callnest" in text and "StateDirectoryMode=0700" in text
    port = free_port("127.0.0.1")
    command = exec_start(unit, tmp_path / "data", f"--port {port} --ntp-server ''")
    process = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    try:
        async with aiohttp.ClientSession() as http, asyncio.timeout(60):
            while True:
                with contextlib.suppress(aiohttp.ClientError):
                    async with http.get(f"http://127.0.0.1:{port}/api/health") as response:
                        if response.status == 200:
                            break
                assert process.returncode is None, "the server exited"
                await asyncio.sleep(0.1)
        process.send_signal(signal.SIGINT)
        out, _ = await asyncio.wait_for(process.communicate(), 30)  # TimeoutStopSec
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode == 0, out.decode()
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700


# --------------------------------------------------------------------- Caddy


class Caddy:
    """Caddy running the Caddyfile example as shipped, with the test's name,
    port and certificate (there is no certificate authority to ask here)."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    @classmethod
    async def start(
        cls, workdir: Path, port: int, upstream_port: int, certificate: Path, key: Path
    ) -> Caddy:
        executable = shutil.which("caddy")
        assert executable, "caddy is missing: run scripts/install-system-deps"
        site = CADDYFILE.read_text()
        site = site.replace(
            "calls.example.com {", f"https://127.0.0.1:{port} {{\n\ttls {certificate} {key}"
        )
        site = site.replace("127.0.0.1:8730", f"127.0.0.1:{upstream_port}")
        config = workdir / "Caddyfile"
        # No admin endpoint: a packaged Caddy may have its port.
        await asyncio.to_thread(config.write_text, "{\n\tadmin off\n}\n" + site)
        process = await asyncio.create_subprocess_exec(
            executable, "run", "--config", str(config), "--adapter", "caddyfile",
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
            env={"HOME": str(workdir), "XDG_DATA_HOME": str(workdir),
                 "XDG_CONFIG_HOME": str(workdir), "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        return cls(process)

    async def stop(self) -> None:
        await stop_process(self.process)


async def test_the_caddy_example_serves_rest_the_desktop_socket_and_a_checked_certificate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    certificates = issue(tmp_path / "certificates", valid_days=60)
    # The test CA stands for a real one, for the server's doctor too.
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca))
    trusting = ssl.create_default_context(cafile=str(certificates.ca))
    port = free_port("127.0.0.1")
    url = f"https://127.0.0.1:{port}"
    options = ("--trusted-proxy", "127.0.0.1", "--public-url", url, "--ntp-server", "")
    async with ServerProcess(tmp_path / "data", extra_args=options) as server:
        workdir = tmp_path / "caddy"
        workdir.mkdir()
        caddy = await Caddy.start(
            workdir, port, server.port, certificates.certificate, certificates.private_key
        )
        try:
            async with aiohttp.ClientSession() as http:
                async with asyncio.timeout(30):
                    while True:
                        with contextlib.suppress(aiohttp.ClientError):
                            async with http.get(f"{url}/api/health", ssl=trusting) as response:
                                if response.status == 200:
                                    break
                        assert caddy.process.returncode is None, "caddy exited"
                        await asyncio.sleep(0.1)
                username, password = server.owner
                async with http.post(
                    f"{url}/api/login",
                    json={"username": username, "password": password},
                    ssl=trusting,
                ) as response:
                    assert response.status == 200
                    token = (await response.json())["token"]
                ws = await http.ws_connect(f"{url}/api/ws", ssl=trusting)
                await ws.send_json({"v": 1, "type": "hello", "token": token, "client": "test"})
                welcome = json.loads((await ws.receive(timeout=10)).data)
                assert welcome["type"] == "welcome"
                await ws.close()

            process = await asyncio.create_subprocess_exec(
                *server_command(), "doctor", "--data-dir", str(server.data_dir), "--json",
                stdout=asyncio.subprocess.PIPE,
            )  # fmt: skip
            out, _ = await process.communicate()
        finally:
            await caddy.stop()
    report = rest.DoctorReport.model_validate_json(out)
    [address] = [f for f in report.findings if f.check == "address"]
    assert address.status is rest.CheckStatus.OK, address
    assert f"{url} answers" in address.summary and "(59 days)" in address.summary


async def test_a_stop_with_desktops_connected_is_prompt_and_they_come_back(
    tmp_path: Path,
) -> None:
    """systemd's stop (SIGINT, TimeoutStopSec) with an operator's desktop
    connected: the server stops at once, not after the desktop's heartbeat
    times out, and closes the socket as a dropped line, not a logout."""
    async with aiohttp.ClientSession() as http:
        server = ServerProcess(tmp_path / "data", keep_data=True)
        await server.start()
        try:
            remote = await connect(server, http)
            desk = await remote_desktop(remote, remote.owner_token)
            reading = asyncio.create_task(_frames(desk.ws))  # as a desktop reads, always
            started = time.monotonic()
            assert server.process is not None
            server.process.send_signal(signal.SIGINT)
            assert await asyncio.wait_for(server.process.wait(), 30) == 0
            stopped_in = time.monotonic() - started
            frames = await reading
        finally:
            await server.kill()
    assert stopped_in < 5, f"stopped in {stopped_in:.1f} s"
    assert desk.ws.close_code == 1001  # going away: the desktop reconnects
    assert not [f for f in frames if '"session.ended"' in f]


async def _frames(ws: aiohttp.ClientWebSocketResponse) -> list[str]:
    return [str(frame.data) async for frame in ws]
