"""Protocol version and frame limits."""

from typing import Final

PROTOCOL_VERSION: Final = 1
"""The version this code speaks; carried as ``"v"`` in every frame."""

SUPPORTED_VERSIONS: Final = frozenset({PROTOCOL_VERSION})
"""Versions :func:`callnest.protocol.parse_client` and ``parse_server`` accept."""

MAX_FRAME_BYTES: Final = 65_536
"""Largest desktop -> server frame, in UTF-8 bytes.

Client frames come from anywhere on the internet, so the server refuses anything
bigger before it spends time decoding it.
"""

MAX_SERVER_FRAME_BYTES: Final = 1_048_576
"""Largest server -> desktop frame, in UTF-8 bytes.

Larger than :data:`MAX_FRAME_BYTES` because legitimate server frames are: a wallboard
``stats.snapshot`` of a few hundred agents, or an ``offer`` whose customer card
carries 20 history entries with 4,000-character notes, easily pass 64 KiB.
"""
