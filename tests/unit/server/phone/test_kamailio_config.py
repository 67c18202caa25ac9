"""The generated Kamailio configuration: Kamailio itself accepts it
(``kamailio -c``), db_text reads the accounts back as they were given, and
the password goes into the accounts table and nowhere else."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from callnest.server.phone import kamailio_config
from callnest.server.phone.edge_certificate import self_signed_certificate
from callnest.server.phone.kamailio_config import (
    EdgeConfig,
    KamailioFiles,
    TrunkSpec,
    contact_user,
    render,
    unsupported_reason,
)

KEY = b"k" * 16
EDGE = EdgeConfig(trunk_host="127.0.0.1", trunk_port=5060, inner_port=5070, callnest_port=5080)
# db_text's field separator, its escape character, SIP's quote, a space.
PASSWORD = 'p:a\\ss"w0 rd'

REGISTERING = TrunkSpec(
    id=1, host="sip.example.com", username="4420", password=PASSWORD, register=True
)
IP_AUTHENTICATED = TrunkSpec(
    id=2,
    host="198.51.100.7",
    transport="tcp",
    ip_addresses=("198.51.100.7", "203.0.113.0/24", "2001:db8::/48"),
)
BOTH = TrunkSpec(
    id=3,
    host="2001:db8::5",
    transport="tcp",
    username="u",
    auth_username="auth-u",
    password="x",
    realm="example.net",
    register=True,
    expires_s=600,
    ip_addresses=("2001:db8::5",),
    outbound_proxy="[2001:db8::9]:5070",
)


def files(
    trunks: list[TrunkSpec], edge: EdgeConfig = EDGE, run_dir: Path = Path("/run/x")
) -> KamailioFiles:
    return render(edge, trunks, run_dir=run_dir, rpc_socket=run_dir / "rpc.sock", contact_key=KEY)


def kamailio_check(cfg: str, tmp_path: Path) -> None:
    executable = shutil.which("kamailio")
    assert executable, "Kamailio is missing: run scripts/install-system-deps"
    path = tmp_path / "kamailio.cfg"
    path.write_text(cfg)
    done = subprocess.run(
        [executable, "-c", "-f", str(path)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0, done.stdout + done.stderr


def dbtext_rows(table: str) -> list[list[str | None]]:
    """A db_text table's rows as db_text reads them (dbt_load_file): fields
    split at unescaped ":", escapes undone, an empty field NULL."""
    rows = []
    for line in table.splitlines()[1:]:
        fields: list[str | None] = []
        current, escaped = "", False
        for char in line:
            if escaped:
                current += {"n": "\n", "r": "\r", "t": "\t", "0": "\0"}.get(char, char)
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == ":":
                fields.append(current or None)
                current = ""
            else:
                current += char
        fields.append(current or None)
        rows.append(fields)
    return rows


def accounts(trunks: list[TrunkSpec]) -> list[dict[str, str | None]]:
    (uacreg,) = (text for name, text in files(trunks).tables if name == "uacreg")
    columns = [c.partition("(")[0] for c in uacreg.splitlines()[0].split()]
    return [dict(zip(columns, row, strict=True)) for row in dbtext_rows(uacreg)]


@pytest.mark.parametrize(
    "trunks",
    [
        [REGISTERING],
        [IP_AUTHENTICATED],
        [REGISTERING, IP_AUTHENTICATED, BOTH],
        [],
    ],
    ids=["registering", "ip-authenticated", "all-kinds", "none"],
)
def test_kamailio_accepts_the_configuration(trunks: list[TrunkSpec], tmp_path: Path) -> None:
    kamailio_check(files(trunks, run_dir=tmp_path).cfg, tmp_path)


def test_kamailio_accepts_an_edge_behind_nat_listening_everywhere(tmp_path: Path) -> None:
    edge = EdgeConfig(trunk_host="0.0.0.0", public_host="192.0.2.44", trunk_port=5062)
    generated = files([REGISTERING], edge, run_dir=tmp_path)
    assert "listen=udp:0.0.0.0:5062 advertise 192.0.2.44:5062" in generated.cfg
    assert 'modparam("uac", "reg_contact_addr", "192.0.2.44:5062")' in generated.cfg
    kamailio_check(generated.cfg, tmp_path)


def test_the_accounts_read_back_as_given() -> None:
    registering, both = accounts([REGISTERING, IP_AUTHENTICATED, BOTH])
    assert registering["auth_password"] == PASSWORD
    assert registering["l_uuid"] == contact_user(1, KEY)
    assert registering["l_username"] == "1"  # the trunk's id, for uac_reg_lookup
    assert (registering["r_username"], registering["auth_username"]) == ("4420", "4420")
    assert registering["r_domain"] == "sip.example.com"
    assert registering["realm"] is None  # whatever realm the challenge names
    assert registering["auth_proxy"] == "sip:sip.example.com:5060;transport=udp"
    assert registering["expires"] == "3600"
    assert registering["contact_addr"] is None  # reg_contact_addr
    assert registering["socket"] == "udp:127.0.0.1:5060"

    assert both["r_domain"] == "[2001:db8::5]"
    assert (both["auth_username"], both["realm"]) == ("auth-u", "example.net")
    assert both["auth_proxy"] == "sip:[2001:db8::9]:5070;transport=tcp"
    assert both["contact_addr"] == "127.0.0.1:5060;transport=tcp"  # calls back over TCP
    assert both["socket"] == "tcp:127.0.0.1:5060"


def test_the_password_is_in_the_accounts_table_alone() -> None:
    generated = files([REGISTERING, IP_AUTHENTICATED, BOTH])
    assert PASSWORD not in generated.cfg
    assert "ss" + '"w0' not in generated.cfg
    holding = [name for name, text in generated.tables if "w0 rd" in text]
    assert holding == ["uacreg"]


def test_a_trunk_spec_never_shows_its_password() -> None:
    assert PASSWORD not in repr(REGISTERING)
    with pytest.raises(ValueError, match="realm") as refused:
        TrunkSpec(id=4, host="h.example", password=PASSWORD, realm='say "hi"')
    assert PASSWORD not in str(refused.value)


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"host": "sip:provider.example"}, "host"),
        ({"host": "-bad-.example"}, "host"),
        ({"port": 0}, "port"),
        ({"transport": "sctp"}, "transport"),
        ({"username": "a@b"}, "username"),
        ({"auth_username": "a b"}, "auth_username"),
        ({"password": "two\nlines"}, "password"),
        ({"password": ""}, "password"),
        ({"register": True, "username": "u"}, "registers needs"),
        ({"expires_s": 10}, "expiry"),
        ({"ip_addresses": ("300.1.1.1",)}, "300.1.1.1"),
        ({"outbound_proxy": "proxy.example:port"}, "host:port"),
        ({"outbound_proxy": "[2001:db8::1]5060"}, "host:port"),
        ({"id": 0}, "id"),
    ],
)
def test_a_trunk_the_files_cannot_hold_is_refused(fields: dict[str, object], problem: str) -> None:
    given: dict[str, object] = {"id": 9, "host": "sip.example.com"} | fields
    with pytest.raises(ValueError, match=re.escape(problem)):
        TrunkSpec(**given)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"trunk_host": "0.0.0.0"}, "public_host"),
        ({"trunk_host": "sip.example.com"}, "not an IP address"),
        ({"inner_host": "192.0.2.1"}, "loopback"),
        ({"callnest_host": "192.0.2.1"}, "loopback"),
        ({"inner_port": 70000}, "port"),
        ({"register_timer_s": 0}, "timer"),
    ],
)
def test_an_edge_config_the_files_cannot_hold_is_refused(
    fields: dict[str, object], problem: str
) -> None:
    given: dict[str, object] = {"trunk_host": "127.0.0.1"} | fields
    with pytest.raises(ValueError, match=re.escape(problem)):
        EdgeConfig(**given)  # type: ignore[arg-type]


def test_a_run_dir_kamailio_cannot_quote_is_refused() -> None:
    with pytest.raises(ValueError, match="quotes"):
        files([REGISTERING], run_dir=Path('/srv/a"b'))


TLS_TRUNK = TrunkSpec(
    id=8, host="sip.example.com", transport="tls", username="u", password="pw", register=True
)


def test_a_tls_trunk_gets_the_tls_socket_and_its_certificates(tmp_path: Path) -> None:
    certificate, private_key = self_signed_certificate("127.0.0.1")
    (tmp_path / "cert.pem").write_text(certificate)
    (tmp_path / "key.pem").write_text(private_key)
    edge = dataclasses.replace(
        EDGE,
        tls_port=5071,
        tls_certificate=str(tmp_path / "cert.pem"),
        tls_private_key=str(tmp_path / "key.pem"),
    )
    generated = files([TLS_TRUNK, IP_AUTHENTICATED], edge, run_dir=tmp_path)
    assert "listen=tls:127.0.0.1:5071" in generated.cfg
    assert f'modparam("tls", "config", "{tmp_path}/tls.cfg")' in generated.cfg
    assert generated.tls is not None
    assert f"certificate = {tmp_path}/cert.pem" in generated.tls
    assert "ca_list = /etc/ssl/certs/ca-certificates.crt" in generated.tls
    assert "verify_certificate = yes" in generated.tls.split("[client:default]")[1]
    # It registers over TLS, from the TLS socket, and asks to be called back so.
    (uacreg,) = (text for name, text in generated.tables if name == "uacreg")
    (row,) = dbtext_rows(uacreg)
    assert row[-2:] == ["127.0.0.1:5071;transport=tls", "tls:127.0.0.1:5071"]
    (tmp_path / "tls.cfg").write_text(generated.tls)
    kamailio_check(generated.cfg, tmp_path)
    # Without a TLS trunk nothing of it is there.
    plain = files([IP_AUTHENTICATED], edge)
    assert "tls" not in plain.cfg and plain.tls is None


def test_a_tls_trunk_needs_the_edges_certificate_and_kamailios_tls_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ValueError, match="certificate"):
        files([TLS_TRUNK])
    assert unsupported_reason(TLS_TRUNK) is None
    monkeypatch.setattr(kamailio_config, "tls_module_installed", lambda: False)
    assert unsupported_reason(TLS_TRUNK) == (
        "SIP over TLS needs Kamailio's TLS module (Debian: kamailio-tls-modules)"
    )
    assert unsupported_reason(REGISTERING) is None


def test_calls_from_a_trunks_addresses_are_known_as_that_trunks() -> None:
    cfg = files([IP_AUTHENTICATED]).cfg
    assert (
        "if (src_ip == 198.51.100.7 || src_ip == 203.0.113.0/24 || src_ip == 2001:db8::/48) {\n"
        '        $var(trunk) = "2";'
    ) in cfg
    assert '$du = "sip:127.0.0.1:5080;transport=tcp";' in cfg  # on to Callnest's side


def test_the_files_are_a_function_of_the_trunks() -> None:
    assert files([REGISTERING, BOTH]) == files([REGISTERING, BOTH])
    other = dataclasses.replace(REGISTERING, id=4, host="other.example", password="other")
    assert files([REGISTERING]).cfg == files([other]).cfg  # accounts live in the table
    assert files([REGISTERING]).cfg != files([IP_AUTHENTICATED]).cfg


def test_contact_users_are_stable_secret_and_per_trunk() -> None:
    user = contact_user(1, KEY)
    assert re.fullmatch(r"cn[0-9a-f]{20}", user)
    assert contact_user(1, KEY) == user
    assert contact_user(2, KEY) != user
    assert contact_user(1, b"another key 16 b") != user


def route(cfg: str, name: str) -> str:
    """A route block of kamailio.cfg, by its header (``route[NAME]``, ...)."""
    start = cfg.index(f"{name} {{\n")
    return cfg[start : cfg.index("\n}\n", start) + 2]


def test_calls_out_go_where_callnest_names_the_trunk() -> None:
    proxied = TrunkSpec(
        id=4, host="gw.example", ip_addresses=("192.0.2.4",), outbound_proxy="proxy.example:5070"
    )
    cfg = files([REGISTERING, IP_AUTHENTICATED, BOTH, proxied]).cfg
    call_out = route(cfg, "route[CALL_OUT]")
    # The trunk Callnest names, and nothing of Callnest's own, goes on.
    assert call_out.index("$hdr(X-Callnest-Trunk)") < call_out.index('remove_hf_re("^X-Callnest-")')
    assert 'sl_send_reply("404", "Unknown Trunk")' in call_out
    # From the trunks' socket, of the trunk's transport; in the dialog's path.
    assert '$avp(out_socket) = $(du{uri.param,transport}) + ":127.0.0.1:5060";' in call_out
    assert "record_route();" in call_out and "dlg_manage();" in call_out
    assert 't_on_failure("CALL_OUT_FAILED");' in call_out
    # A trunk that does not register: its host (or outbound proxy) is in the
    # configuration; a registering one's comes from its uacreg row.
    trunk_out = route(cfg, "route[TRUNK_OUT]")
    assert (
        'if ($avp(out_trunk) == "2") {\n        $du = "sip:198.51.100.7:5060;transport=tcp";'
    ) in trunk_out
    assert '$du = "sip:proxy.example:5070;transport=udp";' in trunk_out
    assert '== "1"' not in trunk_out and '== "3"' not in trunk_out
    assert 'uac_reg_request_to("$avp(out_trunk)", "1")' in trunk_out
    # uac_reg_request_to() rewrites the Request-URI: Callnest's is put back.
    assert trunk_out.index("$var(ruri) = $ru;") < trunk_out.index("$ru = $var(ruri);")
    # Callnest's INVITEs are no longer refused outright.
    assert '"501"' not in route(cfg, "route[FROM_CALLNEST]")


def test_a_challenge_to_a_call_out_is_answered_from_the_accounts_table() -> None:
    cfg = files([REGISTERING, IP_AUTHENTICATED]).cfg
    failure = route(cfg, "failure_route[CALL_OUT_FAILED]")
    assert 't_check_status("401|407")' in failure
    # The registering trunk's credentials, by its id (uacreg's l_username) ...
    assert 'uac_reg_request_to("$avp(out_trunk)", "1")' in failure
    assert failure.index("uac_reg_request_to") < failure.index("uac_auth()")
    assert failure.index("uac_auth()") < failure.index("t_relay()")
    # ... into the AVPs uac_auth() reads them from, and out again after.
    for avp in ("auth_username_avp", "auth_password_avp", "auth_realm_avp"):
        assert f'modparam("uac", "{avp}", "$avp(out_auth_' in cfg
    assert "$avp(out_auth_password) = $null;" in failure
    # Answered once: the failure route is not armed again.
    assert "t_on_failure" not in failure
    # RFC 3261 22.2: the retry takes the next CSeq (the dialog module).
    assert 'modparam("dialog", "track_cseq_updates", 1)' in cfg
    # The password is in the accounts table alone.
    assert PASSWORD not in cfg and "w0 rd" not in cfg
    assert accounts([REGISTERING])[0]["l_username"] == "1"


def test_calls_out_leave_from_whatever_socket_when_the_edge_listens_everywhere(
    tmp_path: Path,
) -> None:
    edge = EdgeConfig(trunk_host="0.0.0.0", public_host="192.0.2.44", trunk_port=5062)
    cfg = files([REGISTERING, IP_AUTHENTICATED], edge, run_dir=tmp_path).cfg
    assert "$fs" not in route(cfg, "route[CALL_OUT]")
    assert "$fs" not in route(cfg, "failure_route[CALL_OUT_FAILED]")
    kamailio_check(cfg, tmp_path)
