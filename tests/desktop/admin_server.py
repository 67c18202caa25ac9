"""A real server and a real engine logged in to it as the owner, for the admin
window's tests. The server runs on the test's loop and the engine on its own
thread, so a wait processes Qt events while it awaits (a blocking Qt wait
would stall the server)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QWidget

from callnest.desktop.bridge import EngineBridge
from callnest.desktop.engine.engine import Engine
from callnest.server.bootstrap import CREDENTIALS_FILE
from integration.conftest import Running, StartServer


@dataclasses.dataclass
class OwnerDesk:
    server: Running
    engine: Engine
    bridge: EngineBridge


@contextlib.asynccontextmanager
async def desk_on(
    server: Running, username: str | None = None, password: str | None = None
) -> AsyncIterator[OwnerDesk]:
    """An engine logged in to ``server``: as the owner, or as ``username``."""
    bridge = EngineBridge()
    engine = Engine(bridge.post, client_name="callnest-test", audio=False)
    engine.start()
    try:
        if username is None or password is None:
            creds = json.loads((server.settings.data_dir / CREDENTIALS_FILE).read_text())
            username, password = creds["username"], creds["password"]
        await asyncio.wrap_future(engine.login(server.url, username, password))
        yield OwnerDesk(server, engine, bridge)
    finally:
        await asyncio.to_thread(engine.shutdown)


@pytest.fixture
async def owner_desk(start_server: StartServer) -> AsyncIterator[OwnerDesk]:
    server: Running = await start_server()
    async with desk_on(server) as desk:
        yield desk


async def until(condition: Callable[[], object], within: float = 10.0) -> None:
    """Lets Qt and the server's loop run until ``condition()`` holds."""
    async with asyncio.timeout(within):
        while not condition():
            QApplication.processEvents()
            await asyncio.sleep(0.01)
    QApplication.processEvents()


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item at (row, column), which the test expects to be there."""
    item = table.item(row, column)
    assert item is not None, f"no item at ({row}, {column})"
    return item


def shot(widget: QWidget, artifacts: Path, name: str) -> Path:
    QApplication.processEvents()
    path = artifacts / f"admin-{name}.png"
    assert widget.grab().save(str(path))
    return path
