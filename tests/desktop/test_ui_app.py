"""The app's wiring: login window → agent window on the same model, the saved
headset opened after login, and `callnest --smoke-test` against a real server."""

from __future__ import annotations

import asyncio
import importlib.abc
import os
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from callnest import protocol as p
from callnest.desktop import cli
from callnest.desktop.app import Desktop
from callnest.desktop.audio.headset import DeviceChoice, DeviceError
from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.events import Connection, ServerEvent
from callnest.desktop.settings import Settings
from callnest.desktop.ui.agent import AgentWindow
from callnest.sim.ports import free_port
from callnest.sim.server_process import ServerProcess
from desktop import samples as s
from desktop.fakes import FakeEngine


@pytest.mark.usefixtures("memory_keyring")
def test_login_leads_to_the_agent_window_with_what_came_before_it(
    qtbot: QtBot, settings: Settings
) -> None:
    engine, bridge = FakeEngine(), EngineBridge()
    welcome = s.welcome(contacts=(s.contact(p.ContactPhase.WRAP_UP),))
    engine.welcome = welcome
    settings.devices = DeviceChoice(microphone="usb_headset_mic")
    engine.headset_error = DeviceError("speaker", None, "No speaker is connected.")
    desktop = Desktop(engine, bridge, settings, server="http://127.0.0.1:1", user="ann")
    qtbot.addWidget(desktop.login)
    desktop.show()
    desktop.login.password.setText("pw")
    desktop.login.submit()
    # The engine speaks before the login future resolves, as the real one does.
    bridge.post(Connection("online"))
    bridge.post(ServerEvent(welcome))
    qtbot.waitUntil(lambda: desktop.agent is not None)
    window = desktop.agent
    assert isinstance(window, AgentWindow)
    qtbot.addWidget(window)
    assert window.isVisible() and not desktop.login.isVisible()
    assert window.pages.currentWidget() is window.wrap_up  # restored from the welcome
    assert window.windowTitle() == "Callnest — Ann Archer"
    assert engine.headsets == [DeviceChoice(microphone="usb_headset_mic")]
    qtbot.waitUntil(window.error.isVisible)
    assert window.error.text() == "Headset: No speaker is connected."


def _callnest() -> list[str]:
    beside = Path(sys.executable).parent / "callnest"
    if beside.exists():
        return [str(beside)]
    return [sys.executable, "-c", "from callnest.desktop.cli import main; main()"]


async def _smoke(server: str, home: Path) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the smoke test must choose offscreen itself
    env |= {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    process = await asyncio.create_subprocess_exec(
        *_callnest(),
        "--smoke-test",
        "--server",
        server,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env=env,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


@pytest.mark.slow
async def test_smoke_test_passes_against_a_running_server(tmp_path: Path) -> None:
    async with ServerProcess() as server:
        code, out, err = await _smoke(server.url, tmp_path)
    assert code == 0, err
    assert out.strip() == (
        f"callnest: smoke test ok: login window built (offscreen), {server.url} healthy"
    )


@pytest.mark.slow
async def test_smoke_test_fails_when_the_server_cannot_be_reached(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    code, out, err = await _smoke(url, tmp_path)
    assert code != 0
    assert out == ""
    assert f"cannot reach {url}" in err


# ---- the smoke test's engine check: a bundle missing a lazily imported module


def test_smoke_test_passes_the_engine_check_where_everything_is_installed() -> None:
    assert cli.check_engine() is None


def test_smoke_test_fails_on_a_missing_engine_module(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # None in sys.modules makes `import aiortc` raise, as in a bundle without it;
    # the link module is dropped too, so it is imported afresh and fails on it.
    monkeypatch.setitem(sys.modules, "aiortc", None)
    monkeypatch.delitem(sys.modules, "callnest.desktop.engine.link", raising=False)
    code = cli.smoke_test(f"http://127.0.0.1:{free_port()}")
    out, err = capsys.readouterr()
    assert code == 5
    assert out == ""
    assert err.startswith("callnest: smoke test failed: cannot import aiortc")


class _NoPortAudio(importlib.abc.MetaPathFinder):
    """sounddevice as on a Linux machine without libportaudio2."""

    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")


def test_smoke_test_fails_when_portaudio_does_not_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(sys.modules, "sounddevice", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_NoPortAudio(), *sys.meta_path])
    assert cli.check_engine() == "cannot load sounddevice: PortAudio library not found"


def test_smoke_test_fails_when_no_peer_connection_can_be_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken() -> None:
        raise OSError("libssl.so.3: cannot open shared object file")

    monkeypatch.setattr("aiortc.RTCPeerConnection", broken)
    assert cli.check_engine() == (
        "cannot create a WebRTC peer connection: "
        "OSError('libssl.so.3: cannot open shared object file')"
    )
