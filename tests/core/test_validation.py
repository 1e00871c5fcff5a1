from __future__ import annotations

import math

import pytest

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


def test_valid_demo_and_invalid_walk() -> None:
    walk = demo_walk()
    assert validation.problems(walk) == []
    walk.title = ""
    walk.pace_kmh = -1
    with pytest.raises(validation.InvalidWalk, match="title"):
        validation.ensure_valid(walk)
