"""Property tests: nothing from the network escapes as anything but ProtocolError, and
every valid message survives encode -> parse.

Valid messages are generated from the JSON Schema pydantic derives from the models, so a
new message type or a new constraint is covered without touching this file.
"""

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from callnest.protocol import (
    CLIENT_MESSAGE_TYPES,
    SERVER_MESSAGE_TYPES,
    ClientMessage,
    ErrorCode,
    Message,
    ProtocolError,
    ServerMessage,
    encode,
    error_reply,
    parse_client,
    parse_server,
)

# Keep generated collections and strings small: limits are tested one by one elsewhere,
# and small values keep the suite fast.
MAX_ITEMS = 3
MAX_CHARS = 40
MAX_EXAMPLES = 100

# Errors raised by cross-field validators: generated data may legitimately break them.
CROSS_FIELD_ERRORS = {"break_reason_required", "break_reason_forbidden", "transfer_target"}

PARSERS: dict[str, Callable[[str | bytes], Message]] = {
    "client": parse_client,
    "server": parse_server,
}
ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "client": TypeAdapter(ClientMessage),
    "server": TypeAdapter(ServerMessage),
}
ALL_TAGS = sorted({*CLIENT_MESSAGE_TYPES, *SERVER_MESSAGE_TYPES})
FIELD_NAMES = sorted(
    {
        name
        for cls in (*CLIENT_MESSAGE_TYPES.values(), *SERVER_MESSAGE_TYPES.values())
        for name in cls.model_fields
    }
)

# "^[class]*$", "^[class]+$", "^[class]{m,n}$"
_CLASS_PATTERN = re.compile(r"^\^(\[[^\]]+\])(?:(\*)|(\+)|\{(\d+),(\d+)\})\$$")


class SchemaStrategies:
    """Hypothesis strategies for the subset of JSON Schema that pydantic emits for us."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.defs: dict[str, Any] = schema.get("$defs", {})

    def build(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if "$ref" in schema:
            return self.build(self.defs[schema["$ref"].rsplit("/", 1)[-1]])
        if "const" in schema:
            return st.just(schema["const"])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        for key in ("anyOf", "oneOf"):
            if key in schema:
                return st.one_of([self.build(s) for s in schema[key]])
        kind = schema.get("type")
        if kind == "string":
            return self.string(schema)
        if kind == "integer":
            return st.integers(schema.get("minimum"), schema.get("maximum"))
        if kind == "number":
            return st.floats(
                min_value=schema.get("minimum", schema.get("exclusiveMinimum")),
                max_value=schema.get("maximum", schema.get("exclusiveMaximum")),
                exclude_min="exclusiveMinimum" in schema,
                exclude_max="exclusiveMaximum" in schema,
                allow_nan=False,
                allow_infinity=False,
            )
        if kind == "boolean":
            return st.booleans()
        if kind == "null":
            return st.none()
        if kind == "array":
            return st.lists(
                self.build(schema["items"]),
                min_size=schema.get("minItems", 0),
                max_size=min(schema.get("maxItems", MAX_ITEMS), MAX_ITEMS),
            )
        if kind == "object":
            return self.object(schema)
        raise NotImplementedError(f"no strategy for schema {schema!r}")

    def string(self, schema: dict[str, Any]) -> st.SearchStrategy[str]:
        low = schema.get("minLength", 0)
        high = max(low, min(schema.get("maxLength", MAX_CHARS), MAX_CHARS))
        pattern = schema.get("pattern")
        if pattern is None:
            return st.text(min_size=low, max_size=high)
        # "^[class]*$" and friends: draw characters from the class, lengths from the schema.
        match = _CLASS_PATTERN.match(pattern)
        if match:
            char_class, _, plus, at_least, at_most = match.groups()
            if plus:
                low = max(low, 1)
            if at_least is not None:
                low, high = max(low, int(at_least)), min(high, int(at_most))
            alphabet = st.from_regex(char_class, fullmatch=True)
            return st.text(alphabet=alphabet, min_size=low, max_size=max(low, high))
        return st.from_regex(pattern, fullmatch=True).filter(lambda s: low <= len(s) <= high)

    def object(self, schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        if "properties" in schema:
            required = set(schema.get("required", ()))
            # The "type" tag has a default, but a frame without it has no message type.
            required |= {k for k, v in schema["properties"].items() if "const" in v}
            props = schema["properties"]
            return st.fixed_dictionaries(
                {k: self.build(v) for k, v in props.items() if k in required},
                optional={k: self.build(v) for k, v in props.items() if k not in required},
            )
        # dict[str, str]: key pattern in patternProperties, key lengths in propertyNames.
        ((key_pattern, value_schema),) = schema["patternProperties"].items()
        key_schema = {"type": "string", "pattern": key_pattern, **schema.get("propertyNames", {})}
        return st.dictionaries(
            self.string(key_schema),
            self.build(value_schema),
            max_size=min(schema.get("maxProperties", MAX_ITEMS), MAX_ITEMS),
        )


def _valid_messages(direction: str) -> st.SearchStrategy[Message]:
    adapter = ADAPTERS[direction]
    schema = adapter.json_schema()
    return SchemaStrategies(schema).build(schema).map(lambda data: _validate(adapter, data))


def _validate(adapter: TypeAdapter[Any], data: dict[str, Any]) -> Message:
    try:
        msg: Message = adapter.validate_python(data)
    except ValidationError as exc:
        # Only the cross-field rules are outside what the schema can say; any other
        # failure means the schema and the validators disagree, which is a bug.
        if {e["type"] for e in exc.errors()} <= CROSS_FIELD_ERRORS:
            assume(False)
        raise
    return msg


VALID_MESSAGES = {direction: _valid_messages(direction) for direction in ("client", "server")}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=MAX_CHARS),
    lambda inner: (
        st.lists(inner, max_size=MAX_ITEMS)
        | st.dictionaries(st.text(max_size=10), inner, max_size=MAX_ITEMS)
    ),
    max_leaves=10,
)

# Frames that look like ours: a plausible envelope and known field names with junk values.
near_frames = st.fixed_dictionaries(
    {"type": st.sampled_from(ALL_TAGS) | st.text(max_size=20)},
    optional={
        "v": st.just(1) | json_values,
        "id": st.from_regex(r"[A-Za-z0-9_.:-]{1,64}", fullmatch=True) | json_values,
    },
).flatmap(
    lambda envelope: st.dictionaries(st.sampled_from(FIELD_NAMES), json_values, max_size=4).map(
        lambda fields: {**fields, **envelope}
    )
)

raw_frames = st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200),
    json_values.map(json.dumps),
    near_frames.map(json.dumps),
    near_frames.map(lambda d: json.dumps(d).encode()),
)


def _check_refusal(parse: Callable[[str | bytes], Message], raw: str | bytes) -> None:
    """Parsing either succeeds (and round-trips) or fails with an answerable ProtocolError."""
    failure: ProtocolError | None = None
    try:
        msg = parse(raw)
    except ProtocolError as exc:
        failure = exc
    if failure is None:
        assert parse(encode(msg)) == msg
        return
    assert isinstance(failure.code, ErrorCode)
    assert failure.message
    # Whatever went wrong can always be answered with a valid error frame.
    reply = error_reply(failure)
    assert parse_server(encode(reply)) == reply


@pytest.mark.parametrize("direction", ["client", "server"])
@settings(max_examples=MAX_EXAMPLES, deadline=None)
@given(raw=raw_frames)
def test_arbitrary_input_only_ever_raises_protocol_error(direction: str, raw: str | bytes) -> None:
    _check_refusal(PARSERS[direction], raw)


@pytest.mark.parametrize("direction", ["client", "server"])
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_valid_messages_round_trip(direction: str, data: st.DataObject) -> None:
    msg = data.draw(VALID_MESSAGES[direction])
    frame = encode(msg)
    back = PARSERS[direction](frame)
    assert back == msg
    assert type(back) is type(msg)
    assert encode(back) == frame


@pytest.mark.parametrize("direction", ["client", "server"])
@settings(
    max_examples=MAX_EXAMPLES // 2, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(data=st.data())
def test_one_corrupted_field_is_refused_cleanly(direction: str, data: st.DataObject) -> None:
    msg = data.draw(VALID_MESSAGES[direction])
    frame: dict[str, Any] = json.loads(encode(msg))
    key = data.draw(st.sampled_from(sorted(frame)))
    frame[key] = data.draw(json_values)
    _check_refusal(PARSERS[direction], json.dumps(frame))
