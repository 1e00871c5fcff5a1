"""Rows into core values, checked: a damaged row is refused with its place, never a crash.

SQLite keeps whatever a hand edit, another tool or a damaged page puts in a column: text in
a number, "garbage" for a date, a blob of odd length for a track, an unknown kind of stop.
Each column is read as the type the schema gives it; a value that is not is named
("stop 2: lat is 'nan'"), and a walk that decodes but breaks a rule the store enforces on
every write (a NaN point, a headcount of -5) is refused with the validator's own words. The
window then opens another walk and the command line exits 2: one damaged walk never keeps
the others from being used, and is never opened where no edit of it could be saved.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from array import array
from collections.abc import Callable
from typing import TypeVar

from walkplanner.core import long_paths
from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.core.model import (
    DEFAULT_EMERGENCY_PHONE,
    DEFAULT_GROUP_SIZE,
    DEFAULT_STAGGER_MIN,
    Leg,
    LegMode,
    LegSource,
    MeetingPoint,
    Route,
    Stop,
    StopKind,
    Walk,
)
from walkplanner.core.validation import problems, shown, stored_timezone
from walkplanner.text import Text, joined, say

T = TypeVar("T")


class Undecodable(Exception):
    """A stored value that is not what its column holds, or a walk the validator refuses."""

    def __init__(self, what: Text) -> None:
        super().__init__(what)
        self.what = what


def text(value: object) -> str:
    if isinstance(value, str):
        return value
    raise TypeError


def optional_text(value: object) -> str:
    return "" if value is None else text(value)


def real(value: object) -> float:
    """Any stored number (range and finiteness are the validator's)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise TypeError


def whole(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise TypeError


def optional(decode: Callable[[object], T]) -> Callable[[object], T | None]:
    return lambda value: None if value is None else decode(value)


def or_default(decode: Callable[[object], T], default: T) -> Callable[[object], T]:
    """`default` for NULL only (a row from before the column): a stored 0 or "" is the
    organiser's own value. `or default` gave groups leaving together (stagger 0) back
    10 minutes apart, and a cleared emergency line back as 112."""
    return lambda value: default if value is None else decode(value)


def points(value: object) -> tuple[tuple[float, float], ...]:
    """Geometry as little-endian float64 (lat, lon) pairs; empty for no blob."""
    if value is None:
        return ()
    if not isinstance(value, bytes) or len(value) % 16:
        raise ValueError
    numbers = array("d")
    numbers.frombytes(value)
    path = tuple(zip(numbers[0::2], numbers[1::2], strict=True))
    long_paths.remember(path, numbers)  # its next save checks and packs it in C loops
    return path


def day(value: object) -> dt.date:
    """A date as SQLAlchemy stores it ("2026-05-02"), or its day when an older version
    wrote a datetime given as the date ("2026-05-02T10:00:00"), so that walk opens."""
    stored = text(value)
    try:
        return dt.date.fromisoformat(stored)
    except ValueError:
        return dt.datetime.fromisoformat(stored).date()


def moment(value: object) -> dt.datetime:
    """A datetime as SQLAlchemy stores it ("2026-05-02 09:30:00.000000"), always UTC."""
    stored = dt.datetime.fromisoformat(text(value))
    return stored.replace(tzinfo=dt.UTC) if stored.tzinfo is None else stored


class Columns:
    """One row's columns, each decoded as its type or refused naming the row and column."""

    def __init__(self, row: sqlite3.Row, where: Text | None = None) -> None:
        self._row = row
        self._where = where

    def __call__(self, column: str, decode: Callable[[object], T]) -> T:
        try:
            value = self._row[column]
        except IndexError:  # a column dropped by hand: the schema itself is damaged
            raise self._refused(say("{column} is missing", column=column)) from None
        try:
            return decode(value)
        except (ValueError, TypeError, OverflowError):
            what = say("{column} is {value}", column=column, value=shown(value))
            raise self._refused(what) from None

    def _refused(self, what: Text) -> Undecodable:
        return Undecodable(
            say("{where}: {what}", where=self._where, what=what) if self._where else what
        )


def walk_of(row: sqlite3.Row, its_stops: list[sqlite3.Row], its_legs: list[sqlite3.Row]) -> Walk:
    """A walk from its rows, checked as the store checks every write; else Undecodable."""
    stops = tuple(
        _stop(Columns(r, say("stop {number}", number=n))) for n, r in enumerate(its_stops, 1)
    )
    legs = tuple(_leg(Columns(r, say("leg {number}", number=n))) for n, r in enumerate(its_legs, 1))
    column = Columns(row)
    walk = Walk(
        id=column("id", whole),
        title=column("title", text),
        description=column("description", optional_text),
        date=column("date", day),
        start_time=column(  # an offset stored with it once is the walk zone's time now
            "start_time", lambda value: dt.time.fromisoformat(text(value)).replace(tzinfo=None)
        ),
        timezone=stored_timezone(column("timezone", text)),
        meeting_point=MeetingPoint(
            column("meeting_name", text),
            column("meeting_lat", real),
            column("meeting_lon", real),
            column("meeting_note", optional_text),
        ),
        route=Route(stops, legs),
        headcount=column("headcount", whole),
        capacity=column("capacity", optional(whole)),
        pace_kmh=column("pace_kmh", real),
        organiser_name=column("organiser_name", optional_text),
        organiser_contact=column("organiser_contact", optional_text),
        link=column("link", optional_text),
        follow_streets=bool(column("follow_streets", optional(whole))),
        slowest_kmh=column("slowest_kmh", optional(real)),
        split_groups=bool(column("split_groups", optional(whole))),
        group_size=column("group_size", optional(whole)) or DEFAULT_GROUP_SIZE,
        stagger_min=column("stagger_min", or_default(whole, DEFAULT_STAGGER_MIN)),
        emergency_phone=column("emergency_phone", or_default(text, DEFAULT_EMERGENCY_PHONE)),
        accessibility=column("accessibility", optional_text),
        created_at=column("created_at", moment),
        updated_at=column("updated_at", moment),
        version=column("version", whole),
    )
    found = problems(walk, lengths=False)  # an older save's long text opens, to be shortened
    if found:
        raise Undecodable(joined(found))
    return walk


def _stop(column: Columns) -> Stop:
    return Stop(
        column("name", text),
        column("lat", real),
        column("lon", real),
        column("kind", StopKind),
        column("dwell_min", whole),
        column("note", optional_text),
        column("seats", optional(whole)),
    )


def _leg(column: Columns) -> Leg:
    return Leg(
        column("geometry", points),
        column("source", LegSource),
        column("mode", lambda value: LegMode(value or "default")),
        column("vias", points),
    )


def participant_of(row: sqlite3.Row, number: int) -> Participant:
    column = Columns(row, say("participant {number}", number=number))
    return Participant(
        column("name", text),
        column("contact", optional_text),
        column("status", Status),
        column("role", Role),
        column("needs", optional_text),
        column("note", optional_text),
    )
