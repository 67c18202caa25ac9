"""The ``mail_servers`` fixture: Dovecot and Postfix of the test's own
(:class:`callnest.sim.mail_servers.MailServers`, which ``callnest-bench
email`` starts too, hence its home in the tools)."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from callnest.sim.mail_servers import MailServers


@pytest.fixture
async def mail_servers(tmp_path: Path) -> AsyncIterator[MailServers]:
    """Dovecot and Postfix of the test's own (see ``MailServers``)."""
    if os.geteuid() != 0:
        pytest.skip("Postfix and Dovecot start as root (CI has it)")
    servers = await MailServers.start(tmp_path / "mail-servers")
    yield servers
    await servers.stop()
