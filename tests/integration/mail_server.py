"""A real SMTP server for the tests (aiosmtpd): STARTTLS with a test CA's
certificate, AUTH LOGIN/PLAIN required after it, every message kept."""

from __future__ import annotations

import asyncio
import email
import email.policy
import ssl
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from callnest.sim.certificates import Certificates
from callnest.sim.ports import free_port

USERNAME, PASSWORD = "alarms@example.test", "an-app-password"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def subjects(self) -> list[str]:
        return [str(m["Subject"]) for m in self.messages]

    async def wait_for(self, subject: str, within: float = 15.0) -> EmailMessage:
        async with asyncio.timeout(within):
            while True:
                for message in self.messages:
                    if message["Subject"] == subject:
                        return message
                await asyncio.sleep(0.05)


def _authenticate(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USERNAME.encode(),
        PASSWORD.encode(),
    )
    # handled=False: aiosmtpd answers a refusal itself (535).
    return AuthResult(success=ok, handled=False)


class MailServer:
    def __init__(self, certificates: Certificates) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certificates.certificate, certificates.private_key)
        self.inbox = Inbox()
        self.port = free_port("127.0.0.1")
        self.controller = Controller(
            self.inbox,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
            authenticator=_authenticate,
            auth_require_tls=True,
        )

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()
