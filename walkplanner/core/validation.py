"""Checks shared by the form, the map bridge, the command line and the store.

Each check returns a message for the person who typed the value, or None when it is fine.
The messages are plain English here; the UI passes them through its translator.
"""

from __future__ import annotations

import math
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from walkplanner.core.model import Place, Walk

MAX_HEADCOUNT = 10_000
MIN_PACE_KMH, MAX_PACE_KMH = 0.5, 10.0
MAX_DWELL_MIN = 24 * 60


class InvalidWalk(ValueError):
    """A walk that must not be saved; the message says what to fix."""


def check_title(title: str) -> str | None:
    if not title.strip():
        return "A walk needs a title."
    return None


def check_position(lat: float, lon: float) -> str | None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return "The position is not a number."
    if not -90 <= lat <= 90:
        return f"Latitude {lat:g} is out of range: it must be between -90 and 90."
    if not -180 <= lon <= 180:
        return f"Longitude {lon:g} is out of range: it must be between -180 and 180."
    return None


def check_headcount(headcount: int) -> str | None:
    if not 0 <= headcount <= MAX_HEADCOUNT:
        return f"The headcount must be between 0 and {MAX_HEADCOUNT}."
    return None


def check_capacity(capacity: int | None) -> str | None:
    if capacity is not None and not 1 <= capacity <= MAX_HEADCOUNT:
        return f"The capacity must be between 1 and {MAX_HEADCOUNT}, or left empty."
    return None


def check_pace(pace_kmh: float) -> str | None:
    if not (math.isfinite(pace_kmh) and MIN_PACE_KMH <= pace_kmh <= MAX_PACE_KMH):
        return f"The pace must be between {MIN_PACE_KMH:g} and {MAX_PACE_KMH:g} km/h."
    return None


def check_dwell(minutes: int) -> str | None:
    if not 0 <= minutes <= MAX_DWELL_MIN:
        return f"The time at a stop must be between 0 and {MAX_DWELL_MIN} minutes."
    return None


def check_link(link: str) -> str | None:
    """Empty (the card then links to the meeting point on a map) or a web address."""
    if not link:
        return None
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in link):
        return f"“{link}” is not a web address: it must start with https:// (or http://)."
    return None


def check_timezone(name: str) -> str | None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return f"Unknown time zone “{name}”: use a name such as Europe/Paris."
    return None


def problems(walk: Walk) -> list[str]:
    """Everything that would make the stored walk wrong; an empty walk (no stops) is allowed."""
    found = [
        check_title(walk.title),
        check_position(walk.meeting_point.lat, walk.meeting_point.lon),
        check_headcount(walk.headcount),
        check_capacity(walk.capacity),
        check_pace(walk.pace_kmh),
        check_timezone(walk.timezone),
        check_link(walk.link),
    ]
    for stop in walk.stops:
        found += [check_position(stop.lat, stop.lon), check_dwell(stop.dwell_min)]
    return [p for p in found if p]


def ensure_valid(walk: Walk) -> None:
    found = problems(walk)
    if found:
        raise InvalidWalk(" ".join(found))


def ensure_place(place: Place) -> None:
    problem = check_position(place.lat, place.lon) or (
        "A saved place needs a name." if not place.name.strip() else None
    )
    if problem:
        raise InvalidWalk(problem)
