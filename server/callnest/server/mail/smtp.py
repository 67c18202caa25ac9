"""Handing a message to a mail server by SMTP: the standard library's smtplib,
in a thread (a message goes out in well under a second; nothing waits on it
but the one sender). Used by the alarms' e-mail and by the e-mail channel's
replies."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

SMTP_TIMEOUT_S = 30.0


@dataclass(frozen=True, slots=True)
class SmtpServer:
    host: str
    port: int
    security: str  # tls (from the start, port 465), starttls (587) or none (a local relay)
    username: str | None = None
    password: str | None = None


class SendFailed(Exception):
    """The mail server did not take the message; ``permanent`` when trying
    again will not help (a 5xx answer: refused address, login, size)."""

    def __init__(self, reason: str, *, permanent: bool) -> None:
        super().__init__(reason)
        self.permanent = permanent


def send(server: SmtpServer, message: EmailMessage, timeout_s: float = SMTP_TIMEOUT_S) -> None:
    """Hands ``message`` over, or raises SendFailed saying why."""
    context = ssl.create_default_context()
    try:
        if server.security == "tls":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=timeout_s, context=context
            )
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=timeout_s)
        with smtp:
            if server.security == "starttls":
                smtp.starttls(context=context)
            if server.username:
                smtp.login(server.username, server.password or "")
            refused = smtp.send_message(message)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        raise SendFailed(
            "; ".join(f"{to}: {code} {_text(text)}" for to, (code, text) in exc.recipients.items()),
            permanent=all(code >= 500 for code in codes),
        ) from exc
    except smtplib.SMTPResponseException as exc:
        raise SendFailed(
            f"{server.host}: {exc.smtp_code} {_text(exc.smtp_error)}",
            permanent=exc.smtp_code >= 500,
        ) from exc
    except (smtplib.SMTPException, OSError) as exc:
        # Not connected, TLS failed, timed out: the server or the network, for now.
        raise SendFailed(f"{server.host}:{server.port}: {exc}", permanent=False) from exc
    if refused:  # some recipients took it, some did not
        raise SendFailed(
            "; ".join(f"{to}: {code} {_text(text)}" for to, (code, text) in refused.items()),
            permanent=True,
        )


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
