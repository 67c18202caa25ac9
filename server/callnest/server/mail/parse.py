"""An incoming e-mail as the server keeps it: who wrote, what it answers, its
text, its HTML made safe to show, and its attachments within their limits.

The standard library's ``email`` package reads the MIME (``policy.default``
decodes encoded words and charsets); nh3 (the Rust ``ammonia`` sanitiser)
makes the HTML safe: no scripts, no styles that could hide text, no event
attributes, only links and images by http(s), mailto and cid. Remote images
are still named in it; the app blocks them until the agent asks.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import html
import re
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

import nh3

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024  # one attachment: larger ones are not kept
MAX_TEXT_CHARS = 200_000  # of a message's text and of its HTML, each
MAX_ATTACHMENTS = 50

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "div", "dl", "dt", "em",
    "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q",
    "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
}  # fmt: skip
_ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align"},
    "font": {"color"},
}
_URL_SCHEMES = {"http", "https", "mailto", "cid"}
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Refused:
    """An attachment not kept, and why (shown with the message)."""

    filename: str
    content_type: str
    size: int
    reason: str  # "too_large" | "too_many"


@dataclass(frozen=True, slots=True)
class Incoming:
    message_id: str  # <...>; made from the bytes' hash when the message has none
    in_reply_to: str | None
    references: tuple[str, ...]  # oldest first, as the header lists them
    from_name: str
    from_address: str  # lower case; "" when the From cannot be read
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    date: float | None
    text: str
    html: str | None
    attachments: tuple[Attachment, ...] = ()
    refused: tuple[Refused, ...] = ()
    # An auto-reply, a bounce or a list's mail (RFC 3834): never answered
    # automatically, so two robots never write to each other forever.
    automatic: bool = False
    size: int = 0
    headers_broken: bool = field(default=False)


def read(raw: bytes) -> Incoming:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    from_name, from_address = _sender(message)
    text, html_part = _bodies(message)
    attachments, refused = _attachments(message)
    return Incoming(
        message_id=_first_id(_header(message, "Message-ID")) or fallback_id(raw),
        in_reply_to=_first_id(_header(message, "In-Reply-To")),
        references=tuple(_MESSAGE_ID.findall(_header(message, "References"))),
        from_name=from_name,
        from_address=from_address,
        to=_addresses(message, "To"),
        cc=_addresses(message, "Cc"),
        subject=" ".join(_header(message, "Subject").split())[:998],
        date=_date(message),
        text=text,
        html=html_part,
        attachments=attachments,
        refused=refused,
        automatic=_automatic(message),
        size=len(raw),
        headers_broken=bool(message.defects),
    )


def fallback_id(raw: bytes) -> str:
    """A Message-ID for a message that has none: the same bytes, the same id."""
    return f"<{hashlib.sha256(raw).hexdigest()[:40]}@no-message-id.invalid>"


def _header(message: Message, name: str) -> str:
    """A header's decoded text ("" when absent or unreadable). A header sent
    as raw UTF-8 (SMTPUTF8) arrives as surrogate escapes: read as UTF-8."""
    try:
        value = message.get(name)
    except Exception:  # a header the parser cannot make sense of
        return ""
    if value is None:
        return ""
    text = str(value)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeError:
        return text


def _first_id(value: str) -> str | None:
    found = _MESSAGE_ID.search(value)
    return found.group(0) if found else None


def _sender(message: EmailMessage) -> tuple[str, str]:
    for name in ("From", "Reply-To", "Sender"):
        address = _first_address(message, name)
        if address is not None:
            return address
    return "", ""


def _first_address(message: EmailMessage, name: str) -> tuple[str, str] | None:
    try:
        header = message.get(name)
        addresses: tuple[Address, ...] = getattr(header, "addresses", ())
    except Exception:
        return None
    for address in addresses:
        spec = _fixed(address.addr_spec).strip().lower()
        if "@" in spec and " " not in spec:
            return _fixed(address.display_name).strip(), spec
    return None


def _fixed(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _addresses(message: EmailMessage, name: str) -> tuple[str, ...]:
    try:
        header = message.get(name)
        addresses: tuple[Address, ...] = getattr(header, "addresses", ())
    except Exception:
        return ()
    return tuple(_fixed(a.addr_spec).lower() for a in addresses if "@" in a.addr_spec)[:100]


def _date(message: EmailMessage) -> float | None:
    value = _header(message, "Date")
    try:
        return parsedate_to_datetime(value).timestamp() if value else None
    except (TypeError, ValueError, OverflowError):
        return None


def _bodies(message: EmailMessage) -> tuple[str, str | None]:
    """The text (the plain part when there is one, else the HTML's words) and
    the sanitised HTML, if any."""
    plain = _content(message.get_body(preferencelist=("plain",)))
    rich = _content(message.get_body(preferencelist=("html",)))
    safe = sanitised(rich[:MAX_TEXT_CHARS]) if rich else None
    if plain is None and safe is not None:
        plain = words_of(safe)
    return (plain or "")[:MAX_TEXT_CHARS], safe


def _content(part: Message | None) -> str | None:
    if part is None:
        return None
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (LookupError, ValueError, AssertionError):
        # An unknown or lying charset: the bytes as UTF-8, the rest replaced.
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else None
    return content if isinstance(content, str) else None


def sanitised(markup: str) -> str:
    return nh3.clean(
        markup,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def words_of(markup: str) -> str:
    """HTML's text: block ends become line ends, tags go, entities are read."""
    spaced = re.sub(r"(?i)<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", "\n", markup)
    bare = nh3.clean(spaced, tags=set(), attributes={})
    lines = (" ".join(line.split()) for line in html.unescape(bare).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _attachments(message: EmailMessage) -> tuple[tuple[Attachment, ...], tuple[Refused, ...]]:
    kept: list[Attachment] = []
    refused: list[Refused] = []
    for part in message.iter_attachments():
        content_type = part.get_content_type()
        filename = _safe_filename(part.get_filename() or "", content_type, len(kept) + 1)
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue  # an attached message (message/rfc822): its text is in the thread
        if len(payload) > MAX_ATTACHMENT_BYTES:
            refused.append(Refused(filename, content_type, len(payload), "too_large"))
        elif len(kept) >= MAX_ATTACHMENTS:
            refused.append(Refused(filename, content_type, len(payload), "too_many"))
        else:
            kept.append(Attachment(filename, content_type, payload))
    return tuple(kept), tuple(refused)


def _safe_filename(name: str, content_type: str, number: int) -> str:
    """A name to show and to save as: no folders, no control characters."""
    name = _fixed(name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable()).strip(" .")[:200]
    return name or f"attachment-{number}.{content_type.rsplit('/', 1)[-1][:10] or 'bin'}"


def _automatic(message: EmailMessage) -> bool:
    auto = _header(message, "Auto-Submitted").strip().lower()
    precedence = _header(message, "Precedence").strip().lower()
    return (
        (auto != "" and auto != "no")
        or precedence in {"bulk", "junk", "list", "auto_reply"}
        or bool(_header(message, "List-Id"))
        or _header(message, "Content-Type").lower().startswith("multipart/report")
    )
