"""The agent's calls out (click-to-dial) in words: the call being placed, who
it goes to, and why the last one did not connect. Pure values; the
:class:`~callnest.desktop.models.agent.AgentModel` holds them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from callnest import protocol as p
from callnest.desktop.i18n import translate

ResultKind = Literal["busy", "no_answer", "cancelled", "failed", "refused", "invalid"]

NOT_CONNECTED: dict[p.EndReason, ResultKind] = {
    p.EndReason.BUSY: "busy",
    p.EndReason.NO_ANSWER: "no_answer",
    p.EndReason.FAILED: "failed",
}
"""How a call out ends when it never connected (no wrap-up follows)."""


@dataclass(frozen=True, slots=True)
class Dial:
    """A call out the agent asked for, from the click until the server's
    contact (or refusal) arrives."""

    number: str  # as the agent or the card wrote it: what the screen shows
    e164: str  # what is sent, and what the server's contact carries back
    queue_id: int
    customer: p.CustomerCard | None
    started_at: float  # local clock

    @property
    def who(self) -> str:
        return who(self.number, self.customer.name if self.customer else None)


@dataclass(frozen=True, slots=True)
class CallOutResult:
    """Why the last call out did not connect: shown until the next call or
    until the agent dismisses it."""

    kind: ResultKind
    who: str  # "+386 40 111 222 (Grace Hopper)"
    detail: str = ""  # the server's (or the number check's) words, for refused/invalid

    @property
    def text(self) -> str:
        who = self.who
        if self.kind == "busy":
            return translate(
                "models.callout",
                "Busy: {who} is on another call. Try again later.",
                "{who}: the number called, with the customer's name if known",
            ).format(who=who)
        if self.kind == "no_answer":
            return translate("models.callout", "No answer: {who} did not pick up.").format(who=who)
        if self.kind == "cancelled":
            return translate(
                "models.callout", "Call cancelled: you hung up before {who} answered."
            ).format(who=who)
        if self.kind == "failed":
            return translate(
                "models.callout",
                "The call could not be placed: the phone line did not put it through "
                "to {who}. Check the number, or try again later.",
            ).format(who=who)
        if self.kind == "invalid":
            if not who:
                return translate("models.callout", "Type the number to call first.")
            return translate(
                "models.callout",
                "“{number}” cannot be called: {reason}",
                "{number}: as the agent typed it; {reason}: what is wrong with it, "
                "a sentence's end",
            ).format(number=who, reason=sentence(self.detail))
        return translate(
            "models.callout",
            "The call to {who} could not be placed: {reason}",
            "{reason}: why, from the server, as the end of a sentence",
        ).format(who=who, reason=sentence(self.detail))

    @property
    def is_error(self) -> bool:
        """Red, not amber: nothing rang at the other end."""
        return self.kind in ("failed", "refused", "invalid")


def who(number: str, name: str | None) -> str:
    """``+386 40 111 222 (Grace Hopper)``, or the number alone."""
    return f"{number} ({name})" if name else number


def sentence(text: str) -> str:
    """Words from the server ("this server has no phone line yet") or a
    tooltip ("You are on a call.") as the end of a sentence."""
    text = text.strip()
    if not text:
        return translate("models.callout", "the server gave no reason.", "the end of a sentence")
    first = text.split()[0]
    if first[0].isupper() and (first[1:].islower() or first == "A"):
        text = text[0].lower() + text[1:]  # not "+386", "SIP" or "I"
    return text if text[-1] in ".!?" else text + "."


def result_of(contact: p.ContactInfo, shown: str, gave_up: bool) -> CallOutResult | None:
    """What to say about a call out that ended, or None if it connected (its
    wrap-up says the rest)."""
    reason = contact.end_reason
    if contact.direction != "outbound" or reason is None or reason not in NOT_CONNECTED:
        return None
    kind = NOT_CONNECTED[reason]
    if gave_up and kind == "no_answer":
        kind = "cancelled"
    return CallOutResult(kind, shown)
