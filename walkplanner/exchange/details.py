"""The walk's details that GPX and GeoJSON have no place for, so our own files come back
whole: written as a small JSON object, read back with every value's type checked. The
legs' wishes (straight or routed, via points) come back when the file still has the
stops it was written with; a file whose stops were changed elsewhere keeps its own legs.

A known key with a wrong value refuses the file (it was made by us and then changed, or
made by something that means another thing by it); unknown keys are ignored. Ranges are
checked afterwards with the whole walk, by the one validator.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from walkplanner.core import validation
from walkplanner.core.model import Leg, LegMode, Route, Walk
from walkplanner.exchange import values
from walkplanner.exchange.safety import ExchangeError
from walkplanner.text import Text, say

WHERE = say("The walk")


def details_of(walk: Walk) -> dict[str, object]:
    return {
        "date": walk.date.isoformat(), "start_time": walk.start_time.strftime("%H:%M"),
        "timezone": walk.timezone, "headcount": walk.headcount, "capacity": walk.capacity,
        "pace_kmh": walk.pace_kmh, "organiser_name": walk.organiser_name,
        "organiser_contact": walk.organiser_contact, "link": walk.link,
        "follow_streets": walk.follow_streets, "emergency_phone": walk.emergency_phone,
        "accessibility": walk.accessibility, "slowest_kmh": walk.slowest_kmh,
        "split_groups": walk.split_groups, "group_size": walk.group_size,
        "stagger_min": walk.stagger_min, "legs": [_wishes(leg) for leg in walk.legs],
    }  # fmt: skip


def apply_details(walk: Walk, details: object) -> Walk:
    """The known details from a file, each of the right type, or the file is refused."""
    if not isinstance(details, dict):
        raise ExchangeError(say("{where} has details that are not a JSON object.", where=WHERE))
    walk = replace(
        walk, **{key: read(details[key], key) for key, read in READERS.items() if key in details}
    )
    if "legs" in details:
        walk = replace(walk, route=_with_wishes(walk.route, details["legs"]))
    return walk


def _wishes(leg: Leg) -> dict[str, object]:
    return {"mode": leg.mode.value, "vias": [list(via) for via in leg.vias]}


def _with_wishes(route: Route, wishes: object) -> Route:
    """Each leg with the mode and via points the file wishes for it."""
    if not isinstance(wishes, list) or not all(isinstance(w, dict) for w in wishes):
        raise ExchangeError(_wrong("legs", wishes))
    read = [(_mode(w.get("mode")), _vias(w.get("vias", []))) for w in wishes]
    if len(read) != len(route.legs):
        return route
    legs = tuple(
        replace(leg, mode=mode, vias=vias)
        for leg, (mode, vias) in zip(route.legs, read, strict=True)
    )
    return Route(route.stops, legs)


def _mode(value: object) -> LegMode:
    if isinstance(value, str) and value in {mode.value for mode in LegMode}:
        return LegMode(value)
    raise ExchangeError(_wrong("mode", value))


def _vias(value: object) -> tuple[tuple[float, float], ...]:
    if not isinstance(value, list) or not all(isinstance(v, list) and len(v) == 2 for v in value):
        raise ExchangeError(_wrong("vias", value))
    return tuple(values.point(lat, lon, WHERE) for lat, lon in value)


def _iso(parse: Callable[[str], object]) -> Callable[[object, str], object]:
    def read(value: object, key: str) -> object:
        if isinstance(value, str):
            try:
                return parse(value)
            except ValueError:
                pass
        raise ExchangeError(_wrong(key, value))

    return read


def _flag(value: object, key: str) -> bool:
    if isinstance(value, bool):
        return value
    raise ExchangeError(_wrong(key, value))


def _wrong(key: str, value: object) -> Text:
    return say(
        "{where} has {field} {value}, which is not a valid value.",
        where=WHERE,
        field=key,
        value=values.shown(value),
    )


def _line(value: object, key: str) -> str:
    return values.text(value, say("{where} ({field})", where=WHERE, field=key))


def _link(value: object, key: str) -> str:
    """The link as the walk keeps it: a line's 1,000 characters refused our own file of a
    walk whose link (up to validation.MAX_LINK_CHARS, for a QR code) is longer. Whether it
    is a web address, and not too long, is the validator's check of the whole walk."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ExchangeError(_wrong(key, value))
    return validation.clean_text(value)


READERS: dict[str, Callable[[object, str], object]] = {
    "date": _iso(dt.date.fromisoformat),
    "start_time": _iso(lambda t: dt.time.fromisoformat(t).replace(tzinfo=None, microsecond=0)),
    "timezone": _line,
    "headcount": lambda v, k: values.whole(v, WHERE, k),
    "capacity": lambda v, k: None if v is None else values.whole(v, WHERE, k),
    "pace_kmh": lambda v, k: values.number(v, WHERE, k, text_ok=False),
    "organiser_name": _line,
    "organiser_contact": _line,
    "link": _link,
    "follow_streets": _flag,
    "emergency_phone": _line,
    "accessibility": lambda v, k: values.text(v, WHERE, multiline=True),
    "slowest_kmh": lambda v, k: None if v is None else values.number(v, WHERE, k, text_ok=False),
    "split_groups": _flag,
    "group_size": lambda v, k: values.whole(v, WHERE, k),
    "stagger_min": lambda v, k: values.whole(v, WHERE, k),
}
