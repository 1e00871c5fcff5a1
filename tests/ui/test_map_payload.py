"""The map message's contract: what walk_payload builds is what it declares (WalkMessage),
and every key bridge.js reads from it is declared."""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Sequence
from dataclasses import replace

import pytest

from tests.full_walk import full_walk
from walkplanner.core.model import LegSource
from walkplanner.core.schedule import plan
from walkplanner.resources import resource_path
from walkplanner.ui.map_payload import LegLine, MeetingMark, StopMark, WalkMessage, walk_payload


def mismatches(value: object, hint: object, where: str = "message") -> list[str]:
    """Where `value` is not of the declared type: exact keys for a TypedDict, the type of
    every item of a list, no bool for an int or a float (JSON would say true)."""
    if typing.is_typeddict(hint):
        declared = typing.get_type_hints(hint)
        if not isinstance(value, dict):
            return [f"{where} is {type(value).__name__}, not an object"]
        if set(value) != set(declared):
            return [f"{where} has keys {sorted(value)}, declared {sorted(declared)}"]
        return [m for k, h in declared.items() for m in mismatches(value[k], h, f"{where}.{k}")]
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return [] if any(not mismatches(value, h, where) for h in args) else [f"{where}: {hint}"]
    if origin in (list, Sequence):
        kinds = list if origin is list else (list, tuple)
        if not isinstance(value, kinds):
            return [f"{where} is {type(value).__name__}, not {hint}"]
        return [
            m for i, item in enumerate(value) for m in mismatches(item, args[0], f"{where}[{i}]")
        ]
    if type(value) is not hint and not (hint is float and type(value) is int):
        return [f"{where} is {type(value).__name__} {value!r}, not {hint}"]
    return []


@pytest.fixture
def message(qapp) -> WalkMessage:
    """The message for a walk with every field set, one leg routed and one straight."""
    walk = full_walk()
    walk = replace(
        walk, route=walk.route.with_leg(1, replace(walk.legs[1], source=LegSource.STRAIGHT))
    )
    return walk_payload(walk, plan(walk), revision=3, fit=True, reasons=lambda _i: "Offline")


def test_the_message_has_exactly_the_declared_keys_and_types(message: WalkMessage) -> None:
    assert message["stops"] and message["legs"]
    assert mismatches(message, WalkMessage) == []
    assert mismatches(json.loads(json.dumps(message)), WalkMessage) == []  # what the page gets


def test_the_check_sees_a_missing_key_an_extra_key_and_a_wrong_type(message: WalkMessage) -> None:
    stop = message["stops"][0]
    without = {k: v for k, v in stop.items() if k != "arrival"}
    assert mismatches(without, StopMark) != []
    assert mismatches({**stop, "colour": "red"}, StopMark) != []
    assert mismatches({**stop, "number": "1"}, StopMark) != []
    assert mismatches({**stop, "lat": True}, StopMark) != []


def bridge_reads() -> dict[str, set[str]]:
    """The keys bridge.js reads from the walk message and from each part of it."""
    script = resource_path("web", "bridge.js").read_text(encoding="utf-8")
    handler = re.search(r"\n    walk\(payload\) \{(.*?)\n    \},", script, re.DOTALL)
    assert handler, "bridge.js has no walk(payload) handler"

    def reads(name: str, text: str = script) -> set[str]:
        return set(re.findall(rf"(?<![\w.]){name}\.(\w+)", text))

    return {
        "walk": reads("payload", handler.group(1)) | reads("walk"),
        "stop": reads("stop"),
        "leg": reads("leg"),
        "meeting": reads("meeting"),
    }


@pytest.mark.parametrize(
    ("part", "declared"),
    [("walk", WalkMessage), ("stop", StopMark), ("leg", LegLine), ("meeting", MeetingMark)],
)
def test_bridge_js_reads_only_declared_keys_and_every_one_of_them(
    part: str, declared: type
) -> None:
    read = bridge_reads()[part]
    assert read, part
    assert read == set(typing.get_type_hints(declared)), part
