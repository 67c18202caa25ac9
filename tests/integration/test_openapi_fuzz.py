"""The REST API keeps to its own OpenAPI document: schemathesis reads the
document a real server serves, generates requests from it, fitting and not,
sends them over HTTP and checks each answer (issue 18: no 5xx, no schema
violation)."""

from __future__ import annotations

import asyncio
from typing import Any

import requests
import schemathesis
from hypothesis import Phase, given, settings
from hypothesis.strategies import SearchStrategy
from schemathesis import Case, CheckContext, CheckFunction, GenerationMode, Response
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.result import Ok

from integration.conftest import StartServer

# Per operation and per kind of data (fitting the document, or not): with
# about 100 operations, about 15 s on a two-core machine.
EXAMPLES = 8

# What cannot sensibly be fuzzed.
SKIP = {
    # A WebSocket: the request is an upgrade, the conversation is in frames.
    "GET /api/public/chats/{contact_id}/live",
    # Ends the very login the fuzzer runs as.
    "POST /api/logout",
    # Would write backups into whatever folder of this machine the fuzzer
    # names, and send mail to whatever host it names.
    "PUT /api/backups/schedule",
    "POST /api/settings/alarm-email/test",
}
# These end a user's logins. The owner is user 1, an id the fuzzer tries
# first, so they are sent for an agent's id instead.
FOR_AN_AGENT = {"POST /api/users/{id}/password", "POST /api/agents/{id}/logout"}


def no_server_error(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    """A 5xx is the server's fault unless the document lists it for the
    operation: a queue closed now answers 503 on purpose."""
    if str(response.status_code) in case.operation.definition.raw["responses"]:
        return None
    result: bool | None = not_a_server_error(ctx, response, case)
    return result


# aiohttp's HTTP parser refuses a longer request line (400, in plain text)
# before the application sees the request.
MAX_REQUEST_LINE = 8190


def of_the_api(check: CheckFunction) -> CheckFunction:
    """``check``, for the answers the application gives: not for a request
    that a long query string (a negative example's) took over the parser's limit."""

    def checked(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        sent = response.request
        line = f"{sent.method} {sent.path_url} HTTP/1.1"
        if len(line.encode()) > MAX_REQUEST_LINE:
            return None
        result: bool | None = check(ctx, response, case)
        return result

    return checked


# The answers: no 5xx, and statuses, media types and bodies as documented
# (every refusal in the one error shape). Whether each schema-valid request
# is accepted is not asked: the document cannot say everything the server
# checks (a time zone that exists, a phone number, since before until).
CHECKS = [
    no_server_error,
    of_the_api(status_code_conformance),
    of_the_api(content_type_conformance),
    of_the_api(response_schema_conformance),
]


def disabled(case: Case[Any]) -> Case[Any]:
    """A trunk that stays disabled: an enabled one starts Kamailio, which would
    try to register with whatever host the fuzzer made up."""
    if isinstance(case.body, dict):
        case.body["enabled"] = False
    return case


def send_examples(
    strategy: SearchStrategy[Case[Any]],
    base_url: str,
    session: requests.Session,
    headers: dict[str, str],
) -> None:
    """Sends cases from ``strategy`` (the same ones on every run) and checks the answers."""

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,  # a request's time is the server's, not the example's
        phases=[Phase.generate, Phase.shrink],
    )
    @given(case=strategy)
    def send(case: Case[Any]) -> None:
        case.call_and_validate(base_url=base_url, session=session, headers=headers, checks=CHECKS)

    send()


def fuzz(doc: dict[str, Any], base_url: str, token: str, agent_id: int) -> tuple[int, list[str]]:
    """Fuzzes every operation in ``doc``: how many, and what failed."""
    schema = schemathesis.openapi.from_dict(doc)
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), result.err()
        operations.append(result.ok())
    # The public ones first, while the queue "support" is there: the owner's
    # may rename it, or delete it.
    operations.sort(key=lambda operation: operation.definition.raw.get("security") != [])
    fuzzed, failures = 0, []
    session = requests.Session()
    for operation in operations:
        if operation.label in SKIP:
            continue
        fuzzed += 1
        raw = operation.definition.raw
        headers = {} if raw.get("security") == [] else {"Authorization": f"Bearer {token}"}
        inputs = [p for p in raw.get("parameters", ()) if p["in"] != "path"]
        modes = [GenerationMode.POSITIVE]
        if "parameters" in raw or "requestBody" in raw:
            modes.append(GenerationMode.NEGATIVE)  # something to get wrong
        for mode in modes:
            path = {"id": agent_id} if operation.label in FOR_AN_AGENT else None
            strategies = [operation.as_strategy(mode, path_parameters=path)]
            if "{queue}" in operation.path and (mode.is_positive or inputs or "requestBody" in raw):
                # A queue name made up is one there is not: the one there is, too.
                fixed = {"queue": "support"}
                strategies.append(operation.as_strategy(mode, path_parameters=fixed))
            for strategy in strategies:
                if operation.path.startswith("/api/trunks"):
                    strategy = strategy.map(disabled)
                try:
                    send_examples(strategy, base_url, session, headers)
                except (Exception, BaseExceptionGroup) as exc:
                    failures.append(f"{operation.label} ({mode}): {exc}")
    session.close()
    return fuzzed, failures


async def test_the_api_keeps_to_its_openapi_document(start_server: StartServer) -> None:
    # Every request comes from 127.0.0.1: no limit on its new contacts.
    server = await start_server(public_contacts_per_minute=0)
    await server.owner("POST", "/api/queues", json={"name": "support", "display_name": "Support"})
    status, doc = await server.call("GET", "/api/openapi.json")
    assert status == 200
    agent_id, _ = await server.add_agent("ann")
    # Schemathesis sends with requests, which blocks: from a thread, while
    # this loop serves.
    fuzzed, failures = await asyncio.to_thread(fuzz, doc, server.url, server.owner_token, agent_id)
    assert not failures, "\n\n".join(failures)
    assert fuzzed == sum(len(methods) for methods in doc["paths"].values()) - len(SKIP)
    # The owner was logged in all along: no answer was a 401 for a lost login.
    status, me = await server.call("GET", "/api/me", server.owner_token)
    assert (status, me["id"]) == (200, 1)
