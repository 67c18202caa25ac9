"""Sound devices by name, through sounddevice (PortAudio).

Devices are remembered by name, not index: indexes change whenever a device is
plugged in or out. The ``sd`` parameter takes the sounddevice module (or a
stand-in for tests); by default it is imported on first use, because importing
it loads PortAudio.
"""

from __future__ import annotations

from typing import Any, Literal

Kind = Literal["input", "output"]


def sounddevice(sd: Any = None) -> Any:
    """The given module, else sounddevice (imported now)."""
    if sd is not None:
        return sd
    import sounddevice as module  # type: ignore[import-untyped]  # loads PortAudio: not at app start

    return module


def _devices(sd: Any) -> list[dict[str, Any]]:
    return [dict(d) for d in sounddevice(sd).query_devices()]


def _channels_key(kind: Kind) -> str:
    return "max_input_channels" if kind == "input" else "max_output_channels"


def names(kind: Kind, sd: Any = None) -> list[str]:
    """Names of the devices that can record (``input``) or play (``output``),
    in PortAudio's order, each once."""
    seen: list[str] = []
    for d in _devices(sd):
        if d[_channels_key(kind)] > 0 and d["name"] not in seen:
            seen.append(d["name"])
    return seen


def input_names(sd: Any = None) -> list[str]:
    return names("input", sd)


def output_names(sd: Any = None) -> list[str]:
    return names("output", sd)


def find(name: str, kind: Kind, sd: Any = None) -> int | None:
    """The device index for ``name``: the exact name first, else the first
    device whose name starts with it, ignoring case (PortAudio appends details
    such as " (hw:2,0)" that may differ from when the name was saved)."""
    key = _channels_key(kind)
    usable = [(i, d["name"]) for i, d in enumerate(_devices(sd)) if d[key] > 0]
    for i, n in usable:
        if n == name:
            return i
    folded = name.casefold()
    for i, n in usable:
        if n.casefold().startswith(folded):
            return i
    return None


def default_name(kind: Kind, sd: Any = None) -> str | None:
    """The name of the system default device, or None when there is none."""
    module = sounddevice(sd)
    try:
        info = module.query_devices(kind=kind)
    except Exception:  # PortAudio raises various errors for "no device"
        return None
    return str(info["name"])


def rescan(sd: Any = None) -> None:
    """Re-initialises PortAudio so that devices plugged in since it started
    appear (PortAudio reads the device list once, at initialisation).

    Only safe while NO stream of this process is open: terminating PortAudio
    under an open stream crashes it. The headset calls it only then.
    """
    module = sounddevice(sd)
    module._terminate()
    module._initialize()
