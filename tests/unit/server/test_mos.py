"""The E-model's MOS estimate against G.107's published figures."""

from __future__ import annotations

import pytest

from callnest.server.mos import (
    delay_impairment,
    estimate_mos,
    loss_impairment,
    mos_from_r,
    one_way_delay_ms,
    r_factor,
)


@pytest.mark.parametrize(
    ("r", "mos"),
    [
        # G.107 Annex B: R -> MOS, to two decimals
        (93.2, 4.41),
        (90.0, 4.34),
        (80.0, 4.02),
        (70.0, 3.60),
        (60.0, 3.10),
        (50.0, 2.58),
    ],
)
def test_r_maps_to_the_published_mos(r: float, mos: float) -> None:
    assert mos_from_r(r) == pytest.approx(mos, abs=0.005)


def test_mos_is_clipped_to_the_scale() -> None:
    assert mos_from_r(-20.0) == 1.0
    assert mos_from_r(0.0) == 1.0
    assert mos_from_r(100.0) == 4.5
    assert mos_from_r(130.0) == 4.5
    assert all(1.0 <= mos_from_r(r / 2) <= 4.5 for r in range(0, 201))


def test_delay_hurts_little_until_177_ms_then_fast() -> None:
    assert delay_impairment(0.0) == 0.0
    assert delay_impairment(100.0) == pytest.approx(2.4)
    assert delay_impairment(177.3) == pytest.approx(4.2552)
    # past the knee: 0.024 d + 0.11 (d - 177.3)
    assert delay_impairment(300.0) == pytest.approx(7.2 + 0.11 * 122.7)
    assert delay_impairment(400.0) - delay_impairment(300.0) > 3 * (
        delay_impairment(150.0) - delay_impairment(50.0)
    )


def test_loss_impairment_follows_g107_for_random_loss() -> None:
    assert loss_impairment(0.0) == 0.0
    # Ppl = Bpl: half the way to 95
    assert loss_impairment(20.0) == pytest.approx(47.5)
    assert loss_impairment(5.0) == pytest.approx(95 * 5 / 25)
    assert loss_impairment(100.0) == pytest.approx(95 * 100 / 120)
    # a codec with its own impairment keeps it at no loss
    assert loss_impairment(0.0, ie=11.0, bpl=19.0) == 11.0


def test_one_way_delay_is_half_the_round_trip_plus_buffer_and_frame() -> None:
    assert one_way_delay_ms(100.0, 10.0) == pytest.approx(50 + 20 + 20)
    assert one_way_delay_ms(None, 0.0) == pytest.approx(20.0)


def test_a_clean_lan_link_scores_near_the_top() -> None:
    assert r_factor(0.0, 0.0, 0.0) == pytest.approx(93.2 - 0.48)
    assert estimate_mos(0.0, 1.0, 2.0) >= 4.35


def test_a_bad_home_link_scores_poorly() -> None:
    good = estimate_mos(0.5, 5.0, 40.0)
    lossy = estimate_mos(5.0, 5.0, 40.0)
    laggy = estimate_mos(0.5, 60.0, 500.0)
    assert good > 4.0
    assert 3.0 < lossy < good  # 5 % loss: a noticeable drop
    assert laggy < 3.6
    assert estimate_mos(30.0, 80.0, 800.0) < 2.0
