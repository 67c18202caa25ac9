/* The words of the caller's page (call.js, chat.js, call.html).
 *
 * One catalogue per language, static/i18n/<lang>.json: message keys to texts
 * with {name} placeholders. A message that counts is an object keyed by the
 * CLDR plural categories Intl.PluralRules(lang).select(n) returns ("one",
 * "two", "few", "many", "other"); its count is {n}, in the language's digits.
 *
 * The language, the first that is one of en, sl, ru, es, sk:
 *   1. ?lang=<code> on the page's address. A business may link its customers
 *      to the page in one language (/call/sales?lang=sl); tests force one.
 *   2. The browser's languages, in the user's order (navigator.languages; a
 *      tag counts by its primary subtag: "sl-SI" is sl).
 *   3. The queue's own language (GET /api/public/queues/{queue}).
 *   4. English.
 * <html lang> says it; dates and numbers are written the language's way.
 *
 * Static texts in call.html name their message: data-i18n="key" (the
 * element's text), data-i18n-label, data-i18n-placeholder, data-i18n-title
 * (its aria-label, placeholder, title). The scripts ask t("key", params) or,
 * for a count, tn("key", n, params): nothing a caller reads is written
 * anywhere else. window.callnestI18n is this module.
 */
"use strict";

window.callnestI18n = (() => {
  const LANGUAGES = ["en", "sl", "ru", "es", "sk"];
  const DEFAULT = "en";
  // The one thing the page says when no catalogue can be fetched at all: the
  // server cannot be reached. en.json's words (a test keeps them equal).
  const UNREACHABLE = {
    "page.title": "Call us",
    "page.error.unreachable":
      "We can't reach the server. Check your internet connection, then reload this page.",
  };
  const ATTRIBUTES = [
    ["data-i18n-label", "aria-label"],
    ["data-i18n-placeholder", "placeholder"],
    ["data-i18n-title", "title"],
  ];

  let lang = DEFAULT;
  let messages = UNREACHABLE;
  let plurals = new Intl.PluralRules(DEFAULT);
  let settle;
  const ready = new Promise((resolve) => {
    settle = resolve;
  });

  const primary = (tag) => String(tag || "").trim().toLowerCase().split(/[-_]/)[0];
  const spoken = (tag) => (LANGUAGES.includes(primary(tag)) ? primary(tag) : null);

  function fromAddress() {
    return spoken(new URLSearchParams(location.search).get("lang"));
  }

  function fromBrowser() {
    const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (const tag of tags) {
      if (spoken(tag)) return spoken(tag);
    }
    return null;
  }

  async function catalogue(code) {
    try {
      const response = await fetch(new URL(`../static/i18n/${code}.json`, location.href));
      return response.ok ? await response.json() : null;
    } catch {
      return null;
    }
  }

  /** Chooses the language (queueLanguage: a promise of the queue's, or of
   * null), loads its catalogue and translates the page; then ``ready``. */
  async function start(queueLanguage) {
    let chosen = fromAddress() || fromBrowser();
    if (!chosen) chosen = spoken(await queueLanguage) || DEFAULT;
    let loaded = await catalogue(chosen);
    if (!loaded && chosen !== DEFAULT) {
      chosen = DEFAULT;
      loaded = await catalogue(DEFAULT);
    }
    if (loaded) {
      messages = loaded;
      lang = chosen;
    }
    plurals = new Intl.PluralRules(lang);
    document.documentElement.lang = lang;
    translate(document);
    settle();
  }

  function fill(text, params) {
    return text.replace(/\{([a-z_]+)\}/g, (whole, name) =>
      params && Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  }

  function missing(key) {
    console.warn(`callnest: no message ${key} in ${lang}`);
    return key;
  }

  /** The message ``key`` in the page's language, its {placeholders} filled from ``params``. */
  function t(key, params) {
    const text = messages[key];
    return typeof text === "string" ? fill(text, params) : missing(key);
  }

  /** The message ``key`` that counts ``n``: the form the language's plural rules choose. */
  function tn(key, n, params) {
    const forms = messages[key];
    if (!forms || typeof forms !== "object") return missing(key);
    const text = forms[plurals.select(n)] ?? forms.other;
    return typeof text === "string" ? fill(text, { ...params, n: number(n) }) : missing(key);
  }

  const number = (n) => new Intl.NumberFormat(lang).format(n);
  const dateTime = (ms, options) => new Intl.DateTimeFormat(lang, options).format(ms);

  /** Where a caller (or a chat) waits: the page's words for place ``n`` in line. */
  function position(n) {
    return n <= 1 ? t("queue.first") : tn("queue.position", n - 1, { position: number(n) });
  }

  function translate(root) {
    for (const element of root.querySelectorAll("[data-i18n]")) {
      element.textContent = t(element.getAttribute("data-i18n"));
    }
    for (const [data, attribute] of ATTRIBUTES) {
      for (const element of root.querySelectorAll(`[${data}]`)) {
        element.setAttribute(attribute, t(element.getAttribute(data)));
      }
    }
  }

  return {
    LANGUAGES,
    get lang() {
      return lang;
    },
    ready,
    start,
    t,
    tn,
    number,
    dateTime,
    position,
  };
})();
