# Runs in the bundle before the app. sounddevice finds PortAudio through
# ctypes.util.find_library, which on Linux asks the system's linker cache and
# never looks in the bundle: on a machine without libportaudio2 the copy the
# build put in the bundle went unused and `import sounddevice` failed. The
# bundled copy is the one the bundle was tested with, so it wins everywhere.
# (On Windows and macOS sounddevice loads the copy in its own data folder.)
import ctypes.util
import os
import sys


def _install() -> None:
    bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "libportaudio.so.2")
    if not (sys.platform == "linux" and os.path.exists(bundled)):
        return
    find_library = ctypes.util.find_library

    def find_bundled_first(name: str) -> str | None:
        return bundled if name == "portaudio" else find_library(name)

    ctypes.util.find_library = find_bundled_first


_install()
