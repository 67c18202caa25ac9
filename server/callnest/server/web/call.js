/* The caller's page at /call/<queue>: one WebRTC call into a queue.
 *
 * The flow: microphone -> peer connection -> SDP offer with every ICE
 * candidate in it -> POST .../calls (the answer comes back in the reply) ->
 * long-poll the contact's state until the call is over. While in line, in a
 * queue that calls back, the caller may leave a number instead: the server
 * keeps their place and closes its side of the call, which then ends here
 * without a hang-up (a hang-up would give the place away). Text reaches the
 * page through textContent only: nothing the server or the address says is
 * parsed as HTML. Every word the caller reads is a message of the page's
 * language (i18n.js: t, tn); the server's refusals are told by their codes,
 * never in the server's own English. window.callnest shows the call's
 * insides to tests.
 */
"use strict";

(() => {
  const ICE_GATHERING_CAP_MS = 3000;
  const POLL_WAIT_S = 25;
  const POLL_RETRY_MS = 2000;
  const POLL_GIVE_UP_MS = 30000; // the server unreachable this long: the call is lost
  const DISCONNECTED_GRACE_MS = 4000; // "disconnected" often recovers by itself
  const i18n = window.callnestI18n;
  const { t, tn } = i18n;

  const $ = (id) => document.getElementById(id);
  const ui = {
    title: $("title"),
    intro: $("intro"),
    notice: $("notice"),
    setup: $("setup"),
    menu: $("menu"),
    choices: $("choices"),
    name: $("caller-name"),
    call: $("call"),
    state: $("state"),
    detail: $("detail"),
    timer: $("timer"),
    error: $("error"),
    hangup: $("hangup"),
    recording: $("recording"),
    recordingText: $("recording-text"),
    noRecording: $("no-recording"),
    remote: $("remote"),
    callbackOpen: $("callback-open"),
    callback: $("callback"),
    callbackPhone: $("callback-phone"),
    callbackError: $("callback-error"),
    callbackSend: $("callback-send"),
    offlineWhen: $("offline-when"),
  };

  // The page lives at <root>/call/<queue>; the API at <root>/api/public/.
  const api = new URL("../api/public/", location.href);
  const queue = queueFromAddress();
  const known = visitorFromAddress();

  // In the widget's frame the site around it is the page: no card of our own.
  if (window.top !== window.self) document.documentElement.classList.add("framed");

  const callnest = {
    pc: null,
    remoteStream: null,
    state: "loading",
    contactId: null,
  };
  window.callnest = callnest;

  let info = null; // the queue, as GET /api/public/queues/{queue} describes it
  let choice = null; // the chosen menu key
  let call = null; // the call in progress, if any

  class Unreachable extends Error {}

  class ApiFailure extends Error {
    constructor(status, error, retryAfter) {
      super(error.message || `the server answered ${status}`);
      this.status = status;
      this.code = error.code || "http_error";
      // What the page says of it: the code (a support desk knows it), not the server's English.
      this.reason = this.code;
      this.details = error.details;
      this.retryAfter = retryAfter;
    }
  }

  function queueFromAddress() {
    const raw = location.pathname.slice(location.pathname.lastIndexOf("/") + 1);
    try {
      return decodeURIComponent(raw);
    } catch {
      return raw;
    }
  }

  // What the server takes for a phone number (it then checks it is one).
  function isPhone(text) {
    return /^[0-9 +()-]{1,40}$/.test(text) && /[0-9]/.test(text);
  }

  // What the business's site knows about its visitor: the widget's data-name,
  // data-phone and data-email, or ?name=&phone=&email= on a link. The name fills
  // the field; a phone or e-mail goes with the call so that the operator sees
  // the customer's card. One the server would refuse is left out: a site's bad
  // data must not stop a call.
  function visitorFromAddress() {
    const given = new URLSearchParams(location.search);
    const value = (key) => (given.get(key) || "").trim();
    const phone = value("phone");
    const email = value("email");
    return {
      name: value("name").slice(0, 200),
      phone: isPhone(phone) ? phone : "",
      email:
        email.length <= 254 && /^[^@\s\x00-\x1f\x7f]+@[^@\s\x00-\x1f\x7f]+$/.test(email)
          ? email
          : "",
    };
  }

  function setState(state) {
    callnest.state = state;
    document.body.dataset.state = state;
  }

  function show(element, text) {
    element.textContent = text || "";
    element.hidden = !text;
  }

  function say(state, detail) {
    ui.state.textContent = state || "";
    ui.detail.textContent = detail || "";
  }

  function showError(message) {
    show(ui.error, message);
  }

  async function request(path, options) {
    let response;
    try {
      response = await fetch(new URL(path, api), { cache: "no-store", ...options });
    } catch (exc) {
      if (exc.name === "AbortError") throw exc;
      throw new Unreachable("the server cannot be reached");
    }
    let body = null;
    try {
      body = await response.json();
    } catch {
      if (response.ok) throw new Unreachable("the server's answer was cut off");
    }
    if (!response.ok) {
      const retryAfter = Number(response.headers.get("Retry-After")) || null;
      throw new ApiFailure(response.status, (body && body.error) || {}, retryAfter);
    }
    return body;
  }

  const queuePath = () => `queues/${encodeURIComponent(queue)}`;
  const contactPath = (id) => `contacts/${encodeURIComponent(id)}`;

  /** What went wrong, for a message's {reason}: a refusal's code, else the browser's words. */
  const reasonOf = (exc) => (exc instanceof ApiFailure ? exc.reason : (exc && exc.message) || String(exc));

  // ------------------------------------------------------------ the queue

  async function load() {
    if (!queue) {
      i18n.start(Promise.resolve(null));
      await i18n.ready;
      setState("error");
      ui.title.textContent = t("page.no_queue.title");
      showError(t("page.no_queue.error"));
      return;
    }
    // The words wait for the queue only when the browser's languages are none of ours.
    const asked = request(queuePath());
    i18n.start(asked.then((queueInfo) => queueInfo.language, () => null));
    try {
      info = await asked;
    } catch (exc) {
      await i18n.ready;
      setState("error");
      if (exc instanceof ApiFailure && exc.status === 404) {
        ui.title.textContent = t("page.not_found.title");
        document.title = t("page.not_found.doc_title");
        showError(t("page.not_found.error", { queue }));
      } else if (exc instanceof Unreachable) {
        ui.title.textContent = t("page.title");
        showError(t("page.error.unreachable"));
      } else {
        ui.title.textContent = t("page.title");
        showError(t("page.error.other", { reason: reasonOf(exc) }));
      }
      return;
    }
    await i18n.ready;
    ui.title.textContent = info.display_name;
    document.title = t("page.doc_title", { name: info.display_name });
    ui.intro.hidden = false;
    if (!info.open) {
      show(ui.notice, t("page.closed"));
    }
    if (info.menu && info.menu.length) {
      for (const item of info.menu) ui.choices.append(choiceButton(item));
      ui.menu.hidden = false;
    }
    // The offline form (chat.js) may then ask for a call at a time.
    ui.offlineWhen.hidden = !info.callbacks;
    setBusy(false);
    setState("ready");
  }

  function choiceButton(item) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "choice";
    button.dataset.key = item.key;
    button.setAttribute("aria-pressed", "false");
    const key = document.createElement("span");
    key.className = "key";
    key.setAttribute("aria-hidden", "true");
    key.textContent = item.key;
    const label = document.createElement("span");
    label.className = "label";
    label.textContent = item.label;
    button.append(key, label);
    button.addEventListener("click", () => {
      choice = item.key;
      for (const other of ui.choices.querySelectorAll("button")) {
        other.setAttribute("aria-pressed", String(other === button));
      }
      if (ui.error.textContent === t("call.error.choose_first")) showError("");
    });
    return button;
  }

  // -------------------------------------------------------- starting a call

  async function startCall(event) {
    event.preventDefault();
    if (call || !info) return;
    if (info.menu && info.menu.length && choice === null) {
      showError(t("call.error.choose_first"));
      ui.choices.querySelector("button").focus();
      return;
    }
    showError("");
    if (!navigator.mediaDevices || !window.RTCPeerConnection) {
      showError(
        window.isSecureContext ? t("call.error.no_webrtc") : t("call.error.insecure"),
      );
      return;
    }
    const current = (call = {
      id: null,
      token: null,
      ended: false,
      mic: null,
      pc: null,
      leavingNumber: false, // asking to be called back: the server may close its side first
      polling: new AbortController(),
      lastState: null,
      connectedAt: null,
      ticker: null,
      grace: null,
    });
    setState("starting");
    setBusy(true);
    say(t("call.state.microphone"), "");

    try {
      current.mic = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
    } catch (exc) {
      return giveUp(current, microphoneProblem(exc));
    }
    if (current.ended) return stopMedia(current);

    let pc;
    try {
      pc = current.pc = callnest.pc = new RTCPeerConnection({ iceServers: info.ice_servers || [] });
      pc.addEventListener("track", (e) => {
        const stream = e.streams[0] || new MediaStream([e.track]);
        callnest.remoteStream = stream;
        ui.remote.srcObject = stream;
        ui.remote.play().catch(() => {}); // autoplay does it once allowed
      });
      pc.addEventListener("connectionstatechange", () => watchConnection(current));
      for (const track of current.mic.getTracks()) pc.addTrack(track, current.mic);
      say(t("common.connecting"), "");
      await pc.setLocalDescription(await pc.createOffer());
      await iceGathered(pc, ICE_GATHERING_CAP_MS);
    } catch (exc) {
      return giveUp(current, t("call.error.setup", { reason: reasonOf(exc) }));
    }
    if (current.ended) return stopMedia(current);

    const wanted = { sdp: pc.localDescription.sdp };
    const name = ui.name.value.trim();
    if (name) wanted.caller_name = name;
    if (known.phone) wanted.phone = known.phone;
    if (known.email) wanted.email = known.email;
    if (choice !== null) wanted.choice = choice;
    wanted.language = i18n.lang; // what the announcements are then spoken in
    let answer;
    try {
      answer = await request(`${queuePath()}/calls`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(wanted),
      });
    } catch (exc) {
      return giveUp(current, startProblem(exc));
    }
    current.id = callnest.contactId = answer.contact_id;
    current.token = answer.token;
    if (current.ended) {
      // Hung up while the server was answering.
      deleteContact(current);
      return;
    }
    try {
      await pc.setRemoteDescription({ type: "answer", sdp: answer.sdp });
    } catch (exc) {
      deleteContact(current);
      return giveUp(current, t("call.error.audio", { reason: reasonOf(exc) }));
    }
    render(current, answer);
    poll(current);
  }

  function iceGathered(pc, capMs) {
    if (pc.iceGatheringState === "complete") return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        pc.removeEventListener("icegatheringstatechange", changed);
        pc.removeEventListener("icecandidate", candidate);
        resolve();
      };
      const changed = () => {
        if (pc.iceGatheringState === "complete") done();
      };
      const candidate = (e) => {
        if (!e.candidate) done();
      };
      // What has been gathered by then is enough: host candidates come first.
      const timer = setTimeout(done, capMs);
      pc.addEventListener("icegatheringstatechange", changed);
      pc.addEventListener("icecandidate", candidate);
    });
  }

  function microphoneProblem(exc) {
    switch (exc && exc.name) {
      case "NotAllowedError":
      case "SecurityError":
      case "PermissionDeniedError":
        return t("call.error.mic_denied");
      case "NotFoundError":
      case "OverconstrainedError":
        return t("call.error.mic_missing");
      case "NotReadableError":
        return t("call.error.mic_busy");
      default:
        return t("call.error.mic_other", { reason: reasonOf(exc) });
    }
  }

  function startProblem(exc) {
    if (exc instanceof Unreachable) return t("common.error.unreachable");
    if (!(exc instanceof ApiFailure)) return t("call.error.start", { reason: reasonOf(exc) });
    if (exc.status === 429 && exc.code === "too_many_contacts") {
      const seconds = Number(exc.details) || exc.retryAfter;
      return seconds ? tn("call.error.too_many_wait", seconds) : t("call.error.too_many");
    }
    if (exc.status === 429) return t("call.error.in_progress");
    if (exc.status === 503 && exc.code === "closed") return t("call.error.closed");
    if (exc.status === 404) return t("call.error.gone");
    if (exc.code === "invalid_choice") return t("call.error.invalid_choice");
    if (exc.status === 422) return t("call.error.refused", { reason: exc.reason });
    return t("call.error.start", { reason: exc.reason });
  }

  // ------------------------------------------------------------ during a call

  async function poll(current) {
    let failingSince = null;
    while (!current.ended) {
      const query = new URLSearchParams({ wait_s: String(POLL_WAIT_S) });
      if (current.lastState) query.set("state", current.lastState);
      let status;
      try {
        status = await request(`${contactPath(current.id)}?${query}`, {
          headers: { "X-Contact-Token": current.token },
          signal: current.polling.signal,
        });
      } catch (exc) {
        if (current.ended) return;
        if (exc instanceof ApiFailure && exc.status === 404) {
          return finish(current, t("call.end.over"));
        }
        failingSince = failingSince || Date.now();
        if (Date.now() - failingSince > POLL_GIVE_UP_MS) {
          return lose(current, t("call.error.lost_server"));
        }
        ui.detail.textContent = t("call.detail.reconnecting");
        await new Promise((resolve) => setTimeout(resolve, POLL_RETRY_MS));
        continue;
      }
      failingSince = null;
      render(current, status);
    }
  }

  function render(current, status) {
    if (current.ended) return;
    // Also when the answer to the form was lost: the server has the number.
    if (status.callback_number) return callingBack(current, status);
    current.lastState = status.state;
    offerCallback(status.state === "queued");
    switch (status.state) {
      case "queued":
        setState("queued");
        say(
          status.position ? i18n.position(status.position) : t("queue.waiting"),
          waitText(status.estimated_wait_s),
        );
        break;
      case "ringing":
        setState("ringing");
        say(t("call.state.ringing"), "");
        break;
      case "connected":
        if (current.connectedAt === null) startTimer(current);
        if (status.on_hold) {
          setState("on_hold");
          say(t("call.state.on_hold"), t("call.detail.on_hold"));
        } else {
          setState("connected");
          say(t("call.state.connected"), "");
        }
        break;
      case "wrap_up":
      case "closed":
        finish(current, endReason(status));
        break;
      default:
        say(t("queue.waiting"), ""); // a state this page does not know yet
    }
  }

  function waitText(seconds) {
    if (seconds === null || seconds === undefined) return "";
    if (seconds < 60) return t("queue.wait_short");
    return tn("queue.wait_minutes", Math.round(seconds / 60));
  }

  function endReason(status) {
    switch (status.outcome) {
      case "answered":
        return t("call.end.answered");
      case "abandoned":
        return t("call.end.abandoned");
      case "rejected":
        return t("call.end.rejected");
      case "voicemail":
        return t("call.end.voicemail");
      case "callback":
        return t("call.end.callback");
      case "lost":
        return t("call.end.lost");
      default:
        return status.state === "wrap_up" ? t("call.end.answered") : t("call.end.over");
    }
  }

  function startTimer(current) {
    current.connectedAt = Date.now();
    const tick = () => {
      const s = Math.floor((Date.now() - current.connectedAt) / 1000);
      const hh = Math.floor(s / 3600);
      const mm = String(Math.floor(s / 60) % 60).padStart(hh ? 2 : 1, "0");
      const ss = String(s % 60).padStart(2, "0");
      ui.timer.textContent = hh ? `${hh}:${mm}:${ss}` : `${mm}:${ss}`;
    };
    tick();
    ui.timer.hidden = false;
    current.ticker = setInterval(tick, 1000);
  }

  function watchConnection(current) {
    const pc = current.pc;
    if (current.ended || current.leavingNumber || !pc) return;
    const state = pc.connectionState;
    if (state === "failed") {
      lose(current, t("call.error.connection_lost"));
    } else if (state === "disconnected" && current.grace === null) {
      current.grace = setTimeout(() => {
        current.grace = null;
        if (!current.leavingNumber && pc.connectionState !== "connected") {
          lose(current, t("call.error.connection_lost"));
        }
      }, DISCONNECTED_GRACE_MS);
    } else if (state === "connected" && current.grace !== null) {
      clearTimeout(current.grace);
      current.grace = null;
    }
  }

  // ------------------------------------------------- being called back instead

  /** While the caller waits in a queue that calls back, they may leave a number. */
  function offerCallback(offered) {
    const shown = offered && Boolean(info && info.callbacks);
    ui.callbackOpen.hidden = !shown;
    if (!shown) openCallback(false);
  }

  function openCallback(open) {
    ui.callback.hidden = !open;
    ui.callbackOpen.setAttribute("aria-expanded", String(open));
    if (!open) return;
    showCallbackProblem("");
    if (!ui.callbackPhone.value) ui.callbackPhone.value = known.phone;
    ui.callbackPhone.focus();
  }

  async function askCallback(event) {
    event.preventDefault();
    const current = call;
    if (!current || !current.id || current.ended || current.leavingNumber) return;
    const phone = ui.callbackPhone.value.trim();
    if (!isPhone(phone)) {
      return showCallbackProblem(t("callback.error.format"));
    }
    showCallbackProblem("");
    current.leavingNumber = true;
    sendingCallback(true);
    let status;
    try {
      status = await request(`${contactPath(current.id)}/callback`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Contact-Token": current.token },
        body: JSON.stringify({ phone }),
      });
    } catch (exc) {
      current.leavingNumber = false;
      sendingCallback(false);
      if (current.ended) return;
      showCallbackProblem(callbackProblem(exc, phone));
      watchConnection(current); // what the connection did meanwhile counts again
      return;
    }
    callingBack(current, status);
  }

  function sendingCallback(sending) {
    ui.callbackSend.disabled = sending;
    ui.callbackSend.textContent = sending ? t("callback.sending") : t("callback.send");
  }

  function showCallbackProblem(message) {
    show(ui.callbackError, message);
    if (!message) return ui.callbackPhone.removeAttribute("aria-invalid");
    ui.callbackPhone.setAttribute("aria-invalid", "true");
    ui.callbackPhone.focus();
  }

  function callbackProblem(exc, phone) {
    if (exc instanceof Unreachable) return t("common.error.unreachable");
    if (!(exc instanceof ApiFailure)) return t("callback.error.other", { reason: reasonOf(exc) });
    switch (exc.code) {
      case "invalid_request":
        // One code for every number the server cannot call; which of its
        // three reasons (numbers.py) is told by its words alone.
        if (/country code/.test(exc.message)) {
          return t("callback.error.no_country_code", { number: phone });
        }
        if (/extension/.test(exc.message)) return t("callback.error.extension", { number: phone });
        return t("callback.error.not_a_number", { number: phone });
      case "offer_gone":
        return t("callback.error.offer_gone");
      case "conflict":
        return t("callback.error.already");
      case "not_supported":
        return t("callback.error.not_offered");
      case "unknown_contact":
      case "not_found":
        return t("callback.error.over");
      default:
        return t("callback.error.other", { reason: exc.reason });
    }
  }

  /** The server will call back: the call on the page ends, the place in line does not. */
  function callingBack(current, status) {
    current.ended = true;
    stopMedia(current);
    if (call === current) call = null;
    setState("callback");
    ui.intro.hidden = true; // it speaks of microphones
    ui.hangup.hidden = true;
    ui.recording.hidden = true;
    ui.timer.hidden = true;
    offerCallback(false);
    const number = status.callback_number;
    say(
      t("callback.kept"),
      status.position
        ? t("callback.kept_detail_place", { number, place: i18n.position(status.position) })
        : t("callback.kept_detail", { number }),
    );
    ui.state.focus();
  }

  // ---------------------------------------------------------- ending a call

  function hangUp() {
    const current = call;
    if (!current || current.ended) return;
    finish(current, t("call.end.abandoned"));
    if (current.id) deleteContact(current);
  }

  async function refuseRecording() {
    const current = call;
    if (!current || !current.id || current.ended) return;
    ui.noRecording.disabled = true;
    try {
      await request(`${contactPath(current.id)}/refuse-recording`, {
        method: "POST",
        headers: { "X-Contact-Token": current.token },
      });
    } catch (exc) {
      ui.noRecording.disabled = false;
      return showError(t("recording.error", { reason: reasonOf(exc) }));
    }
    ui.recordingText.textContent = t("recording.refused");
    ui.noRecording.hidden = true;
  }

  function deleteContact(current) {
    // keepalive: it still goes out when the page is closing.
    return fetch(new URL(contactPath(current.id), api), {
      method: "DELETE",
      headers: { "X-Contact-Token": current.token },
      keepalive: true,
    }).catch(() => {});
  }

  function stopMedia(current) {
    clearInterval(current.ticker);
    clearTimeout(current.grace);
    current.polling.abort();
    if (current.mic) for (const track of current.mic.getTracks()) track.stop();
    if (current.pc) current.pc.close();
    ui.remote.srcObject = null;
  }

  /** The call is over: say so and why, and offer to call again. */
  function finish(current, reason) {
    if (!current.ended && current.id && current.connectedAt !== null) {
      // A call that reached an agent: the customer may rate it (chat.js).
      const detail = { id: current.id, token: current.token };
      window.dispatchEvent(new CustomEvent("callnest:call-ended", { detail }));
    }
    current.ended = true;
    stopMedia(current);
    if (call === current) call = null;
    setState("ended");
    say(t("call.state.ended"), reason);
    setBusy(false);
    ui.call.textContent = t("call.again");
    ui.call.focus();
  }

  /** The call broke: finish it and tell the caller what happened. */
  function lose(current, message) {
    if (current.ended) return;
    finish(current, "");
    showError(message);
    if (current.id) deleteContact(current);
  }

  /** The call never started. */
  function giveUp(current, message) {
    if (current.ended) return; // hung up meanwhile: that is what the caller sees
    current.ended = true;
    stopMedia(current);
    if (call === current) call = null;
    setState("ready");
    say("", "");
    setBusy(false);
    showError(message);
  }

  function setBusy(busy) {
    // During a call the choices and the name are settled: only the call shows.
    ui.setup.hidden = busy;
    // The queue says its calls are recorded (said before calling too): the
    // caller may refuse, any time during the call.
    ui.recording.hidden = !(info && info.recording_notice);
    ui.recordingText.textContent = t("recording.notice");
    ui.noRecording.hidden = !busy;
    ui.noRecording.disabled = false;
    ui.call.disabled = busy;
    ui.hangup.hidden = !busy;
    offerCallback(false); // once in line (render)
    sendingCallback(false);
    if (busy) {
      ui.timer.hidden = true;
      ui.timer.textContent = "";
      ui.hangup.focus();
    }
  }

  if (known.name && !ui.name.value) ui.name.value = known.name;
  ui.setup.addEventListener("submit", startCall);
  ui.hangup.addEventListener("click", hangUp);
  ui.noRecording.addEventListener("click", refuseRecording);
  ui.callbackOpen.addEventListener("click", () => openCallback(ui.callback.hidden));
  ui.callback.addEventListener("submit", askCallback);
  // Closing the tab (or the widget) hangs up rather than leaving a silent caller in line.
  window.addEventListener("pagehide", () => {
    if (call && call.id && !call.ended) deleteContact(call);
  });
  load();
})();
