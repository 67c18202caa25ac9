"""The TURN credentials the server mints (coturn's shared-secret scheme)."""

from __future__ import annotations

import base64
import hashlib
import hmac

from callnest.server.ice_credentials import HandedOut, hand_out, turn_credentials
from callnest.server.settings import IceServer

STUN = IceServer(("stun:stun.example.net:3478",))
TURN = IceServer(("turn:turn.example.net:3478", "turns:turn.example.net:5349"), secret="s3cret")


def test_the_user_name_says_until_when_and_for_whom_and_the_password_signs_it() -> None:
    username, password = turn_credentials("s3cret", "agent-7", 1_800_000_000.9)
    assert username == "1800000000:agent-7"
    # What coturn computes from its static-auth-secret to check it.
    expected = hmac.new(b"s3cret", b"1800000000:agent-7", hashlib.sha1).digest()
    assert base64.b64decode(password) == expected


def test_a_colon_in_the_name_cannot_move_the_expiry() -> None:
    username, _ = turn_credentials("s", "x:9999999999", 100.0)
    assert username.split(":") == ["100", "x-9999999999"]


def test_stun_servers_are_handed_out_bare_and_turn_servers_with_credentials() -> None:
    stun, turn = hand_out((STUN, TURN), "caller", 3600.0, now=1_000.0)
    assert stun == HandedOut(STUN.urls)
    assert turn.urls == TURN.urls
    assert turn.username == "4600:caller"
    assert turn.credential == turn_credentials("s3cret", "caller", 4600.0)[1]


def test_the_secret_does_not_show_in_the_settings_repr() -> None:
    assert "s3cret" not in repr(TURN)
