"""The catalogues: complete for every language (scripts/i18n's figures, all
zero), plural forms chosen right for 1, 2, 3, 5, 21 and 101 in each language,
and the language following the settings or the system."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from callnest.desktop.i18n import (
    catalogue_dir,
    locale_for,
    resolve,
    system_language,
    translate,
)
from callnest.desktop.i18n import translations as installed
from callnest.protocol.languages import LANGUAGE_CODES

ROOT = Path(__file__).resolve().parents[2]
COUNTS = (1, 2, 3, 5, 21, 101)
# Which of a language's forms (in the order its .ts lists them, Qt's order)
# each count takes, by the CLDR plural rules.
FORM_OF = {
    "en": (0, 1, 1, 1, 1, 1),
    "es": (0, 1, 1, 1, 1, 1),
    "sl": (0, 1, 2, 3, 3, 0),  # one (1, 101), two (2, 102), few (3, 4), other
    "ru": (0, 1, 1, 2, 0, 0),  # one (1, 21, 101), few (2-4, 22-24), many (5-20, ...)
    "sk": (0, 1, 1, 2, 2, 2),  # one (1), few (2-4), other
}


@pytest.fixture
def translations() -> Iterator[None]:
    yield
    installed.use("en")


def test_every_catalogue_translates_all_the_code_says_and_nothing_else() -> None:
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "i18n"), "catalogues"],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(checked.stdout)
    assert sorted(figures) == sorted(LANGUAGE_CODES)
    assert {language: counts for language, counts in figures.items() if any(counts.values())} == {}


def numerus_messages(language: str) -> list[tuple[str, str, list[str]]]:
    tree = ET.parse(catalogue_dir() / f"callnest_{language}.ts")
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                found.append((name, message.findtext("source") or "", forms))
    return found


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_plurals_take_the_languages_form_for_each_count(language: str, translations: None) -> None:
    assert installed.use(language)
    messages = numerus_messages(language)
    assert messages, "the app counts things: it has plural messages"
    for context, source, forms in messages:
        assert len(forms) == max(FORM_OF[language]) + 1, (language, source, forms)
        for count, form in zip(COUNTS, FORM_OF[language], strict=True):
            shown = translate(context, source, None, count)
            assert shown == forms[form].replace("%n", str(count)), (language, source, count)


def test_the_language_follows_the_settings_then_the_system() -> None:
    assert resolve("sl") == "sl"
    assert resolve(None) == system_language()
    assert resolve("de") == system_language()  # not one the app speaks
    assert system_language(QLocale("ru_RU")) == "ru"
    assert system_language(QLocale("de_DE")) == "en"


def test_a_language_brings_its_number_and_date_formats(translations: None) -> None:
    installed.use("sl")
    assert QLocale().toString(12345.5, "f", 1) == "12.345,5"
    installed.use("en")
    assert QLocale().toString(12345.5, "f", 1) == "12,345.5"


def test_dates_follow_the_users_country_when_it_speaks_the_chosen_language() -> None:
    british = QLocale("en_GB")
    assert locale_for("en", british).name() == "en_GB"
    assert locale_for("sl", british).name() == "sl_SI"


def test_english_without_a_country_is_written_the_european_way() -> None:
    assert locale_for("en", QLocale("de_DE")).name() == "en_GB"
