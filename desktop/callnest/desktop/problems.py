"""What the server refused, in the user's language.

The server sends a code from the protocol's catalogue (``ErrorCode``) with
parameters (``details``) and an English ``message`` for logs and programs.
``describe`` words a refusal from its code, naming the fields or the file's
lines the details carry; a failure that is not a refusal (the network) is
worded as one too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from callnest import protocol as p
from callnest.desktop.i18n import SOURCE_LANGUAGE, translate, translations
from callnest.protocol import ErrorCode

MAX_LINES_NAMED = 10  # a file's refused lines named in one sentence; "…" for the rest
# The desktop's own codes for a REST call that never got an answer (engine/session.py).
UNREACHABLE = "unreachable"
NOT_LOGGED_IN = "not_logged_in"


def describe(error: BaseException | p.ErrorReply | None) -> str:
    """A refusal (``RestError``, ``ErrorReply``, ``ProtocolError``...) or any
    other failure, to show.

    In English the server's own message is shown when there is one: it is
    English already and says more than its code can (which name is taken,
    which line of a file is wrong). Every other language gets the code's
    sentence, with the fields or lines the details name. A failure to reach
    the server is said as such; anything else as it describes itself."""
    if error is None:
        return ""
    code: Any = getattr(error, "code", None)
    if isinstance(code, str) and code:
        message = getattr(error, "message", None)
        if translations.language == SOURCE_LANGUAGE and isinstance(message, str) and message:
            return message
        return _refusal(error, str(code), getattr(error, "details", None))
    if isinstance(error, BaseException):
        return _failure(error)
    return str(error)


def _refusal(error: object, code: str, details: object) -> str:
    if code == UNREACHABLE:
        cause = error.__cause__ if isinstance(error, BaseException) else None
        return _failure(cause) if cause is not None else _unreachable("")
    if code == NOT_LOGGED_IN:
        return translate("problems", "You are not logged in: log in again.")
    if code == p.ErrorCode.INVALID_REQUEST:
        fields = p.field_problems(_listed(details))
        if fields:
            names = ", ".join(dict.fromkeys(f["field"] for f in fields))
            return translate(
                "problems", "Check these fields: {fields}", "dotted names of a form's fields"
            ).format(fields=names)
    if code == p.ErrorCode.INVALID_CSV:
        lines = _lines(details)
        if lines:
            named = ", ".join(str(n) for n in lines[:MAX_LINES_NAMED])
            if len(lines) > MAX_LINES_NAMED:
                named += " …"
            return translate(
                "problems",
                "Nothing was imported: the file has problems on %n line(s): {lines}.",
                "{lines} lists the line numbers",
                len(lines),
            ).format(lines=named)
    try:
        known = p.ErrorCode(code)
    except ValueError:
        return translate(
            "problems", "The server refused the request ({code}).", "{code}: a technical code"
        ).format(code=code)
    return sentences()[known]


def _listed(details: object) -> object:
    """An ``ErrorReply``'s details (a tuple of models) as the REST body's list of dicts."""
    if isinstance(details, Sequence) and not isinstance(details, str):
        return [d.model_dump() if hasattr(d, "model_dump") else d for d in details]
    return details


def _lines(details: object) -> list[int]:
    """The line numbers a CSV refusal's details name (``[{"line": 3, ...}]``), in order."""
    if not isinstance(details, Sequence) or isinstance(details, str):
        return []
    found = {d.get("line") for d in details if isinstance(d, dict)}
    return sorted(n for n in found if isinstance(n, int))


def _failure(error: BaseException) -> str:
    """A failure that is not a refusal: the network's in words, anything else as it is."""
    if isinstance(error, httpx.TimeoutException | TimeoutError):
        return sentences()[p.ErrorCode.TIMEOUT]
    if isinstance(error, httpx.TransportError | OSError | ConnectionError):
        return _unreachable(str(error) or type(error).__name__)
    return str(error)


def _unreachable(reason: str) -> str:
    if not reason:
        return translate("problems", "Could not reach the server.")
    return translate(
        "problems", "Could not reach the server: {reason}", "{reason}: the system's technical words"
    ).format(reason=reason)


def sentences() -> dict[p.ErrorCode, str]:
    """One sentence per code, in the language now installed (built per call:
    the language may change after import)."""
    unreadable = translate(
        "problems",
        "The server could not read the request: update the app, or tell your administrator.",
    )
    return {
        ErrorCode.TOO_LARGE: translate("problems", "That is too large for the server to take."),
        ErrorCode.MALFORMED_JSON: unreadable,
        ErrorCode.UNSUPPORTED_VERSION: translate(
            "problems", "This app is too old or too new for the server: update it."
        ),
        ErrorCode.UNKNOWN_TYPE: translate(
            "problems", "The server does not know this request: update the app."
        ),
        ErrorCode.INVALID_MESSAGE: unreadable,
        ErrorCode.INVALID_FRAME: translate(
            "problems", "The customer's page sent something the server could not read."
        ),
        ErrorCode.UNAUTHENTICATED: translate("problems", "Your session has ended: log in again."),
        ErrorCode.BAD_CREDENTIALS: translate("problems", "Wrong user name or password."),
        ErrorCode.TOO_MANY_ATTEMPTS: translate(
            "problems", "Too many attempts: wait a minute and try again."
        ),
        ErrorCode.FORBIDDEN: translate("problems", "You are not allowed to do that."),
        ErrorCode.INVALID_REQUEST: translate(
            "problems", "The server did not accept what was sent: check it and try again."
        ),
        ErrorCode.NOT_FOUND: translate(
            "problems",
            "It is no longer there: someone may have deleted it. Refresh and try again.",
        ),
        ErrorCode.CONFLICT: translate(
            "problems",
            "That clashes with what is there already (a name in use, or a change made "
            "meanwhile). Refresh and try again.",
        ),
        ErrorCode.METHOD_NOT_ALLOWED: translate(
            "problems", "The server does not allow this request: update the app."
        ),
        ErrorCode.UNSUPPORTED_MEDIA_TYPE: translate(
            "problems", "The server does not take this kind of file or data."
        ),
        ErrorCode.INVALID_CSV: translate(
            "problems", "The file has problems: nothing was imported."
        ),
        ErrorCode.HTTP_ERROR: translate("problems", "The server refused the request."),
        ErrorCode.QUEUE_BUSY: translate(
            "problems", "The queue still has calls or chats: try again once they are done."
        ),
        ErrorCode.AGENT_BUSY: translate("problems", "The agent is busy."),
        ErrorCode.AGENT_UNAVAILABLE: translate("problems", "The agent is not available."),
        ErrorCode.DUPLICATE_CONTACT: translate("problems", "That call or chat exists already."),
        ErrorCode.OFFER_GONE: translate(
            "problems", "The offer is gone: someone else took it, or the customer left."
        ),
        ErrorCode.NOT_CONNECTED: translate(
            "problems",
            "Not connected to the server: wait for the connection to come back and try again.",
        ),
        ErrorCode.NOT_IN_WRAP_UP: translate("problems", "That can only be done during wrap-up."),
        ErrorCode.NOT_IN_CALL: translate(
            "problems", "That can only be done during a call or chat."
        ),
        ErrorCode.NOT_AN_AGENT: translate("problems", "This account cannot take calls or chats."),
        ErrorCode.BAD_TRANSFER: translate("problems", "That transfer is not possible."),
        ErrorCode.UNKNOWN_QUEUE: translate(
            "problems", "That queue is no longer there. Refresh and try again."
        ),
        ErrorCode.UNKNOWN_AGENT: translate(
            "problems", "That agent is no longer there. Refresh and try again."
        ),
        ErrorCode.UNKNOWN_CONTACT: translate("problems", "That call or chat is over."),
        ErrorCode.NOT_SUPPORTED: translate("problems", "The server does not offer that."),
        ErrorCode.UNKNOWN_REASON: translate(
            "problems", "That reason is no longer there. Refresh and try again."
        ),
        ErrorCode.STORAGE_FULL: translate(
            "problems", "The server's disk is full: nothing was saved. Tell your administrator."
        ),
        ErrorCode.NOT_A_CALL: translate("problems", "That can only be done on a phone call."),
        ErrorCode.NOT_A_CHAT: translate("problems", "That can only be done in a chat."),
        ErrorCode.INVALID_SDP: translate(
            "problems", "The audio could not be set up: try again, or check your headset."
        ),
        ErrorCode.NO_LINK: translate(
            "problems", "There is no audio link to the server: connect your headset first."
        ),
        ErrorCode.MONITORED: translate("problems", "Another supervisor is listening to this call."),
        ErrorCode.UNEXPECTED: translate(
            "problems",
            "Something went wrong on the server. Try again; if it keeps happening, tell "
            "your administrator.",
        ),
        ErrorCode.CLOSED: translate("problems", "It is closed now: try again later."),
        ErrorCode.INVALID_CHOICE: translate("problems", "That choice is not on offer."),
        ErrorCode.TOO_MANY_CALLS: translate(
            "problems", "Too many calls at once: try again shortly."
        ),
        ErrorCode.TOO_MANY_CONTACTS: translate(
            "problems", "Too many calls or chats from one address: try again shortly."
        ),
        ErrorCode.TOO_MANY_CHATS: translate(
            "problems", "Too many chats at once: try again shortly."
        ),
        ErrorCode.CHAT_OFFLINE: translate("problems", "Chat is not available right now."),
        ErrorCode.CHAT_ENDED: translate("problems", "The chat has ended."),
        ErrorCode.TOO_FAST: translate("problems", "Too fast: wait a moment and try again."),
        ErrorCode.NOT_OVER: translate("problems", "That can only be done once it is over."),
        ErrorCode.ALREADY_RATED: translate("problems", "It has been rated already."),
        ErrorCode.TIMEOUT: translate(
            "problems",
            "The server did not answer in time: check the connection and try again.",
        ),
    }
