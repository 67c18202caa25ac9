"""What a phone leg reads from an offer and adds to its own SDP: the codecs
in their order, and the keypad events aiortc does not know."""

from __future__ import annotations

import pytest

from callnest.server.media.leg import InvalidSdp, _audio_codecs, _check_sdp, _with_keypad_events

OFFER = "\r\n".join(
    [
        "v=0",
        "o=- 1 1 IN IP4 127.0.0.1",
        "s=-",
        "t=0 0",
        "m=audio 4000 UDP/TLS/RTP/SAVPF 0 8 101",
        "c=IN IP4 127.0.0.1",
        "a=rtpmap:8 PCMA/8000",
        "a=rtpmap:101 telephone-event/8000",
        "a=fmtp:101 0-16",
        "a=sendrecv",
        "",
    ]
)


def test_codecs_in_the_offers_order_static_types_without_rtpmap_included() -> None:
    assert _audio_codecs(OFFER) == {"pcmu": "0", "pcma": "8", "telephone-event": "101"}


def test_a_phone_offer_needs_g711_and_a_web_offer_opus() -> None:
    _check_sdp(OFFER, phone=True)
    with pytest.raises(InvalidSdp, match="Opus"):
        _check_sdp(OFFER)
    g722_only = OFFER.replace(" 0 8 101", " 9").replace("PCMA", "G722")
    with pytest.raises(InvalidSdp, match=r"G\.711"):
        _check_sdp(g722_only, phone=True)


def test_keypad_events_join_the_audio_stream_only() -> None:
    answer = "\r\n".join(
        [
            "v=0",
            "o=- 2 2 IN IP4 0.0.0.0",
            "s=-",
            "t=0 0",
            "m=audio 9 UDP/TLS/RTP/SAVPF 8",
            "a=rtpmap:8 PCMA/8000",
            "a=sendrecv",
            "m=video 9 UDP/TLS/RTP/SAVPF 96",
            "a=rtpmap:96 VP8/90000",
            "",
        ]
    )
    lines = _with_keypad_events(answer, "101").split("\r\n")
    assert lines[4] == "m=audio 9 UDP/TLS/RTP/SAVPF 8 101"
    assert lines[5:10] == [
        "a=rtpmap:8 PCMA/8000",
        "a=sendrecv",
        "a=rtpmap:101 telephone-event/8000",
        "a=fmtp:101 0-16",
        "m=video 9 UDP/TLS/RTP/SAVPF 96",
    ]
