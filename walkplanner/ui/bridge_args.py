"""The map page's events, read from the one JSON string each bridge slot receives.

Qt converts a slot's typed arguments before Python sees them (`null` or "x" became 0.0,
so a bad event added a stop at 0, 2). The slots therefore take the page's JSON text and
this module checks it whole: an object with exactly the expected fields, indexes that
are integers (not booleans, not floats) in range, positions that are finite numbers
within the world. Anything else is refused, never repaired.
"""

from __future__ import annotations

import json
from typing import Any

from walkplanner.core.validation import check_position

MAX_EVENT_CHARS = 1_000
MAX_INDEX = 2**31 - 1  # what a Qt int signal carries
DECIMALS = 7  # about a centimetre; drops the float noise of Leaflet's longitude wrapping


class BadEvent(ValueError):
    """An event from the page that must be ignored; the message says why (for the log)."""


def _no_constant(name: str) -> float:
    raise BadEvent(f"{name} is not a number")


def _decode(text: object) -> dict[str, Any]:
    if not isinstance(text, str) or len(text) > MAX_EVENT_CHARS:
        raise BadEvent("the event is not a short JSON text")
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except (ValueError, RecursionError) as error:
        raise BadEvent(f"the event is not JSON ({error})") from None
    if not isinstance(value, dict):
        raise BadEvent(f"the event is not a JSON object: {text[:80]!r}")
    return value


def check_index(name: str, value: object, below: int | None) -> int:
    """`value` as an index below `below` (a Qt int when None), or BadEvent."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise BadEvent(f"{name} is not an index: {value!r:.80}")
    if value >= (MAX_INDEX if below is None else below):
        raise BadEvent(f"{name} {value} is past the last one")
    return value


def _coordinate(name: str, value: object) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise BadEvent(f"{name} is not a number: {value!r:.80}")
    try:
        return float(value)
    except OverflowError:  # an integer of 400 digits: JSON keeps it whole
        raise BadEvent(f"{name} is too large a number") from None


def read_event(text: object, *, position: bool = False, **indexes: int | None) -> dict[str, Any]:
    """The fields of an event: each index named in `indexes` (with the count it must stay
    below, None when unknown) and, with `position`, "lat" and "lon" rounded to about a
    centimetre."""
    event = _decode(text)
    expected = set(indexes) | ({"lat", "lon"} if position else set())
    if set(event) != expected:
        raise BadEvent(f"the event has fields {sorted(event)}, not {sorted(expected)}")
    fields: dict[str, Any] = {
        name: check_index(name, event[name], below) for name, below in indexes.items()
    }
    if position:
        lat, lon = _coordinate("lat", event["lat"]), _coordinate("lon", event["lon"])
        if problem := check_position(lat, lon):
            raise BadEvent(str(problem))
        fields["lat"], fields["lon"] = round(lat, DECIMALS), round(lon, DECIMALS)
    return fields
