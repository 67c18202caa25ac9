"""Phone calls: the SIP trunks that carry them and the phone numbers (DIDs)
that reach a queue.

A trunk is authenticated by the provider one of two ways: it registers with
an account (``registers``, with a username and a password), or the provider
knows it by the addresses its calls come from (``ip_addresses``). It needs
at least one of the two.

The trunk's password is write-only: a client sends it, no answer carries it
(``has_password`` says whether there is one). A change that leaves the
password out keeps it; ``"password": null`` removes it. Only the server
knows whether a trunk has a password, so the rule "a trunk that registers
needs one" is checked there.
"""

import ipaddress
import re
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    SecretStr,
    StringConstraints,
    ValidationInfo,
    field_serializer,
    field_validator,
)

from callnest.protocol.rest.base import E164, Name, RestModel, RowId

__all__ = [
    "Codec",
    "EdgeStatus",
    "PhoneNumber",
    "PhoneNumberFields",
    "Transport",
    "Trunk",
    "TrunkFields",
    "TrunkRegistration",
]


class Transport(StrEnum):
    """How SIP travels to the trunk."""

    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class Codec(StrEnum):
    """The audio codecs a trunk may offer, spelled as SDP names them."""

    PCMA = "PCMA"  # G.711 A-law
    PCMU = "PCMU"  # G.711 mu-law
    G722 = "G722"
    OPUS = "opus"


_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_HOSTNAME = re.compile(rf"{_LABEL}(\.{_LABEL})*")
_PORT = re.compile(r"[0-9]{1,5}")
# RFC 3261's user part: unreserved characters and the few user-unreserved ones.
_SIP_USER = re.compile(r"[A-Za-z0-9\-_.!~*'()&=+$,;?/%]{1,128}")
_ONE_LINE = re.compile(r"[^\x00-\x1f\x7f]*")


def _not_a_uri(text: str) -> None:
    if "://" in text or text.lower().startswith(("sip:", "sips:")):
        raise ValueError("give the host alone (sip.example.com), not a URI")


def _host(value: str) -> str:
    """A host name or an IP address, lower-case; an IPv6 address without brackets."""
    text = value.strip().lower()
    _not_a_uri(text)
    try:
        return str(ipaddress.ip_address(text.removeprefix("[").removesuffix("]")))
    except ValueError:
        pass
    if ":" in text:
        raise ValueError("give the port in its own field, not after the host")
    # A name's last label is never all digits: "192.0.2.300" is a mistyped address.
    if len(text) > 253 or not _HOSTNAME.fullmatch(text) or text.rpartition(".")[2].isdigit():
        raise ValueError(f"{value!r} is not a host name (sip.example.com) or an IP address")
    return text


def _host_and_port(value: str) -> str:
    """``host`` or ``host:port`` (``[2001:db8::1]:5060`` for IPv6), as an outbound proxy."""
    text = value.strip()
    _not_a_uri(text)
    host, port = text, None
    if text.startswith("[") and "]:" in text:
        host, _, port = text.rpartition(":")
    elif text.count(":") == 1:
        host, _, port = text.partition(":")
    if port is not None and not (_PORT.fullmatch(port) and 1 <= int(port) <= 65535):
        raise ValueError("the port after the host is a number from 1 to 65535")
    try:
        host = _host(host)
    except ValueError:
        raise ValueError(
            f"{value!r} is not a host (proxy.example.com) or a host and port "
            "(proxy.example.com:5060)"
        ) from None
    if port is None:
        return host
    port = str(int(port))
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _ip_source(value: str) -> str:
    """An address (``192.0.2.10``) or a network (``192.0.2.0/24``) calls may come from."""
    text = value.strip()
    try:
        return str(ipaddress.ip_network(text) if "/" in text else ipaddress.ip_address(text))
    except ValueError:
        pass
    try:
        network = ipaddress.ip_network(text, strict=False)
    except ValueError:
        raise ValueError(
            f"{value!r} is not an IP address (192.0.2.10) or network (192.0.2.0/24)"
        ) from None
    raise ValueError(f"{value!r} has host bits set: the network is {network}")


def _sip_user(value: str) -> str:
    if not _SIP_USER.fullmatch(value):
        raise ValueError(
            "a SIP user name is 1 to 128 letters, digits and - _ . ! ~ * ' ( ) & = + $ , ; ? / % "
            "(no spaces, no @ or :)"
        )
    return value


def _password(value: object) -> object:
    # Before SecretStr takes it: pydantic would word a length limit as "items".
    # Never put the value in the message.
    text = value.get_secret_value() if isinstance(value, SecretStr) else value
    if isinstance(text, str) and not (1 <= len(text) <= 200 and _ONE_LINE.fullmatch(text)):
        raise ValueError("a password is 1 to 200 characters on one line")
    return value


def _realm(value: str) -> str:
    if not _ONE_LINE.fullmatch(value) or '"' in value:
        raise ValueError("a realm is one line of text without quotes")
    return value


Host = Annotated[str, StringConstraints(max_length=255), AfterValidator(_host)]
HostAndPort = Annotated[str, StringConstraints(max_length=300), AfterValidator(_host_and_port)]
IpSource = Annotated[str, StringConstraints(max_length=64), AfterValidator(_ip_source)]
SipUser = Annotated[str, StringConstraints(strip_whitespace=True), AfterValidator(_sip_user)]
Realm = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=200),
    AfterValidator(_realm),
]
TrunkPassword = Annotated[SecretStr, BeforeValidator(_password)]
"""Shown as ``**********`` when printed or logged; sent in full only as JSON."""

DEFAULT_CODECS = (Codec.PCMA, Codec.PCMU)


class TrunkFields(RestModel):
    """A SIP trunk as an owner creates or changes it (a change sends only the
    fields it sets; the rest keep their values, the password included)."""

    name: Name
    host: Host
    port: Annotated[int, Field(ge=1, le=65535)] = 5060
    transport: Transport = Transport.UDP
    outbound_proxy: HostAndPort | None = None  # where requests go first, when not the host
    # Registration: the account the trunk registers with. Declared before the
    # fields whose checks read it.
    registers: bool = False
    register_expires_s: Annotated[int, Field(ge=60, le=86400)] = 3600
    username: SipUser | None = Field(default=None, validate_default=True)
    auth_username: SipUser | None = None  # when the provider's digest user is not username
    # Checked even when left out, by the server's own rule (api/phones.py).
    password: TrunkPassword | None = Field(default=None, validate_default=True)
    realm: Realm | None = None
    # IP authentication: the addresses and networks the provider's calls come from.
    ip_addresses: Annotated[list[IpSource], Field(max_length=50)] = Field(
        default_factory=list, validate_default=True
    )
    codecs: Annotated[list[Codec], Field(min_length=1, max_length=len(Codec))] = Field(
        default_factory=lambda: list(DEFAULT_CODECS)
    )
    enabled: bool = True

    @field_validator("username")
    @classmethod
    def _registering_needs_a_username(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None and info.data.get("registers"):
            raise ValueError("a trunk that registers needs a username")
        return value

    @field_validator("ip_addresses")
    @classmethod
    def _authenticated_somehow(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if len(set(value)) != len(value):
            raise ValueError("each address may be listed once")
        if not value and info.data.get("registers") is False:
            raise ValueError(
                "give the addresses the provider's calls come from, or let the trunk "
                "register (registers, with a username and a password)"
            )
        return value

    @field_validator("codecs")
    @classmethod
    def _each_codec_once(cls, value: list[Codec]) -> list[Codec]:
        if len(set(value)) != len(value):
            raise ValueError("each codec may be listed once")
        if not set(value) & {Codec.PCMA, Codec.PCMU}:
            # The server's phone side speaks G.711 (the one codec every trunk has).
            raise ValueError("list PCMA or PCMU: calls are carried in G.711")
        return value

    @field_serializer("password", when_used="json")
    def _password_in_full(self, value: SecretStr | None) -> str | None:
        # JSON is what goes to the server (and from its handler to the store).
        return None if value is None else value.get_secret_value()


class Trunk(RestModel):
    """A trunk as the server answers it: never with its password."""

    id: int
    name: str
    host: str
    port: int
    transport: Transport
    outbound_proxy: str | None
    registers: bool
    register_expires_s: int
    username: str | None
    auth_username: str | None
    has_password: bool
    realm: str | None
    ip_addresses: tuple[str, ...]
    codecs: tuple[Codec, ...]
    enabled: bool
    created_at: float
    updated_at: float


class PhoneNumberFields(RestModel):
    """A phone number (DID) as an owner adds or changes it: the trunk its calls
    arrive on and the queue that answers them (whose IVR menu, if it has one,
    callers hear first, as on the web)."""

    number: E164
    trunk_id: RowId
    queue_id: RowId | None = None  # None: no queue answers it yet
    label: Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)] = ""


class PhoneNumber(RestModel):
    id: int
    number: str  # E.164
    trunk_id: int
    queue_id: int | None
    label: str
    created_at: float
    updated_at: float


class TrunkRegistration(RestModel):
    """One registering trunk as the provider's registrar last answered it.

    ``state``: registering (the first try, or trying again), registered, or
    failed. ``last_failure`` is the registrar's last refusal ("403 Forbidden")
    or "no answer from the registrar", kept after a later success too."""

    trunk_id: int
    state: Annotated[str, StringConstraints(pattern="^(registering|registered|failed)$")]
    since: float | None  # Unix time it came to this state
    last_failure: str | None
    last_failure_at: float | None


class EdgeStatus(RestModel):
    """The phone edge as the owner needs to see it: whether it runs, why not
    (``problem``, in words, with what to do), each registering trunk, and the
    transports a trunk may be given that the edge cannot serve (each with why:
    "SIP over TLS needs Kamailio's TLS module ...")."""

    running: bool
    problem: str | None
    registrations: tuple[TrunkRegistration, ...]
    unsupported_transports: dict[Transport, str] = Field(default_factory=dict)
