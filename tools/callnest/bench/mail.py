"""E-mail taken in while agents answer it: the e-mail channel end to end,
through real mail servers.

Dovecot and Postfix of the bench's own (:mod:`callnest.sim.mail_servers`)
hold the queue's mailbox, ``support@example.test``, and ``--customers``
customers' mailboxes. A real ``callnest-server`` runs in its own process, as
deployed (so its CPU is its own), trusting the mail servers' test CA
(``SSL_CERT_FILE``, as a real CA would be trusted); the owner gives the
queue its mailbox: IMAP over implicit TLS, replies by submission with
STARTTLS.

``--agents`` agents work from their desktops' WebSockets in this process
(e-mail needs no audio): each answers every e-mail offered at once, reads
the thread through REST (as the desktop does), replies with a
``client_msg_id``, reads the thread again on each ``email.thread`` until
the reply is sent (or failed for good), hangs up and completes the wrap-up.
Their ``email_capacity`` is the most the server allows, so the agents keep
up and contacts do not pile up waiting.

``--messages`` new messages (no references: a thread and a contact each)
go to the mailbox from the customers in turn, through Postfix's inbound
port, as mail from outside arrives, at a steady ``--rate`` a second, from a
few SMTP connections held open; the moment Postfix accepted each one (its
answer to the end of DATA) is noted by its Message-ID. Once every one of
them has been read in a thread and every contact is wrapped up (or
``--drain-s`` after the last delivery), the contacts no agent took are read
by the owner, and the figures are counted from what the API showed:

- ``received``: delivered Message-IDs stored (in some thread);
- ``duplicates``: stored copies beyond one per Message-ID (told apart by
  their row ids, so a thread read twice counts once);
- ``lost``: delivered (Postfix took it) but stored nowhere;
- ``ingest_ms_*``: a message's ``at`` (the moment the server stored it, in
  the transaction that queues its contact) less the moment Postfix took it:
  Postfix's queue, Dovecot's delivery agent, IDLE, the fetch, the parse and
  the store; p50, p95 and the most;
- ``sent``: replies whose status is ``sent``; ``replies_delivered``: the
  messages in the customers' mailboxes afterwards (each reply went to one).

The exit status is 0 when the budget holds -- every message delivered,
``duplicates`` and ``lost`` 0, ``ingest_ms_p95`` at most 2,000 -- and 1
otherwise (``ok`` says the same in the figures).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import shutil
import smtplib
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from callnest.bench.media import BenchError
from callnest.bench.report import show as show_figures

# aiohttp, the server runner and the mail servers are imported where they are
# used: building the CLI's parser loads every benchmark, and must stay cheap.
if TYPE_CHECKING:
    import aiohttp

    from callnest.sim.api import Api
    from callnest.sim.mail_servers import MailServers
    from callnest.sim.server_process import ServerProcess

NAME = "email"
HELP = (
    "e-mail delivered to a queue's mailbox (real Postfix and Dovecot) while agents "
    "answer it: messages stored, lost or doubled, ingest time, replies sent"
)

INGEST_MS_P95_BUDGET = 2_000.0
# Each message is a contact the agents answer, reply to and wrap up at once:
# a two-core machine's server does some 14 of those a second (its one Python
# process busy), and a rate above what it does only grows the backlog.
RATE = 10.0
EMAIL_CAPACITY = 50  # the most the server allows an agent
SMTP_CONNECTIONS = 4  # one would do; four keep one slow answer from delaying the rest
LOGINS_AT_ONCE = 8  # the server's login throttle counts logins in flight (see campaign_agents)
REPLY_WITHIN_S = 60.0  # an agent waits this long for her reply to be sent, then moves on
SETUP_TIMEOUT_S = 30.0
INBOX_WITHIN_S = 30.0  # for the replies to reach the customers' mailboxes
CUSTOMER_DOMAIN = "example.test"  # theirs too, so that the replies are delivered and counted

NOTES = (
    "ingest_ms is the message's `at` (stored by the server, with its contact queued) less "
    "the moment Postfix answered the end of its DATA; both clocks are this machine's. "
    "received, duplicates and lost count Message-IDs in the threads the API showed (the "
    "agents' reads, then the owner's of any contact left open). sent counts replies with "
    "status sent; replies_delivered, messages in the customers' mailboxes afterwards."
)


# ---------------------------------------------------------------------- CLI


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--messages", type=int, default=2000, help="messages delivered (default 2000)"
    )
    parser.add_argument(
        "--rate",
        type=float,
        default=RATE,
        help=f"messages a second, steadily (default {RATE:g}: what a small server sustains "
        "with its agents answering every one at once)",
    )
    parser.add_argument(
        "--agents", type=int, default=10, help="agents answering, as desktops (default 10)"
    )
    parser.add_argument(
        "--customers", type=int, default=20, help="customers writing, in turn (default 20)"
    )
    parser.add_argument(
        "--drain-s",
        type=float,
        default=120.0,
        help="after the last delivery, wait at most this long for every message to be "
        "taken in and answered (default 120)",
    )
    parser.add_argument(
        "--keep-logs",
        action="store_true",
        help="keep the server's data and log and the mail servers' logs (their directory "
        "is printed)",
    )


def main(args: argparse.Namespace) -> int:
    if args.messages < 1 or args.rate <= 0 or args.agents < 1 or args.customers < 1:
        print(
            "callnest-bench email: --messages, --rate, --agents and --customers must be positive",
            file=sys.stderr,
        )
        return 2
    if args.drain_s <= 0:
        print("callnest-bench email: --drain-s must be positive", file=sys.stderr)
        return 2
    try:
        figures = asyncio.run(
            run(
                messages=args.messages,
                rate=args.rate,
                agents=args.agents,
                customers=args.customers,
                drain_s=args.drain_s,
                keep_logs=args.keep_logs,
            )
        )
    except BenchError as exc:
        print(f"callnest-bench email: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(
            "callnest-bench email: interrupted; everything it started is stopped", file=sys.stderr
        )
        return 130
    show_figures(figures, args.json, format_table)
    if not figures["ok"]:
        print(f"callnest-bench email: over budget: {over_budget(figures)}", file=sys.stderr)
        return 1
    return 0


def _progress(text: str) -> None:
    print(f"[email] {text}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------- the mail


def customer_address(number: int) -> str:
    return f"customer-{number + 1:03d}@{CUSTOMER_DOMAIN}"


def customer_passwords(customers: int) -> dict[str, str]:
    """The customers' mailboxes (they get the replies), address -> password."""
    return {customer_address(n): f"customer-password-{n + 1}" for n in range(customers)}


@dataclass(frozen=True, slots=True)
class Planned:
    """One message to deliver: whose, its Message-ID and its bytes."""

    sender: str
    message_id: str
    data: bytes


def plan_messages(count: int, customers: int, to: str, run_id: str) -> list[Planned]:
    """``count`` new messages (no references), the customers writing in turn."""
    planned = []
    for number in range(count):
        sender = customer_address(number % customers)
        message = EmailMessage()
        message["From"] = f"Customer {number % customers + 1} <{sender}>"
        message["To"] = to
        message["Subject"] = f"Order {number + 1}: where is it?"
        message["Date"] = formatdate(localtime=True)
        message_id = f"<bench-{run_id}-{number + 1}@{CUSTOMER_DOMAIN}>"
        message["Message-ID"] = message_id
        message.set_content(f"Hello,\n\nmy order {number + 1} has not arrived yet.\n\nThanks\n")
        planned.append(Planned(sender, message_id, message.as_bytes()))
    return planned


@dataclass
class Deliveries:
    """What Postfix took (Message-ID -> the wall-clock moment it answered the
    end of DATA) and what it would not. Written by the senders' threads."""

    accepted: dict[str, float] = field(default_factory=dict)
    refused: dict[str, str] = field(default_factory=dict)


def deliver(
    host: str,
    port: int,
    to: str,
    planned: list[Planned],
    rate: float,
    start: float,
    deliveries: Deliveries,
    stopping: threading.Event,
    worker: int,
    workers: int,
) -> None:
    """Worker ``worker`` of ``workers`` (in a thread of its own): every
    ``workers``-th message, each at ``start`` (monotonic) + its place /
    ``rate``, on one SMTP connection held open (opened again after a drop).
    The moment is taken here, not back in the event loop, so a busy loop
    never lengthens a message's ingest time."""
    smtp: smtplib.SMTP | None = None
    try:
        for number in range(worker, len(planned), workers):
            due = start + number / rate
            if stopping.wait(max(0.0, due - time.monotonic())):
                return
            message = planned[number]
            for attempt in (1, 2):
                try:
                    if smtp is None:
                        smtp = smtplib.SMTP(host, port, timeout=30)
                    smtp.sendmail(message.sender, [to], message.data)
                except smtplib.SMTPResponseException as exc:
                    deliveries.refused[message.message_id] = f"{exc.smtp_code} {exc.smtp_error!r}"
                    break
                except (smtplib.SMTPException, OSError) as exc:
                    if smtp is not None:
                        with contextlib.suppress(Exception):
                            smtp.close()
                    smtp = None
                    if attempt == 2:
                        deliveries.refused[message.message_id] = str(exc) or type(exc).__name__
                else:
                    deliveries.accepted[message.message_id] = time.time()
                    break
    finally:
        if smtp is not None:
            with contextlib.suppress(Exception):
                smtp.quit()


# --------------------------------------------------------------- the agents


@dataclass
class Tally:
    """What the API showed of the threads, from every read of them."""

    # Message-ID -> {the stored row's id: its at}, incoming messages.
    stored: dict[str, dict[int, float]] = field(default_factory=dict)
    replies: dict[int, str] = field(default_factory=dict)  # row id -> status
    handled: set[str] = field(default_factory=set)  # contacts an agent answered
    busy: int = 0  # contacts an agent is working on
    offers: int = 0
    errors: list[str] = field(default_factory=list)

    def read(self, thread: dict[str, Any]) -> None:
        for message in thread["messages"]:
            if message["direction"] == "in":
                rows = self.stored.setdefault(message["message_id"], {})
                rows[int(message["id"])] = float(message["at"])
            else:
                self.replies[int(message["id"])] = str(message["status"])

    def error(self, text: str) -> None:
        if len(self.errors) < 1000:
            self.errors.append(text)


def _settled(thread: dict[str, Any]) -> bool:
    """Whether every reply in the thread is sent or failed for good."""
    out = [m for m in thread["messages"] if m["direction"] == "out"]
    return bool(out) and all(m["status"] in ("sent", "failed") for m in out)


class Agent:
    """One agent's desktop: a WebSocket session that answers every e-mail
    offered, each in a task of its own (she holds up to her capacity)."""

    def __init__(self, name: str, api: Api, tally: Tally) -> None:
        self.name = name
        self.api = api
        self.tally = tally
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._n = 0
        self._replies: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._updates: dict[str, asyncio.Event] = {}  # contact -> its thread changed
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> None:
        ws = await self.api.http.ws_connect(self.api.base_url + "/api/ws", heartbeat=None)
        self._ws = ws
        await ws.send_json({"v": 1, "type": "hello", "token": self.api.token, "client": NAME})
        async with asyncio.timeout(SETUP_TIMEOUT_S):
            welcome = json.loads(await ws.receive_str())
        if welcome.get("type") != "welcome":
            raise BenchError(f"{self.name}'s desktop was not welcomed: {welcome}")
        self._spawn(self._read())
        self._spawn(self._beat(float(welcome["heartbeat_s"])))
        reply = await self.request("agent.set_state", state="available")
        if reply["type"] != "ok":
            raise BenchError(f"{self.name} could not become available: {reply}")

    async def stop(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._ws is not None:
            await self._ws.close()

    def _spawn(self, work: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def request(self, type_: str, **fields: Any) -> dict[str, Any]:
        """Sends a request; its ok or error reply."""
        assert self._ws is not None
        self._n += 1
        ref = f"r{self._n}"
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._replies[ref] = answer
        try:
            await self._ws.send_json({"v": 1, "type": type_, "id": ref, **fields})
            async with asyncio.timeout(SETUP_TIMEOUT_S):
                return await answer
        finally:
            self._replies.pop(ref, None)

    async def _beat(self, every_s: float) -> None:
        """Pings as the desktop does, or the server counts her gone."""
        assert self._ws is not None
        while not self._ws.closed:
            await asyncio.sleep(every_s)
            with contextlib.suppress(ConnectionError):
                await self._ws.send_json({"v": 1, "type": "ping"})

    async def _read(self) -> None:
        import aiohttp

        assert self._ws is not None
        async for frame in self._ws:
            if frame.type is not aiohttp.WSMsgType.TEXT:
                continue
            message = json.loads(frame.data)
            kind = message.get("type")
            if kind in ("ok", "error"):
                waiting = self._replies.get(str(message.get("ref")))
                if waiting is not None and not waiting.done():
                    waiting.set_result(message)
            elif kind == "offer":
                self.tally.offers += 1
                self._spawn(self._work(message))
            elif kind == "email.thread":
                update = self._updates.get(str(message["contact_id"]))
                if update is not None:
                    update.set()
        self.tally.error(f"{self.name}'s session ended: {self._ws.close_code}")

    async def _work(self, offer: dict[str, Any]) -> None:
        contact_id = str(offer["contact"]["contact_id"])
        if offer["contact"]["channel"] != "email":
            self.tally.error(f"{self.name} was offered a {offer['contact']['channel']}")
            return
        self.tally.busy += 1
        update = self._updates[contact_id] = asyncio.Event()
        try:
            answered = await self.request("offer.answer", offer_id=offer["offer_id"])
            if answered["type"] == "ok":
                self.tally.handled.add(contact_id)
                await self._answer(contact_id, update)
            elif answered.get("code") != "offer_gone":
                self.tally.error(f"offer.answer: {answered}")
        except Exception as exc:  # counted, and the bench goes on: it is a figure
            self.tally.error(f"{self.name}, contact {contact_id}: {exc!r}")
        finally:
            self._updates.pop(contact_id, None)
            self.tally.busy -= 1

    async def _answer(self, contact_id: str, update: asyncio.Event) -> None:
        path = f"/api/email/{contact_id}"
        thread = await self.api.call("GET", path)
        self.tally.read(thread)
        await self.api.call(
            "POST",
            f"{path}/replies",
            json={
                "text": f"Thank you, {thread['customer_name']}: it is on its way.",
                "client_msg_id": str(uuid.uuid4()),
            },
        )
        # Read again on each email.thread, as the desktop does, until the
        # reply is sent; cleared before each read, so none is missed.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(REPLY_WITHIN_S):
                while True:
                    update.clear()
                    thread = await self.api.call("GET", path)
                    self.tally.read(thread)
                    if _settled(thread):
                        break
                    await update.wait()
        for type_ in ("call.hangup", "wrapup.complete"):
            done = await self.request(type_, contact_id=contact_id)
            if done["type"] != "ok":
                self.tally.error(f"{type_}: {done}")


# ----------------------------------------------------------------- figures


def percentile(values: list[float], p: float) -> float | None:
    """Nearest-rank percentile; None if there are no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def summarize(
    planned: int, deliveries: Deliveries, tally: Tally, replies_delivered: int | None
) -> dict[str, Any]:
    """The figures of a run (``agents``, ``rate`` and ``run_s`` are added by the caller)."""
    accepted = deliveries.accepted
    received = [m for m in accepted if tally.stored.get(m)]
    ingest_ms = [(min(tally.stored[m].values()) - accepted[m]) * 1000 for m in received]
    duplicates = sum(max(0, len(rows) - 1) for rows in tally.stored.values())
    statuses = list(tally.replies.values())

    def ms(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    figures: dict[str, Any] = {
        "messages": planned,
        "delivered": len(accepted),
        "refused": len(deliveries.refused),
        "received": len(received),
        "duplicates": duplicates,
        "lost": len(accepted) - len(received),
        "strangers": sum(1 for m in tally.stored if m not in accepted),
        "ingest_ms_p50": ms(percentile(ingest_ms, 50)),
        "ingest_ms_p95": ms(percentile(ingest_ms, 95)),
        "ingest_ms_max": ms(max(ingest_ms, default=None)),
        "contacts_answered": len(tally.handled),
        "sent": statuses.count("sent"),
        "reply_failed": statuses.count("failed"),
        "reply_pending": len(statuses) - statuses.count("sent") - statuses.count("failed"),
        "replies_delivered": replies_delivered,
        "agent_errors": len(tally.errors),
    }
    p95 = figures["ingest_ms_p95"]
    figures["ok"] = (
        figures["delivered"] == planned
        and duplicates == 0
        and figures["lost"] == 0
        and p95 is not None
        and p95 <= INGEST_MS_P95_BUDGET
    )
    return figures


def over_budget(figures: dict[str, Any]) -> str:
    """The figures that broke the budget, in words."""
    broken = []
    if figures["delivered"] != figures["messages"]:
        broken.append(f"{figures['messages'] - figures['delivered']} not delivered")
    for name in ("duplicates", "lost"):
        if figures[name]:
            broken.append(f"{name} {figures[name]}")
    p95 = figures["ingest_ms_p95"]
    if p95 is None or p95 > INGEST_MS_P95_BUDGET:
        broken.append(f"ingest_ms_p95 {p95} > {INGEST_MS_P95_BUDGET:.0f}")
    return "; ".join(broken)


def format_table(figures: dict[str, Any]) -> str:
    rows = [
        (
            "messages",
            f"{figures['messages']} at {figures['rate']}/s "
            f"({figures['delivered']} taken by Postfix, {figures['refused']} refused)",
        ),
        ("received", str(figures["received"])),
        ("duplicates", str(figures["duplicates"])),
        ("lost", str(figures["lost"])),
        (
            "ingest ms",
            f"p50 {figures['ingest_ms_p50']}, p95 {figures['ingest_ms_p95']}, "
            f"max {figures['ingest_ms_max']} (budget p95 {INGEST_MS_P95_BUDGET:.0f})",
        ),
        (
            "replies",
            f"{figures['sent']} sent, {figures['reply_failed']} failed, "
            f"{figures['reply_pending']} not yet; {figures['replies_delivered']} in the "
            "customers' mailboxes",
        ),
        (
            "agents",
            f"{figures['agents']}, {figures['contacts_answered']} contacts answered, "
            f"{figures['agent_errors']} errors",
        ),
        ("run", f"{figures['run_s']} s"),
        ("ok", str(figures["ok"]).lower()),
    ]
    width = max(len(name) for name, _ in rows)
    table = "\n".join(f"{name:<{width}}  {text}" for name, text in rows)
    return f"{table}\n\n{figures['notes']}"


# ---------------------------------------------------------------------- run


def _server_log(data_dir: Path) -> BinaryIO:
    """Where the server writes, in its data dir (made and opened before it
    starts: quick, so not in a thread)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return open(data_dir / "server.log", "ab")


async def start_server(data_dir: Path, ca: Path) -> ServerProcess:
    """``callnest-server`` in its own process (and session: a Ctrl-C at the
    terminal reaches the bench alone, which then stops it in order),
    trusting the mail servers' CA as it would a real one."""
    from callnest.sim.ports import free_port
    from callnest.sim.server_process import ServerError, ServerProcess, server_command

    server = ServerProcess(data_dir, keep_data=True)
    server.port = free_port(server.host)
    command = [
        *server_command(),
        f"--data-dir={data_dir}",
        f"--host={server.host}",
        f"--port={server.port}",
        "--public-rate-limit=0",
    ]
    with _server_log(data_dir) as log:
        server.process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            env=os.environ | {"PYTHONUNBUFFERED": "1", "SSL_CERT_FILE": str(ca)},
            start_new_session=True,
        )
    try:
        await server._wait_healthy()
        server.owner = await server._owner_credentials()
    except ServerError as exc:
        await server.kill()
        raise BenchError(f"the server did not start: {exc}") from exc
    return server


async def _until(
    ready: Callable[[], Awaitable[bool] | bool], within: float, every: float = 0.1
) -> bool:
    """Whether ``ready()`` came true within ``within`` seconds."""
    try:
        async with asyncio.timeout(within):
            while True:
                found = ready()
                if not isinstance(found, bool):
                    found = await found
                if found:
                    return True
                await asyncio.sleep(every)
    except TimeoutError:
        return False


async def setup_center(owner: Api, mail: MailServers, agents: int) -> tuple[int, list[Api]]:
    """The queue, its mailbox (taking mail in), and the agents logged in;
    the mailbox's id and the agents' clients."""
    from callnest.sim.api import Api
    from callnest.sim.mail_servers import mailbox_fields

    queue = await owner.call(
        "POST",
        "/api/queues",
        json={
            "name": "email-bench",
            "display_name": "E-mail bench",
            "ring_timeout_s": 60,
            "wrap_up_s": 60,
            "announce_every_s": None,
        },
    )
    box = await owner.call(
        "POST",
        "/api/mailboxes",
        json=mailbox_fields(mail, queue["id"], signature="Example Support"),
    )
    shown: dict[str, Any] = {}

    async def connected() -> bool:
        shown.update(await owner.call("GET", f"/api/mailboxes/{box['id']}"))
        return bool(shown["state"] == "ok")

    if not await _until(connected, SETUP_TIMEOUT_S, every=0.2):
        raise BenchError(f"the mailbox did not connect: {shown.get('error') or shown['state']}")

    logins = asyncio.Semaphore(LOGINS_AT_ONCE)

    async def agent(number: int) -> Api:
        username, password = f"email-agent-{number:03d}", f"email-password-{number}"
        async with logins:
            await owner.call(
                "POST",
                "/api/users",
                json={
                    "username": username,
                    "display_name": f"E-mail agent {number}",
                    "role": "agent",
                    "password": password,
                    "email_capacity": EMAIL_CAPACITY,
                },
            )
            return await Api(owner.http, owner.base_url).login(username, password)

    return int(box["id"]), list(await asyncio.gather(*(agent(n + 1) for n in range(agents))))


async def sweep(owner: Api, tally: Tally) -> int:
    """Reads, as the owner, the threads of the e-mail contacts still open
    that no agent took (taken in late, or left waiting): how many."""
    from callnest.sim.api import ApiError

    read, offset = 0, 0
    while True:
        page = await owner.call(
            "GET", "/api/interactions", params={"limit": "1000", "offset": str(offset)}
        )
        offset += len(page)
        for row in page:
            if row["channel"] != "email" or row["closed_at"] is not None:
                continue
            if row["id"] in tally.handled:
                continue
            try:
                tally.read(await owner.call("GET", f"/api/email/{row['id']}"))
                read += 1
            except ApiError as exc:
                if exc.status != 404:  # closed meanwhile
                    raise
        if len(page) < 1000:
            return read


def inbox_count(mail: MailServers, user: str) -> int:
    """How many messages ``user``'s INBOX holds (blocking: call it in a thread)."""
    with mail.imap(user) as imap:
        status, selected = imap.select("INBOX", readonly=True)
        if status != "OK":
            raise BenchError(f"{user}'s INBOX: {selected}")
        return int(selected[0] or 0)


async def replies_in_inboxes(mail: MailServers, users: list[str], expected: int) -> int:
    """The messages in the customers' mailboxes, once they are ``expected``
    (or after ``INBOX_WITHIN_S``: Postfix may still be delivering)."""
    counted = 0

    async def arrived() -> bool:
        nonlocal counted
        counts = await asyncio.gather(*(asyncio.to_thread(inbox_count, mail, u) for u in users))
        counted = sum(counts)
        return counted >= expected

    await _until(arrived, INBOX_WITHIN_S, every=0.5)
    return counted


async def run(
    *,
    messages: int,
    rate: float = RATE,
    agents: int = 10,
    customers: int = 20,
    drain_s: float = 120.0,
    keep_logs: bool = False,
) -> dict[str, Any]:
    import aiohttp

    from callnest.sim.api import Api
    from callnest.sim.mail_servers import SUPPORT, MailServers

    if os.geteuid() != 0:
        raise BenchError("Postfix and Dovecot start as root: run the bench as root")
    workdir = Path(tempfile.mkdtemp(prefix="callnest-bench-email-"))
    passwords = customer_passwords(customers)
    mail: MailServers | None = None
    server: ServerProcess | None = None
    crew: list[Agent] = []
    stopping = threading.Event()
    try:
        _progress("starting Postfix, Dovecot and the server")
        try:
            mail = await MailServers.start(workdir / "mail", passwords)
        except (AssertionError, OSError, TimeoutError) as exc:  # its checks are asserts
            raise BenchError(f"the mail servers did not start: {exc}") from exc
        server = await start_server(workdir / "server", mail.ca)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            owner = await Api(http, server.url).login(*server.owner)
            _, logins = await setup_center(owner, mail, agents)
            tally = Tally()
            crew = [Agent(f"agent {n + 1}", api, tally) for n, api in enumerate(logins)]
            await asyncio.gather(*(a.start() for a in crew))

            planned = plan_messages(messages, customers, SUPPORT, uuid.uuid4().hex[:8])
            deliveries = Deliveries()
            _progress(f"{agents} agents ready; delivering {messages} messages at {rate}/s")
            started, start = time.time(), time.monotonic() + 0.2
            workers = min(SMTP_CONNECTIONS, messages)
            sending = asyncio.gather(
                *(
                    asyncio.to_thread(
                        deliver,
                        mail.host,
                        mail.smtp_port,
                        SUPPORT,
                        planned,
                        rate,
                        start,
                        deliveries,
                        stopping,
                        worker,
                        workers,
                    )
                    for worker in range(workers)
                )
            )
            try:
                await sending
            finally:
                stopping.set()  # a failure here ends the other senders too
            _progress(
                f"{len(deliveries.accepted)} delivered in {time.monotonic() - start:.1f} s; "
                "waiting for them to be taken in and answered"
            )

            def done() -> bool:
                every = all(m in tally.stored for m in deliveries.accepted)
                return every and tally.busy == 0

            if not await _until(done, drain_s, every=0.2):
                _progress(f"not everything was taken in and answered within {drain_s:.0f} s")
            run_s = time.time() - started
            leftover = await sweep(owner, tally)
            if leftover:
                _progress(f"{leftover} contacts were left open; the owner read them")
            sent = list(tally.replies.values()).count("sent")
            delivered = await replies_in_inboxes(mail, list(passwords), sent)
            figures = summarize(messages, deliveries, tally, delivered)
            figures |= {
                "agents": agents,
                "customers": customers,
                "rate": rate,
                "run_s": round(run_s, 1),
                "errors": tally.errors[:10],
                "notes": NOTES,
            }
            return figures
    finally:
        stopping.set()
        await asyncio.gather(*(a.stop() for a in crew), return_exceptions=True)
        await _clean_up(server, mail)
        if keep_logs:
            _progress(f"logs kept in {workdir}")
        else:
            await asyncio.to_thread(shutil.rmtree, workdir, True)


async def _clean_up(server: ServerProcess | None, mail: MailServers | None) -> None:
    """The server first (it stops reading the mailbox), then the mail servers."""
    from callnest.sim.server_process import ServerError

    if server is not None:
        try:
            await server.stop()
        except ServerError as exc:
            _progress(f"the server stopped badly: {exc}")
        finally:
            await server.kill()
    if mail is not None:
        await mail.stop()
