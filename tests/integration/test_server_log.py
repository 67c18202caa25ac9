"""What the server process writes about itself (issue 18, item 19): a request
cannot write a log line of its own, DEBUG logs carry no password or token
hash, and the first-start password is in its file only."""

from __future__ import annotations

import json

import aiohttp
import pytest

from callnest.server.bootstrap import CREDENTIALS_FILE
from callnest.sim.server_process import ServerProcess

pytestmark = pytest.mark.slow


async def test_the_log_is_one_line_a_message_and_holds_no_secret() -> None:
    async with ServerProcess(extra_args=("--log-level", "DEBUG")) as server:
        username, password = server.owner
        async with aiohttp.ClientSession() as http:
            async with http.post(
                server.url + "/api/login", json={"username": username, "password": password}
            ) as response:
                token = (await response.json())["token"]
            headers = {"Authorization": f"Bearer {token}"}
            forged = "/api/users/1%0a2026-12-07 00:00:00,000 INFO callnest: owner logged out"
            async with http.get(server.url + forged, headers=headers) as response:
                assert response.status == 404
            async with http.get(server.url + "/api/me", headers=headers) as response:
                assert response.status == 200
        credentials = json.loads((server.data_dir / CREDENTIALS_FILE).read_text())
        await server.stop()
        log = (server.data_dir / "server.log").read_text()
    assert credentials["password"] == password
    # The request's newline stayed inside its own line.
    assert not [line for line in log.splitlines() if line.startswith("2026-12-07 00:00:00,000")]
    assert "\\n2026-12-07 00:00:00,000 INFO callnest: owner logged out" in log
    # Neither the password, nor its hash, nor the session's token.
    assert password not in log
    assert "$argon2" not in log
    assert token not in log
    assert "First start: the owner account was created" in log
    assert str(server.data_dir / CREDENTIALS_FILE) in log
