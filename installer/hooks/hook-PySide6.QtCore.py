# Replaces PyInstaller's QtCore hook: the same, with only the Qt translations
# of the app's languages (qtbase_*.qm, for Qt's own dialogs' words) rather
# than all of Qt's (~7 MB). Qt has no qtbase_sl: the app's catalogue carries
# the few Qt words its windows show.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

LANGUAGES = ("en", "ru", "es", "sk")

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
datas = [
    (source, dest)
    for source, dest in datas
    if "translations" not in dest or any(source.endswith(f"qtbase_{code}.qm") for code in LANGUAGES)
]
