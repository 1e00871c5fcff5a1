from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import pytest

from tests.many_stops import walk_of_stops
from walkplanner.core import validation
from walkplanner.core.demo import demo_walk


@pytest.mark.parametrize(
    ("lat", "lon"), [(91, 0), (-90.5, 0), (0, 180.01), (0, -200), (math.nan, 0)]
)
def test_positions_off_the_globe_are_refused(lat: float, lon: float) -> None:
    assert validation.check_position(lat, lon)


def test_checks_name_what_is_wrong() -> None:
    assert "title" in str(validation.check_title("   "))
    assert "Latitude 95 is out of range" in str(validation.check_position(95, 0))
    assert validation.check_headcount(-1)
    assert validation.check_pace(-3.5)
    assert validation.check_pace(0)
    assert validation.check_capacity(0)
    assert validation.check_timezone("Mars/Olympus")
    assert validation.check_timezone("Europe/Paris") is None


@pytest.mark.parametrize(
    "name", ["right/Europe/Paris", "posix/Europe/Paris", "posixrules", "localtime", "Factory"]
)
def test_the_tz_database_s_copies_and_machine_zones_are_not_places(name: str) -> None:
    assert "Unknown time zone" in str(validation.check_timezone(name))


@pytest.mark.parametrize(
    ("stored", "opened"),
    [
        ("right/Europe/Paris", "Europe/Paris"),
        ("posix/America/New_York", "America/New_York"),
        ("localtime", "Europe/Paris"),
        ("Asia/Tokyo", "Asia/Tokyo"),
        ("Mars/Olympus", "Mars/Olympus"),  # still refused by the check, with its name
    ],
)
def test_an_older_save_s_zone_opens_as_the_zone_it_meant(stored: str, opened: str) -> None:
    assert validation.stored_timezone(stored) == opened


def test_valid_demo_and_invalid_walk() -> None:
    walk = demo_walk()
    assert validation.problems(walk) == []
    walk = replace(walk, title="")
    walk = replace(walk, pace_kmh=-1)
    with pytest.raises(validation.InvalidWalk, match="title"):
        validation.ensure_valid(walk)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, 1e308, 90.5])
def test_every_leg_point_and_via_is_checked(bad: float) -> None:
    walk = demo_walk()
    leg = walk.legs[1]
    walk = replace(
        walk,
        route=walk.route.with_leg(
            1, replace(leg, points=(*leg.points[:1], (bad, 2.3), *leg.points[1:]))
        ),
    )
    assert "Leg 2, point 2 has latitude" in str(validation.problems(walk)[0])
    walk = demo_walk()
    walk = replace(
        walk, route=walk.route.with_leg(0, replace(walk.legs[0], vias=((48.8, bad * 2),)))
    )
    assert "Leg 1, via point 1 has longitude" in str(validation.problems(walk)[0])


def test_a_caller_that_checked_the_leg_points_can_leave_them_out() -> None:
    """The importer checks a track as it reads it; the rest of the walk is still checked."""
    walk = demo_walk()
    leg = walk.legs[0]
    walk = replace(
        walk,
        pace_kmh=-1,
        route=walk.route.with_leg(0, replace(leg, points=((95.0, 2.3), *leg.points[1:]))),
    )
    assert len(validation.problems(walk)) == 2
    assert [str(p) for p in validation.problems(walk, leg_points=False)] == [
        str(validation.check_pace(-1))
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [("headcount", math.inf), ("headcount", 2.5), ("headcount", True), ("capacity", 10**9),
     ("group_size", 0), ("stagger_min", -1), ("pace_kmh", math.nan), ("slowest_kmh", math.inf)],
)  # fmt: skip
def test_counts_are_whole_and_in_range(field: str, value: object) -> None:
    walk = demo_walk()
    walk = replace(walk, **{field: value})
    assert validation.problems(walk)


def test_dates_stay_between_1900_and_2200() -> None:
    import datetime as dt

    walk = demo_walk()
    walk = replace(walk, date=dt.date(9999, 1, 1))
    assert "year must be between 1900 and 2200" in str(validation.problems(walk)[0])
    assert validation.check_date(dt.date(1900, 1, 1)) is None


def test_clean_text_strips_controls_and_keeps_lines_where_asked() -> None:
    dirty = "A\x00B\x01\x1f\x7f\x80\x9f\ud800\ufffe\uffffC\r\nD\tE"
    assert validation.clean_text(dirty) == "ABC D E"
    assert validation.clean_text(dirty, multiline=True) == "ABC\nD\tE"
    assert validation.clean_text("Café · ☕ 𝄞") == "Café · ☕ 𝄞"


def _with_stop_texts(name: str = "Café", note: str = "") -> object:
    walk = demo_walk()
    stops = (replace(walk.stops[0], name=name, note=note), *walk.stops[1:])
    return replace(walk, route=replace(walk.route, stops=stops))


@pytest.mark.parametrize(
    ("walk", "said"),
    [
        (replace(demo_walk(), title="T" * 1001), "The title is 1001 characters long"),
        (replace(demo_walk(), organiser_contact="@" * 5000), "The organiser's contact is 5000"),
        (replace(demo_walk(), description="d" * 100_001), "The description is 100001"),
        (_with_stop_texts(name="S" * 1001), "Stop 1 is 1001 characters long"),
        (_with_stop_texts(note="n" * 100_001), "The note of stop 1 is 100001"),
    ],
    ids=["title", "contact", "description", "stop name", "stop note"],
)
def test_texts_are_no_longer_than_a_file_may_bring_them(walk: object, said: str) -> None:
    found = validation.problems(walk)
    assert len(found) == 1 and said in str(found[0]) and "at most" in str(found[0])
    assert validation.problems(walk, lengths=False) == []  # an older save still opens


def test_texts_at_their_limits_pass() -> None:
    walk = replace(demo_walk(), title="T" * 1000, description="d" * 100_000)
    assert validation.problems(_with_stop_texts(name="S" * 1000, note="n" * 100_000)) == []
    assert validation.problems(walk) == []


@pytest.mark.parametrize("count", [0, validation.MAX_STOPS - 1, validation.MAX_STOPS])
def test_a_walk_of_up_to_max_stops_is_valid(count: int) -> None:
    assert validation.problems(walk_of_stops(count)) == []


@pytest.mark.parametrize("count", [validation.MAX_STOPS + 1, 5_000])
def test_more_stops_are_refused_saying_how_many_to_remove(count: int) -> None:
    walk = walk_of_stops(count)
    (found,) = validation.problems(walk)
    most = validation.MAX_STOPS
    assert str(found) == (
        f"The walk has {count} stops; at most {most} are accepted: remove {count - most} of them."
    )
    assert validation.problems(walk, lengths=False) == []  # an older save still opens


def test_a_start_time_with_an_offset_of_its_own_is_refused() -> None:
    aware = dt.time(14, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    found = validation.problems(replace(demo_walk(), start_time=aware))
    assert any("is not a time of day" in str(problem) for problem in found)
