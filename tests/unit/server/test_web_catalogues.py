"""The caller page's catalogues (server/callnest/server/web/i18n/): the same
messages in every language, with English's placeholders, every plural form
the language has, no empty text; every key the page's scripts and HTML ask
for is there and every one there is asked for; and only the five are served."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from callnest.protocol.languages import LANGUAGE_CODES
from callnest.server import web as caller_web

WEB = Path(caller_web.__file__).parent
CATALOGUES = WEB / "i18n"

# What Intl.PluralRules(lang).resolvedOptions().pluralCategories gives in
# chromium (CLDR 46): the forms a counting message must have.
PLURAL_CATEGORIES = {
    "en": {"one", "other"},
    "es": {"one", "many", "other"},  # many: 1000000 "de" ...
    "sl": {"one", "two", "few", "other"},
    "ru": {"one", "few", "many", "other"},
    "sk": {"one", "few", "many", "other"},  # many: fractions
}
# Where a translation counts what English only names: {n} (the people ahead)
# stands for {position} (the caller's place), see glossary.md.
COUNT_STANDS_FOR = {"queue.position": {"position"}}

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# A message key: dotted lower-case words, the first naming the part of the page.
KEY = re.compile(
    r"^(?:page|form|common|call|queue|callback|recording|chat|offline|rating|widget)"
    r"(?:\.[a-z0-9_]+)+$"
)
STRING_LITERAL = re.compile(r"\"([^\"\\\n]*)\"")
CALL_KEY = re.compile(r"\btn?\(\s*\"([^\"]*)\"")
HTML_KEY = re.compile(r"\bdata-i18n(?:-label|-placeholder|-title)?=\"([^\"]*)\"")
SCRIPTS = ("i18n.js", "call.js", "chat.js", "widget.js")

Message = str | dict[str, str]


def catalogue(code: str) -> dict[str, Message]:
    loaded: dict[str, Message] = json.loads((CATALOGUES / f"{code}.json").read_text("utf-8"))
    return loaded


ENGLISH = catalogue("en")


def forms(message: Message) -> list[str]:
    return list(message.values()) if isinstance(message, dict) else [message]


def placeholders(message: Message) -> set[str]:
    return {name for text in forms(message) for name in PLACEHOLDER.findall(text)}


def code_of(script: str) -> str:
    """A script without its comments."""
    code = re.sub(r"/\*.*?\*/", "", (WEB / script).read_text("utf-8"), flags=re.S)
    return re.sub(r"(^|\s)//.*$", "", code, flags=re.M)


def literals(script: str) -> list[str]:
    """The double-quoted strings of a script."""
    return STRING_LITERAL.findall(code_of(script))


def keys_in_code() -> set[str]:
    """Every message key the page asks for: string literals in its scripts
    (t("..."), tn("..."), and keys kept in tables) and call.html's data-i18n."""
    found: set[str] = set()
    for name in SCRIPTS:
        for literal in literals(name):
            if KEY.match(literal):
                found.add(literal)
    found.update(HTML_KEY.findall((WEB / "call.html").read_text("utf-8")))
    for name in SCRIPTS:
        # Whatever t() and tn() are asked for, whether it looks like a key or not.
        found.update(CALL_KEY.findall(code_of(name)))
    return found


def test_the_five_languages_have_catalogues_and_nothing_else_is_there() -> None:
    assert sorted(p.name for p in CATALOGUES.glob("*.json")) == sorted(
        f"{code}.json" for code in LANGUAGE_CODES
    )


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_a_catalogue_has_exactly_the_english_keys_in_their_order(code: str) -> None:
    assert list(catalogue(code)) == list(ENGLISH)
    assert all(KEY.match(key) for key in ENGLISH), [k for k in ENGLISH if not KEY.match(k)]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_message_is_text_and_none_is_empty(code: str) -> None:
    for key, message in catalogue(code).items():
        assert isinstance(message, str | dict), (code, key)
        for text in forms(message):
            assert isinstance(text, str), (code, key)
            assert text.strip(), (code, key)
            assert text == text.strip(), (code, key, "spaces around the text")


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_placeholders_are_englishs(code: str) -> None:
    for key, message in catalogue(code).items():
        english = ENGLISH[key]
        assert isinstance(message, dict) == isinstance(english, dict), (code, key, "plural?")
        wanted = placeholders(english)
        if isinstance(message, dict):
            # A count's forms may say {n} or leave it out ("a minute"); one
            # standing for another English placeholder may replace it.
            alternatives = COUNT_STANDS_FOR.get(key, set())
            for category, text in message.items():
                got = placeholders(text)
                assert got <= wanted | {"n"}, (code, key, category, got - wanted)
                assert wanted - {"n"} - alternatives <= got, (code, key, category, wanted - got)
        else:
            assert placeholders(message) == wanted, (code, key)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_plural_messages_have_every_form_of_the_language(code: str) -> None:
    plural = [key for key, message in ENGLISH.items() if isinstance(message, dict)]
    assert plural, "the page counts things: it has plural messages"
    for key in plural:
        message = catalogue(code)[key]
        assert isinstance(message, dict)
        assert set(message) == PLURAL_CATEGORIES[code], (code, key, sorted(message))


def test_every_key_the_page_asks_for_is_in_the_catalogues_and_every_one_is_asked_for() -> None:
    used = keys_in_code()
    assert used - set(ENGLISH) == set(), "asked for, not in the catalogues"
    assert set(ENGLISH) - used == set(), "in the catalogues, asked for nowhere"


def test_the_pages_scripts_say_nothing_of_their_own() -> None:
    """No sentence in the scripts outside a catalogue: a string literal with
    a space and a capital letter is a sentence (the few allowed are en.json's
    own words, kept for when no catalogue can be fetched)."""
    english_texts = {text for message in ENGLISH.values() for text in forms(message)}
    for name in SCRIPTS:
        for literal in literals(name):
            if re.search(r"[A-Z][a-z]+ [a-z]", literal) and not literal.startswith("Callnest"):
                assert literal in english_texts, (name, literal)


def fallback(script: str, name: str) -> dict[str, Any]:
    """The object literal ``const <name> = {...};`` in a script, as JSON."""
    text = (WEB / script).read_text("utf-8")
    found = re.search(rf"const {name} = (\{{.*?\}});", text, re.S)
    assert found, (script, name)
    body = re.sub(r",\s*\}$", "}", found.group(1).strip())
    loaded: dict[str, Any] = json.loads(body)
    return loaded


@pytest.mark.parametrize(("script", "name"), [("i18n.js", "UNREACHABLE"), ("widget.js", "ENGLISH")])
def test_the_words_kept_for_no_catalogue_are_englishs(script: str, name: str) -> None:
    kept = fallback(script, name)
    assert kept
    assert {key: ENGLISH[key] for key in kept} == kept


async def test_the_five_catalogues_are_served_and_nothing_else() -> None:
    app = web.Application()
    caller_web.register(app)
    async with TestClient(TestServer(app)) as client:
        script = await client.get("/static/call.js")
        for code in LANGUAGE_CODES:
            r = await client.get(f"/static/i18n/{code}.json")
            assert r.status == 200, code
            assert r.content_type == "application/json"
            assert r.charset == "utf-8"
            assert await r.json() == catalogue(code)
            # Cached as the other assets are; readable by the widget anywhere.
            for header in ("Cache-Control", "X-Content-Type-Options", "Referrer-Policy"):
                assert r.headers[header] == script.headers[header], header
            assert r.headers["Access-Control-Allow-Origin"] == "*"
        for path in ("de.json", "EN.json", "en", "glossary.md", "en.json.bak", "sl-SI.json"):
            r = await client.get(f"/static/i18n/{path}")
            assert r.status == 404, path
