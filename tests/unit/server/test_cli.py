"""The server's command line: an RTP port range in words, refused in words;
secrets from a file or the environment, never the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from callnest.server.cli import (
    DATABASE_URL_VARIABLE,
    TURN_SECRET_VARIABLE,
    database_url,
    ice_servers,
    parse_args,
    port_range,
    public_url,
)


def test_a_port_range_is_two_ports_in_order() -> None:
    assert port_range("30000-39999") == (30000, 39999)


@pytest.mark.parametrize(
    "text", ["39999-30000", "80-90", "30000", "²-³", "3\u0660000-40000", "a-b"]
)
def test_anything_else_is_refused_in_words(text: str) -> None:
    with pytest.raises(SystemExit, match="is not a range like 30000-39999"):
        port_range(text)


def test_the_turn_secret_comes_from_a_file(tmp_path: Path) -> None:
    (tmp_path / "turn.secret").write_text("from-the-file\n")
    args = parse_args(
        ["--turn", "turn:t.example:3478", "--turn-secret-file", str(tmp_path / "turn.secret")]
    )
    (turn,) = ice_servers(args)
    assert (turn.urls, turn.secret) == (("turn:t.example:3478",), "from-the-file")


def test_or_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TURN_SECRET_VARIABLE, "from-the-environment")
    (turn,) = ice_servers(parse_args(["--turn", "turn:t.example:3478"]))
    assert turn.secret == "from-the-environment"


def test_turn_without_a_secret_is_refused_in_words(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(TURN_SECRET_VARIABLE, raising=False)
    with pytest.raises(SystemExit, match="needs the secret shared with the TURN server"):
        ice_servers(parse_args(["--turn", "turn:t.example:3478"]))
    with pytest.raises(SystemExit, match="cannot read --turn-secret-file"):
        ice_servers(parse_args(["--turn", "turn:t", "--turn-secret-file", str(tmp_path / "none")]))


def test_the_old_static_turn_password_option_is_gone() -> None:
    with pytest.raises(SystemExit):
        parse_args(["--turn", "turn:t.example:3478", "--turn-password", "visible-in-ps"])


def test_a_database_password_on_the_command_line_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    with pytest.raises(SystemExit, match=DATABASE_URL_VARIABLE):
        database_url("postgresql://callnest:hunter2@db/callnest")
    assert database_url("postgresql://callnest@db/callnest") == "postgresql://callnest@db/callnest"
    assert database_url(None) is None


def test_a_database_url_with_its_password_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = "postgresql://callnest:hunter2@db/callnest"
    monkeypatch.setenv(DATABASE_URL_VARIABLE, url)
    args = parse_args([])
    assert database_url(args.database_url) == url


def test_the_public_url_is_an_address_of_its_own() -> None:
    assert public_url("https://calls.example.com/") == "https://calls.example.com"
    assert public_url("https://calls.example.com:8443") == "https://calls.example.com:8443"
    assert public_url(None) is None


@pytest.mark.parametrize(
    "text", ["calls.example.com", "ftp://calls.example.com", "https://", "https://x.com/call"]
)
def test_anything_else_as_public_url_is_refused_in_words(text: str) -> None:
    with pytest.raises(SystemExit, match=r"is not an address like https://calls\.example\.com"):
        public_url(text)


def test_the_home_link_rules_are_numbers_in_their_range(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = parse_args(["--link-mos-threshold", "3.8", "--link-check-s", "6"])
    assert (args.link_mos_threshold, args.link_check_s) == (3.8, 6.0)
    assert parse_args([]).link_mos_threshold == 3.6
    for wrong, said in (
        (["--link-mos-threshold", "7"], "7 is not between 1 and 4.5"),
        (["--link-check-s", "soon"], "'soon' is not a number"),
    ):
        with pytest.raises(SystemExit):
            parse_args(wrong)
        assert said in capsys.readouterr().err
