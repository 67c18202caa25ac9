"""SIP messages (RFC 3261): parsing, serialising, and framing them on a stream.

Limited to what Callnest's SIP side meets behind Kamailio on loopback TCP:
requests and responses with their header fields in order (looked up
case-insensitively and by compact form, list-valued fields split into their
elements), folded lines, the bodies as bytes, name-addr / URI / Via parsing,
and :class:`SipStreamReader`, which frames messages on a TCP stream by their
Content-Length. Anything unreadable raises :class:`SipParseError`, never
another exception: the bytes come from the network.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NoReturn
from urllib.parse import unquote

__all__ = [
    "MAX_MESSAGE_SIZE",
    "Headers",
    "NameAddr",
    "SipMessage",
    "SipParseError",
    "SipRequest",
    "SipResponse",
    "SipStreamReader",
    "SipUri",
    "Via",
    "canonical_name",
    "parse_cseq",
    "parse_message",
    "parse_name_addr",
    "parse_params",
    "parse_uri",
    "parse_via",
    "split_list",
]

# Far above any message Kamailio relays to us (an INVITE with a large SDP is
# a few KiB): a peer sending more is broken or hostile.
MAX_MESSAGE_SIZE = 64 * 1024

# RFC 3261 7.3.3 and the extensions' registered compact forms.
COMPACT_FORMS = {
    "i": "Call-ID",
    "f": "From",
    "t": "To",
    "v": "Via",
    "m": "Contact",
    "l": "Content-Length",
    "c": "Content-Type",
    "k": "Supported",
    "s": "Subject",
    "e": "Content-Encoding",
    "o": "Event",
    "u": "Allow-Events",
}
# Names that title case alone would spell wrong.
_IRREGULAR = {
    name.lower(): name
    for name in ("Call-ID", "CSeq", "WWW-Authenticate", "MIME-Version", "RAck", "RSeq", "SIP-ETag")
}
# Fields whose grammar is a comma-separated list (RFC 3261 7.3.1: these alone
# may be split into several lines, or joined into one).
_LIST_FIELDS = frozenset(
    {
        "via",
        "route",
        "record-route",
        "contact",
        "allow",
        "supported",
        "require",
        "proxy-require",
        "unsupported",
        "accept",
        "accept-encoding",
        "accept-language",
        "allow-events",
        "content-encoding",
        "content-language",
        "path",
    }
)

_TOKEN = re.compile(r"[A-Za-z0-9\-.!%*_+`'~]+")
# A header field's value may hold tabs, nothing else below a space: a bare CR
# or LF copied into a response would start a header line of the sender's choosing.
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_VERSION = "SIP/2.0"
_VIA = re.compile(
    r"SIP\s*/\s*2\.0\s*/\s*(?P<transport>[A-Za-z0-9\-.!%*_+`'~]+)"
    r"\s+(?P<sent_by>[^;\s]+)\s*(?P<params>;.*)?",
    re.IGNORECASE | re.DOTALL,
)
_MAX_CSEQ = 2**31 - 1  # RFC 3261 8.1.1.5


class SipParseError(ValueError):
    """Bytes that are no (acceptable) SIP message.

    ``headers`` holds the header fields that could be read, so that a server
    can still answer a malformed request with a 400 when it finds Via, From,
    To, Call-ID and CSeq among them; ``is_response`` says the start line was a
    status line (never answered). ``stream_broken`` says a stream lost its
    framing: nothing more can be read from it.
    """

    def __init__(
        self,
        message: str,
        *,
        headers: Headers | None = None,
        is_response: bool = False,
        stream_broken: bool = False,
    ) -> None:
        super().__init__(message)
        self.headers = headers
        self.is_response = is_response
        self.stream_broken = stream_broken


def canonical_name(name: str) -> str:
    """The header name as we write it: compact forms expanded, usual case."""
    lowered = name.strip().lower()
    if lowered in COMPACT_FORMS:
        return COMPACT_FORMS[lowered]
    if lowered in _IRREGULAR:
        return _IRREGULAR[lowered]
    return "-".join(part[:1].upper() + part[1:] for part in lowered.split("-"))


def split_list(value: str) -> list[str]:
    """A list-valued field's elements: split on the commas that are outside
    quoted strings and outside ``<...>`` (display names and URIs hold commas)."""
    elements: list[str] = []
    start = 0
    quoted = escaped = False
    angle = 0
    for i, char in enumerate(value):
        if escaped:
            escaped = False
        elif quoted:
            if char == "\\":
                escaped = True
            elif char == '"':
                quoted = False
        elif char == '"':
            quoted = True
        elif char == "<":
            angle += 1
        elif char == ">":
            angle = max(angle - 1, 0)
        elif char == "," and angle == 0:
            elements.append(value[start:i].strip())
            start = i + 1
    elements.append(value[start:].strip())
    return [element for element in elements if element]


class Headers:
    """A message's header fields, in order, under their canonical names.

    Looked up case-insensitively and by compact form. A list-valued field
    (Via, Route, Record-Route, Contact, Allow, ...) reads as its elements,
    whether they came on one line or several; lines are kept as they came.
    """

    __slots__ = ("_fields",)

    def __init__(self, fields: Iterable[tuple[str, str]] = ()) -> None:
        self._fields: list[tuple[str, str]] = [(canonical_name(n), v.strip()) for n, v in fields]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and any(n == canonical_name(name) for n, _ in self._fields)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Headers):
            return NotImplemented
        return self._fields == other._fields

    def __repr__(self) -> str:
        return f"Headers({self._fields!r})"

    def get(self, name: str) -> str | None:
        """The first value of ``name`` (of a list-valued field: its first element)."""
        values = self.get_all(name)
        return values[0] if values else None

    def get_all(self, name: str) -> list[str]:
        """Every value of ``name`` in order; list-valued fields split into elements."""
        wanted = canonical_name(name)
        lines = [v for n, v in self._fields if n == wanted]
        if wanted.lower() in _LIST_FIELDS:
            return [element for line in lines for element in split_list(line)]
        return lines


# -- parameters, URIs, name-addrs, Via ------------------------------------------


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    start = 0
    quoted = escaped = False
    for i, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def parse_params(text: str) -> dict[str, str | None]:
    """``;name=value;flag`` parameters: names lowercased, values as written
    (quoted ones keep their quotes), a flag's value None."""
    params: dict[str, str | None] = {}
    for part in _split_outside_quotes(text, ";"):
        if not part.strip():
            continue
        name, eq, value = part.partition("=")
        name = name.strip().lower()
        if not _TOKEN.fullmatch(name):
            raise SipParseError(f"bad parameter {part.strip()!r}")
        params[name] = value.strip() if eq else None
    return params


@dataclass(frozen=True)
class SipUri:
    """A ``sip:``/``sips:`` URI (``user`` percent-decoded), or a ``tel:`` one
    (the number as ``user``, no host)."""

    scheme: str
    user: str | None
    host: str  # IPv6 without brackets
    port: int | None = None
    params: dict[str, str | None] = field(default_factory=dict)


def parse_uri(text: str) -> SipUri:
    text = text.strip()
    scheme, colon, rest = text.partition(":")
    scheme = scheme.lower()
    if not colon or not rest:
        raise SipParseError(f"bad URI {text!r}")
    rest = rest.partition("?")[0]  # headers: nothing of ours reads them
    if scheme == "tel":
        number, _, params = rest.partition(";")
        return SipUri("tel", unquote(number), "", None, parse_params(params))
    if scheme not in ("sip", "sips"):
        raise SipParseError(f"not a SIP URI: {text!r}")
    user: str | None = None
    if "@" in rest:
        userinfo, _, rest = rest.rpartition("@")
        user = unquote(userinfo.partition(":")[0])
    if rest.startswith("["):
        host, bracket, rest = rest[1:].partition("]")
        if not bracket:
            raise SipParseError(f"bad IPv6 host in {text!r}")
        port_text, _, params = rest.partition(";")
        if port_text and not port_text.startswith(":"):
            raise SipParseError(f"bad host in {text!r}")
        port_text = port_text[1:]
    else:
        hostport, _, params = rest.partition(";")
        host, _, port_text = hostport.partition(":")
    if not host or not re.fullmatch(r"[A-Za-z0-9\-.:]+", host):
        raise SipParseError(f"bad host in {text!r}")
    return SipUri(scheme, user, host, _port(port_text, text), parse_params(params))


def _port(text: str, where: str) -> int | None:
    if not text:
        return None
    if not text.isascii() or not text.isdigit() or not 0 < int(text) < 65536:
        raise SipParseError(f"bad port in {where!r}")
    return int(text)


def _unquote_display(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text[1:-1], flags=re.DOTALL)


@dataclass(frozen=True)
class NameAddr:
    """A From/To/Contact/Route value: display name, URI (as written) and the
    header parameters after it (``tag``, ``expires``, ...)."""

    display_name: str | None
    uri: str
    params: dict[str, str | None] = field(default_factory=dict)

    @property
    def tag(self) -> str | None:
        return self.params.get("tag")


def parse_name_addr(value: str) -> NameAddr:
    """``"Name" <uri>;params``, ``Name <uri>;params`` or ``uri;params`` (in
    the last form, RFC 3261 20.10: the parameters are the header's, not the URI's)."""
    text = value.strip()
    display: str | None = None
    if text.startswith('"'):
        match = re.match(r'"(?:[^"\\]|\\.)*"', text, re.DOTALL)
        if match is None:
            raise SipParseError(f"unterminated display name in {value!r}")
        display = _unquote_display(match.group())
        text = text[match.end() :].lstrip()
        if not text.startswith("<"):
            raise SipParseError(f"no <URI> after the display name in {value!r}")
    if "<" in text:
        before, _, rest = text.partition("<")
        if display is None and before.strip():
            display = " ".join(before.split())
        uri, closed, params = rest.partition(">")
        if not closed:
            raise SipParseError(f"unclosed <URI> in {value!r}")
    else:
        uri, _, params = text.partition(";")
        if " " in uri.strip():
            raise SipParseError(f"bad name-addr {value!r}")
    uri = uri.strip()
    if not uri:
        raise SipParseError(f"no URI in {value!r}")
    return NameAddr(display or None, uri, parse_params(params))


@dataclass(frozen=True)
class Via:
    transport: str  # upper case: UDP, TCP, ...
    host: str
    port: int | None
    params: dict[str, str | None] = field(default_factory=dict)

    @property
    def branch(self) -> str | None:
        return self.params.get("branch")

    @property
    def sent_by(self) -> str:
        return f"{self.host.lower()}:{self.port or 5060}"


def parse_via(value: str) -> Via:
    match = _VIA.fullmatch(value.strip())
    if match is None:
        raise SipParseError(f"bad Via {value!r}")
    sent_by = match["sent_by"]
    if sent_by.startswith("["):
        host, _, port_text = sent_by[1:].partition("]")
        port_text = port_text.removeprefix(":")
    else:
        host, _, port_text = sent_by.partition(":")
    if not host:
        raise SipParseError(f"bad Via {value!r}")
    return Via(
        match["transport"].upper(),
        host,
        _port(port_text, value),
        parse_params(match["params"] or ""),
    )


def parse_cseq(value: str) -> tuple[int, str]:
    """CSeq's sequence number and method."""
    number, _, method = value.strip().partition(" ")
    method = method.strip()
    if not number.isascii() or not number.isdigit() or not _TOKEN.fullmatch(method):
        raise SipParseError(f"bad CSeq {value!r}")
    if int(number) > _MAX_CSEQ:
        raise SipParseError(f"CSeq number out of range: {value!r}")
    return int(number), method


# -- messages ---------------------------------------------------------------------


class _Message(ABC):
    headers: Headers
    body: bytes

    @abstractmethod
    def start_line(self) -> str: ...

    def encode(self) -> bytes:
        """The message as sent: canonical names, the Content-Length of the body.
        Raises ValueError for a line holding control characters (a CR or LF
        in a value would start a header line of its own)."""
        lines = [self.start_line()]
        lines += [f"{name}: {value}" for name, value in self.headers if name != "Content-Length"]
        lines.append(f"Content-Length: {len(self.body)}")
        if any(_CONTROL.search(line) for line in lines):
            raise ValueError("a line of a SIP message may not hold control characters")
        return "".join(f"{line}\r\n" for line in lines).encode() + b"\r\n" + self.body

    @property
    def call_id(self) -> str:
        return _required(self.headers, "Call-ID")

    @property
    def cseq(self) -> tuple[int, str]:
        return parse_cseq(_required(self.headers, "CSeq"))

    @property
    def via(self) -> Via:
        """The top Via."""
        return parse_via(_required(self.headers, "Via"))

    @property
    def from_addr(self) -> NameAddr:
        return parse_name_addr(_required(self.headers, "From"))

    @property
    def to_addr(self) -> NameAddr:
        return parse_name_addr(_required(self.headers, "To"))

    @property
    def content_type(self) -> str:
        """Its media type, lower case, without parameters ("" if none)."""
        return (self.headers.get("Content-Type") or "").partition(";")[0].strip().lower()


def _required(headers: Headers, name: str) -> str:
    value = headers.get(name)
    if value is None:
        raise SipParseError(f"no {name}")
    return value


@dataclass
class SipRequest(_Message):
    method: str
    uri: str
    headers: Headers
    body: bytes = b""

    def start_line(self) -> str:
        return f"{self.method} {self.uri} {_VERSION}"


@dataclass
class SipResponse(_Message):
    status: int
    reason: str
    headers: Headers
    body: bytes = b""

    def start_line(self) -> str:
        return f"{_VERSION} {self.status} {self.reason}"


SipMessage = SipRequest | SipResponse


def _read_head(head: bytes) -> tuple[str, Headers, list[str]]:
    """The start line, the header fields that could be read, and what was wrong."""
    # Lenient with the encoding: a trunk's display name in Latin-1 is no
    # reason to refuse its call.
    lines = head.decode("utf-8", errors="replace").split("\r\n")
    problems = ["control characters in the start line"] if _CONTROL.search(lines[0]) else []
    fields: list[tuple[str, str]] = []
    for line in lines[1:]:
        if _CONTROL.search(line):
            problems.append("control characters in a header line")
        elif line[:1] in (" ", "\t"):
            if fields:
                name, value = fields[-1]
                fields[-1] = (name, f"{value} {line.strip()}")
            else:
                problems.append("a folded line before any header")
        else:
            name, colon, value = line.partition(":")
            if colon and _TOKEN.fullmatch(name.strip()):
                fields.append((name, value))
            else:
                problems.append("a header line without a name")
    return lines[0], Headers(fields), problems


def _content_length(headers: Headers) -> int | None:
    values = set(headers.get_all("Content-Length"))
    if not values:
        return None
    if len(values) > 1:
        raise SipParseError("conflicting Content-Length", headers=headers)
    (text,) = values
    if not text.isascii() or not text.isdigit() or len(text) > 9:
        raise SipParseError(f"bad Content-Length {text!r}", headers=headers)
    return int(text)


def parse_message(data: bytes) -> SipMessage:
    """One whole message (leading CRLFs skipped). Without Content-Length the
    body is the rest of ``data``; with it, bytes beyond it are ignored."""
    head, blank, rest = data.lstrip(b"\r\n").partition(b"\r\n\r\n")
    if not blank:
        raise SipParseError("no blank line after the header fields")
    start, headers, problems = _read_head(head)
    is_response = start.startswith("SIP/")
    if problems:
        raise SipParseError(problems[0], headers=headers, is_response=is_response)
    try:
        length = _content_length(headers)
        if length is not None and length > len(rest):
            raise SipParseError("the body is shorter than Content-Length")
        body = rest if length is None else rest[:length]
        message = _start(start, headers, body)
        _check(message)
    except SipParseError as exc:
        raise SipParseError(str(exc), headers=headers, is_response=is_response) from None
    return message


def _start(line: str, headers: Headers, body: bytes) -> SipMessage:
    if line.startswith("SIP/"):
        version, _, rest = line.partition(" ")
        code, _, reason = rest.partition(" ")
        if version.upper() != _VERSION or not (
            code.isascii() and code.isdigit() and len(code) == 3 and code[0] in "123456"
        ):
            raise SipParseError(f"bad status line {line!r}")
        return SipResponse(int(code), reason.strip(), headers, body)
    parts = line.split(" ")
    if len(parts) != 3 or parts[2].upper() != _VERSION or not _TOKEN.fullmatch(parts[0]):
        raise SipParseError(f"bad request line {line!r}")
    if not parts[1] or ":" not in parts[1]:
        raise SipParseError(f"bad Request-URI {parts[1]!r}")
    return SipRequest(parts[0], parts[1], headers, body)


def _check(message: SipMessage) -> None:
    """The fields every request and response carries (RFC 3261 8.1.1), readable."""
    parse_via(_required(message.headers, "Via"))
    parse_name_addr(_required(message.headers, "From"))
    parse_name_addr(_required(message.headers, "To"))
    _required(message.headers, "Call-ID")
    _, method = message.cseq
    if isinstance(message, SipRequest) and method != message.method:
        raise SipParseError("the CSeq method is not the request's")


class SipStreamReader:
    """Frames the messages arriving on a stream (TCP) by their Content-Length,
    required there (RFC 3261 18.3); skips CRLF keep-alives between them.

    :meth:`feed` bytes as they come, then take :meth:`next_message` until it
    returns None. A message that is framed but unreadable raises
    :class:`SipParseError` and is skipped; one that cannot be framed (no or a
    bad Content-Length, larger than ``max_size``) raises one with
    ``stream_broken`` set, and so does every later call.
    """

    def __init__(self, max_size: int = MAX_MESSAGE_SIZE) -> None:
        self._max_size = max_size
        self._buffer = bytearray()
        self._scanned = 0  # how far the blank line has been looked for
        self._broken: SipParseError | None = None

    def feed(self, data: bytes) -> None:
        self._buffer += data

    def next_message(self) -> SipMessage | None:
        if self._broken is not None:
            raise self._broken
        if self._scanned == 0:
            # Keep-alives (RFC 5626 4.4.1) and stray line ends between messages.
            stripped = self._buffer.lstrip(b"\r\n")
            if len(stripped) != len(self._buffer):
                self._buffer = bytearray(stripped)
        end = self._buffer.find(b"\r\n\r\n", max(self._scanned - 3, 0))
        if end < 0:
            self._scanned = len(self._buffer)
            if len(self._buffer) > self._max_size:
                self._break(SipParseError(f"a header larger than {self._max_size} bytes"))
            return None
        _, headers, _ = _read_head(bytes(self._buffer[:end]))
        try:
            length = _content_length(headers)
        except SipParseError as exc:
            self._break(exc, headers)
        if length is None:
            self._break(SipParseError("no Content-Length on a stream"), headers)
        size = end + 4 + length
        if size > self._max_size:
            self._break(SipParseError(f"a message larger than {self._max_size} bytes"), headers)
        self._scanned = end
        if len(self._buffer) < size:
            return None
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._scanned = 0
        return parse_message(data)

    def _break(self, error: SipParseError, headers: Headers | None = None) -> NoReturn:
        self._broken = SipParseError(
            str(error),
            headers=headers if headers is not None else error.headers,
            is_response=bool(self._buffer.startswith(b"SIP/")),
            stream_broken=True,
        )
        raise self._broken
