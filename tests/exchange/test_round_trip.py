"""Each file format gives back every field of a walk it claims to carry, and says what not.

Driven by `dataclasses.fields` (tests/full_walk.py): a field added to Walk, Stop or Leg
is either carried by a format or listed below with the reason it is not, or this fails.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.full_walk import STORE_OWNED, as_new, fields_that_differ, full_participants, full_walk
from walkplanner.core.model import Leg, LegMode, Stop, Walk
from walkplanner.exchange.files import export_walk, import_walk
from walkplanner.exchange.participants_csv import read_participants_csv, write_participants_csv
from walkplanner.exchange.safety import ExchangeError

STORE_REASON = "the store's bookkeeping: an imported walk is a new walk"
KML_REASON = (
    "KML has no place for a walk's details, and Walk Planner writes plain KML that any "
    "globe or map reads"
)
# Walk fields each format cannot carry, with the reason. "route" is compared below, as
# its stops and legs.
NOT_CARRIED: dict[str, dict[str, str]] = {
    "gpx": dict.fromkeys(STORE_OWNED, STORE_REASON),
    "geojson": dict.fromkeys(STORE_OWNED, STORE_REASON),
    "kml": dict.fromkeys(STORE_OWNED, STORE_REASON)
    | dict.fromkeys(
        (
            "date",
            "start_time",
            "timezone",
            "headcount",
            "capacity",
            "pace_kmh",
            "organiser_name",
            "organiser_contact",
            "link",
            "slowest_kmh",
            "split_groups",
            "group_size",
            "stagger_min",
            "follow_streets",
            "emergency_phone",
            "accessibility",
        ),
        KML_REASON,
    ),
}
# Parts of a leg a format does not carry. Every field of a stop is carried by every format.
KML_WISHES = "a wish for routing the leg again, kept with the walk's details KML has no place for"
LEG_NOT_CARRIED: dict[str, dict[str, str]] = {
    "gpx": {},
    "geojson": {},
    "kml": {"mode": KML_WISHES, "vias": KML_WISHES},
}
KINDS = list(NOT_CARRIED)


@pytest.fixture(scope="module")
def walk() -> Walk:
    return as_new(full_walk())


@pytest.fixture(params=KINDS)
def back(request: pytest.FixtureRequest, walk: Walk, tmp_path: Path) -> tuple[str, Walk]:
    kind = request.param
    return kind, import_walk(export_walk(walk, kind, tmp_path / f"walk.{kind}"))


def test_every_walk_field_a_format_carries_comes_back(back: tuple[str, Walk], walk: Walk) -> None:
    kind, got = back
    carried = [
        f.name
        for f in dataclasses.fields(Walk)
        if f.name not in NOT_CARRIED[kind] and f.name != "route"
    ]
    assert fields_that_differ(got, walk, carried) == []


def test_what_a_format_does_not_carry_comes_back_as_a_new_walks(
    back: tuple[str, Walk], walk: Walk
) -> None:
    kind, got = back
    defaults = Walk(got.title, got.date, got.start_time, got.meeting_point, got.route)
    assert fields_that_differ(got, defaults, list(NOT_CARRIED[kind])) == []


def test_stops_come_back_with_every_carried_field(back: tuple[str, Walk], walk: Walk) -> None:
    _kind, got = back
    assert len(got.stops) == len(walk.stops)
    names = [f.name for f in dataclasses.fields(Stop)]
    for mine, theirs in zip(got.stops, walk.stops, strict=True):
        assert (mine.lat, mine.lon) == pytest.approx((theirs.lat, theirs.lon), abs=1e-7)
        exact = [name for name in names if name not in ("lat", "lon")]
        assert fields_that_differ(mine, theirs, exact) == [], mine.name


def test_legs_come_back_with_every_carried_field(back: tuple[str, Walk], walk: Walk) -> None:
    kind, got = back
    assert len(got.legs) == len(walk.legs)
    names = [f.name for f in dataclasses.fields(Leg) if f.name not in LEG_NOT_CARRIED[kind]]
    for mine, theirs in zip(got.legs, walk.legs, strict=True):
        flat = [value for point in mine.points for value in point]
        assert flat == pytest.approx([v for point in theirs.points for v in point], abs=1e-7)
        assert fields_that_differ(mine, theirs, [n for n in names if n != "points"]) == []


def test_participants_come_back_whole_from_csv() -> None:
    people = full_participants()
    assert read_participants_csv(write_participants_csv(people)).people == people


@pytest.mark.parametrize("kind", KINDS)
def test_a_straight_leg_comes_back_straight(kind: str, walk: Walk, tmp_path: Path) -> None:
    """The full walk's legs follow the streets; a leg drawn straight is told apart too."""
    straight = Leg.straight(walk.stops[0], walk.stops[1])
    walk = dataclasses.replace(walk, route=walk.route.with_leg(0, straight))
    got = import_walk(export_walk(walk, kind, tmp_path / f"walk.{kind}"))
    assert [leg.source for leg in got.legs] == [leg.source for leg in walk.legs]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("slowest_kmh", "fast", "not a number"),
        ("slowest_kmh", 99.0, "between 0.5 and 10"),
        ("split_groups", 1, "not a valid value"),
        ("group_size", 0, "between 1 and 10000"),
        ("group_size", 2.5, "not a whole number"),
        ("stagger_min", -1, "between 0 and 1440"),
        ("legs", [{"mode": "teleport"}, {"mode": "routed"}], "not a valid value"),
        ("legs", [{"mode": "routed", "vias": [[95, 2]]}, {"mode": "routed"}], "-90 and 90"),
    ],
)
def test_wrong_walk_details_refuse_the_file(
    walk: Walk, tmp_path: Path, key: str, value: object, message: str
) -> None:
    path = export_walk(walk, "geojson", tmp_path / "walk.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["features"][0]["properties"][key] = value
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match=message):
        import_walk(path)


def test_leg_wishes_for_other_stops_are_left_out(walk: Walk, tmp_path: Path) -> None:
    """A file whose stops were changed elsewhere keeps its own legs, straight from the file."""
    path = export_walk(walk, "geojson", tmp_path / "walk.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["features"][0]["properties"]["legs"] = [{"mode": "straight", "vias": []}]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert {leg.mode for leg in import_walk(path).legs} == {LegMode.DEFAULT}
