"""WebRTC signalling messages; the same shapes travel in both directions.

The desktop keeps one peer connection with the server for the whole shift; these
messages set it up and renegotiate it, whichever side starts.
"""

from typing import Annotated, Literal

from pydantic import Field, Strict

from callnest.protocol.base import Message, line, text

__all__ = ["RtcAnswer", "RtcIce", "RtcOffer"]

Sdp = Annotated[str, Strict(), text(1, 32768)]


class RtcOffer(Message):
    """Sent by either side to (re)negotiate the peer connection: an SDP offer."""

    type: Literal["rtc.offer"] = "rtc.offer"
    sdp: Sdp
    sdp_type: Literal["offer"] = "offer"


class RtcAnswer(Message):
    """Sent by either side in reply to ``rtc.offer``: the SDP answer."""

    type: Literal["rtc.answer"] = "rtc.answer"
    sdp: Sdp
    sdp_type: Literal["answer"] = "answer"


class RtcIce(Message):
    """Sent by either side for each local ICE candidate; an empty candidate ends the list."""

    type: Literal["rtc.ice"] = "rtc.ice"
    candidate: Annotated[str, Strict(), line(0, 1000)]
    sdp_mid: Annotated[str, Strict(), line(0, 64)] | None = None
    sdp_mline_index: Annotated[int, Strict(), Field(ge=0, le=1023)] | None = None
