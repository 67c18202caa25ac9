"""What the windows need of the engine and the headset, as protocols: the
windows are typed against these, so they import neither aiortc nor PortAudio,
and tests hand them fakes."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any, Protocol

from callnest import protocol as p
from callnest.desktop.audio.headset import DeviceChoice


class HeadsetPort(Protocol):
    @property
    def microphone_ok(self) -> bool: ...

    def play_test_tone(self, seconds: float = ...) -> Any: ...

    def echo_test(self, seconds: float = ...) -> Any: ...


class EnginePort(Protocol):
    @property
    def headset(self) -> HeadsetPort: ...

    @property
    def token(self) -> str | None: ...

    @property
    def welcome(self) -> p.Welcome | None: ...

    def login(self, url: str, username: str, password: str) -> Future[p.Welcome]: ...

    def login_with_token(self, url: str, token: str) -> Future[p.Welcome]: ...

    def request(self, message: p.Message) -> Future[p.OkReply | p.ErrorReply]: ...

    def rest(self, method: str, path: str, json: Any = None) -> Future[Any]: ...

    def download(self, path: str) -> Future[bytes]: ...

    def upload(
        self, path: str, content: bytes, content_type: str, method: str = "POST"
    ) -> Future[Any]: ...

    def logout(self) -> Future[None]: ...

    def set_headset(self, choice: DeviceChoice) -> Future[None]: ...

    def ring(self, on: bool) -> None: ...
