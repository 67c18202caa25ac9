"""The server's settings: command-line options with embedded defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class IceServer:
    urls: tuple[str, ...]
    # A TURN server's shared secret (coturn's static-auth-secret): whoever
    # is handed the server gets a user name and password of their own that
    # expire (ice_credentials.py). None for a STUN server.
    secret: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    host: str = "127.0.0.1"
    port: int = 8730
    database_url: str | None = None  # None: SQLite in data_dir
    session_ttl_s: float = 12 * 3600.0  # one shift; sliding on use
    # However much it is used, a login ends this long after it began: a token
    # that leaked stops working within a week.
    session_max_age_s: float = 7 * 24 * 3600.0
    # The desktop pings every heartbeat_s; a session silent for
    # heartbeat_timeout_s is gone (checked every second, so it is offline
    # within timeout + 1 s, well inside the 15 s the product promises).
    heartbeat_s: float = 5.0
    heartbeat_timeout_s: float = 12.0
    hello_timeout_s: float = 10.0
    # The owner's user name, given at first start (later: the admin window).
    owner_username: str = "owner"
    login_failures_allowed: int = 5
    login_failure_window_s: float = 300.0
    # Public caller endpoint: new contacts per address per minute (0 = no limit).
    public_contacts_per_minute: int = 20
    max_body_bytes: int = 1 << 20
    # A request body must arrive within this many seconds, or at this many
    # bytes a second for a large one (a CSV file over a slow home line):
    # one byte every few seconds would otherwise hold a connection for minutes.
    body_timeout_s: float = 10.0
    body_min_bytes_per_s: int = 16 * 1024
    no_answer_pause_s: float = 5.0
    # An agent whose home link's estimated MOS stays under this is offered
    # nothing until it recovers (link_watch.py). 3.6 is where G.107's users
    # start to be "some dissatisfied"; 8 % loss on Opus estimates 3.4.
    link_mos_threshold: float = 3.6
    # The pre-shift check: a desktop's new link (login, wake) carries audio
    # well this long before anything is offered to it.
    link_check_s: float = 5.0
    # STUN/TURN servers handed to desktops and callers and used by the server's
    # own legs. None by default: on a LAN or a server with a public address,
    # host candidates connect; behind strict NATs add a TURN server (README).
    ice_servers: tuple[IceServer, ...] = ()
    # How long the TURN credentials handed out work: a shift (a desktop's
    # link lasts one) and any call (coturn refuses a relay's refresh once its
    # user name has expired).
    turn_credential_lifetime_s: float = 12 * 3600.0
    ice_timeout_s: float = 15.0  # a leg whose ICE has not connected by then is closed
    # A web caller's leg that has sent no audio this long is ended: its
    # browser died or it never meant to talk (media/switchboard.py).
    caller_silence_end_s: float = 4.0
    calls_per_address: int = 4  # concurrent calls from one address
    # Voice contacts with no audio at all (POST /api/public/queues/{q}/contacts):
    # for the load simulator and the demo's callers only. On a real server each
    # would be a "ghost call" ringing an operator with silence.
    calls_without_audio: bool = False
    # Open connections from one address, refused beyond at accept (trusted
    # proxies exempt): see connection_limit.py. Only `callnest-server` applies it.
    connections_per_address: int = 100
    # Networks besides the public internet where web callers' ICE candidates
    # may point (say, the office LAN). Elsewhere -- loopback, link-local,
    # private ranges -- the server sends no checks: see media/candidates.py.
    caller_networks: tuple[str, ...] = ()
    # Reverse proxies (addresses or networks) whose X-Forwarded-For / Forwarded
    # say who the client is; without them every limit per address would
    # apply to everyone behind the proxy together (see forwarded.py).
    trusted_proxies: tuple[str, ...] = ()
    chats_per_address: int = 3  # open chats from one address
    chat_messages_per_minute: int = 30  # a customer's messages in one chat (0 = no limit)
    # A chat whose customer has gone -- no page connected, nothing written --
    # ends this long after they were last there (as if they had left it).
    chat_idle_end_s: float = 600.0
    # The wallboard: changes are gathered this long after the first one, then
    # pushed (short against the 100 ms budget; callnest-bench wallboard
    # measures it); the figures that move with the clock alone are refreshed
    # by a whole snapshot this often.
    stats_coalesce_s: float = 0.02
    stats_refresh_s: float = 5.0
    # The SIP edge (Kamailio, started only while a trunk is configured): where
    # trunks reach it, and the address they see when it is behind NAT (needed
    # when sip_host is 0.0.0.0). Callnest's own side of it stays on loopback,
    # on the two ports after these.
    sip_host: str = "127.0.0.1"
    sip_port: int = 5060
    sip_public_host: str | None = None
    sip_inner_port: int = 5070  # Kamailio, for Callnest's requests
    sip_callnest_port: int = 5080  # Callnest's SIP side, for the trunks' calls
    # SIP over TLS (trunks configured for it): the edge's port on sip_host, its
    # certificate and key (PEM; none: a self-signed pair, enough for a trunk
    # that registers) and the CAs a provider's certificate must be signed by.
    sip_tls_port: int = 5061
    sip_tls_certificate: str | None = None
    sip_tls_private_key: str | None = None
    sip_tls_ca_file: str = "/etc/ssl/certs/ca-certificates.crt"
    # The address operators and callers use (https://..., the reverse proxy's):
    # the doctor checks it answers as this server, and its certificate.
    public_url: str | None = None
    # A time server the doctor asks how far off the clock is ("" = not asked).
    ntp_server: str = "pool.ntp.org"
    # The doctor's checks run this often for the alarms (alarms.py): a disk
    # filling or a trunk down is an alarm within minutes.
    alarm_check_s: float = 300.0
    # How often the trunks' registrations are checked while trunks are
    # configured: a failed one is an alarm on the wallboards.
    trunk_check_s: float = 10.0
    # The media relay (rtpengine, started with the SIP edge): the phone calls'
    # audio on these UDP ports of sip_host (about four a call; open them to
    # the trunks), and its control port on loopback.
    rtp_port_min: int = 30000
    rtp_port_max: int = 39999
    rtp_control_port: int = 5090
    # A phone call whose trunk sends no audio this long is hung up (the trunk
    # vanished: its network, a crash); rtpengine's own default timeout.
    phone_silence_timeout_s: float = 60.0
    # A call out (an agent's, a callback, a campaign's) ringing this long is
    # given up as not answered.
    dial_timeout_s: float = 60.0
    # E-mail: a mailbox whose server offers no IMAP IDLE is asked for new
    # mail this often; one that cannot be reached is tried again after
    # mail_retry_s (doubling to ten times that), and is an alarm once it has
    # failed for mail_alarm_after_s.
    mail_poll_s: float = 60.0
    mail_retry_s: float = 5.0
    mail_alarm_after_s: float = 120.0
    # A customer writing again in a conversation waits this long for the
    # agent who last answered it (when that agent is logged in), then for
    # anyone in the queue: the agent knows the case, and e-mail can wait.
    mail_same_agent_s: float = 900.0
    # How often e-mails, tasks and callbacks are checked against their queues'
    # service targets (escalation.py): an item escalates this long after its
    # target at the latest.
    escalation_check_s: float = 15.0

    @property
    def mail_dir(self) -> Path:
        """E-mail attachments, one file each (<message>/<n>), never opened here."""
        return self.data_dir / "mail"

    @property
    def recordings_dir(self) -> Path:
        return self.data_dir / "recordings"

    @property
    def prompts_dir(self) -> Path:
        """The owner's own recordings of the prompts (<language>/<prompt>.ogg)."""
        return self.data_dir / "prompts"

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "callnest.sqlite3"

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.sqlite_path}"
