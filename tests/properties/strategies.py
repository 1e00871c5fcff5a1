"""Hostile values for a walk, accepted and refused, as hypothesis strategies.

What counts as accepted is `walkplanner.core.validation.problems`, the store's own check:
a walk built here from `accepted_walks()` must pass it, and one from `refused_walks()`
must not. Texts are the kind an organiser pastes from anywhere: control characters,
NUL, lone surrogates, bidi overrides, combining marks, emoji, markup and format strings.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import sys
from dataclasses import replace
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.core.model import (
    Leg,
    LegMode,
    LegSource,
    MeetingPoint,
    Route,
    Stop,
    StopKind,
    Walk,
)
from walkplanner.core.validation import (
    MAX_DWELL_MIN,
    MAX_HEADCOUNT,
    MAX_LINE_CHARS,
    MAX_PACE_KMH,
    MAX_STOPS,
    MIN_PACE_KMH,
    check_duration,
    check_printable_title,
    problems,
)

# Pieces a pasted text is made of; each has broken an export, a store or a layout somewhere.
HOSTILE_PIECES = (
    "\x00", "\x01", "\x07", "\x1b[31m", "\x7f", "\x85", "\x9f", "\t", "\n", "\r\n", "\r",
    "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff", "\u200b", "\u200d",
    "\u202e", "\u202d", "\u2066", "\u2069",  # bidi overrides and isolates
    "e\u0301", "\u0301\u0301\u0301", "Z\u0351\u0352\u0357\u0358",  # combining marks
    "😀", "👩‍👩‍👧‍👦", "🇫🇷", "\U0001f3f3\ufe0f\u200d\U0001f308",  # emoji, ZWJ sequences
    "<script>alert(1)</script>", "&", "&amp;", "</wp:walk><wpt lat=\"0\" lon=\"0\"/>", "&lt;", "]]>", "<![CDATA[", "<!--", "-->",
    "{", "}", "{0}", "{title}", "%s", "%n", "%1", "%(x)s", "\\", '"', "'", ";", ",",
    "=HYPERLINK(\"x\")", "+33", "-1", "@x", "BEGIN:VEVENT", "\\n", "ÿ", "Œ", "«\u00a0»",
    " ", "\u00a0", "\u3000", "Ⅻ", "ﬁ", "ǅ", "İ", "ß", "𝔘", "\U0010ffff",
)  # fmt: skip
LONE_SURROGATES = ("\ud800", "\udfff", "\udc80")


def hostile_text(max_size: int = 80, *, surrogates: bool = False) -> st.SearchStrategy[str]:
    """Any mix of hostile pieces and arbitrary characters (lone surrogates on request)."""
    pieces = HOSTILE_PIECES + (LONE_SURROGATES if surrogates else ())
    alphabet = st.characters(exclude_categories=() if surrogates else ("Cs",))
    part = st.one_of(st.sampled_from(pieces), st.text(alphabet, max_size=8))
    return st.lists(part, max_size=max_size // 4).map("".join).map(lambda s: s[:max_size])


def line_text(*, surrogates: bool = False) -> st.SearchStrategy[str]:
    """A one-line field: hostile, or at its length limit, or only blanks."""
    return st.one_of(
        hostile_text(surrogates=surrogates),
        st.just("x" * MAX_LINE_CHARS),
        st.just("é" * (MAX_LINE_CHARS - 1) + "😀"),
        st.sampled_from(("", " ", "\t\n", "\u00a0\u3000")),
    )


def note_text() -> st.SearchStrategy[str]:
    """A multi-line field: hostile, or 10,000 characters, or only blanks."""
    return st.one_of(
        hostile_text(200),
        st.just(("Line « one » & <two>\n" * 500)[:10_000]),
        st.sampled_from(("", "\n\n\n", " \t ")),
    )


def title_text() -> st.SearchStrategy[str]:
    """A title the validator takes: anything with a non-blank character."""
    return line_text().filter(lambda t: check_printable_title(t) is None)


# Numbers at and across every boundary the validator draws.
LATS = (-90.0, 90.0, -0.0, 0.0, 5e-324, -5e-324, sys.float_info.min, 48.8566, 89.9999999, -90)
LONS = (-180.0, 180.0, -0.0, 0.0, 5e-324, 2.3522, 179.9999999, -179.9999999, 180)


def lat() -> st.SearchStrategy[float]:
    return st.one_of(st.sampled_from(LATS), st.floats(-90, 90))


def lon() -> st.SearchStrategy[float]:
    return st.one_of(st.sampled_from(LONS), st.floats(-180, 180))


def position() -> st.SearchStrategy[tuple[float, float]]:
    return st.tuples(lat(), lon())


def count(low: int, high: int) -> st.SearchStrategy[int]:
    """A whole number in [low, high], its ends and their neighbours inside most often."""
    edges = sorted({low, min(low + 1, high), max(high - 1, low), high})
    return st.one_of(st.sampled_from(edges), st.integers(low, high))


def pace() -> st.SearchStrategy[float]:
    return st.one_of(
        st.sampled_from((MIN_PACE_KMH, MAX_PACE_KMH, 3.5, 1, 10)),
        st.floats(MIN_PACE_KMH, MAX_PACE_KMH),
    )


# Zones with DST gaps and folds, one with a half-hour and one with a 45-minute offset, one
# across the date line, and the zones that skipped a whole day or have no DST.
ZONES = ("Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu",
         "Pacific/Apia", "Pacific/Kiritimati", "America/St_Johns", "UTC", "Etc/GMT+12",
         "Africa/Casablanca", "Europe/London", "America/Sao_Paulo")  # fmt: skip
# Days and times at the validator's edges, leap days, and Paris's DST gap and fold.
DAYS = (dt.date(1900, 1, 1), dt.date(2200, 12, 31), dt.date(2024, 2, 29), dt.date(2000, 2, 29),
        dt.date(2026, 3, 29), dt.date(2026, 10, 25), dt.date(2011, 12, 30),
        dt.date(2199, 12, 31))  # fmt: skip
TIMES = (dt.time(0, 0), dt.time(23, 59, 59, 999999), dt.time(2, 30), dt.time(2, 30, fold=1),
         dt.time(12, 0), dt.time(23, 30), dt.time(0, 0, 0, 1))  # fmt: skip


def day() -> st.SearchStrategy[dt.date]:
    return st.one_of(st.sampled_from(DAYS), st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)))


def clock() -> st.SearchStrategy[dt.time]:
    return st.one_of(st.sampled_from(TIMES), st.times())


def link() -> st.SearchStrategy[str]:
    return st.sampled_from((
        "", "https://example.org/", "http://a.b", "https://example.org/?q=<script>&x=%s{}",
        "https://xn--caf-dma.example/é/😀", "https://example.org/" + "a" * 1900,
        "https://[::1]:8080/path#frag", "https://example.org/]]>&amp;",
    ))  # fmt: skip


def stops(max_stops: int = 12) -> st.SearchStrategy[list[Stop]]:
    stop = st.builds(
        Stop,
        name=line_text(),
        lat=lat(),
        lon=lon(),
        kind=st.sampled_from(StopKind),
        dwell_min=count(0, MAX_DWELL_MIN),
        note=note_text(),
        seats=st.none() | count(0, MAX_HEADCOUNT),
    )
    return st.lists(stop, max_size=max_stops)


@st.composite
def routes(draw: st.DrawFn, max_stops: int = 12, distinct: bool = False) -> Route:
    """Stops and legs between them: straight, or routed through extra points and vias.
    `distinct`: at least one stop, each at a latitude of its own, and straight legs, so an
    importer that finds stops along the track has one place for each (a file's track may
    pass a stop twice; then it cannot tell which pass the stop was)."""
    chosen = draw(stops(max_stops))
    if distinct:
        chosen = list({round(s.lat, 6): s for s in chosen}.values()) or [Stop("Alone", 1, 2)]
    legs = []
    for a, b in itertools.pairwise(chosen):
        inner = [] if distinct else draw(st.lists(position(), max_size=6))
        vias = tuple(draw(st.lists(position(), max_size=2)))
        legs.append(
            Leg(
                (a.position, *inner, b.position),
                draw(st.sampled_from(LegSource)),
                draw(st.sampled_from(LegMode)),
                vias,
            )
        )
    return Route(tuple(chosen), tuple(legs))


@st.composite
def accepted_walks(draw: st.DrawFn, max_stops: int = 12, distinct: bool = False) -> Walk:
    """A walk the validator accepts, every field hostile within its range."""
    capacity = draw(st.none() | count(1, MAX_HEADCOUNT))
    walk = Walk(
        title=draw(title_text()),
        date=draw(day()),
        start_time=draw(clock()),
        meeting_point=MeetingPoint(draw(line_text()), draw(lat()), draw(lon()), draw(note_text())),
        route=draw(routes(max_stops, distinct)),
        description=draw(note_text()),
        timezone=draw(st.sampled_from(ZONES)),
        headcount=draw(count(0, MAX_HEADCOUNT)),
        capacity=capacity,
        pace_kmh=draw(pace()),
        organiser_name=draw(line_text()),
        organiser_contact=draw(line_text()),
        link=draw(link()),
        slowest_kmh=draw(st.none() | pace()),
        split_groups=draw(st.booleans()),
        group_size=draw(count(1, MAX_HEADCOUNT)),
        stagger_min=draw(count(0, MAX_DWELL_MIN)),
        follow_streets=draw(st.booleans()),
        emergency_phone=draw(line_text()),
        accessibility=draw(note_text()),
    )
    if check_duration(walk):  # legs across the globe at 0.5 km/h: walk at 10 km/h
        walk = replace(walk, pace_kmh=MAX_PACE_KMH)
    assume(not problems(walk))  # the oracle: what the store must take
    return walk


def many_stops_walk(count_: int = MAX_STOPS) -> Walk:
    """A walk with `count_` stops along a line and 50-point legs: the limit, and over it."""
    chosen = tuple(
        Stop(f"Stop {n} <&>", 48.85 + n * 1e-3, 2.35 + n * 1e-3, dwell_min=MAX_DWELL_MIN)
        for n in range(count_)
    )
    legs = tuple(
        Leg((a.position, *((a.lat + k * 1e-5, a.lon) for k in range(1, 49)), b.position),
            LegSource.ROUTED)
        for a, b in itertools.pairwise(chosen)
    )  # fmt: skip
    return Walk(
        "Many stops",
        dt.date(2200, 12, 31),
        dt.time(23, 59),
        MeetingPoint("Here", 48.85, 2.35),
        Route(chosen, legs),
    )


def participants() -> st.SearchStrategy[list[Participant]]:
    person = st.builds(
        Participant,
        name=line_text(),
        contact=st.one_of(
            line_text(),
            st.sampled_from(
                (
                    "a@b.c",
                    '"a b"@example.org',
                    "=cmd|' /C calc'!A0",
                    "+33 6",
                    "@handle",
                    "-1",
                    "x@xn--caf-dma.fr",
                    "é@é.fr",
                )
            ),
        ),
        status=st.sampled_from(Status),
        role=st.sampled_from(Role),
        needs=note_text(),
        note=note_text(),
    )
    return st.lists(person, max_size=6)


# Fields and values the validator must refuse.
BAD_NUMBERS: tuple[tuple[str, Any], ...] = (
    ("headcount", -1), ("headcount", MAX_HEADCOUNT + 1), ("headcount", 10**30), ("pace_kmh", 10**400), ("slowest_kmh", -(10**5000)),
    ("group_size", 10**5000), ("stagger_min", -(10**400)),
    ("headcount", True), ("headcount", 2.5), ("headcount", math.nan),
    ("capacity", 0), ("capacity", -5), ("capacity", MAX_HEADCOUNT + 1), ("capacity", 1.0),
    ("pace_kmh", 0.0), ("pace_kmh", 0.49), ("pace_kmh", 10.01), ("pace_kmh", math.nan),
    ("pace_kmh", math.inf), ("pace_kmh", -math.inf), ("pace_kmh", 5e-324), ("pace_kmh", -3.5),
    ("slowest_kmh", 0.0), ("slowest_kmh", math.nan), ("slowest_kmh", 100000.0),
    ("group_size", 0), ("group_size", -1), ("group_size", MAX_HEADCOUNT + 1),
    ("stagger_min", -1), ("stagger_min", MAX_DWELL_MIN + 1), ("stagger_min", 100000),
    ("title", ""), ("title", " \t\n\u3000"), ("title", "\x00\x07 \x1b"), ("title", "x" * (MAX_LINE_CHARS + 1)),
    ("date", dt.date(1, 1, 1)), ("date", dt.date(9999, 12, 31)), ("date", dt.date(1899, 12, 31)),
    ("date", dt.date(2201, 1, 1)), ("date", dt.datetime(2026, 5, 2, 10)), ("date", "2026-05-02"),
    ("start_time", "14:00"), ("start_time", dt.datetime(2026, 5, 2, 14)), ("timezone", "Mars/Olympus"), ("timezone", ""),
    ("timezone", "posix/Europe/Paris"), ("timezone", "localtime"), ("timezone", "../etc/passwd"),
    ("timezone", "Europe/Paris\x00"), ("timezone", "Europe"), ("timezone", "x" * 300), ("link", "javascript:alert(1)"), ("link", "https://a b"),
    ("link", "https://example.org/" + "a" * 2000), ("link", "http://[::1"), ("link", "ftp://x"),
    ("link", "https://example.org/\x00"), ("organiser_name", "x" * (MAX_LINE_CHARS + 1)),
    ("description", "x" * 100_001),
)  # fmt: skip
BAD_POSITIONS = ((90.0000001, 0.0), (-91.0, 0.0), (0.0, 180.0000001), (0.0, -181.0),
                 (math.nan, 0.0), (0.0, math.inf), (-math.inf, 0.0), (1e308, 1e308),
                 (10**400, 0), (0, -(10**5000)))  # fmt: skip
BAD_STOP_VALUES: tuple[tuple[str, Any], ...] = (
    ("dwell_min", -1), ("dwell_min", MAX_DWELL_MIN + 1), ("dwell_min", 100000),
    ("dwell_min", 1.5), ("dwell_min", True), ("seats", -1), ("seats", MAX_HEADCOUNT + 1),
    ("seats", 10**20), ("seats", 10**5000), ("dwell_min", -(10**400)), ("seats", 2.0), ("name", "x" * (MAX_LINE_CHARS + 1)),
)  # fmt: skip


@st.composite
def refused_walks(draw: st.DrawFn) -> Walk:
    """An accepted walk with one value made wrong: a field, a position, a stop, a leg."""
    walk = draw(accepted_walks(max_stops=4))
    way = draw(st.sampled_from(("walk", "meeting", "stop", "leg", "stops")))
    if way == "meeting" or (way in ("stop", "leg") and len(walk.stops) < 2):
        bad_lat, bad_lon = draw(st.sampled_from(BAD_POSITIONS))
        meeting = replace(walk.meeting_point, lat=bad_lat, lon=bad_lon)
        return replace(walk, meeting_point=meeting)
    if way == "stop":
        number = draw(st.integers(0, len(walk.stops) - 1))
        field, value = draw(
            st.sampled_from(BAD_STOP_VALUES)
            | st.sampled_from(BAD_POSITIONS).map(lambda p: ("position", p))
        )
        if field == "position":
            route = walk.route.moved(number, *value)
        else:
            route = walk.route.edited(number, **{field: value})
        return replace(walk, route=route)
    if way == "leg":
        number = draw(st.integers(0, len(walk.legs) - 1))
        leg = walk.legs[number]
        bad = draw(st.sampled_from(BAD_POSITIONS))
        leg = replace(leg, points=(leg.points[0], bad, leg.points[-1]))
        return replace(walk, route=walk.route.with_leg(number, leg))
    if way == "stops":
        return many_stops_walk(MAX_STOPS + 1)
    field, value = draw(st.sampled_from(BAD_NUMBERS))
    return replace(walk, **{field: value})
