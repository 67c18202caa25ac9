"""Stand-ins for the windows' tests: an engine that records what the windows
ask and answers at once, a headset with a switchable microphone, and an
in-memory keyring. The real engine and headset have their own tests."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from callnest import protocol as p
from callnest.desktop.audio.headset import DeviceChoice

Reply = Callable[[p.Message], p.OkReply | p.ErrorReply]
T = TypeVar("T")


def done(value: T) -> Future[T]:
    future: Future[T] = Future()
    future.set_result(value)
    return future


def failed(error: BaseException) -> Future[Any]:
    future: Future[Any] = Future()
    future.set_exception(error)
    return future


class FakeHeadset:
    def __init__(self) -> None:
        self.microphone_ok = True
        self.tones: list[float] = []
        self.echoes: list[float] = []

    def play_test_tone(self, seconds: float = 1.0) -> None:
        self.tones.append(seconds)

    def echo_test(self, seconds: float = 3.0) -> None:
        self.echoes.append(seconds)


class FakeEngine:
    """Records requests; answers each with ``reply(message)`` (ok by default)."""

    def __init__(self) -> None:
        self.headset = FakeHeadset()
        self.token: str | None = None
        self.welcome: p.Welcome | None = None
        self.requests: list[p.Message] = []
        self.rest_calls: list[tuple[str, str, Any]] = []
        self.rest_replies: dict[str, Any] = {}
        # When set, answers every REST call (method, path, json) instead.
        self.rest_answer: Callable[[str, str, Any], Future[Any]] | None = None
        self.downloads: list[str] = []
        self.download_replies: dict[str, bytes] = {}
        self.uploads: list[tuple[str, bytes, str]] = []
        self.logins: list[tuple[str, ...]] = []
        self.login_result: Callable[[], Future[p.Welcome]] | None = None
        self.rings: list[bool] = []
        self.headsets: list[DeviceChoice] = []
        self.headset_error: BaseException | None = None
        self.reply: Reply = lambda m: p.OkReply(ref=m.id or "r1")

    def login(self, url: str, username: str, password: str) -> Future[p.Welcome]:
        self.logins.append((url, username, password))
        return self._login()

    def login_with_token(self, url: str, token: str) -> Future[p.Welcome]:
        self.logins.append((url, token))
        return self._login()

    def _login(self) -> Future[p.Welcome]:
        if self.login_result is not None:
            return self.login_result()
        self.token = "tok-" + "x" * 20
        assert self.welcome is not None, "give the fake a welcome first"
        return done(self.welcome)

    def request(self, message: p.Message) -> Future[p.OkReply | p.ErrorReply]:
        self.requests.append(message)
        return done(self.reply(message))

    def rest(self, method: str, path: str, json: Any = None) -> Future[Any]:
        self.rest_calls.append((method, path, json))
        if self.rest_answer is not None:
            return self.rest_answer(method, path, json)
        return done(self.rest_replies.get(path))

    def download(self, path: str) -> Future[bytes]:
        self.downloads.append(path)
        return done(self.download_replies.get(path, b""))

    def upload(
        self, path: str, content: bytes, content_type: str, method: str = "POST"
    ) -> Future[Any]:
        self.uploads.append((path, content, content_type))
        return done(self.rest_replies.get(path))

    def logout(self) -> Future[None]:
        return done(None)

    def set_headset(self, choice: DeviceChoice) -> Future[None]:
        self.headsets.append(choice)
        return failed(self.headset_error) if self.headset_error else done(None)

    def ring(self, on: bool) -> None:
        self.rings.append(on)


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict: what the product's real keyring would hold."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's own __init__
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
