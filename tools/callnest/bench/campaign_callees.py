"""The far end of ``callnest-bench campaign``: SIPp as the people called, and
what they received.

One SIPp process runs ``campaign_callees.xml`` as a UAS behind the bench's
trunk: every call out of the server (a campaign's, a callback's) reaches it,
and each draws its fate there -- a person, busy, nobody there, an answering
machine. SIPp traces every SIP message it receives and sends
(``-trace_msg``) into :data:`MESSAGE_LOG`; :func:`read_calls` turns that into
one :class:`FarEndCall` per call, so that the bench counts dials by what the
far end actually received, not by what the server says it placed.

The scenario takes only calls from our number (``callnest.bench.phone.NUMBER``,
written into it: SIPp's regular expressions take no keywords).

SIPp stamps each traced message with its local time, to the microsecond and
without a zone: it runs with ``TZ=UTC`` so that the stamps are UTC, and
comparable with the server's UNIX times.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

SCENARIO = "campaign_callees.xml"
MESSAGE_LOG = "callees_messages.log"
SIPP_ENV = {"TZ": "UTC"}  # see the module's docstring

# ``----...---- 2026-12-07 10:49:24.483854`` opens each traced message; the
# next line says which way it went.
_STAMP = re.compile(r"^-{10,} (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6})$", re.MULTILINE)
_RECEIVED = "message received"
_REQUEST = re.compile(r"^(?P<method>[A-Z]+) (?P<uri>\S+) SIP/2\.0$")
_URI_USER = re.compile(r"^sips?:(?P<user>[^@;>]+)@")
_STATUS = re.compile(r"^SIP/2\.0 (?P<code>\d{3})\b")


def prepare(workdir: Path) -> None:
    """The scenario, in SIPp's working directory."""
    workdir.mkdir(parents=True, exist_ok=True)
    scenario = resources.files("callnest.bench").joinpath(SCENARIO).read_text()
    (workdir / SCENARIO).write_text(scenario)


def sipp_command(sipp: str, *, port: int, media_port: int, timeout_s: float) -> list[str]:
    """SIPp as the callees, on 127.0.0.1:``port``, until stopped (or, as a
    backstop, ``timeout_s``). ``-aa`` answers an OPTIONS or INFO that is no
    call's first message, which the scenario would otherwise take for a
    call gone wrong."""
    return [
        sipp,
        "-sf",
        SCENARIO,
        "-i",
        "127.0.0.1",
        "-p",
        str(port),
        "-mi",
        "127.0.0.1",
        "-mp",
        str(media_port),
        "-t",
        "u1",
        "-aa",
        "-nostdin",
        "-timeout",
        f"{math.ceil(timeout_s)}s",
        "-trace_msg",
        "-message_file",
        MESSAGE_LOG,
        "-trace_err",
        "-trace_stat",
        "-fd",
        "5",
    ]


@dataclass(frozen=True, slots=True)
class FarEndCall:
    """One call as the far end saw it (UNIX times)."""

    call_id: str
    number: str  # the Request-URI's user part: the number dialled
    invited_at: float  # its first INVITE arrived
    last_at: float  # its latest message, either way
    final_status: int | None  # the far end's final response to the INVITE; None: none yet
    answered_at: float | None  # it sent a 2xx to the INVITE
    ended: bool  # a final failure response, or a BYE either way


@dataclass(slots=True)
class _Building:
    number: str
    invited_at: float
    last_at: float
    final_status: int | None = None
    answered_at: float | None = None
    ended: bool = False


def read_calls(text: str) -> list[FarEndCall]:
    """Every call in a SIPp message trace, in the order their INVITEs came.

    An INVITE retransmitted is one call (one Call-ID); an in-dialog request
    (a re-INVITE: its To has a tag) is part of its call, not a new one. A
    message of no call the trace began is left out: the far end never
    received that call's INVITE."""
    calls: dict[str, _Building] = {}
    text = text.replace("\r\n", "\n")  # SIP's line ends, inside SIPp's own
    stamps = list(_STAMP.finditer(text))
    for index, stamp in enumerate(stamps):
        end = stamps[index + 1].start() if index + 1 < len(stamps) else len(text)
        heading, _, message = text[stamp.end() : end].strip("\n").partition("\n")
        head = message.lstrip("\n").split("\n\n", 1)[0]
        first_line = head.partition("\n")[0].strip()
        call_id = _header(head, "Call-ID") or _header(head, "i")
        if not call_id:
            continue
        at = _unix_time(stamp.group(1))
        received = _RECEIVED in heading
        request = _REQUEST.match(first_line)
        call = calls.get(call_id)
        if call is None:
            if request is None or request["method"] != "INVITE" or not received:
                continue
            if ";tag=" in (_header(head, "To") or _header(head, "t") or ""):
                continue  # a re-INVITE of a call the trace never saw begin
            user = _URI_USER.match(request["uri"])
            calls[call_id] = _Building(user["user"] if user else request["uri"], at, at)
            continue
        call.last_at = max(call.last_at, at)
        if request is not None:
            call.ended |= request["method"] == "BYE"
            continue
        status = _STATUS.match(first_line)
        cseq = _header(head, "CSeq") or ""
        if status is None or not cseq.endswith("INVITE") or received:
            continue
        code = int(status["code"])
        if code >= 200 and call.final_status is None:
            call.final_status = code
            call.answered_at = at if code < 300 else None
            call.ended |= code >= 300
    return [
        FarEndCall(
            call_id, c.number, c.invited_at, c.last_at, c.final_status, c.answered_at, c.ended
        )
        for call_id, c in sorted(calls.items(), key=lambda item: item[1].invited_at)
    ]


def read_trace(workdir: Path) -> list[FarEndCall]:
    """:func:`read_calls` of the trace SIPp wrote in ``workdir`` (none: no calls)."""
    path = workdir / MESSAGE_LOG
    if not path.exists():
        return []
    return read_calls(path.read_text(errors="replace"))


def _header(head: str, name: str) -> str | None:
    """The first value of header ``name`` (case-insensitive) in a message's head."""
    found = re.search(
        rf"^{re.escape(name)}[ \t]*:[ \t]*(.*?)[ \t]*$", head, re.MULTILINE | re.IGNORECASE
    )
    return found.group(1) if found else None


def _unix_time(stamp: str) -> float:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=UTC).timestamp()
