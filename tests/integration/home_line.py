"""An operator's home line of the tests' own: a network namespace joined to
this machine by a veth pair, whose UDP (the audio; the session's WebSocket is
TCP) can be made to lose packets at random or to stop altogether.

Impairing needs a packet filter: tc's netem is the usual tool, but this
project's CI kernel is built without it (CONFIG_NET_SCH_NETEM unset), so loss
and outages are nftables rules (``numgen random``) on the namespace's
interface -- real packets dropped by the kernel on their way, as a home
router under load would. Creating namespaces needs root, as CI has; elsewhere
the tests are skipped.
"""

from __future__ import annotations

import itertools
import os
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

_numbers = itertools.count(1)


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True)


@dataclass
class HomeLine:
    """The namespace ``name``; the machine is ``server_address`` from inside
    it, the namespace ``address`` from outside."""

    name: str
    server_address: str
    address: str

    def prefix(self) -> list[str]:
        """Runs a command inside the namespace."""
        return ["ip", "netns", "exec", self.name]

    def lose(self, percent: int) -> None:
        """From now on ``percent`` % of the UDP packets crossing the line, each
        way, are dropped at random (0: none)."""
        self._rules(f"meta l4proto udp numgen random mod 100 < {percent} drop" if percent else "")

    def cut(self) -> None:
        """No UDP crosses the line any more (the TCP session stays up)."""
        self._rules("meta l4proto udp drop")

    def mend(self) -> None:
        self._rules("")

    def _rules(self, rule: str) -> None:
        chains = "".join(
            f"chain {hook} {{\ntype filter hook {hook} priority 0; policy accept;\n{rule}\n}}\n"
            for hook in ("input", "output")
        )
        script = f"table inet home_line {{\n{chains}}}\n"
        # Replaced whole, atomically: delete (if there) and define in one transaction.
        done = subprocess.run(
            [*self.prefix(), "nft", "-f", "-"],
            input="table inet home_line {}\ndelete table inet home_line\n" + script,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr


@pytest.fixture
def home_line() -> Iterator[HomeLine]:
    if os.geteuid() != 0:
        pytest.skip("network namespaces need root (CI has it)")
    n = next(_numbers)
    suffix = f"{os.getpid() % 10000}{n}"
    name, outside, inside = f"cnhome{suffix}", f"cnh{suffix}a", f"cnh{suffix}b"
    subnet = 100 + (os.getpid() + n) % 150
    server_address, address = f"10.231.{subnet}.1", f"10.231.{subnet}.2"
    try:
        _run("ip", "netns", "add", name)
    except subprocess.CalledProcessError as exc:
        pytest.skip(f"cannot create a network namespace here: {exc.stderr.strip()}")
    try:
        _run("ip", "link", "add", outside, "type", "veth", "peer", "name", inside)
        _run("ip", "link", "set", inside, "netns", name)
        _run("ip", "addr", "add", f"{server_address}/30", "dev", outside)
        _run("ip", "link", "set", outside, "up")
        line = HomeLine(name, server_address, address)
        _run(*line.prefix(), "ip", "addr", "add", f"{address}/30", "dev", inside)
        _run(*line.prefix(), "ip", "link", "set", inside, "up")
        _run(*line.prefix(), "ip", "link", "set", "lo", "up")
        line.mend()
        yield line
    finally:
        subprocess.run(["ip", "link", "del", outside], capture_output=True)
        subprocess.run(["ip", "netns", "del", name], capture_output=True)
