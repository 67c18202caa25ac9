"""Stopping a peer the tests started: the tools' own (callnest.sim.processes),
which the benches' mail servers use too."""

from callnest.sim.processes import stop_process

__all__ = ["stop_process"]
