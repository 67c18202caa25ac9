"""``callnest-server`` for ``callnest-bench phone``, with every SIP port chosen.

``python -m callnest.bench.phone_server --sip-inner-port A --sip-callnest-port
B --rtp-control-port C [callnest-server's own arguments]`` runs the real
server's ``main`` -- the same start-up, signal handling and shutdown as
``callnest-server`` -- with those three settings. ``callnest-server`` has
options for the trunks' SIP port and the RTP ports, but Kamailio's inner
port, Callnest's SIP port and rtpengine's control port are fixed at 5070,
5080 and 5090 there: a bench on a shared machine must not depend on those
being free (or take them from a server someone runs).
"""

from __future__ import annotations

import argparse
import functools
import sys


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(add_help=False)
    for name in ("--sip-inner-port", "--sip-callnest-port", "--rtp-control-port"):
        parser.add_argument(name, type=int, required=True)
    ours, rest = parser.parse_known_args(sys.argv[1:] if argv is None else argv)

    from callnest.server import cli
    from callnest.server.settings import Settings

    # cli.main builds its Settings from its own options; these three join them.
    settings = functools.partial(
        Settings,
        sip_inner_port=ours.sip_inner_port,
        sip_callnest_port=ours.sip_callnest_port,
        rtp_control_port=ours.rtp_control_port,
    )
    setattr(cli, "Settings", settings)  # noqa: B010 -- mypy refuses assigning to a class name
    cli.main(rest)


if __name__ == "__main__":
    main()
