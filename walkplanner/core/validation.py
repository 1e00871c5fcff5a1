"""The one boundary validator, shared by the form, the map bridge, the command line, the
importers and the store.

Each check returns a message for the person who typed the value (or made the file), or
None when it is fine; `problems(walk)` runs them all over a whole walk, every leg point
included, so nothing non-finite or off the globe is ever stored or drawn. `clean_text`
strips what no text should carry. The messages are `Text` (English templates); the UI
passes them through its translator.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import sys
from collections.abc import Sequence
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from walkplanner.core import long_paths
from walkplanner.core.geo import leg_length_m
from walkplanner.core.model import DEFAULT_TIMEZONE, LatLon, Place, Walk
from walkplanner.problem import Problem
from walkplanner.text import Text, joined, say

MAX_HEADCOUNT = 10_000
MIN_PACE_KMH, MAX_PACE_KMH = 0.5, 10.0
MAX_DWELL_MIN = 24 * 60
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_LINE_CHARS = 1_000  # a name, a title, a contact
MAX_TEXT_CHARS = 100_000  # a note or a description
MAX_LINK_CHARS = 2_000  # a QR code at its largest holds about 2,300 bytes
# A group stops a few times an hour: 100 stops is a long day's heritage trail, and more is
# a geocache dump. Every stop reached is drawn in every frame of the story video: at 100
# stops its frames take 3 s (0.7 s for 5 stops; 5.5 s at 200, 53 s at 5,000), and the
# card, the handout and the walk page each stay under a second.
MAX_STOPS = 100
# A walk's times are dates: 100 legs round the globe and back at 0.5 km/h ended past the
# year 9999, the last a date can hold, and every save and export crashed. The limit only
# keeps the times dates: a century at the walk's pace is at most 2,500 years for its
# slowest group (a fifth slower, or a slowest walker at 0.5 km/h against 10), so the
# latest start (2200) with ten thousand groups 24 h apart still ends centuries before it.
MAX_WALK_DAYS = 36_525

# C0 and C1 controls, DEL, lone surrogates and U+FFFE/U+FFFF: XML 1.0 forbids some, and
# none of them means anything in a walk. Tab and line feed are handled apart.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = re.compile("\r\n?")
_BLANKS = re.compile("[\t\n\r]+")


class InvalidWalk(Problem, ValueError):
    """A walk that must not be saved; the message says what to fix."""


def is_whole(value: object) -> bool:
    """An int and not a bool (JSON's true is not a headcount)."""
    return isinstance(value, int) and not isinstance(value, bool)


def clean_text(text: str, *, multiline: bool = False) -> str:
    """The text without control characters; multi-line fields (notes, descriptions) keep
    their line breaks and tabs, one-line fields get a space for each run of them. The
    controls go first, so that what they hid is trimmed too: "\x00\t0" was " 0", and
    cleaned again (an export read back) "0"."""
    text = _CONTROLS.sub("", _LINE_BREAKS.sub("\n", text))
    if not multiline:
        text = _BLANKS.sub(" ", text).strip()
    return text


def is_finite(value: object) -> bool:
    """A real number, not NaN or infinite. Any int is one: math.isfinite(10**400), a
    400-digit coordinate in a GeoJSON file, raised OverflowError instead of saying no."""
    if isinstance(value, bool) or not isinstance(value, float | int):
        return False
    return isinstance(value, int) or math.isfinite(value)


def shown(value: object) -> str:
    """A short, printable picture of a bad value for a message (a file's, a stored row's).
    An int is said by its size past 40 digits: repr() refuses one of over 4,300."""
    if isinstance(value, int) and abs(value) > 10**40:
        sign = "negative " if value < 0 else ""
        return f"a {sign}{value.bit_length() * math.log10(2):.0f}-digit number"
    picture = clean_text("null" if value is None else repr(value))
    return picture if len(picture) <= 40 else picture[:37] + "…"


def most_chars(*, multiline: bool = False) -> int:
    """How long a text may be: a line (a name, a title) or a multi-line text (a note)."""
    return MAX_TEXT_CHARS if multiline else MAX_LINE_CHARS


def check_text_length(text: str, where: Text, *, multiline: bool = False) -> Text | None:
    most = most_chars(multiline=multiline)
    if len(text) > most:
        return say(
            "{where} is {size} characters long; at most {most} are accepted.",
            where=where,
            size=len(text),
            most=most,
        )
    return None


def check_stop_count(count: int) -> Text | None:
    if count > MAX_STOPS:
        return say(
            "The walk has {count} stops; at most {most} are accepted: remove {extra} of them.",
            count=count,
            most=MAX_STOPS,
            extra=count - MAX_STOPS,
        )
    return None


def check_title(title: str) -> Text | None:
    if not title.strip():
        return say("A walk needs a title.")
    return None


def check_printable_title(title: str) -> Text | None:
    """A title of control characters only ("\x00") was saved, then written everywhere as
    nothing: a card, a handout, a file with no title. A blank one is check_title's, which
    says so once."""
    return check_title(clean_text(title)) if title.strip() else None


def check_position(lat: float, lon: float) -> Text | None:
    if not (is_finite(lat) and is_finite(lon)):
        return say("The position is not a number.")
    if not -90 <= lat <= 90:
        return say(
            "Latitude {lat:g} is out of range: it must be between -90 and 90.", lat=_printed(lat)
        )
    if not -180 <= lon <= 180:
        return say(
            "Longitude {lon:g} is out of range: it must be between -180 and 180.",
            lon=_printed(lon),
        )
    return None


def _printed(number: float) -> float:
    """A number `{:g}` writes: an int past a float's range is said as the largest float."""
    return float(max(-sys.float_info.max, min(number, sys.float_info.max)))


def check_point(where: Text, lat: float, lon: float) -> Text | None:
    """Like check_position, saying which point and which value, e.g. for track point 17."""
    for name, value, most in ((say("latitude"), lat, 90), (say("longitude"), lon, 180)):
        if not (is_finite(value) and -most <= value <= most):
            return say(
                "{where} has {name} {value}: it must be a number between -{most} and {most}.",
                where=where,
                name=name,
                value=value if isinstance(value, float) else shown(value),
                most=most,
            )
    return None


def check_points(points: Sequence[LatLon], first: Text) -> Text | None:
    """The first point that is not finite or off the globe, numbered from 1 after `first`
    (e.g. "Leg 2, point"). A long path is checked in one vectorised pass first."""
    if len(points) > long_paths.LONG_ABOVE and long_paths.all_on_globe(points):
        return None
    for number, (lat, lon) in enumerate(points, 1):
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # False for NaN too
            return check_point(say("{first} {number}", first=first, number=number), lat, lon)
    return None


def check_duration(walk: Walk) -> Text | None:
    """Walking every leg at the walk's pace and staying at every stop within MAX_WALK_DAYS.
    Left to the other checks when the pace, a point or a stay is wrong."""
    if check_pace(walk.pace_kmh) or any(check_dwell(stop.dwell_min) for stop in walk.stops):
        return None
    metres = sum(leg_length_m(leg.points) for leg in walk.legs)
    if not math.isfinite(metres):
        return None
    hours = metres / 1000 / walk.pace_kmh + sum(stop.dwell_min for stop in walk.stops) / 60
    if hours > MAX_WALK_DAYS * 24:
        return say(
            "The walk would last {days} days ({km} km at {pace:g} km/h); at most {most} are "
            "accepted: remove legs or stops, or split it into several walks.",
            days=round(hours / 24),
            km=round(metres / 1000),
            pace=walk.pace_kmh,
            most=MAX_WALK_DAYS,
        )
    return None


def check_date(date: dt.date) -> Text | None:
    """A day in range. A datetime is a date to isinstance, but it was stored as
    "2026-05-02T10:00:00", which no read took for a date: the walk never opened again."""
    if not isinstance(date, dt.date) or isinstance(date, dt.datetime):
        text = date.isoformat() if isinstance(date, dt.date) else shown(date)
        return say("“{text}” is not a date: write it as 2026-06-14.", text=text)
    if not MIN_YEAR <= date.year <= MAX_YEAR:
        return say(
            "The date {date} is out of range: the year must be between {low} and {high}.",
            date=date.isoformat(),
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    return None


def check_count(value: object, what: Text, low: int = 0, high: int = MAX_HEADCOUNT) -> Text | None:
    """A whole number of people, minutes or seats, within bounds."""
    if not (is_whole(value) and low <= value <= high):  # type: ignore[operator]
        return say(
            "{what} is {value}: it must be a whole number between {low} and {high}.",
            what=what,
            value=shown(value),
            low=low,
            high=high,
        )
    return None


def check_start_time(start: dt.time) -> Text | None:
    """A time of day in the walk's own zone: one carrying an offset of its own was stored
    with it and lost it in every export."""
    if not isinstance(start, dt.time) or start.tzinfo is not None:
        return say("“{text}” is not a time of day: write it as 14:30 or 2:30pm.", text=shown(start))
    return None


def check_headcount(headcount: int) -> Text | None:
    if not (is_whole(headcount) and 0 <= headcount <= MAX_HEADCOUNT):
        return say("The headcount must be between 0 and {most}.", most=MAX_HEADCOUNT)
    return None


def check_capacity(capacity: int | None) -> Text | None:
    if capacity is not None and not (is_whole(capacity) and 1 <= capacity <= MAX_HEADCOUNT):
        return say("The capacity must be between 1 and {most}, or left empty.", most=MAX_HEADCOUNT)
    return None


def check_pace(pace_kmh: float) -> Text | None:
    if not (is_finite(pace_kmh) and MIN_PACE_KMH <= pace_kmh <= MAX_PACE_KMH):
        return say(
            "The pace must be between {low:g} and {high:g} km/h.",
            low=MIN_PACE_KMH,
            high=MAX_PACE_KMH,
        )
    return None


def check_dwell(minutes: int) -> Text | None:
    if not (is_whole(minutes) and 0 <= minutes <= MAX_DWELL_MIN):
        return say("The time at a stop must be between 0 and {most} minutes.", most=MAX_DWELL_MIN)
    return None


def check_link(link: str) -> Text | None:
    """Empty (the card then links to the meeting point on a map) or a web address."""
    if not link:
        return None
    if len(link.encode("utf-8", "surrogatepass")) > MAX_LINK_CHARS:
        return say(
            "The link is too long for a QR code (at most {limit} characters): use a shorter link.",
            limit=MAX_LINK_CHARS,
        )
    shown = clean_text(link)
    try:
        parts = urlsplit(link)
    except ValueError:  # "http://[::1": a broken address
        parts = urlsplit("")
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or any(c.isspace() for c in link)
        or shown != link
    ):
        return say(
            "“{link}” is not a web address: it must start with https:// (or http://).", link=shown
        )
    return None


ZONE_COPIES = ("posix/", "right/")  # the tz database's copies of each zone, as folders
MACHINE_ZONES = frozenset({"localtime", "posixrules", "Factory"})  # this computer's, or none


def check_timezone(name: str) -> Text | None:
    """A zone the tz database names for a place. Files on disk that zoneinfo also opens are
    refused: "right/Europe/Paris" counts leap seconds and put noon an hour off, "posixrules"
    is New York's rules, "localtime" whatever the computer that opens the walk uses. A
    folder of the database ("Europe") or a name too long for a file name raised OSError,
    a traceback from `set timezone=Europe` or a file's details."""
    try:
        ZoneInfo(name)
        if name.startswith(ZONE_COPIES) or name in MACHINE_ZONES:
            raise ValueError(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return say("Unknown time zone “{name}”: use a name such as Europe/Paris.", name=name)
    return None


def stored_timezone(name: str) -> str:
    """The zone an older save meant: one saved before `check_timezone` refused the tz
    database's copies opens under the zone they copy, and a machine's zone under the
    default, instead of never opening again."""
    if name.startswith(ZONE_COPIES):
        return name.split("/", 1)[1]
    return DEFAULT_TIMEZONE if name in MACHINE_ZONES else name


def problems(walk: Walk, *, leg_points: bool = True, lengths: bool = True) -> list[Text]:
    """Everything that would make the stored walk wrong; an empty walk (no stops) is allowed.

    `leg_points=False` leaves out the legs' points and via points, for a caller that
    checked each where it came from: an importer checks a 100,000-point track in one
    vectorised pass and names the file's own point, where this loop would check it again
    point by point before the store does it once more. `lengths=False` leaves out the
    limits added after walks were first saved (the lengths of texts, the number of stops,
    a title with something printable in it, the duration), for the store's reads: a walk saved before
    them still opens, and its next save says what to change."""
    meeting = walk.meeting_point
    found = [
        check_title(walk.title),
        check_date(walk.date),
        check_start_time(walk.start_time),
        check_point(say("The meeting point"), meeting.lat, meeting.lon),
        check_headcount(walk.headcount),
        check_capacity(walk.capacity),
        check_pace(walk.pace_kmh),
        check_pace(walk.slowest_kmh) if walk.slowest_kmh is not None else None,
        check_count(walk.group_size, say("The group size"), 1),
        check_count(walk.stagger_min, say("The time between groups"), 0, MAX_DWELL_MIN),
        check_timezone(walk.timezone),
        check_link(walk.link),
    ]
    for number, stop in enumerate(walk.stops, 1):
        where = say("Stop {number} (“{name}”)", number=number, name=stop.name)
        found += [
            check_point(where, stop.lat, stop.lon),
            check_dwell(stop.dwell_min),
            check_count(stop.seats, where) if stop.seats is not None else None,
        ]
    for number, leg in enumerate(walk.legs if leg_points else (), 1):
        found += [
            check_points(leg.points, say("Leg {number}, point", number=number)),
            check_points(leg.vias, say("Leg {number}, via point", number=number)),
        ]
    if lengths:
        found += [
            check_printable_title(walk.title),
            check_stop_count(len(walk.stops)),
            None if any(found) else check_duration(walk),  # measured on sound points only
            *_text_lengths(walk),
        ]
    return [p for p in found if p]


# The walk's multi-line texts, named as a refusal names them (the details form too).
LONG_TEXT_NAMES = {
    "description": say("The description"),
    "note": say("The note on how to find the group"),
    "accessibility": say("The accessibility notes"),
}


def _text_lengths(walk: Walk) -> list[Text | None]:
    """Texts as long as a file may bring them (MAX_LINE_CHARS, MAX_TEXT_CHARS): a title
    pasted from a book once took the invite card 18 s to lay out."""
    meeting = walk.meeting_point
    lines = [
        (walk.title, say("The title")),
        (meeting.name, say("The meeting point's name")),
        (walk.organiser_name, say("The organiser's name")),
        (walk.organiser_contact, say("The organiser's contact")),
        (walk.emergency_phone, say("The emergency number")),
    ]
    texts = [
        (walk.description, LONG_TEXT_NAMES["description"]),
        (meeting.note, LONG_TEXT_NAMES["note"]),
        (walk.accessibility, LONG_TEXT_NAMES["accessibility"]),
    ]
    for number, stop in enumerate(walk.stops, 1):
        lines.append((stop.name, say("Stop {number}", number=number)))
        texts.append((stop.note, say("The note of stop {number}", number=number)))
    return [check_text_length(text, where) for text, where in lines] + [
        check_text_length(text, where, multiline=True) for text, where in texts
    ]


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
