"""Devices by name: the lookup rules on a stand-in device list, then the real
PortAudio list through the virtual headset."""

from __future__ import annotations

from typing import Literal, TypedDict

import pytest

from callnest.desktop.audio import devices
from desktop.virtual_headset import VirtualHeadset


class DeviceRow(TypedDict):
    """A device as sounddevice's ``query_devices`` describes one."""

    name: str
    max_input_channels: int
    max_output_channels: int


class FakeSounddevice:
    """The part of sounddevice that devices.py uses."""

    def __init__(self, listed: list[tuple[str, int, int]]) -> None:
        self.listed = listed
        self.initialised = 0

    def query_devices(self, kind: str | None = None) -> list[DeviceRow] | DeviceRow:
        rows = [
            DeviceRow(name=n, max_input_channels=i, max_output_channels=o)
            for n, i, o in self.listed
        ]
        if kind is None:
            return rows
        key: Literal["max_input_channels", "max_output_channels"] = (
            "max_input_channels" if kind == "input" else "max_output_channels"
        )
        usable = [r for r in rows if r[key] > 0]
        if not usable:
            raise ValueError("no device")
        return usable[0]

    def _terminate(self) -> None:
        pass

    def _initialize(self) -> None:
        self.initialised += 1


FAKE = FakeSounddevice(
    [
        ("HDA Intel PCH: ALC257 Analog (hw:0,0)", 2, 2),
        ("USB Headset: Audio (hw:1,0)", 1, 2),
        ("USB Headset Monitor", 0, 2),
        ("HDMI 0", 0, 8),
        ("usb headset", 1, 0),
    ]
)


def test_names_by_direction_in_portaudio_order() -> None:
    assert devices.input_names(FAKE) == [
        "HDA Intel PCH: ALC257 Analog (hw:0,0)",
        "USB Headset: Audio (hw:1,0)",
        "usb headset",
    ]
    assert devices.output_names(FAKE) == [
        "HDA Intel PCH: ALC257 Analog (hw:0,0)",
        "USB Headset: Audio (hw:1,0)",
        "USB Headset Monitor",
        "HDMI 0",
    ]


def test_find_exact_name_first_then_case_insensitive_prefix() -> None:
    assert devices.find("usb headset", "input", FAKE) == 4  # exact beats the earlier prefix
    assert devices.find("USB HEADSET", "input", FAKE) == 1  # prefix, case ignored
    assert devices.find("usb headset", "output", FAKE) == 1  # index 4 cannot play
    assert devices.find("HDMI 0", "input", FAKE) is None
    assert devices.find("Bluetooth", "output", FAKE) is None


def test_default_name_and_rescan() -> None:
    assert devices.default_name("input", FAKE) == "HDA Intel PCH: ALC257 Analog (hw:0,0)"
    assert devices.default_name("input", FakeSounddevice([("HDMI", 0, 2)])) is None
    devices.rescan(FAKE)
    assert FAKE.initialised == 1


@pytest.mark.slow
def test_virtual_headset_devices_by_name(virtual_headset: VirtualHeadset) -> None:
    import sounddevice as sd  # type: ignore[import-untyped]  # ships no type hints

    inputs, outputs = devices.input_names(), devices.output_names()
    for name in ("usb_headset", "usb_headset_mic", "laptop_speakers"):
        assert name in inputs and name in outputs  # ALSA's pulse devices go both ways
    mic = devices.find("usb_headset_mic", "input")
    assert mic is not None and sd.query_devices(mic)["name"] == "usb_headset_mic"
    # Exact first: "usb_headset" is also a prefix of "usb_headset_mic".
    speaker = devices.find("usb_headset", "output")
    assert speaker is not None and sd.query_devices(speaker)["name"] == "usb_headset"
    laptop = devices.find("LAPTOP_SP", "output")
    assert laptop is not None and sd.query_devices(laptop)["name"] == "laptop_speakers"
    assert devices.find("Bluetooth Headset", "input") is None
