"""The app's languages: Qt Linguist catalogues, chosen at start.

Every string a person reads goes through ``translate(context, source)`` (Qt's
``QCoreApplication.translate``, under a name ``pyside6-lupdate`` finds), with a
literal context per module, so that ``scripts/i18n update`` can collect it into
``translations/callnest_<lang>.ts``; ``scripts/i18n release`` compiles those to
the ``.qm`` files loaded here. An explicit context rather than ``self.tr``:
PySide's ``tr`` looks strings up under the *runtime* class, so a subclass would
miss its base class's translations.

Placeholders are Python's named fields, filled after translating
(``translate("agent", "Break — {reason}").format(reason=...)``), so a
translation may put them in any order; counts use Qt's numerus forms
(``translate("agent", "%n call(s)", None, n)``), which know that Slovenian has
four forms and Russian and Slovak three. The English catalogue carries the
English plurals, so English is loaded like any other language.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from callnest.protocol.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

translate = QCoreApplication.translate

SOURCE_LANGUAGE = DEFAULT_LANGUAGE
# Qt's own words on the app's windows (the set-up wizard's buttons, dialogs'
# standard buttons), in the app's catalogues too: Qt ships no Slovenian, and
# its Russian, Spanish and Slovak ones are loaded beside ours. Qt looks them up
# under its own class names (the generic theme's, and GNOME's with mnemonics).
QT_WORDS = (
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
)
# ``CALLNEST_TRANSLATIONS``: another folder of catalogues (the pseudo-locale check's).
TRANSLATIONS_ENV = "CALLNEST_TRANSLATIONS"


def catalogue_dir() -> Path:
    chosen = os.environ.get(TRANSLATIONS_ENV)
    if chosen:
        return Path(chosen)
    root = files(__package__ or "callnest.desktop") / "translations"
    return Path(str(root))


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's UI languages the app speaks; English otherwise."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGE_CODES:
            return code
    return SOURCE_LANGUAGE


def resolve(chosen: str | None) -> str:
    """The language to show: the one chosen in the settings, else the system's."""
    if chosen and (
        chosen in LANGUAGE_CODES or (catalogue_dir() / f"callnest_{chosen}.qm").exists()
    ):
        return chosen
    return system_language()


# English as European businesses write it (a 24-hour day, the day before the
# month) where the system does not say which English: the app's users are
# European, and Qt's plain "en" is American.
MAIN_LOCALE = {"en": "en_GB"}


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Dates and numbers as the user's own country writes them when the system
    speaks the chosen language, else the language's main country for us."""
    system = system or QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(MAIN_LOCALE.get(language, language))


class Translations:
    """The translators installed on the application for one language; ``use``
    swaps them (windows built afterwards speak the new language)."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language: str = SOURCE_LANGUAGE

    def use(self, language: str) -> bool:
        """Installs ``language``'s catalogues and its locale (dates, numbers);
        False if its catalogue is missing (then the source English shows)."""
        app = QCoreApplication.instance()
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(locale_for(language))
        ours = QTranslator(app)
        found = ours.load(f"callnest_{language}", str(catalogue_dir()))
        if found:
            QCoreApplication.installTranslator(ours)
            self._installed.append(ours)
        qt = QTranslator(app)  # Qt's own words (a file dialog's buttons), where Qt has them
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            QCoreApplication.installTranslator(qt)
            self._installed.append(qt)
        return found


translations = Translations()
"""The application's one set of translators."""
