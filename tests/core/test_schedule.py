from __future__ import annotations

import datetime as dt
import math

import pytest

from walkplanner.core.demo import DEMO_TITLE, demo_walk, next_saturday
from walkplanner.core.geo import haversine_m
from walkplanner.core.model import MeetingPoint, Route, Stop, Walk
from walkplanner.core.schedule import plan, to_minute


def test_haversine_one_degree_of_latitude() -> None:
    assert haversine_m((48.0, 2.0), (49.0, 2.0)) == pytest.approx(111_195, rel=1e-4)


def test_demo_walk_distance_matches_hand_computation() -> None:
    # Worked by hand with the equirectangular approximation, good to 0.1 % at this scale:
    # 1 degree of latitude = 111.195 km; 1 degree of longitude = 111.195 km x cos(48.856 deg).
    ky, kx = 111.195, 111.195 * math.cos(math.radians(48.856))
    legs_km = [
        math.hypot(
            (48.85834 - 48.86105) * ky, (2.33752 - 2.33583) * kx
        ),  # pyramid -> Pont des Arts
        math.hypot((48.85736 - 48.85834) * ky, (2.34014 - 2.33752) * kx),  # -> Vert-Galant
        math.hypot((48.85192 - 48.85736) * ky, (2.34770 - 2.34014) * kx),  # -> Montebello
        math.hypot((48.85262 - 48.85192) * ky, (2.34637 - 2.34770) * kx),  # -> café
    ]
    assert sum(legs_km) == pytest.approx(1.490, abs=0.002)
    assert plan(demo_walk()).distance_km == pytest.approx(sum(legs_km), rel=1e-3)


def test_demo_walk_is_a_saturday_afternoon_for_sixty() -> None:
    walk = demo_walk(dt.date(2026, 11, 25))
    assert walk.title == DEMO_TITLE
    assert walk.date == dt.date(2026, 11, 28) and walk.date.weekday() == 5
    assert walk.start_time == dt.time(14, 0)
    assert walk.headcount == 60
    assert walk.meeting_point.lat == pytest.approx(48.8610, abs=0.001)
    assert walk.meeting_point.lon == pytest.approx(2.3358, abs=0.001)
    assert [s.name for s in walk.stops][1:4] == [
        "Pont des Arts",
        "Square du Vert-Galant",
        "Quai de Montebello, facing Notre-Dame",
    ]


def test_next_saturday_never_today() -> None:
    assert next_saturday(dt.date(2026, 11, 28)) == dt.date(2026, 12, 5)


def _line_walk(dwell: list[int], pace: float = 3.0) -> Walk:
    # Stops 1 km apart due north (1 km = 1/111.195 degree).
    step = 1 / 111.195
    stops = [Stop(f"S{i}", 48.0 + i * step, 2.0, dwell_min=d) for i, d in enumerate(dwell)]
    return Walk(
        "Line",
        dt.date(2026, 12, 5),
        dt.time(10, 0),
        MeetingPoint("M", 48.0, 2.0),
        Route.through(stops),
        pace_kmh=pace,
    )


def test_arrival_times_include_dwell() -> None:
    schedule = plan(_line_walk([10, 5, 0, 30], pace=3.0))  # 1 km at 3 km/h = 20 min
    arrivals = [to_minute(t.arrival).time() for t in schedule.stops]
    assert arrivals == [dt.time(10, 0), dt.time(10, 30), dt.time(10, 55), dt.time(11, 15)]
    assert to_minute(schedule.end).time() == dt.time(11, 45)
    assert schedule.walking == pytest.approx(dt.timedelta(minutes=60), abs=dt.timedelta(seconds=2))
    assert schedule.dwelling == dt.timedelta(minutes=45)
    assert schedule.distance_km == pytest.approx(3.0, rel=1e-3)


def test_empty_and_single_stop_walks() -> None:
    assert plan(_line_walk([])).distance_m == 0
    single = plan(_line_walk([20]))
    assert single.distance_m == 0 and single.end.time() == dt.time(10, 20)


def test_along_orders_points_on_a_leg() -> None:
    from walkplanner.core.geo import along

    a, b = (48.0, 2.0), (48.0, 2.1)
    assert along(a, b, (48.001, 2.05)) == pytest.approx(0.5, abs=0.01)
    assert along(a, b, a) == 0 and along(a, b, b) == pytest.approx(1)


def test_long_legs_are_measured_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from walkplanner.core import geo

    points = tuple((48.0 + i * 1e-5, 2.0) for i in range(1000))
    expected = geo.path_length_m(points)
    measured: list[int] = []

    def measuring(path: tuple[tuple[float, float], ...]) -> float:
        measured.append(len(path))
        return expected

    monkeypatch.setattr(geo, "path_length_m", measuring)
    assert [geo.leg_length_m(points) for _ in range(3)] == [expected] * 3
    assert measured == [1000]


def test_a_new_leg_is_never_given_an_old_legs_length() -> None:
    """Legs come and go with every edit: each long leg gets its own length, whatever
    was measured before it, legs of the same size and more legs than are remembered."""
    from walkplanner.core import geo

    for n in range(300):
        points = tuple((48.0 + i * 1e-5 * (1 + n % 7), 2.0) for i in range(600))
        assert geo.leg_length_m(points) == pytest.approx(geo.path_length_m(points))
