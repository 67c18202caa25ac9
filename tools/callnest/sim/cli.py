"""``callnest-sim``: drive a server with simulated callers and agents.

``callnest-sim [run] [options]`` is the load run (the default command); more
commands (e.g. one real ``call``) join it as sub-commands.

Exit status: 0 when nothing was lost, answered + abandoned == offered and no
impaired agent was offered anything, 1 when the figures do not add up (or the
server failed), 2 when the run could not start.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

from callnest.sim.config import SimConfig
from callnest.sim.run import SetupError, run_sim

COMMANDS = ("run", "call")
DEFAULT_COMMAND = "run"

# flag, SimConfig field, type, help
_BEHAVIOUR: tuple[tuple[str, str, type, str], ...] = (
    ("--agents", "agents", int, "simulated agents"),
    ("--calls", "calls", int, "callers to send"),
    ("--rate", "rate", float, "callers per second (default: from --load)"),
    ("--load", "load", float, "offered load as a fraction of the agents' capacity"),
    ("--seed", "seed", int, "random seed: the same seed draws the same run"),
    ("--time-scale", "time_scale", float, "multiplies every duration (queue timers too)"),
    ("--talk-s", "talk_s", float, "mean talk time (exponential)"),
    ("--ring-min-s", "ring_min_s", float, "shortest time an agent takes to answer"),
    ("--ring-max-s", "ring_max_s", float, "longest time an agent takes to answer"),
    ("--wrap-min-s", "wrap_min_s", float, "shortest wrap-up"),
    ("--wrap-max-s", "wrap_max_s", float, "longest wrap-up"),
    ("--patience-s", "patience_s", float, "callers' mean patience (exponential)"),
    ("--caller-hangup-prob", "caller_hangup_prob", float, "share of callers who end the call"),
    ("--rating-prob", "rating_prob", float, "share of answered callers who rate the call"),
    ("--miss-prob", "miss_prob", float, "share of offers an agent lets ring out"),
    ("--decline-prob", "decline_prob", float, "share of offers an agent declines"),
    ("--break-prob", "break_prob", float, "chance of a break after each contact"),
    ("--break-s", "break_s", float, "mean break"),
    ("--notice-s", "notice_s", float, "mean time to notice being paused for missed offers"),
    ("--drop-prob", "drop_per_min", float, "connection drops per agent per minute"),
    ("--long-drop-prob", "long_drop_prob", float, "share of drops that outlast the grace"),
    ("--long-drop-s", "long_drop_s", float, "length of such an outage (not scaled)"),
    ("--resume-prob", "resume_prob", float, "share of reconnects that reuse the token"),
    (
        "--impaired-share",
        "impaired_share",
        float,
        "share of agents whose audio link is bad all run (the server should offer them nothing)",
    ),
    (
        "--impairment",
        "impairment",
        str,
        "what an impaired link does: loss:P%% (loses P %% of its packets at random) "
        "or down (sends nothing)",
    ),
    ("--queue", "queue", str, "the queue to create or reuse"),
    ("--ring-timeout-s", "ring_timeout_s", float, "the queue's ring timeout"),
    ("--wrap-up-s", "wrap_up_s", float, "the queue's wrap-up limit"),
    ("--service-level-s", "service_level_s", float, "the queue's service-level threshold"),
    ("--agent-prefix", "agent_prefix", str, "agent usernames are PREFIX-001, PREFIX-002, ..."),
    ("--settle-timeout-s", "settle_timeout_s", float, "wait this long for the last callers"),
    ("--progress-s", "progress_s", float, "seconds between progress lines (0: none)"),
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="callnest-sim",
        description="Drive a Callnest server with simulated callers and agents over the "
        "real HTTP and WebSocket protocols.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="a load run (the default command)",
        description="A load run: N agents and a Poisson stream of callers. Without --server "
        "it starts its own callnest-server on a temporary data dir.",
    )
    run.add_argument("--server", metavar="URL", help="an already running server")
    run.add_argument("--username", help="an owner account on --server")
    run.add_argument("--password", help="its password (or set $CALLNEST_SIM_PASSWORD)")
    run.add_argument(
        "--data-dir",
        type=Path,
        help="without --server: the own server's data dir, kept afterwards "
        "(default: a temporary one, removed)",
    )
    run.add_argument("--json", action="store_true", help="print one JSON object, no progress")
    run.add_argument(
        "--no-audio-links",
        dest="audio_links",
        action="store_false",
        help="agents open no WebRTC audio link at login (routing only)",
    )
    defaults = SimConfig()
    for flag, name, kind, text in _BEHAVIOUR:
        run.add_argument(
            flag,
            dest=name,
            type=kind,
            default=getattr(defaults, name),
            metavar=flag[2:].upper().replace("-", "_"),
            help=text if getattr(defaults, name) is None else f"{text} (default: %(default)s)",
        )
    call = commands.add_parser(
        "call",
        help="one real WebRTC call into a queue",
        description="Places one real WebRTC call (aiortc) into a queue of a running server, "
        "plays a WAV file once an agent answers and records what it heard.",
    )
    call.add_argument("--server", default="http://127.0.0.1:8730", help="the server's URL")
    call.add_argument("--queue", required=True, help="the queue's name")
    call.add_argument("--play", type=Path, help="a 16-bit WAV file to say once answered")
    call.add_argument("--record", type=Path, help="write everything heard to this WAV file")
    call.add_argument("--name", help="the caller's name, as the agent sees it")
    call.add_argument("--phone", help="the caller's phone number (finds their customer card)")
    call.add_argument("--email", help="the caller's e-mail address (finds their customer card)")
    call.add_argument(
        "--hang-up-after-s", type=float, help="hang up after this much talk (default: the agent)"
    )
    call.add_argument("--max-s", type=float, default=300.0, help="give up after this long")
    call.add_argument("--json", action="store_true", help="print only the JSON summary")
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help")):
        args.insert(0, DEFAULT_COMMAND)
    return build_parser().parse_args(args)


def config_from(args: argparse.Namespace) -> SimConfig:
    fields = {f.name for f in dataclasses.fields(SimConfig)}
    return SimConfig(**{k: v for k, v in vars(args).items() if k in fields})


def main(argv: list[str] | None = None) -> None:
    sys.exit(run(argv))


def run(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "call":
        return run_call(args)
    try:
        config = config_from(args)
    except ValueError as exc:
        print(f"callnest-sim: {exc}", file=sys.stderr)
        return 2
    try:
        result = asyncio.run(
            run_sim(
                config,
                server_url=args.server,
                username=args.username,
                password=args.password or os.environ.get("CALLNEST_SIM_PASSWORD"),
                progress=None if args.json else sys.stderr,
                data_dir=args.data_dir,
            )
        )
    except SetupError as exc:
        print(f"callnest-sim: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("callnest-sim: interrupted", file=sys.stderr)
        return 130
    if args.json:
        print(json.dumps(result, sort_keys=False))
    else:
        print(human(result))
    server_error = (result.get("server") or {}).get("error")
    if server_error:
        print(f"callnest-sim: {server_error}", file=sys.stderr)
    return 0 if result.get("ok") else 1


def run_call(args: argparse.Namespace) -> int:
    from callnest.sim.call import CallFailed, place_call

    try:
        summary = asyncio.run(
            place_call(
                args.server,
                args.queue,
                play=args.play,
                record=args.record,
                caller_name=args.name,
                caller_phone=args.phone,
                caller_email=args.email,
                max_s=args.max_s,
                hang_up_after_s=args.hang_up_after_s,
                progress=None if args.json else sys.stderr,
            )
        )
    except (CallFailed, OSError, ValueError) as exc:
        print(f"callnest-sim call: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    print(json.dumps(summary))
    return 0


def human(result: dict[str, Any]) -> str:
    def pct(value: Any) -> str:
        return "-" if value is None else f"{100 * value:.1f}%"

    def sec(value: Any) -> str:
        return "-" if value is None else f"{value:.2f} s"

    agents = result.get("agents", {})
    lines = [
        f"{'OK' if result.get('ok') else 'FAILED'}: offered {result.get('offered')}, "
        f"answered {result.get('answered')}, abandoned {result.get('abandoned')}, "
        f"lost {result.get('lost')}",
        f"  ASA {sec(result.get('asa_s'))}, AHT {sec(result.get('aht_s'))}, "
        f"service level {pct(result.get('service_level'))}, "
        f"abandon rate {pct(result.get('abandon_rate'))}, "
        f"max waiting {result.get('max_waiting')}",
        f"  agents: {agents.get('offers', 0)} offers, {agents.get('missed', 0)} missed, "
        f"{agents.get('declined', 0)} declined, {agents.get('breaks', 0)} breaks, "
        f"{agents.get('autopauses', 0)} autopauses, {agents.get('drops', 0)} drops",
        f"  wall time {result.get('wall_s')} s",
    ]
    if result.get("impaired_agents"):
        lines.insert(
            -1,
            f"  impaired agents {result['impaired_agents']}: "
            f"{result.get('offers_to_impaired', 0)} offers to them, "
            f"{result.get('impaired_held', 0)} held back",
        )
    if result.get("mismatches"):
        lines.append(f"  server and sim disagree: {result['mismatches']}")
    for sample in result.get("error_samples", []):
        lines.append(f"  ! {sample}")
    return "\n".join(lines)
