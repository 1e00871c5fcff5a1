"""A walk in which every field holds a value other than its default, for round trips.

The values are listed by field name and checked against `dataclasses.fields`, so a field
added to Walk (or to a stop, a leg, the meeting point, a participant) without a value here
fails every round trip at once, with its name, instead of being quietly left at its
default, which a lossy save would give back unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Any, TypeVar

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

# Set by the store, not by the organiser: an imported walk is a new walk without them.
STORE_OWNED = ("id", "created_at", "updated_at", "version")

T = TypeVar("T")


def every_field_set(cls: type[T], values: dict[str, Any]) -> T:
    """cls(**values), refused unless values names every field, each unlike its default."""
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    missing = [name for name in names if name not in values]
    assert not missing, f"tests/full_walk.py: give {cls.__name__}.{missing} a non-default value"
    unknown = sorted(set(values) - set(names))
    assert not unknown, f"tests/full_walk.py: {cls.__name__} has no field {unknown}"
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.default is not dataclasses.MISSING:
            default = f.default
        elif f.default_factory is not dataclasses.MISSING:
            default = f.default_factory()
        else:
            continue
        assert values[f.name] != default, f"{cls.__name__}.{f.name} is at its default"
    return cls(**values)


def full_stops() -> tuple[Stop, ...]:
    return (
        every_field_set(
            Stop,
            {
                "name": "Fontaine Saint-Michel",
                "lat": 48.853100,
                "lon": 2.344100,
                "kind": StopKind.START,
                "dwell_min": 5,
                "note": "By the dragons",
                "seats": 12,
            },
        ),
        every_field_set(
            Stop,
            {
                "name": "Café « Le Départ »",
                "lat": 48.852300,
                "lon": 2.346800,
                "kind": StopKind.CAFE,
                "dwell_min": 25,
                "note": "Terrace upstairs\nCards accepted",
                "seats": 40,
            },
        ),
        every_field_set(
            Stop,
            {
                "name": "Square du Vert-Galant",
                "lat": 48.857400,
                "lon": 2.340100,
                "kind": StopKind.VIEWPOINT,
                "dwell_min": 15,
                "note": "Steps down to the river",
                "seats": 1,
            },
        ),
    )


def full_route() -> Route:
    stops = full_stops()
    legs = []
    for a, b in itertools.pairwise(stops):
        via = (round((a.lat + b.lat) / 2 + 0.0004, 6), round((a.lon + b.lon) / 2, 6))
        legs.append(
            every_field_set(
                Leg,
                {
                    "points": (a.position, via, b.position),
                    "source": LegSource.ROUTED,
                    "mode": LegMode.ROUTED,
                    "vias": (via,),
                },
            )
        )
    return Route(stops, tuple(legs))


def full_walk() -> Walk:
    """Every field of a walk set, store fields included (drop them with `as_new`)."""
    return every_field_set(
        Walk,
        {
            "title": "Île de la Cité at dawn: every field set",
            "date": dt.date(2031, 7, 14),
            "start_time": dt.time(6, 45),
            "meeting_point": every_field_set(
                MeetingPoint,
                {
                    "name": "Place Saint-Michel",
                    "lat": 48.853300,
                    "lon": 2.343900,
                    "note": "Under the fountain's dragons",
                },
            ),
            "route": full_route(),
            "description": "Two lines\nof description",
            "timezone": "America/Montreal",
            "headcount": 42,
            "capacity": 60,
            "pace_kmh": 4.25,
            "organiser_name": "Ada Lovelace",
            "organiser_contact": "+33 6 12 34 56 78",
            "link": "https://chat.example.org/invite/dawn",
            "slowest_kmh": 2.75,
            "split_groups": True,
            "group_size": 12,
            "stagger_min": 7,
            "follow_streets": False,
            "emergency_phone": "+33 1 45 45 45 45",
            "accessibility": "Steps down to the river\nNo toilets after the café",
            "id": 7,
            "created_at": dt.datetime(2030, 1, 2, 3, 4, 5, 600000, tzinfo=dt.UTC),
            "updated_at": dt.datetime(2030, 2, 3, 4, 5, 6, 700000, tzinfo=dt.UTC),
            "version": 3,
        },
    )


def full_participants() -> list[Participant]:
    """One person with every field set, then one for each status and each role; texts a
    spreadsheet would take for formulas ("+33…", "=…") and notes on two lines."""
    full = every_field_set(
        Participant,
        {
            "name": "Ada « organiser's friend »",
            "contact": "+33 6 12 34 56 78",
            "status": Status.WAITLIST,
            "role": Role.LEADER,
            "needs": "=Step-free route",
            "note": "Comes with a friend\nBrings a flask",
        },
    )
    roles = list(Role)
    others = [
        Participant(
            f"Walker {number}",
            f"walker{number}@example.org",
            status,
            roles[number % len(roles)],
            note=f"Line one\nline {number}",
        )
        for number, status in enumerate(Status)
    ]
    return [full, *others]


def as_new(walk: Walk) -> Walk:
    """The walk as the store has never seen it."""
    return dataclasses.replace(walk, id=None, created_at=None, updated_at=None, version=0)


def fields_that_differ(got: object, want: object, names: list[str] | None = None) -> list[str]:
    """The named fields (default: all) whose values differ, for a message that names them."""
    names = names or [f.name for f in dataclasses.fields(want)]  # type: ignore[arg-type]
    return [name for name in names if getattr(got, name) != getattr(want, name)]
