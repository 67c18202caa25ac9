"""Which of a public caller's ICE candidates the server will check."""

from __future__ import annotations

import ipaddress

from callnest.server.media.candidates import allowed, screened

LAN = (ipaddress.ip_network("192.168.1.0/24"),)


def candidate(host: str, port: int = 5000) -> str:
    return f"a=candidate:1 1 udp 2130706431 {host} {port} typ host"


def test_public_addresses_are_checked_and_the_rest_only_where_the_owner_allows() -> None:
    assert allowed("203.0.113.9", ()) is False  # documentation range: not global
    assert allowed("8.8.8.8", ())
    assert allowed("2001:4860:4860::8888", ())
    for inside in (
        "127.0.0.1",
        "::1",
        "169.254.1.1",
        "fe80::1",
        "10.0.0.5",
        "192.168.1.7",
        "172.16.0.1",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "fd00::1",
    ):
        assert not allowed(inside, ()), inside
    assert allowed("192.168.1.7", LAN)
    assert not allowed("192.168.2.7", LAN)
    assert not allowed("5b6f4a3c-1c1e-4e63-9d7b-3b1b6c6fd3a1.local", LAN)  # mDNS
    assert not allowed("example.com", ())


def test_refused_candidates_leave_the_sdp_and_with_them_end_of_candidates() -> None:
    sdp = "\r\n".join(
        [
            "v=0",
            "m=audio 9 UDP/TLS/RTP/SAVPF 111",
            candidate("8.8.8.8"),
            candidate("127.0.0.1", 22),
            candidate("x.local"),
            "a=end-of-candidates",
            "",
        ]
    )
    kept, dropped = screened(sdp, ())
    assert dropped == 2
    assert kept == "\r\n".join(["v=0", "m=audio 9 UDP/TLS/RTP/SAVPF 111", candidate("8.8.8.8"), ""])


def test_an_sdp_with_only_public_candidates_is_kept_whole() -> None:
    sdp = "\r\n".join(["v=0", candidate("8.8.8.8"), "a=end-of-candidates", ""])
    assert screened(sdp, ()) == (sdp, 0)


def test_line_breaks_aiortc_reads_as_lines_do_not_hide_a_candidate() -> None:
    # aiortc splits the SDP with str.splitlines: \n alone, or \x0b, ends a line too.
    for sep in ("\n", "\x0b", "\u2028"):
        kept, dropped = screened(sep.join(["v=0", candidate("127.0.0.1", 22), ""]), ())
        assert dropped == 1
        assert "127.0.0.1" not in kept


def test_a_candidate_line_too_short_to_name_an_address_is_dropped() -> None:
    assert screened("v=0\r\na=candidate:1 1 udp\r\n", ()) == ("v=0\r\n", 1)
