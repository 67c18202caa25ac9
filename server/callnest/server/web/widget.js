/* A call button for a business's own site. Paste:
 *
 *   <script src="https://HOST/widget.js" data-queue="sales" data-label="Call us" async></script>
 *
 * A site that knows its visitor (logged in) may add data-name, data-phone and
 * data-email: the name fills the page's field, and the phone or e-mail finds
 * the visitor among the customers, so the operator sees who is calling.
 *
 * The page it opens offers both a call and a chat (or, when nobody can chat,
 * a form to leave a message and a number); data-label="Call or chat" says so.
 *
 * Its words (the button's default label, the close control) are the page's
 * catalogue's, static/i18n/<lang>.json from the same server, in the
 * language the page in its frame speaks: data-lang="sl" forces one (and the
 * page's too, as ?lang=sl); otherwise the first of the browser's languages
 * that Callnest speaks; otherwise the site's own <html lang>; otherwise
 * English. data-label, the business's own words, replaces the label.
 *
 * It adds a button in the corner of the page that opens the call page of that
 * queue -- from the server this script came from -- in a frame, with a close
 * control. Closing the frame hangs up. Styles are set through the DOM, inside
 * a shadow root: the site's stylesheets and its Content-Security-Policy for
 * inline styles leave the widget alone.
 */
(() => {
  "use strict";

  const script =
    document.currentScript || document.querySelector("script[src*='widget.js'][data-queue]");
  if (!script) return;
  const queue = script.dataset.queue;
  if (!queue) {
    console.warn("Callnest widget: add data-queue=\"<queue name>\" to its <script> tag.");
    return;
  }
  const LANGUAGES = ["en", "sl", "ru", "es", "sk"];
  const primary = (tag) => String(tag || "").trim().toLowerCase().split(/[-_]/)[0];
  const spoken = (tag) => (LANGUAGES.includes(primary(tag)) ? primary(tag) : null);
  const forced = spoken(script.dataset.lang);
  const lang =
    forced ||
    (navigator.languages || [navigator.language]).map(spoken).find(Boolean) ||
    spoken(document.documentElement.lang) ||
    "en";
  // en.json's words, for a site whose Content-Security-Policy (connect-src)
  // keeps the widget from fetching its catalogue (a test keeps them equal).
  const ENGLISH = { "widget.button": "Call us", "widget.close": "Close (hangs up)" };

  // Relative to this script: the same server, and any path it is served under.
  const page = new URL(`call/${encodeURIComponent(queue)}`, script.src);
  for (const key of ["name", "phone", "email"]) {
    const value = (script.dataset[key] || "").trim();
    if (value) page.searchParams.set(key, value);
  }
  if (forced) page.searchParams.set("lang", forced);
  const pageUrl = page.href;

  for (const other of document.querySelectorAll("[data-callnest-widget]")) {
    if (other.dataset.callnestWidget === queue) return; // pasted twice
  }

  const GREEN = "#1a7f37";
  const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";

  function make(tag, styles, attributes) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(styles || {})) element.style.setProperty(name, value);
    for (const [name, value] of Object.entries(attributes || {})) element.setAttribute(name, value);
    return element;
  }

  const host = make("div", {}, { "data-callnest-widget": queue });
  const root = host.attachShadow({ mode: "open" });
  const attach = () => document.body.append(host);
  if (document.body) attach();
  else document.addEventListener("DOMContentLoaded", attach);

  async function catalogue() {
    try {
      const response = await fetch(new URL(`static/i18n/${lang}.json`, script.src), {
        credentials: "omit",
      });
      if (response.ok) return await response.json();
    } catch {
      // the site forbids it, or the server is away: English
    }
    return {};
  }

  catalogue().then((messages) => {
    const t = (key) => (typeof messages[key] === "string" ? messages[key] : ENGLISH[key]);
    build(script.dataset.label || t("widget.button"), t("widget.close"));
  });

  /** The button, and the frame it opens, once the words are known. */
  function build(label, closeLabel) {

    const button = make(
      "button",
      {
        position: "fixed",
        right: "16px",
        bottom: "16px",
        "z-index": "2147483646",
        "min-height": "48px",
        padding: "12px 20px",
        border: "0",
        "border-radius": "999px",
        background: GREEN,
        color: "#fff",
        font: `700 16px/1.2 ${FONT}`,
        "box-shadow": "0 4px 14px rgba(0, 0, 0, 0.25)",
        cursor: "pointer",
      },
      { type: "button", "aria-expanded": "false", "aria-haspopup": "dialog" },
    );
    button.textContent = label;

    let panel = null;

    function open() {
      const narrow = window.innerWidth < 480;
      panel = make(
        "div",
        {
          position: "fixed",
          "z-index": "2147483647",
          display: "flex",
          "flex-direction": "column",
          background: "#fff",
          "border-radius": narrow ? "0" : "12px",
          "box-shadow": "0 8px 30px rgba(0, 0, 0, 0.3)",
          overflow: "hidden",
          ...(narrow
            ? { inset: "0" }
            : {
                right: "16px",
                bottom: "80px",
                width: "min(380px, calc(100vw - 32px))",
                height: "min(620px, calc(100vh - 112px))",
              }),
        },
        { role: "dialog", "aria-label": label },
      );
      const bar = make("div", {
        display: "flex",
        "align-items": "center",
        "justify-content": "space-between",
        padding: "6px 6px 6px 14px",
        background: GREEN,
        color: "#fff",
        font: `600 15px/1.2 ${FONT}`,
      });
      const title = make("span");
      title.textContent = label;
      const close = make(
        "button",
        {
          width: "40px",
          height: "40px",
          border: "0",
          "border-radius": "50%",
          background: "transparent",
          color: "#fff",
          font: `400 26px/1 ${FONT}`,
          cursor: "pointer",
        },
        { type: "button", "aria-label": closeLabel, title: closeLabel },
      );
      close.textContent = "×";
      close.addEventListener("click", shut);
      bar.append(title, close);
      const frame = make(
        "iframe",
        { flex: "1", width: "100%", border: "0" },
        { src: pageUrl, allow: "microphone; autoplay", title: label },
      );
      panel.append(bar, frame);
      panel.addEventListener("keydown", (e) => {
        if (e.key === "Escape") shut();
      });
      root.append(panel);
      button.setAttribute("aria-expanded", "true");
      if (narrow) button.style.setProperty("display", "none");
      close.focus();
    }

    function shut() {
      if (!panel) return;
      panel.remove(); // unloads the page in the frame, which hangs up
      panel = null;
      button.setAttribute("aria-expanded", "false");
      button.style.removeProperty("display");
      button.focus();
    }

    button.addEventListener("click", () => (panel ? shut() : open()));
    root.append(button);
  }
})();
