"""The numbers nobody may dial: for every campaign, or for one.

Entries and the numbers checked against them are both brought to E.164 first, so a number
written with spaces or 00 is still the listed number; a number that cannot be brought to
E.164 cannot be checked, and so is never dialled."""

from __future__ import annotations

from callnest.server.outreach.numbers import e164


class DoNotCall:
    __slots__ = ("_campaigns", "_everywhere")

    def __init__(self) -> None:
        self._everywhere: set[str] = set()
        self._campaigns: dict[int, set[str]] = {}

    def add(self, number: str, campaign_id: int | None = None) -> None:
        """Lists ``number`` for ``campaign_id``, or for every campaign and callback when
        None; ValueError if it is not a phone number."""
        entry = e164(number)
        if campaign_id is None:
            self._everywhere.add(entry)
        else:
            self._campaigns.setdefault(campaign_id, set()).add(entry)

    def remove(self, number: str, campaign_id: int | None = None) -> None:
        """Takes ``number`` off the list it was added to with ``campaign_id`` (an entry for
        every campaign stays when a campaign's own goes); nothing if it was not there."""
        entry = e164(number)
        if campaign_id is None:
            self._everywhere.discard(entry)
            return
        entries = self._campaigns.get(campaign_id)
        if entries is not None:
            entries.discard(entry)
            if not entries:
                del self._campaigns[campaign_id]

    def blocks(self, number: str, campaign_id: int | None) -> bool:
        """Whether ``number`` may not be dialled for ``campaign_id`` (None: a callback)."""
        try:
            entry = e164(number)
        except ValueError:
            return True
        if entry in self._everywhere:
            return True
        return campaign_id is not None and entry in self._campaigns.get(campaign_id, ())

    def __len__(self) -> int:
        return len(self._everywhere) + sum(len(e) for e in self._campaigns.values())
