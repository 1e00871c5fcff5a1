"""Checks shared by the form, the map bridge, the command line and the store.

Each check returns a message for the person who typed the value, or None when it is fine.
The messages are `Text` (English templates); the UI passes them through its translator.
"""

from __future__ import annotations

import math
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from walkplanner.core.model import Place, Walk
from walkplanner.text import Text, joined, say

MAX_HEADCOUNT = 10_000
MIN_PACE_KMH, MAX_PACE_KMH = 0.5, 10.0
MAX_DWELL_MIN = 24 * 60


class InvalidWalk(ValueError):
    """A walk that must not be saved; the message says what to fix."""


def check_title(title: str) -> Text | None:
    if not title.strip():
        return say("A walk needs a title.")
    return None


def check_position(lat: float, lon: float) -> Text | None:
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return say("The position is not a number.")
    if not -90 <= lat <= 90:
        return say("Latitude {lat:g} is out of range: it must be between -90 and 90.", lat=lat)
    if not -180 <= lon <= 180:
        return say("Longitude {lon:g} is out of range: it must be between -180 and 180.", lon=lon)
    return None


def check_headcount(headcount: int) -> Text | None:
    if not 0 <= headcount <= MAX_HEADCOUNT:
        return say("The headcount must be between 0 and {most}.", most=MAX_HEADCOUNT)
    return None


def check_capacity(capacity: int | None) -> Text | None:
    if capacity is not None and not 1 <= capacity <= MAX_HEADCOUNT:
        return say("The capacity must be between 1 and {most}, or left empty.", most=MAX_HEADCOUNT)
    return None


def check_pace(pace_kmh: float) -> Text | None:
    if not (math.isfinite(pace_kmh) and MIN_PACE_KMH <= pace_kmh <= MAX_PACE_KMH):
        return say(
            "The pace must be between {low:g} and {high:g} km/h.",
            low=MIN_PACE_KMH,
            high=MAX_PACE_KMH,
        )
    return None


def check_dwell(minutes: int) -> Text | None:
    if not 0 <= minutes <= MAX_DWELL_MIN:
        return say("The time at a stop must be between 0 and {most} minutes.", most=MAX_DWELL_MIN)
    return None


def check_link(link: str) -> Text | None:
    """Empty (the card then links to the meeting point on a map) or a web address."""
    if not link:
        return None
    parts = urlsplit(link)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in link):
        return say(
            "“{link}” is not a web address: it must start with https:// (or http://).", link=link
        )
    return None


def check_timezone(name: str) -> Text | None:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return say("Unknown time zone “{name}”: use a name such as Europe/Paris.", name=name)
    return None


def problems(walk: Walk) -> list[Text]:
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
        raise InvalidWalk(joined(found))


def ensure_place(place: Place) -> None:
    problem = check_position(place.lat, place.lon) or (
        say("A saved place needs a name.") if not place.name.strip() else None
    )
    if problem:
        raise InvalidWalk(problem)
