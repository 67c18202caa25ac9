"""SipEdge without a running Kamailio: no trunks need none, a missing one is
named with the way to install it, a trunk it cannot serve yet is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from callnest.server.phone import kamailio_config
from callnest.server.phone.edge import KamailioNotInstalled, SipEdge
from callnest.server.phone.kamailio_config import EdgeConfig, TrunkSpec
from callnest.server.phone.registrations import Registration, RegistrationState

MISSING = "kamailio-is-not-installed-here"
CONFIG = EdgeConfig(trunk_host="127.0.0.1")
TRUNK = TrunkSpec(id=1, host="sip.example.com", username="u", password="pw", register=True)


async def test_no_trunks_need_no_kamailio(tmp_path: Path) -> None:
    edge = SipEdge(tmp_path / "sip-edge", CONFIG, executable=MISSING)
    await edge.apply([])
    assert not edge.running
    assert await edge.registrations() == []
    await edge.stop()


async def test_a_missing_kamailio_says_how_to_install_it(tmp_path: Path) -> None:
    edge = SipEdge(tmp_path / "sip-edge", CONFIG, executable=MISSING)
    with pytest.raises(KamailioNotInstalled, match="scripts/install-system-deps"):
        await edge.apply([TRUNK])
    assert not edge.running


async def test_a_trunk_it_cannot_serve_is_reported_not_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kamailio_config, "tls_module_installed", lambda: False)
    edge = SipEdge(tmp_path / "sip-edge", CONFIG, executable=MISSING)
    tls = TrunkSpec(
        id=4, host="sip.example.com", transport="tls", username="u", password="pw", register=True
    )
    await edge.apply([tls])
    assert not edge.running
    assert await edge.registrations() == [
        Registration(
            4,
            RegistrationState.FAILED,
            None,
            "SIP over TLS needs Kamailio's TLS module (Debian: kamailio-tls-modules)",
        )
    ]
