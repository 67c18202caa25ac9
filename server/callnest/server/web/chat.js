/* The chat side of the customer's page at /call/<queue>, and the rating
 * offered after a call or a chat.
 *
 * Start: POST .../chats (a name, an e-mail) -> a contact id and a token, kept
 * in the page's localStorage so that a reload comes back to the same chat.
 * Then one WebSocket: hello {token, after} first, then messages both ways.
 * Every message is stored by the server before it is shown anywhere, and
 * numbered (seq): after a lost connection the page asks for what follows the
 * last one it has, and resends what the server never confirmed (the server
 * recognises a resend by its client_msg_id). Nobody there -> the offline form
 * leaves a message and a number instead, and in a queue that calls back (the
 * call page shows the choice) a time for the call: the browser reads the
 * chosen day and time in its own zone, and sends the instant and the zone.
 *
 * Every text from a customer or an agent reaches the DOM through textContent,
 * never innerHTML. The page's own words are messages of its language
 * (i18n.js: t, tn), the server's refusals told by their codes; nothing is
 * said before the catalogue is loaded. window.callnestChat shows the chat's
 * insides to tests.
 */
"use strict";

(() => {
  const RECONNECT_MS = [500, 1000, 2000, 4000];
  const TYPING_IDLE_MS = 3000;
  const MINUTE_MS = 60 * 1000;
  const CALLBACK_AHEAD_DAYS = 30;
  const CALLBACK_AHEAD_MS = CALLBACK_AHEAD_DAYS * 24 * 60 * MINUTE_MS; // the server takes a day more
  const MAX_MESSAGE = 4000;

  const i18n = window.callnestI18n;
  const { t, tn } = i18n;

  const $ = (id) => document.getElementById(id);
  const ui = {
    title: $("title"),
    setup: $("setup"),
    state: $("state"),
    detail: $("detail"),
    error: $("error"),
    open: $("chat-open"),
    start: $("chat-start"),
    name: $("chat-name"),
    email: $("chat-email"),
    offline: $("offline"),
    when: $("offline-when"),
    whenAt: $("offline-when-at"),
    atField: $("offline-at-field"),
    at: $("offline-at"),
    atHint: $("offline-at-hint"),
    chat: $("chat"),
    messages: $("messages"),
    typing: $("typing"),
    composer: $("composer"),
    text: $("chat-text"),
    send: $("chat-send"),
    transcript: $("transcript"),
    end: $("chat-end"),
    rating: $("rating"),
    stars: $("stars"),
    comment: $("rating-comment"),
    thanks: $("rating-done"),
  };

  const api = new URL("../api/public/", location.href);
  const queue = decodeURIComponent(location.pathname.slice(location.pathname.lastIndexOf("/") + 1));
  const storageKey = `callnest.chat:${queue}`;

  const state = {
    online: null,
    chat: null, // {id, token, ws, lastSeq, pending: Map, ended, attempt}
    rated: null, // {id, token} the contact the rating form is for
  };
  window.callnestChat = state;

  function say(main, detail) {
    ui.state.textContent = main || "";
    ui.detail.textContent = detail || "";
  }

  function showError(message) {
    ui.error.textContent = message || "";
    ui.error.hidden = !message;
  }

  // A refusal: its status, code (the page's words are chosen by it; the
  // server's English message is never shown), details and Retry-After.
  async function request(path, options) {
    let response;
    try {
      response = await fetch(new URL(path, api), { cache: "no-store", ...options });
    } catch {
      const failure = new Error("the server cannot be reached");
      failure.code = "unreachable";
      throw failure;
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (!response.ok) {
      const error = (body && body.error) || {};
      const failure = new Error(error.message || `the server answered ${response.status}`);
      failure.status = response.status;
      failure.code = error.code || "http_error";
      failure.details = error.details;
      failure.retryAfter = Number(response.headers.get("Retry-After")) || null;
      throw failure;
    }
    return body;
  }

  /** The words for a refusal every public request may meet; "" for any other. */
  function commonProblem(exc) {
    if (exc.code === "unreachable") return t("common.error.unreachable");
    if (exc.status === 429 && exc.code === "too_many_contacts") {
      const seconds = Number(exc.details) || exc.retryAfter;
      return seconds ? tn("common.error.too_many_wait", seconds) : t("common.error.too_many");
    }
    return "";
  }

  /** Which fields a 422 names (its details), e.g. ["phone"]. */
  const fieldsOf = (exc) =>
    Array.isArray(exc.details) ? exc.details.map((d) => d && d.field).filter(Boolean) : [];

  const queuePath = () => `queues/${encodeURIComponent(queue)}`;

  // ------------------------------------------------------- where the button is

  // The call page says when it is idle (data-state): only then may a chat start.
  function callIdle() {
    const s = document.body.dataset.state;
    return s === "ready" || s === "ended";
  }

  function refreshEntry() {
    const chatting = state.chat !== null && !state.chat.ended;
    if (chatting) {
      // The call page shows its form and intro once loaded: not during a chat.
      ui.setup.hidden = true;
      $("intro").hidden = true;
    }
    const busy = chatting || !ui.start.hidden || !ui.offline.hidden;
    ui.open.hidden = busy || !callIdle() || state.online === null;
    const again = state.chat !== null && state.chat.ended;
    ui.open.textContent = state.online
      ? again
        ? t("chat.open_again")
        : t("chat.open")
      : t("chat.open_offline");
  }

  new MutationObserver(refreshEntry).observe(document.body, {
    attributes: true,
    attributeFilter: ["data-state"],
  });

  async function loadAvailability() {
    try {
      state.online = (await request(`${queuePath()}/chat`)).online;
    } catch {
      state.online = null; // no such line: the call page says so
    }
    refreshEntry();
  }

  ui.open.addEventListener("click", () => {
    showError("");
    ui.setup.hidden = true;
    ui.rating.hidden = true;
    ui.thanks.hidden = true;
    $("intro").hidden = true; // it speaks of microphones
    say("", "");
    const form = state.online ? ui.start : ui.offline;
    form.hidden = false;
    const callerName = $("caller-name").value.trim();
    for (const field of form.querySelectorAll("input[name=name]")) {
      if (!field.value) field.value = callerName;
    }
    refreshEntry();
    form.querySelector("input").focus();
  });

  // ------------------------------------------------------------ starting

  ui.start.addEventListener("submit", async (event) => {
    event.preventDefault();
    const wanted = { name: ui.name.value.trim() };
    if (ui.email.value.trim()) wanted.email = ui.email.value.trim();
    if (!wanted.name) return showError(t("chat.error.name"));
    showError("");
    let started;
    try {
      started = await startChat(wanted);
    } catch (exc) {
      if (exc.code === "chat_offline") {
        state.online = false;
        ui.start.hidden = true;
        ui.offline.hidden = false;
        $("offline-name").value = wanted.name;
        return showError(t("chat.error.offline"));
      }
      if (exc.code === "too_many_chats") return showError(t("chat.error.too_many_chats"));
      return showError(commonProblem(exc) || t("chat.error.start", { reason: exc.code }));
    }
    localStorage.setItem(storageKey, JSON.stringify({ id: started.contact_id, token: started.token }));
    ui.start.hidden = true;
    openChat(started.contact_id, started.token);
  });

  /** POST .../chats with the page's language (the agent's side may use it). */
  function startChat(wanted) {
    return request(`${queuePath()}/chats`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...wanted, language: i18n.lang }),
    });
  }

  // ------------------------------------------------- when to call back (offline)

  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  function pickingTime() {
    return !ui.when.hidden && ui.whenAt.checked;
  }

  /** The chosen day and time, read in the browser's zone (ms; NaN if none). */
  function chosenTime() {
    return ui.at.value ? new Date(ui.at.value).getTime() : NaN;
  }

  function timeProblem() {
    const at = chosenTime();
    if (Number.isNaN(at)) return t("offline.error.time_missing");
    // The field has minutes: the one going on now is still to come.
    if (at + MINUTE_MS <= Date.now()) return t("offline.error.time_past");
    if (at > Date.now() + CALLBACK_AHEAD_MS) {
      return tn("offline.error.time_far", CALLBACK_AHEAD_DAYS);
    }
    return "";
  }

  function timeRefused(message, focus = true) {
    showError(message);
    ui.at.setAttribute("aria-invalid", "true");
    if (focus) ui.at.focus();
  }

  const spoken = (ms) => i18n.dateTime(ms, { dateStyle: "full", timeStyle: "short" });

  /** min and max from now: the page may have been open a while. */
  function boundTime() {
    const local = (ms) => {
      const d = new Date(ms);
      const two = (n) => String(n).padStart(2, "0");
      const day = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
      return `${day}T${two(d.getHours())}:${two(d.getMinutes())}`;
    };
    ui.at.min = local(Date.now());
    ui.at.max = local(Date.now() + CALLBACK_AHEAD_MS);
  }

  for (const choice of ui.when.querySelectorAll("input[name=when]")) {
    choice.addEventListener("change", () => {
      const picking = pickingTime();
      ui.atField.hidden = !picking;
      ui.at.required = picking;
      // A time no longer wanted is not checked either (nor what was said of it).
      ui.at.disabled = !picking;
      if (!picking && ui.at.hasAttribute("aria-invalid")) {
        ui.at.removeAttribute("aria-invalid");
        showError("");
      }
      if (picking) boundTime();
    });
  }
  ui.at.addEventListener("focus", boundTime);
  ui.at.addEventListener("input", () => {
    if (!ui.at.hasAttribute("aria-invalid")) return;
    ui.at.removeAttribute("aria-invalid");
    showError(""); // what was said of the time before
  });
  // The browser's own check (required, min, max) in our words, not its bubble.
  ui.at.addEventListener("invalid", (event) => {
    event.preventDefault();
    // Focused when first: else the browser points at the field before it.
    const first = ui.offline.querySelector("input:invalid, textarea:invalid") === ui.at;
    timeRefused(timeProblem() || t("offline.error.time_invalid"), first);
  });

  ui.offline.addEventListener("submit", async (event) => {
    event.preventDefault();
    const wanted = {
      name: $("offline-name").value.trim(),
      phone: $("offline-phone").value.trim(),
      text: $("offline-text").value,
    };
    const email = $("offline-email").value.trim();
    if (email) wanted.email = email;
    let at = null;
    if (pickingTime()) {
      const problem = timeProblem();
      if (problem) return timeRefused(problem);
      at = chosenTime();
      wanted.callback_at = at / 1000;
      wanted.time_zone = timeZone;
    }
    showError("");
    try {
      await request(`${queuePath()}/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(wanted),
      });
    } catch (exc) {
      return showError(offlineProblem(exc));
    }
    ui.offline.hidden = true;
    document.body.dataset.chat = "message_left";
    say(
      t("offline.sent"),
      at === null ? t("offline.sent_soon") : t("offline.sent_at", { when: spoken(at) }),
    );
  });

  function offlineProblem(exc) {
    const common = commonProblem(exc);
    if (common) return common;
    if (exc.code === "not_supported") return t("offline.error.no_callbacks");
    if (exc.code === "invalid_request") {
      const fields = fieldsOf(exc);
      if (fields.includes("email")) return t("offline.error.email");
      if (fields.includes("phone")) return t("offline.error.phone");
      // A time the page took and the server did not (their clocks differ).
      if (fields.includes("callback_at") || fields.includes("time_zone")) {
        return t("offline.error.time_invalid");
      }
      if (fields.length === 0) {
        // Said in words only (chat.py, numbers.py): the time, or a number nobody can call.
        return /callback_at/.test(exc.message)
          ? t("offline.error.time_invalid")
          : t("offline.error.phone");
      }
    }
    return t("offline.error.other", { reason: exc.code });
  }

  // ---------------------------------------------------------- the live chat

  function openChat(id, token) {
    state.chat = { id, token, ws: null, lastSeq: 0, pending: new Map(), ended: false, attempt: 0 };
    ui.setup.hidden = true;
    $("intro").hidden = true; // it speaks of microphones
    ui.chat.hidden = false;
    ui.composer.hidden = false;
    ui.end.hidden = false;
    ui.messages.textContent = "";
    document.body.dataset.chat = "starting";
    say(t("common.connecting"), "");
    refreshEntry();
    connect(state.chat);
  }

  function connect(chat) {
    const url = new URL(`chats/${encodeURIComponent(chat.id)}/live`, api);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const ws = (chat.ws = new WebSocket(url));
    ws.addEventListener("open", () => {
      ws.send(JSON.stringify({ type: "hello", token: chat.token, after: chat.lastSeq }));
    });
    ws.addEventListener("message", (e) => receive(chat, JSON.parse(e.data)));
    ws.addEventListener("close", () => {
      if (state.chat !== chat || chat.ended) return;
      chat.ws = null;
      document.body.dataset.chat = "reconnecting";
      say(t("chat.state.reconnecting"), t("chat.detail.reconnecting"));
      const wait = RECONNECT_MS[Math.min(chat.attempt, RECONNECT_MS.length - 1)];
      chat.attempt += 1;
      setTimeout(() => state.chat === chat && connect(chat), wait);
    });
  }

  function receive(chat, frame) {
    switch (frame.type) {
      case "welcome":
        chat.attempt = 0;
        // Whatever the server never confirmed goes again (it knows a resend).
        for (const [id, text] of chat.pending) transmit(chat, id, text);
        break;
      case "status":
        status(chat, frame);
        break;
      case "message":
        message(chat, frame);
        break;
      case "typing":
        ui.typing.textContent = !frame.typing
          ? ""
          : frame.name
            ? t("chat.typing", { name: frame.name })
            : t("chat.typing_agent");
        ui.typing.hidden = !frame.typing;
        break;
      case "error":
        refused(chat, frame);
        break;
      default:
        break;
    }
  }

  function status(chat, frame) {
    if (frame.ended) return ended(chat, frame);
    document.body.dataset.chat = frame.state;
    if (frame.state === "connected") {
      say(
        frame.agent ? t("chat.state.connected", { name: frame.agent }) : t("chat.state.connected_us"),
        "",
      );
    } else if (frame.state === "queued") {
      say(
        frame.position ? i18n.position(frame.position) : t("queue.waiting"),
        t("chat.detail.queued"),
      );
    } else if (frame.state === "ringing") {
      say(t("chat.state.ringing"), "");
    }
  }

  function ended(chat, frame) {
    if (chat.ended) return;
    chat.ended = true;
    localStorage.removeItem(storageKey);
    document.body.dataset.chat = "ended";
    ui.composer.hidden = true;
    ui.end.hidden = true;
    ui.typing.hidden = true;
    say(t("chat.state.ended"), t("chat.detail.ended"));
    if (chat.ws) chat.ws.close();
    const answered = frame.state === "wrap_up" || frame.outcome === "answered";
    if (answered) offerRating(chat.id, chat.token);
    refreshEntry();
  }

  function message(chat, frame) {
    if (frame.seq <= chat.lastSeq) return; // a repeat after a reconnect
    chat.lastSeq = frame.seq;
    if (frame.client_msg_id) {
      const pending = ui.messages.querySelector(`li[data-client-id="${CSS.escape(frame.client_msg_id)}"]`);
      if (pending) pending.remove();
      chat.pending.delete(frame.client_msg_id);
    }
    if (frame.sender !== "customer") {
      ui.typing.hidden = true;
    }
    const item = bubble(frame.sender, frame.name, frame.text);
    item.dataset.seq = String(frame.seq);
    // Confirmed messages stay above the ones still on their way.
    ui.messages.insertBefore(item, ui.messages.querySelector("li.pending"));
    ui.messages.scrollTop = ui.messages.scrollHeight;
  }

  function bubble(sender, name, text) {
    const item = document.createElement("li");
    item.className = `message ${sender}`;
    if (sender !== "system") {
      const who = document.createElement("span");
      who.className = "who";
      who.textContent = sender === "customer" ? t("chat.who.you") : name || t("chat.who.agent");
      item.append(who);
    }
    const body = document.createElement("span");
    body.className = "text";
    body.textContent = text;
    item.append(body);
    return item;
  }

  function refused(chat, frame) {
    if (frame.code === "unauthenticated") {
      // Not ours any more (or never was): start afresh.
      localStorage.removeItem(storageKey);
      chat.ended = true;
      state.chat = null;
      ui.chat.hidden = true;
      say("", "");
      showError(t("chat.error.gone"));
      ui.setup.hidden = false;
      refreshEntry();
      return;
    }
    if (frame.ref && chat.pending.has(frame.ref)) {
      const text = chat.pending.get(frame.ref);
      chat.pending.delete(frame.ref);
      const item = ui.messages.querySelector(`li[data-client-id="${CSS.escape(frame.ref)}"]`);
      if (item) item.remove();
      if (!ui.text.value) ui.text.value = text; // not lost: back in the box
    }
    showError(frameProblem(frame));
  }

  function frameProblem(frame) {
    switch (frame.code) {
      case "chat_ended":
        return t("chat.error.ended");
      case "too_fast":
        return tn("chat.error.too_fast", Math.max(1, Math.ceil(Number(frame.retry_after) || 1)));
      case "invalid_frame":
        return t("chat.error.refused");
      default:
        return t("chat.error.other", { reason: frame.code });
    }
  }

  let sequence = 0;
  let typingTimer = null;
  let typingSent = false;

  function transmit(chat, id, text) {
    if (chat.ws && chat.ws.readyState === WebSocket.OPEN) {
      chat.ws.send(JSON.stringify({ type: "send", text, client_msg_id: id }));
    }
  }

  ui.composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const chat = state.chat;
    const text = ui.text.value;
    if (!chat || chat.ended || !text.trim()) return;
    if (text.length > MAX_MESSAGE) return showError(tn("chat.error.too_long", MAX_MESSAGE));
    showError("");
    sequence += 1;
    const id = `p${Date.now().toString(36)}${sequence}`;
    chat.pending.set(id, text);
    const item = bubble("customer", null, text);
    item.classList.add("pending");
    item.dataset.clientId = id;
    ui.messages.append(item);
    ui.messages.scrollTop = ui.messages.scrollHeight;
    ui.text.value = "";
    stopTyping(chat);
    transmit(chat, id, text);
    ui.text.focus();
  });

  ui.text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      ui.composer.requestSubmit();
    }
  });

  ui.text.addEventListener("input", () => {
    const chat = state.chat;
    if (!chat || !chat.ws || chat.ws.readyState !== WebSocket.OPEN) return;
    if (!typingSent) {
      typingSent = true;
      chat.ws.send(JSON.stringify({ type: "typing", typing: true }));
    }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => stopTyping(chat), TYPING_IDLE_MS);
  });

  function stopTyping(chat) {
    clearTimeout(typingTimer);
    if (typingSent && chat.ws && chat.ws.readyState === WebSocket.OPEN) {
      chat.ws.send(JSON.stringify({ type: "typing", typing: false }));
    }
    typingSent = false;
  }

  ui.end.addEventListener("click", () => {
    const chat = state.chat;
    if (chat && chat.ws && chat.ws.readyState === WebSocket.OPEN) {
      chat.ws.send(JSON.stringify({ type: "leave" }));
    }
  });

  ui.transcript.addEventListener("click", async () => {
    const chat = state.chat;
    if (!chat) return;
    let response;
    try {
      response = await fetch(new URL(`chats/${encodeURIComponent(chat.id)}/transcript`, api), {
        headers: { "X-Contact-Token": chat.token },
        cache: "no-store",
      });
    } catch {
      return showError(t("chat.error.transcript_unreachable"));
    }
    if (!response.ok) return showError(t("chat.error.transcript"));
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = `chat-${new Date().toISOString().slice(0, 10)}.txt`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  });

  // ------------------------------------------------------------- the rating

  function stars() {
    const titles = [t("rating.1"), t("rating.2"), t("rating.3"), t("rating.4"), t("rating.5")];
    for (let n = 1; n <= 5; n += 1) {
      const label = document.createElement("label");
      const input = document.createElement("input");
      input.type = "radio";
      input.name = "rating";
      input.value = String(n);
      const star = document.createElement("span");
      star.className = "star";
      star.setAttribute("aria-hidden", "true");
      star.textContent = "★";
      const number = document.createElement("span");
      number.textContent = i18n.number(n);
      label.append(input, star, number);
      label.title = titles[n - 1];
      ui.stars.append(label);
    }
  }

  function offerRating(id, token) {
    state.rated = { id, token };
    ui.rating.reset();
    ui.rating.hidden = false;
    ui.thanks.hidden = true;
  }

  ui.rating.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = ui.rating.querySelector("input[name=rating]:checked");
    if (!chosen || !state.rated) return showError(t("rating.error.choose"));
    showError("");
    try {
      await request(`contacts/${encodeURIComponent(state.rated.id)}/feedback`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Contact-Token": state.rated.token },
        body: JSON.stringify({ rating: Number(chosen.value), comment: ui.comment.value }),
      });
    } catch (exc) {
      if (exc.code !== "already_rated") {
        return showError(commonProblem(exc) || t("rating.error.other", { reason: exc.code }));
      }
    }
    ui.rating.hidden = true;
    ui.thanks.hidden = false;
  });

  // The call page tells when a call that reached an agent is over.
  window.addEventListener("callnest:call-ended", (e) => offerRating(e.detail.id, e.detail.token));

  // ------------------------------------------------------------------ start

  const kept = (() => {
    try {
      return JSON.parse(localStorage.getItem(storageKey) || "null");
    } catch {
      return null;
    }
  })();
  // Nothing is said before the page's words are known.
  i18n.ready.then(() => {
    stars();
    ui.atHint.textContent = timeZone
      ? tn("offline.at_hint", CALLBACK_AHEAD_DAYS, { zone: timeZone })
      : tn("offline.at_hint_no_zone", CALLBACK_AHEAD_DAYS);
    if (kept && kept.id && kept.token) {
      openChat(kept.id, kept.token); // a reload: the same chat, its history from the start
    }
    loadAvailability();
  });
})();
