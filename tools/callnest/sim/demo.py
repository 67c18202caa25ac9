"""``make run ARGS=--demo``: a demo business on a running server, and callers.

Seeds, through the REST API as the owner, three queues with scripts, five
operators, and twenty customers with phones, notes and custom fields (a new
server brings its dispositions and break reasons). What exists already, by
name, is left alone, so a second run adds nothing. Then the load simulation
(the engine of ``callnest-sim run``) keeps a steady trickle of callers coming
into the support queue, answered by the five operators, so the figures and
reports move; the callers give the customers' numbers, so every call pops a
card.

    python -m callnest.sim.demo --server URL --credentials-file DATA_DIR/owner-credentials
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from callnest.sim.api import Api, ApiError
from callnest.sim.config import SimConfig
from callnest.sim.run import SetupError, run_sim

HEALTH_TIMEOUT_S = 60.0
AGENT_PREFIX = "demo"  # the operators are demo-001 ... demo-005: the sim's naming
TRAFFIC_QUEUE = "support"

SCRIPTS = {
    "Support greeting": (
        "Hello {customer.name}, thanks for calling {customer.company} support. "
        "I see you are on the {customer.plan} plan. How can I help today?\n"
        "Notes on file: {customer.notes}"
    ),
    "Sales greeting": (
        "Hi {customer.name}! Thanks for your interest. Is {customer.phone} the best "
        "number to reach you on? Your account manager is {customer.manager}."
    ),
    "Billing greeting": (
        "Hello {customer.name}, billing here. Before we start, can you confirm the "
        "e-mail on your account, {customer.email}? Your plan renews in {customer.renews}."
    ),
}

# name, display name, wrap-up seconds, script
QUEUES = (
    ("support", "Customer support", 30, "Support greeting"),
    ("sales", "Sales", 20, "Sales greeting"),
    ("billing", "Billing", 45, "Billing greeting"),
)

OPERATORS = ("Maya Patel", "Tom Becker", "Lucía Gómez", "Kwame Mensah", "Hana Sato")

_CUSTOMERS = (
    "Grace Hopper", "Alan Turing", "Ada Byron", "Linus Torvalds", "Margaret Hamilton",
    "Dennis Ritchie", "Barbara Liskov", "Ken Thompson", "Frances Allen", "Tim Berners-Lee",
    "Radia Perlman", "Donald Knuth", "Edsger Dijkstra", "Katherine Johnson", "John McCarthy",
    "Hedy Lamarr", "Claude Shannon", "Sophie Wilson", "Vint Cerf", "Annie Easley",
)  # fmt: skip
_COMPANIES = ("Acme Bakery", "Northwind", "Blue Fern Studio", "Harbor Dental", "Quill & Co")
_PLANS = ("Starter", "Team", "Business", "Enterprise")
_NOTES = (
    "Prefers e-mail for follow-ups.",
    "Asked about the annual discount last month.",
    "Had a billing mix-up in March; be extra clear on dates.",
    "Calls from the shop floor: speak up.",
    "",
)


def customers() -> list[dict[str, Any]]:
    """Twenty customers, the same every run (names are how a rerun finds them)."""
    rows = []
    for i, name in enumerate(_CUSTOMERS):
        company = _COMPANIES[i % len(_COMPANIES)]
        rows.append(
            {
                "name": name,
                "phones": [f"+1 555 01{i:02d}"],
                "emails": [f"{name.lower().replace(' ', '.')}@example.com"],
                "notes": _NOTES[i % len(_NOTES)],
                "custom_fields": {
                    "company": company,
                    "plan": _PLANS[i % len(_PLANS)],
                    "manager": OPERATORS[i % len(OPERATORS)],
                    "renews": f"{(i % 11) + 1} weeks",
                },
            }
        )
    return rows


@dataclass
class Seeded:
    created: dict[str, int] = field(default_factory=dict)
    existing: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str, new: bool) -> None:
        target = self.created if new else self.existing
        target[kind] = target.get(kind, 0) + 1

    def line(self) -> str:
        def said(counts: dict[str, int]) -> str:
            return ", ".join(f"{n} {kind}" for kind, n in counts.items()) or "nothing"

        return f"demo business: created {said(self.created)}; already there: {said(self.existing)}"


async def seed(owner: Api) -> Seeded:
    """Creates what is missing, by name; never changes or duplicates what exists."""
    done = Seeded()
    scripts = {r["name"]: r["id"] for r in await owner.call("GET", "/api/scripts")}
    for name, body in SCRIPTS.items():
        done.count("scripts", name not in scripts)
        if name not in scripts:
            row = await owner.call("POST", "/api/scripts", json={"name": name, "body": body})
            scripts[name] = row["id"]

    queues = {r["name"] for r in await owner.call("GET", "/api/queues")}
    for name, display_name, wrap_up_s, script in QUEUES:
        done.count("queues", name not in queues)
        if name not in queues:
            await owner.call(
                "POST",
                "/api/queues",
                json={
                    "name": name,
                    "display_name": display_name,
                    "wrap_up_s": wrap_up_s,
                    "script_id": scripts[script],
                },
            )

    users = {r["username"] for r in await owner.call("GET", "/api/users")}
    for i, display_name in enumerate(OPERATORS):
        username = f"{AGENT_PREFIX}-{i + 1:03d}"
        done.count("operators", username not in users)
        if username not in users:
            # No password: the server makes one up; the simulation resets it
            # to drive the operator, so nobody needs to know it.
            await owner.call(
                "POST",
                "/api/users",
                json={"username": username, "display_name": display_name, "role": "agent"},
            )

    known = {r["name"] for r in await owner.call("GET", "/api/customers?limit=5000")}
    for customer in customers():
        done.count("customers", customer["name"] not in known)
        if customer["name"] not in known:
            await owner.call("POST", "/api/customers", json=customer)
    return done


def traffic_config(*, rate: float, calls: int, time_scale: float, seed: int = 1) -> SimConfig:
    """The demo's callers: a trickle into support, handled at a human pace
    (``time_scale`` stretches the sim's compressed minutes), no network drops."""
    return SimConfig(
        agents=len(OPERATORS),
        agent_prefix=AGENT_PREFIX,
        queue=TRAFFIC_QUEUE,
        queue_display_name=dict((q[0], q[1]) for q in QUEUES)[TRAFFIC_QUEUE],
        calls=calls,
        rate=rate,
        time_scale=time_scale,
        seed=seed,
        drop_per_min=0.0,
        audio_links=False,  # routing and figures only: no WebRTC per operator
        caller_phones=tuple(c["phones"][0] for c in customers()),
        rating_prob=0.6,
        service_level_s=20.0 / time_scale,  # 20 s, whatever the scale
        progress_s=0.0,
    )


async def wait_healthy(url: str, within: float = HEALTH_TIMEOUT_S) -> None:
    async with aiohttp.ClientSession() as http, asyncio.timeout(within):
        while True:
            with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                async with http.get(f"{url}/api/health") as response:
                    if response.status == 200:
                        return
            await asyncio.sleep(0.2)


async def watch_pid(pid: int) -> None:
    """Returns once process ``pid`` is gone (the server ``make run`` started)."""
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        except PermissionError:
            pass  # it exists, as another user
        await asyncio.sleep(1.0)


def read_owner(path: Path) -> tuple[str, str]:
    data = json.loads(path.read_text())
    return str(data["username"]), str(data["password"])


async def main_async(args: argparse.Namespace) -> int:
    url = args.server.rstrip("/")
    try:
        await wait_healthy(url)
    except TimeoutError:
        print(f"callnest demo: {url} did not become healthy", file=sys.stderr)
        return 2
    try:
        username, password = read_owner(args.credentials_file)
    except (OSError, ValueError, KeyError) as exc:
        print(f"callnest demo: cannot read {args.credentials_file}: {exc}", file=sys.stderr)
        return 2
    if not args.no_seed:
        try:
            async with aiohttp.ClientSession() as http:
                owner = await Api(http, url).login(username, password)
                seeded = await seed(owner)
        except (ApiError, aiohttp.ClientError) as exc:
            print(f"callnest demo: seeding failed: {exc}", file=sys.stderr)
            return 1
        print(f"callnest {seeded.line()}", file=sys.stderr, flush=True)
    if args.no_traffic:
        return 0
    config = traffic_config(rate=args.rate, calls=args.calls, time_scale=args.time_scale)
    print(
        f"callnest demo: simulated callers ({config.rate}/s) into {TRAFFIC_QUEUE}, "
        f"answered by {config.agents} simulated operators",
        file=sys.stderr,
        flush=True,
    )
    sim = asyncio.create_task(run_sim(config, server_url=url, username=username, password=password))
    waits: set[asyncio.Task[Any]] = {sim}
    if args.while_pid:
        waits.add(asyncio.create_task(watch_pid(args.while_pid)))
    await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    for task in waits:
        task.cancel()
    if sim.done() and not sim.cancelled() and sim.exception() is not None:
        error = sim.exception()
        if isinstance(error, SetupError):
            print(f"callnest demo: {error}", file=sys.stderr)
            return 1
    return 0


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m callnest.sim.demo",
        description="Seed a demo business on a running Callnest server and send it callers.",
    )
    parser.add_argument("--server", required=True, metavar="URL")
    parser.add_argument(
        "--credentials-file",
        type=Path,
        required=True,
        metavar="PATH",
        help="the owner's credentials JSON (DATA_DIR/owner-credentials)",
    )
    parser.add_argument("--no-traffic", action="store_true", help="seed only")
    parser.add_argument("--no-seed", action="store_true", help="callers only (seeded before)")
    parser.add_argument("--rate", type=float, default=0.1, help="callers per second")
    parser.add_argument("--calls", type=int, default=100_000, help="callers in all")
    parser.add_argument(
        "--time-scale", type=float, default=5.0, help="stretches the sim's call durations"
    )
    parser.add_argument("--while-pid", type=int, metavar="PID", help="stop when PID has exited")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    # Started in the background by a script, this process ignores SIGINT:
    # Ctrl+C in the terminal should end the callers with the server.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        sys.exit(asyncio.run(main_async(parse(argv))))
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
