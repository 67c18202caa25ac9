"""The do-not-call list: for everyone or one campaign, and deaf to how a number is written."""

from __future__ import annotations

import pytest

from callnest.server.outreach import DoNotCall

NUMBER = "+38640111222"
OTHER = "+34612345678"


def test_an_entry_for_everyone_blocks_every_campaign_and_callback() -> None:
    dnc = DoNotCall()
    dnc.add(NUMBER)
    assert dnc.blocks(NUMBER, None)
    assert dnc.blocks(NUMBER, 1)
    assert dnc.blocks(NUMBER, 2)
    assert not dnc.blocks(OTHER, 1)


def test_a_campaigns_entry_blocks_that_campaign_only() -> None:
    dnc = DoNotCall()
    dnc.add(NUMBER, campaign_id=1)
    assert dnc.blocks(NUMBER, 1)
    assert not dnc.blocks(NUMBER, 2)
    assert not dnc.blocks(NUMBER, None)


@pytest.mark.parametrize("written", ["+386 40 111 222", "00386 40 111-222", "+386 (0)40 111222"])
def test_the_way_a_number_is_written_lets_nothing_through(written: str) -> None:
    dnc = DoNotCall()
    dnc.add(written)
    assert dnc.blocks(NUMBER, 1)
    dnc = DoNotCall()
    dnc.add(NUMBER, 1)
    assert dnc.blocks(written, 1)
    assert len(dnc) == 1


@pytest.mark.parametrize("unreadable", ["", "12", "040 111 222", "+386 40 111"])
def test_what_cannot_be_checked_is_blocked(unreadable: str) -> None:
    assert DoNotCall().blocks(unreadable, None)
    assert DoNotCall().blocks(unreadable, 1)


def test_only_phone_numbers_can_be_listed() -> None:
    dnc = DoNotCall()
    with pytest.raises(ValueError, match="'040 111 222' has no country code"):
        dnc.add("040 111 222")
    with pytest.raises(ValueError, match="'12' is not a phone number"):
        dnc.remove("12", 1)
    assert len(dnc) == 0


def test_remove_takes_off_one_entry() -> None:
    dnc = DoNotCall()
    dnc.add(NUMBER)
    dnc.add("+386 40 111 222", 1)
    dnc.add(NUMBER, 2)
    dnc.add(OTHER, 2)
    assert len(dnc) == 4
    dnc.remove("00386 40 111 222")
    assert len(dnc) == 3
    assert dnc.blocks(NUMBER, 1)  # the campaign's own entry stays
    assert not dnc.blocks(NUMBER, None)
    dnc.remove(NUMBER, 1)
    dnc.remove(NUMBER, 1)  # not there any more: nothing happens
    dnc.remove(NUMBER, 3)
    assert not dnc.blocks(NUMBER, 1)
    assert dnc.blocks(NUMBER, 2)
    assert len(dnc) == 2
