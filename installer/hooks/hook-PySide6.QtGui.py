# Replaces PyInstaller's QtGui hook: the same plugins, less those a desktop app
# on a screen never loads. Hooks here take precedence over PyInstaller's own,
# and dropping a plugin here (not after the Analysis) also drops the libraries
# only it needs.
from fnmatch import fnmatch
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# Patterns on "<plugin type>/<file>", the same on every platform.
UNUSED_PLUGINS = [
    # The GTK3 theme drags GTK, cairo, pango and friends (~20 MB) from the build
    # machine, which then have to match the user's; Qt's own look is used instead.
    "platformthemes/*gtk3*",
    # Platforms for embedded devices without a window system, and VNC.
    "platforms/*eglfs*",
    "platforms/*linuxfb*",
    "platforms/*minimal*",
    "platforms/*vnc*",
    "platforms/*vkkhrdisplay*",
    "egldeviceintegrations/*",
    # Raw evdev/TUIO input, for the embedded platforms above.
    "generic/*",
]


def _used(source: str) -> bool:
    path = PurePath(source)
    return not any(fnmatch(f"{path.parent.name}/{path.name}", p) for p in UNUSED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(source, dest) for source, dest in binaries if _used(source)]
