"""Check before sharing: each finding, and a demo walk that is ready."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from walkplanner.core.crowd import Participant, Role
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import LegSource, Route, Stop, StopKind
from walkplanner.core.readiness import Severity, findings

TODAY = dt.date(2026, 12, 2)


def routed(walk):
    legs = tuple(replace(leg, source=LegSource.ROUTED) for leg in walk.legs)
    return replace(walk, route=Route(walk.stops, legs))


def ready_walk():
    return routed(replace(demo_walk(TODAY), split_groups=False))


def messages(walk, people=(), severity=None) -> list[str]:
    return [
        str(f.message)
        for f in findings(walk, people, today=TODAY)
        if severity is None or f.severity == severity
    ]


def test_the_demo_walk_with_routed_legs_is_ready() -> None:
    assert messages(ready_walk()) == []


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"date": dt.date(2020, 5, 1)}, "in the past"),
        ({"headcount": 0}, "Nobody is expected"),
        ({"route": Route()}, "no stops yet"),
        ({"route": Route.through([Stop("A", 48.86, 2.33)])}, "only one stop"),
    ],
)
def test_problems(change: dict, words: str) -> None:
    found = messages(replace(ready_walk(), **change), severity=Severity.PROBLEM)
    assert any(words in m for m in found), found


def test_more_people_going_than_places_is_a_problem() -> None:
    people = [Participant(f"P{i}") for i in range(5)]
    found = messages(replace(ready_walk(), capacity=3), people, Severity.PROBLEM)
    assert found == [
        "5 people are going but the walk has 3 places: raise the capacity or move people "
        "to the waiting list."
    ]


def test_warnings() -> None:
    walk = replace(demo_walk(TODAY), title="New walk", start_time=dt.time(23, 0))
    found = messages(walk, severity=Severity.WARNING)
    assert any("default title" in m for m in found)
    assert "4 legs are still straight lines: route them along the streets." in found
    assert any("after sunset" in m for m in found)
    one = replace(
        walk, route=walk.route.with_leg(0, replace(walk.legs[0], source=LegSource.ROUTED))
    )
    assert "3 legs are still straight lines: route them along the streets." in messages(one)


def test_groups_without_leaders_too_many_groups_and_small_cafes() -> None:
    people = [Participant("Lea", role=Role.LEADER)] + [Participant(f"W{i}") for i in range(29)]
    walk = replace(ready_walk(), split_groups=True, headcount=30)
    found = messages(walk, people)
    assert "Group B has no leader." in found and "Group A has no back marker." in found
    crowd = replace(ready_walk(), split_groups=True, headcount=5000, group_size=15)
    assert any("groups would leave over" in m for m in messages(crowd))
    cafe = replace(
        ready_walk(),
        route=ready_walk().route.edited(4, kind=StopKind.CAFE, seats=20),
    )
    assert any("has 20 seats for 60 people" in m for m in messages(cafe))


def test_problems_come_before_warnings() -> None:
    walk = replace(demo_walk(TODAY), date=dt.date(2020, 1, 1), title="New walk")
    severities = [f.severity for f in findings(walk, today=TODAY)]
    assert severities == sorted(severities, key=lambda s: s != Severity.PROBLEM)


def test_a_walk_saved_before_a_limit_is_a_problem_before_it_is_shared() -> None:
    """It opens (reads leave the limits out), but its next save would be refused."""
    from tests.many_stops import along
    from walkplanner.core.validation import MAX_STOPS

    walk = ready_walk()
    stops = tuple(Stop(f"S{i}", lat, lon) for i, (lat, lon) in enumerate(along(MAX_STOPS + 5)))
    found = messages(replace(walk, route=Route.through(stops)), severity=Severity.PROBLEM)
    assert any(f"{MAX_STOPS + 5} stops" in m for m in found), found
    assert any("is 1001 characters long" in m for m in messages(replace(walk, title="T" * 1001)))
