# Replaces PyInstaller's QtCore hook: the same, without Qt's translations
# (~7 MB). They are loaded only through a QTranslator, and the app has none:
# it is in English. Delete this hook when the app is translated.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [(source, dest) for source, dest in datas if "translations" not in dest]
