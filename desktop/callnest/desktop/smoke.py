"""A stand-in engine for ``callnest --smoke-test``: the login window is built
but nothing may log in, open a socket or a headset."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from callnest import protocol as p
from callnest.desktop.audio.headset import DeviceChoice
from callnest.desktop.ports import HeadsetPort


class NotStarted(RuntimeError):
    def __init__(self) -> None:
        super().__init__("the engine is not started in a smoke test")


class NoHeadset:
    microphone_ok = False

    def play_test_tone(self, seconds: float = 1.0) -> Any:
        raise NotStarted

    def echo_test(self, seconds: float = 3.0) -> Any:
        raise NotStarted


def _failed() -> Future[Any]:
    future: Future[Any] = Future()
    future.set_exception(NotStarted())
    return future


class NoEngine:
    headset: HeadsetPort = NoHeadset()
    token: str | None = None
    welcome: p.Welcome | None = None

    def login(self, url: str, username: str, password: str) -> Future[p.Welcome]:
        return _failed()

    def login_with_token(self, url: str, token: str) -> Future[p.Welcome]:
        return _failed()

    def request(self, message: p.Message) -> Future[p.OkReply | p.ErrorReply]:
        return _failed()

    def rest(self, method: str, path: str, json: Any = None) -> Future[Any]:
        return _failed()

    def download(self, path: str) -> Future[bytes]:
        return _failed()

    def upload(
        self, path: str, content: bytes, content_type: str, method: str = "POST"
    ) -> Future[Any]:
        return _failed()

    def logout(self) -> Future[None]:
        return _failed()

    def set_headset(self, choice: DeviceChoice) -> Future[None]:
        return _failed()

    def ring(self, on: bool) -> None:
        pass
