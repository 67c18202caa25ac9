"""Kamailio's configuration for the SIP edge, generated from the trunks.

Why generated: the trunks live in Callnest's store and change at run time;
Kamailio reads a configuration file and tables. This module turns a typed
description of the trunks (:class:`TrunkSpec`) and of where the edge listens
(:class:`EdgeConfig`) into those files' text, and nothing else: no files are
written and no process is started here (see :mod:`.edge`).

What the files hold:

- ``kamailio.cfg`` -- the listening sockets (the trunks' side, and Callnest's
  side on loopback), flood limits (``pike``), which trunk a request comes from,
  INVITEs from a trunk relayed to Callnest's SIP side with record-route,
  Callnest's calls out sent to the trunk its ``X-Callnest-Trunk`` names (where
  a trunk that does not register takes them is here; a registering trunk's
  place and credentials are read from its uacreg row, and its digest
  challenge answered with them), the registration bookkeeping the server
  reads back, and the JSON-RPC control socket. It holds no secret.
- ``tls.cfg`` -- only while a trunk speaks SIP over TLS: the edge's own
  certificate and the CA list the providers' certificates are checked
  against (Kamailio's ``tls`` module, Debian's kamailio-tls-modules).
- ``db/uacreg`` -- the registrations ``uac_reg`` keeps up, one row a
  registering trunk, WITH the trunk's password (``uac_reg`` reads its accounts
  only from a database; ``db_text`` makes that database a directory of text
  files). The edge writes it mode 0600 and nothing ever logs it. Calls out
  through the trunk find it by the trunk's id (``l_username``).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from string import Template

__all__ = [
    "CFG_FILE",
    "DB_DIR",
    "TLS_FILE",
    "TRUNK_HEADER",
    "EdgeConfig",
    "FloodLimits",
    "KamailioFiles",
    "TrunkSpec",
    "contact_user",
    "render",
    "unsupported_reason",
]

CFG_FILE = "kamailio.cfg"
TLS_FILE = "tls.cfg"
DB_DIR = "db"  # db_text's database: a directory with a file per table
TRUNK_HEADER = "X-Callnest-Trunk"  # tells Callnest's SIP side which trunk a call came in on

TRANSPORTS = ("udp", "tcp", "tls")
# RFC 3261's user part: unreserved characters and the few user-unreserved ones
# (the REST layer accepts the same).
_SIP_USER = re.compile(r"[A-Za-z0-9\-_.!~*'()&=+$,;?/%]{1,128}")
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_HOSTNAME = re.compile(rf"{_LABEL}(\.{_LABEL})*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class TrunkSpec:
    """One SIP trunk as the edge needs it (the store's ``trunks`` row).

    The provider knows the trunk by its registration (``register``, with
    ``username`` and ``password``), by the addresses its calls come from
    (``ip_addresses``: addresses or networks), or both.
    """

    id: int
    host: str  # a host name or an IP address (IPv6 without brackets)
    port: int = 5060
    transport: str = "udp"  # udp | tcp | tls
    username: str | None = None
    # repr=False: a spec printed in a log line or a traceback never shows it.
    password: str | None = field(default=None, repr=False)
    auth_username: str | None = None  # the digest user when it is not username
    realm: str | None = None  # None: whatever realm the provider challenges with
    register: bool = False
    expires_s: int = 3600
    ip_addresses: tuple[str, ...] = ()
    outbound_proxy: str | None = None  # "host", "host:port" or "[v6]:port"

    def __post_init__(self) -> None:
        # The REST layer checks the same; here it guards what goes into the
        # generated files. No message ever carries the password.
        name = f"trunk {self.id}"
        if self.id < 1:
            raise ValueError(f"{name}: the id is a positive number")
        _host_text(self.host, name)
        _port(self.port, name)
        if self.transport not in TRANSPORTS:
            raise ValueError(f"{name}: transport is one of {', '.join(TRANSPORTS)}")
        for label, user in (("username", self.username), ("auth_username", self.auth_username)):
            if user is not None and not _SIP_USER.fullmatch(user):
                raise ValueError(f"{name}: {label} is not a SIP user name")
        if self.password is not None and (not self.password or _CONTROL.search(self.password)):
            raise ValueError(f"{name}: the password is one line of 1 or more characters")
        if self.realm is not None and (
            not self.realm or _CONTROL.search(self.realm) or '"' in self.realm
        ):
            raise ValueError(f"{name}: the realm is one line of text without quotes")
        if self.register and (self.username is None or self.password is None):
            raise ValueError(f"{name}: a trunk that registers needs a username and a password")
        if not 60 <= self.expires_s <= 86400:
            raise ValueError(f"{name}: the registration expiry is 60 to 86400 seconds")
        for source in self.ip_addresses:
            try:
                ipaddress.ip_network(source, strict=False)
            except ValueError:
                raise ValueError(f"{name}: {source!r} is not an IP address or network") from None
        if self.outbound_proxy is not None:
            _split_host_port(self.outbound_proxy, name)


@dataclass(frozen=True)
class FloodLimits:
    """Kamailio's ``pike``: a source address sending more than
    ``max_requests`` requests in ``window_s`` seconds is blocked (its requests
    dropped unanswered) until it calms down; it is forgotten ``forget_after_s``
    seconds after its last request. Trunks and Callnest's own side are exempt."""

    window_s: int = 2
    max_requests: int = 30
    forget_after_s: int = 60


@dataclass(frozen=True)
class EdgeConfig:
    """Where the edge listens and where it hands calls on to."""

    trunk_host: str  # the address trunks reach the edge at (UDP and TCP)
    trunk_port: int = 5060
    # The address trunks see when the edge is behind NAT (Via, Contact,
    # Record-Route); None: trunk_host. Required when trunk_host is 0.0.0.0/::.
    public_host: str | None = None
    # Callnest's side: Kamailio listens here (TCP, loopback) for Callnest's requests ...
    inner_host: str = "127.0.0.1"
    inner_port: int = 5070
    # ... and relays the trunks' INVITEs to Callnest's own SIP side here (TCP, loopback).
    callnest_host: str = "127.0.0.1"
    callnest_port: int = 5080
    flood: FloodLimits = FloodLimits()
    # uac_reg's timer: how often registrations are looked at (the first
    # REGISTER goes out on its first tick; a refresh starts this many seconds
    # + 3 before expiry). Its default, 90 s, would delay the first one.
    register_timer_s: int = 10
    # After a failed registration uac_reg tries again roughly this long after
    # (minus up to register_timer_s + 3 s: its timer's granularity).
    register_retry_s: int = 60
    # SIP over TLS, for the trunks whose transport is tls: Kamailio listens on
    # this port of trunk_host, shows this certificate and key (PEM files; the
    # edge makes a self-signed pair when none is given -- a registering
    # trunk's calls come back on the connection it registered over, which
    # needs none), and checks each provider's certificate against this CA list.
    tls_port: int = 5061
    tls_certificate: str | None = None
    tls_private_key: str | None = None
    tls_ca_file: str = "/etc/ssl/certs/ca-certificates.crt"

    def __post_init__(self) -> None:
        trunk_ip = _ip(self.trunk_host, "trunk_host")
        if trunk_ip.is_unspecified and self.public_host is None:
            raise ValueError(
                "listening on every address needs public_host: the address trunks reach the edge at"
            )
        if self.public_host is not None:
            _host_text(self.public_host, "public_host")
        for label, host in (("inner_host", self.inner_host), ("callnest_host", self.callnest_host)):
            if not _ip(host, label).is_loopback:
                raise ValueError(f"{label}: Callnest's side of the edge is on loopback only")
        for label, port in (
            ("trunk_port", self.trunk_port),
            ("inner_port", self.inner_port),
            ("callnest_port", self.callnest_port),
            ("tls_port", self.tls_port),
        ):
            _port(port, label)
        if self.register_timer_s < 1 or self.register_retry_s < 1:
            raise ValueError("the registration timer and retry intervals are 1 s or more")


@dataclass(frozen=True)
class KamailioFiles:
    """The generated files' text: ``cfg`` is ``kamailio.cfg``; ``tables`` are
    db_text's tables (file name, text) for the ``db/`` directory."""

    cfg: str
    tables: tuple[tuple[str, str], ...]
    tls: str | None = None  # tls.cfg, when a trunk speaks TLS


def unsupported_reason(trunk: TrunkSpec) -> str | None:
    """Why the edge cannot serve this trunk, or None."""
    if trunk.transport == "tls" and not tls_module_installed():
        return "SIP over TLS needs Kamailio's TLS module (Debian: kamailio-tls-modules)"
    return None


@functools.cache
def tls_module_installed() -> bool:
    """Whether Kamailio's ``tls`` module is there (its Debian package puts
    the modules under the architecture's library directory)."""
    return (
        any(Path("/usr/lib").glob("*/kamailio/modules/tls.so"))
        or Path("/usr/lib/kamailio/modules/tls.so").exists()
    )


def contact_user(trunk_id: int, key: bytes) -> str:
    """The user part of the Contact a trunk registers (uac_reg's ``l_uuid``).

    A registering provider sends its calls to that Contact, and the edge knows
    the trunk by it. Derived with a per-installation secret ``key`` rather than
    from the id alone so that nobody who can merely guess ids can address a
    call as coming in on a trunk; stable across restarts, so the provider's
    binding stays the same one."""
    digest = hmac.new(key, str(trunk_id).encode(), hashlib.sha256).hexdigest()
    return f"cn{digest[:20]}"


def render(
    edge: EdgeConfig,
    trunks: Sequence[TrunkSpec],
    *,
    run_dir: Path,
    rpc_socket: Path,
    contact_key: bytes,
) -> KamailioFiles:
    """The configuration for ``trunks``: a pure function of its arguments.

    ``run_dir`` is the directory the files go in (Kamailio's ``run_dir`` and
    the parent of ``db/``); ``rpc_socket`` the JSON-RPC datagram socket's path.
    """
    for trunk in trunks:
        reason = unsupported_reason(trunk)
        if reason is not None:
            raise ValueError(f"trunk {trunk.id}: {reason}")
    if len({t.id for t in trunks}) != len(trunks):
        raise ValueError("each trunk is given once")
    tls = any(t.transport == "tls" for t in trunks)
    return KamailioFiles(
        cfg=_cfg(edge, trunks, run_dir=run_dir, rpc_socket=rpc_socket, tls=tls),
        tables=(
            ("version", _VERSION_TABLE),
            ("uacreg", _uacreg_table(edge, trunks, contact_key)),
        ),
        tls=_tls_cfg(edge) if tls else None,
    )


def _tls_cfg(edge: EdgeConfig) -> str:
    if edge.tls_certificate is None or edge.tls_private_key is None:
        raise ValueError("a TLS trunk needs the edge's certificate and private key")
    certificate = _tls_path(edge.tls_certificate, "tls_certificate")
    private_key = _tls_path(edge.tls_private_key, "tls_private_key")
    ca_file = _tls_path(edge.tls_ca_file, "tls_ca_file")
    return f"""# Generated by Callnest with kamailio.cfg: edits here are lost.

# Trunks connecting to us: our certificate; theirs is not asked for (the
# trunk is known by its address or its registration, as over UDP and TCP).
[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
certificate = {certificate}
private_key = {private_key}

# Us connecting to a trunk (registrations, calls out): its certificate must
# be signed by a CA of the list.
[client:default]
method = TLSv1.2+
verify_certificate = yes
require_certificate = yes
ca_list = {ca_file}
"""


def _tls_path(text: str, label: str) -> str:
    if not text or _CONTROL.search(text) or "#" in text or text != text.strip():
        raise ValueError(f"{label}: not a usable file path")
    return text


# -- kamailio.cfg ----------------------------------------------------------------


class _CfgTemplate(Template):
    # Kamailio's own syntax is full of "$" (variables) and "{" (blocks).
    delimiter = "@"


_CFG = _CfgTemplate(
    """#!KAMAILIO
# Generated by Callnest (callnest.server.phone.kamailio_config) each time the
# trunks change: edits here are lost.

####### Global parameters #######

# 2 = INFO. Everything goes to stderr (kamailio -E), which the server reads
# into its own log.
debug=2
log_stderror=yes
fork=yes
children=2
tcp_children=2
run_dir="@run_dir"
# No DNS look-ups of our own addresses at start (there may be no network).
auto_aliases=no
dns=no
rev_dns=no
# Say "Callnest" to trunks (and scanners), not Kamailio's version.
server_header="Server: Callnest"
user_agent_header="User-Agent: Callnest"
# An idle TCP connection to a trunk stays an hour (a registration's usual
# length); the next REGISTER opens a new one.
tcp_connection_lifetime=3605

# The trunks' side: UDP and TCP.
listen=udp:@trunk_listen@trunk_advertise
listen=tcp:@trunk_listen@trunk_advertise
@tls_listen
# Callnest's side: loopback TCP only.
listen=tcp:@inner_listen

####### Modules #######

loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "sanity.so"
loadmodule "siputils.so"
loadmodule "textops.so"
loadmodule "xlog.so"
loadmodule "pike.so"
loadmodule "htable.so"
loadmodule "db_text.so"
# uac needs rr loaded first (its From/To restoring uses the rr API).
loadmodule "uac.so"
# Calls out only: the CSeq a challenged INVITE's retry goes out with.
loadmodule "dialog.so"
loadmodule "jsonrpcs.so"
@tls_module

# Flood limits for whoever is not a trunk.
modparam("pike", "sampling_time_unit", @pike_window)
modparam("pike", "reqs_density_per_unit", @pike_requests)
modparam("pike", "remove_latency", @pike_forget)

# Registration bookkeeping the server reads over RPC (uac.reg_dump alone does
# not say why a registration failed): regcall maps our REGISTERs' Call-IDs to
# the trunk's contact user; regstate holds, per contact user, pending::
# (first unanswered REGISTER, unix time), up:: (registered since), failed::,
# code:: and reason:: (the last refusal).
modparam("htable", "htable", "regcall=>size=6;autoexpire=900;")
modparam("htable", "htable", "regstate=>size=6;")

# db_mode 1: db_text re-reads a table whose file changed, so uac.reg_reload
# sees the rows the server rewrote (in caching mode it would not).
modparam("db_text", "db_mode", 1)

# uac_reg reads its accounts only from a database: db_text's directory.
modparam("uac", "reg_db_url", "text://@db_dir")
modparam("uac", "reg_contact_addr", "@contact_addr")
modparam("uac", "reg_timer_interval", @reg_timer)
modparam("uac", "reg_retry_interval", @reg_retry)
# Keeps a removed registration's record this long (longer than a REGISTER
# transaction can last, 32 s) and refuses another uac.reg_reload before it
# has passed: the server then restarts Kamailio instead.
modparam("uac", "reg_gc_interval", 40)
# RFC 3261 10.2.4: refreshes keep the Call-ID.
modparam("uac", "reg_keep_callid", 1)
# We never rewrite From/To.
modparam("uac", "restore_mode", "none")
# A call out challenged by its trunk: uac_reg_request_to() puts the
# registering trunk's credentials (from db/uacreg) here for uac_auth().
modparam("uac", "auth_username_avp", "$avp(out_auth_user)")
modparam("uac", "auth_password_avp", "$avp(out_auth_password)")
modparam("uac", "auth_realm_avp", "$avp(out_auth_realm)")

# RFC 3261 22.2: the retry with credentials takes the next CSeq. The dialog
# module does that for uac_auth(), and keeps the calls out's later requests
# and their answers in step (only the dialogs of calls out are tracked).
modparam("dialog", "track_cseq_updates", 1)

# JSON-RPC over a UNIX datagram socket only (no FIFO, no HTTP), for the server.
modparam("jsonrpcs", "transport", 4)
modparam("jsonrpcs", "dgram_socket", "@rpc_socket")
modparam("jsonrpcs", "dgram_mode", 0600)
modparam("jsonrpcs", "pretty_format", 0)

####### Routing #######

request_route {
    if (@from_callnest) {
        route(FROM_CALLNEST);
        exit;
    }
    route(TRUNK);
    if ($var(trunk) == "" && !pike_check_req()) {
        # A flood: drop it unanswered.
        exit;
    }
    if (!mf_process_maxfwd_header("10")) {
        sl_send_reply("483", "Too Many Hops");
        exit;
    }
    if (!sanity_check()) {
        exit;
    }
    # The trunk may sit behind NAT: answer where the request came from.
    force_rport();
    # Only the edge says which trunk a call came in on.
    remove_hf_re("^X-Callnest-");
    if (is_method("CANCEL")) {
        if (t_check_trans()) {
            route(RELAY);
        }
        exit;
    }
    if (has_totag()) {
        route(WITHIN_DIALOG);
        exit;
    }
    # Absorbs retransmissions of requests already being handled.
    t_check_trans();
    if ($var(trunk) == "") {
        sl_send_reply("403", "Forbidden");
        exit;
    }
    if (is_method("OPTIONS")) {
        # Trunks ping to see that we are there.
        sl_send_reply("200", "OK");
        exit;
    }
    if (!is_method("INVITE")) {
        sl_send_reply("405", "Method Not Allowed");
        exit;
    }
    # A call in on a trunk: on to Callnest's SIP side, which stays in the
    # dialog's path (record-route; double: the call changes socket here).
    record_route();
    append_hf("@trunk_header: $var(trunk)\\r\\n");
    $du = "sip:@callnest_addr;transport=tcp";
    $fs = "tcp:@inner_listen";
    route(RELAY);
}

# Sets $var(trunk) to the id of the trunk the request comes from, or "".
route[TRUNK] {
    $var(trunk) = "";
@trunk_sources
    # A registering trunk's provider sends its calls to the Contact it
    # registered: the user part is the trunk's contact user (uac_reg's l_uuid).
    if ($rU != $null && uac_reg_lookup("$rU", "$var(local)")) {
        $var(trunk) = $(var(local){uri.user});
    }
}

# Callnest's own requests: within a dialog, CANCELs, and calls out.
route[FROM_CALLNEST] {
    if (!mf_process_maxfwd_header("10")) {
        sl_send_reply("483", "Too Many Hops");
        exit;
    }
    if (is_method("CANCEL")) {
        if (t_check_trans()) {
            route(RELAY);
        }
        exit;
    }
    if (has_totag()) {
        route(WITHIN_DIALOG);
        exit;
    }
    t_check_trans();
    if (!is_method("INVITE")) {
        sl_send_reply("405", "Method Not Allowed");
        exit;
    }
    route(CALL_OUT);
}

# A call out: Callnest names the trunk (@trunk_header); the INVITE goes to
# it from the trunks' side, the edge staying in the dialog's path (record-
# route; double: the call changes socket here). The Request-URI and From
# are Callnest's, as it sent them.
route[CALL_OUT] {
    $avp(out_trunk) = $hdr(@trunk_header);
    remove_hf_re("^X-Callnest-");
    route(TRUNK_OUT);
    if ($du == $null || $du == "") {
        sl_send_reply("404", "Unknown Trunk");
        exit;
    }
@out_socket
    $avp(out_dst) = $du;
    record_route();
    # Tracks the dialog for the CSeq of a retry with credentials.
    dlg_manage();
    t_on_failure("CALL_OUT_FAILED");
    route(RELAY);
}

# Sets $du to where the trunk named by $avp(out_trunk) takes its calls
# (left unset for a trunk it does not know).
route[TRUNK_OUT] {
    $du = $null;
    if ($avp(out_trunk) == $null || $avp(out_trunk) == "") {
        return 1;
    }
    # A registering trunk: where its REGISTERs go (uac_reg's auth_proxy: its
    # host or its outbound proxy). uac_reg_request_to() rewrites the
    # Request-URI and fetches the credentials: the first is put back, the
    # second dropped (the failure route fetches them again if challenged).
    $var(ruri) = $ru;
    if (uac_reg_request_to("$avp(out_trunk)", "1")) {
        $ru = $var(ruri);
        $avp(out_auth_user) = $null;
        $avp(out_auth_password) = $null;
        $avp(out_auth_realm) = $null;
        return 1;
    }
@trunk_destinations
}

# A call out refused: a registering trunk's challenge (401/407) is answered
# once with its credentials; any other answer, and a second challenge, goes
# back to Callnest as it came.
failure_route[CALL_OUT_FAILED] {
    if (t_is_canceled()) {
        exit;
    }
    if (!t_check_status("401|407")) {
        exit;
    }
    $var(ruri) = $ru;
    if (!uac_reg_request_to("$avp(out_trunk)", "1")) {
        # An IP-authenticated trunk is not challenged: nothing to answer with.
        exit;
    }
    $ru = $var(ruri);
    $du = $avp(out_dst);
@out_socket_failure
    if (!uac_auth()) {
        xlog("L_WARN", "call out $ci: trunk $avp(out_trunk)'s challenge could not be answered\\n");
        $avp(out_auth_password) = $null;
        exit;
    }
    $avp(out_auth_password) = $null;
    # Not armed again: a second challenge is the trunk's refusal.
    if (!t_relay()) {
        t_reply("500", "Server Error");
    }
}

route[WITHIN_DIALOG] {
    if (loose_route()) {
        route(RELAY);
        exit;
    }
    if (is_method("ACK")) {
        # The ACK of a refused INVITE.
        if (t_check_trans()) {
            route(RELAY);
        }
        exit;
    }
    sl_send_reply("404", "Not Here");
}

route[RELAY] {
    if (!t_relay()) {
        sl_reply_error();
    }
    exit;
}

# Every REGISTER uac_reg sends passes here: note which trunk its Call-ID is
# for, and since when an answer is awaited.
event_route[tm:local-request] {
    if (is_method("REGISTER")) {
        $var(user) = $(ct{tobody.user});
        $sht(regcall=>$ci) = $var(user);
        if ($sht(regstate=>pending::$var(user)) == $null) {
            $sht(regstate=>pending::$var(user)) = $Ts;
        }
        if (is_present_hf("Authorization")) {
            $sht(regcall=>auth::$ci) = $cs;
        }
    }
}

# Every reply, before tm handles it: keep what a registrar answered.
reply_route {
    if ($rm == "REGISTER" && $rs >= 200) {
        route(REGISTER_ANSWERED);
    }
}

route[REGISTER_ANSWERED] {
    $var(user) = $sht(regcall=>$ci);
    if ($var(user) == $null) {
        return 1;
    }
    if ($sht(regstate=>pending::$var(user)) != $null) {
        if ($Ts - $sht(regstate=>pending::$var(user)) > 32) {
            # An answer at last, after a REGISTER went unanswered (a
            # transaction gives up after 32 s): the registration lapsed.
            $sht(regstate=>up::$var(user)) = $null;
        }
        $sht(regstate=>pending::$var(user)) = $null;
    }
    if ($rs < 300) {
        if ($sht(regstate=>up::$var(user)) == $null) {
            $sht(regstate=>up::$var(user)) = $Ts;
        }
        return 1;
    }
    if (($rs == 401 || $rs == 407) && $sht(regcall=>auth::$ci) != $cs) {
        # The challenge: uac_reg answers it with the credentials.
        return 1;
    }
    $sht(regstate=>up::$var(user)) = $null;
    $sht(regstate=>failed::$var(user)) = $Ts;
    $sht(regstate=>code::$var(user)) = $rs;
    $sht(regstate=>reason::$var(user)) = $rr;
}
"""
)


def _cfg(
    edge: EdgeConfig, trunks: Sequence[TrunkSpec], *, run_dir: Path, rpc_socket: Path, tls: bool
) -> str:
    trunk_ip = _uri_host(str(_ip(edge.trunk_host, "trunk_host")))
    public = _uri_host(edge.public_host) if edge.public_host is not None else None
    inner_ip = str(_ip(edge.inner_host, "inner_host"))
    sources = []
    for trunk in trunks:
        if trunk.ip_addresses:
            tests = " || ".join(f"src_ip == {_network_text(s)}" for s in trunk.ip_addresses)
            sources.append(
                f"    if ({tests}) {{\n"
                f'        $var(trunk) = "{trunk.id}";\n'
                "        return 1;\n"
                "    }"
            )
    destinations = [
        f'    if ($avp(out_trunk) == "{trunk.id}") {{\n'
        f'        $du = "{_trunk_proxy(trunk)}";\n'
        "    }"
        for trunk in trunks
        if not trunk.register  # a registering trunk's is in its uacreg row
    ]
    # Calls out leave from the trunks' socket of the trunk's transport (as
    # uac_reg's REGISTERs do), unless it listens everywhere: then the kernel picks.
    out_socket = out_socket_failure = ""
    if not _ip(edge.trunk_host, "trunk_host").is_unspecified:
        out_socket = (
            "    $avp(out_socket) = $(du{uri.param,transport}) + "
            f'":{trunk_ip}:{edge.trunk_port}";\n'
        )
        if tls:  # TLS has a port of its own
            out_socket += (
                '    if ($(du{uri.param,transport}) == "tls") {\n'
                f'        $avp(out_socket) = "tls:{trunk_ip}:{edge.tls_port}";\n'
                "    }\n"
            )
        out_socket += "    $fs = $avp(out_socket);"
        out_socket_failure = "    $fs = $avp(out_socket);"
    tls_listen = tls_module = ""
    if tls:
        advertise = f" advertise {public}:{edge.tls_port}" if public else ""
        tls_listen = (
            "# The trunks' side over TLS (a trunk configured for it).\n"
            "enable_tls=yes\n"
            f"listen=tls:{trunk_ip}:{edge.tls_port}{advertise}"
        )
        tls_module = (
            'loadmodule "tls.so"\n'
            f'modparam("tls", "config", "{_cfg_string(str(run_dir / TLS_FILE), "run_dir")}")'
        )
    return _CFG.substitute(
        run_dir=_cfg_string(str(run_dir), "run_dir"),
        db_dir=_cfg_string(str(run_dir / DB_DIR), "run_dir"),
        rpc_socket=_cfg_string(str(rpc_socket), "rpc_socket"),
        trunk_listen=f"{trunk_ip}:{edge.trunk_port}",
        tls_listen=tls_listen,
        tls_module=tls_module,
        trunk_advertise=f" advertise {public}:{edge.trunk_port}" if public else "",
        contact_addr=f"{public or trunk_ip}:{edge.trunk_port}",
        inner_listen=f"{_uri_host(inner_ip)}:{edge.inner_port}",
        from_callnest=(f"proto == TCP && dst_ip == {inner_ip} && dst_port == {edge.inner_port}"),
        callnest_addr=f"{_uri_host(str(_ip(edge.callnest_host, 'callnest_host')))}:"
        f"{edge.callnest_port}",
        trunk_header=TRUNK_HEADER,
        trunk_sources="\n".join(sources),
        trunk_destinations="\n".join(destinations),
        out_socket=out_socket,
        out_socket_failure=out_socket_failure,
        pike_window=edge.flood.window_s,
        pike_requests=edge.flood.max_requests,
        pike_forget=edge.flood.forget_after_s,
        reg_timer=edge.register_timer_s,
        reg_retry=edge.register_retry_s,
    )


# -- db_text tables ------------------------------------------------------------

# Kamailio checks each table's version against the one it was built for.
_VERSION_TABLE = "table_name(str) table_version(int)\nuacreg:5\n"

# Kamailio 5.6's uacreg table (version 5). Optional columns are declared
# nullable: db_text refuses a row with an empty (NULL) non-null column.
_UACREG_COLUMNS = (
    "id(int,auto) l_uuid(str) l_username(str) l_domain(str) r_username(str) r_domain(str) "
    "realm(str,null) auth_username(str) auth_password(str) auth_ha1(str,null) "
    "auth_proxy(str,null) expires(int) flags(int) reg_delay(int) contact_addr(str,null) "
    "socket(str,null)"
)
_LOCAL_DOMAIN = "callnest.invalid"  # uac_reg_lookup answers sip:<trunk id>@this


def _uacreg_table(edge: EdgeConfig, trunks: Sequence[TrunkSpec], key: bytes) -> str:
    rows = [_UACREG_COLUMNS]
    trunk_ip = _ip(edge.trunk_host, "trunk_host")
    advertised = _uri_host(edge.public_host) if edge.public_host else _uri_host(str(trunk_ip))
    for n, trunk in enumerate((t for t in trunks if t.register), start=1):
        assert trunk.username is not None and trunk.password is not None  # checked by TrunkSpec
        proxy = _trunk_proxy(trunk)
        # A TCP or TLS trunk must call us back that way: say so in the Contact.
        port = edge.tls_port if trunk.transport == "tls" else edge.trunk_port
        contact = (
            f"{advertised}:{port};transport={trunk.transport}" if trunk.transport != "udp" else None
        )
        # Send from the trunks' socket (over TCP, Callnest's loopback one would
        # do as well), unless it listens everywhere: then the kernel picks.
        socket = (
            None
            if trunk_ip.is_unspecified
            else f"{trunk.transport}:{_uri_host(str(trunk_ip))}:{port}"
        )
        fields: list[str | int | None] = [
            n,
            contact_user(trunk.id, key),
            str(trunk.id),
            _LOCAL_DOMAIN,
            trunk.username,
            _uri_host(trunk.host),
            trunk.realm,
            trunk.auth_username or trunk.username,
            trunk.password,
            None,  # auth_ha1
            proxy,
            trunk.expires_s,
            0,  # flags: enabled
            0,  # reg_delay
            contact,
            socket,
        ]
        rows.append(":".join(_dbtext_field(v) for v in fields))
    return "\n".join(rows) + "\n"


def _trunk_proxy(trunk: TrunkSpec) -> str:
    """Where requests to the trunk go: its outbound proxy, else its host."""
    host, port = (
        _split_host_port(trunk.outbound_proxy, f"trunk {trunk.id}")
        if trunk.outbound_proxy is not None
        else (trunk.host, trunk.port)
    )
    proxy = f"sip:{_uri_host(host)}"
    if port is not None:
        proxy += f":{port}"
    return f"{proxy};transport={trunk.transport}"


def _dbtext_field(value: str | int | None) -> str:
    """A db_text field: ``:`` separates fields and a line is a row, so those
    (and the backslash itself) are escaped the way db_text reads them back;
    an empty field is NULL."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if "\x00" in value:
        raise ValueError("a NUL character cannot be stored")
    return (
        value.replace("\\", "\\\\")
        .replace(":", "\\:")
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


# -- addresses -------------------------------------------------------------------


def _ip(text: str, label: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        raise ValueError(f"{label}: {text!r} is not an IP address") from None


def _host_text(text: str, label: str) -> None:
    try:
        ipaddress.ip_address(text)
        return
    except ValueError:
        pass
    if len(text) > 253 or not _HOSTNAME.fullmatch(text):
        raise ValueError(f"{label}: {text!r} is not a host name or an IP address")


def _port(port: int, label: str) -> None:
    if not 1 <= port <= 65535:
        raise ValueError(f"{label}: a port is 1 to 65535")


def _split_host_port(text: str, label: str) -> tuple[str, int | None]:
    """``host``, ``host:port``, ``[v6]:port`` or a bare IPv6 address."""
    host, port = text, None
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest:
            if not rest.startswith(":") or not rest[1:].isdigit():
                raise ValueError(f"{label}: {text!r} is not host:port")
            port = int(rest[1:])
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        if not port_text.isdigit():
            raise ValueError(f"{label}: {text!r} is not host:port")
        port = int(port_text)
    _host_text(host, label)
    if port is not None:
        _port(port, label)
    return host, port


def _uri_host(host: str) -> str:
    """The host as a SIP URI writes it: IPv6 in brackets."""
    return f"[{host}]" if ":" in host else host


def _network_text(source: str) -> str:
    """An address or network as Kamailio's ``src_ip ==`` takes it."""
    network = ipaddress.ip_network(source, strict=False)
    if network.prefixlen == network.max_prefixlen:
        return str(network.network_address)
    return str(network)


def _cfg_string(text: str, label: str) -> str:
    """Text for inside a double-quoted string of kamailio.cfg."""
    if '"' in text or "\\" in text or _CONTROL.search(text):
        raise ValueError(
            f"{label}: {text!r} may not hold quotes, backslashes or control characters"
        )
    return text
