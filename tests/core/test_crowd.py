from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from walkplanner.core.crowd import (
    Participant,
    Role,
    Status,
    attendance,
    balanced_sizes,
    cancel,
    group_letter,
    group_pace,
    seat_warnings,
    sign_up,
    split,
    sunset_warning,
)
from walkplanner.core.demo import demo_walk
from walkplanner.core.schedule import plan, to_minute


def test_full_walks_fill_the_waiting_list_and_cancellations_promote() -> None:
    people: list[Participant] = []
    for name in ("Ana", "Ben", "Chloé", "Dev"):
        people = sign_up(people, Participant(name), capacity=3)
    assert [p.status for p in people] == [Status.GOING] * 3 + [Status.WAITLIST]
    people = cancel(people, 1, capacity=3)
    assert people[1].status == Status.CANCELLED and people[3].status == Status.GOING
    numbers = attendance(replace(demo_walk(), capacity=3), people)
    assert (numbers.signed_up, numbers.waitlist, numbers.places_left) == (3, 0, 0)
    assert numbers.full and numbers.on_the_day == 60


@pytest.mark.parametrize(
    ("people", "sizes"),
    [
        (60, [15, 15, 15, 15]),
        (61, [13, 12, 12, 12, 12]),
        (16, [8, 8]),
        (15, [15]),
        (1, [1]),
        (0, []),
    ],
)
def test_groups_are_balanced_and_never_a_group_of_one(people: int, sizes: list[int]) -> None:
    assert balanced_sizes(people, 15) == sizes


def test_groups_leave_staggered_with_their_own_times() -> None:
    walk = demo_walk()
    plan_ = split(walk, [], max_size=15, stagger_min=10)
    assert [g.letter for g in plan_.groups] == ["A", "B", "C", "D"]
    assert [g.leave_at.strftime("%H:%M") for g in plan_.groups] == [
        "14:00",
        "14:10",
        "14:20",
        "14:30",
    ]
    first, last = plan_.groups[0].schedule, plan_.groups[-1].schedule
    assert to_minute(last.stops[1].arrival) - to_minute(first.stops[1].arrival) == dt.timedelta(
        minutes=30
    )


def test_leaders_are_spread_and_missing_ones_are_reported() -> None:
    people = [Participant(f"P{i}") for i in range(28)]
    people += [Participant("Lea", role=Role.LEADER), Participant("Bo", role=Role.BACK_MARKER)]
    plan_ = split(replace(demo_walk(), headcount=20), people, max_size=15)
    assert [g.size for g in plan_.groups] == [15, 15]
    assert sum(len(g.members) for g in plan_.groups) == 30
    assert plan_.groups[0].leaders and plan_.groups[0].back_markers
    assert "Group B has no leader." in map(str, plan_.warnings)


def test_big_groups_walk_slower_and_never_faster_than_the_slowest() -> None:
    assert group_pace(3.5, 20) == 3.5
    assert group_pace(3.5, 30) == pytest.approx(3.15)
    assert group_pace(3.5, 90) == pytest.approx(2.8)  # the slowdown stops at 20 %
    assert group_pace(3.5, 10, slowest_kmh=2.5) == 2.5


def test_cafe_seats_overfilled_by_overlapping_groups() -> None:
    walk = demo_walk()  # the café (stop 5) keeps each group 45 minutes
    plan_ = split(walk, [], max_size=15, stagger_min=10)
    (warning,) = map(str, seat_warnings(walk, plan_, {4: 30}))
    assert "Café Le Petit Pont" in warning and "60 people" in warning and "45 minutes" in warning
    spaced = split(walk, [], max_size=15, stagger_min=45)
    assert seat_warnings(walk, spaced, {4: 30}) == []


def test_sunset_warning_for_a_december_evening_in_paris() -> None:
    evening = replace(demo_walk(), date=dt.date(2026, 12, 12), start_time=dt.time(15, 30))
    warning = sunset_warning(evening, plan(evening))
    assert "after sunset (16:53)" in str(warning)
    morning = replace(evening, start_time=dt.time(10, 0))
    assert sunset_warning(morning, plan(morning)) is None


def test_the_slowest_walker_sets_the_pace_and_sign_ups_never_lower_the_headcount() -> None:
    walk = replace(demo_walk(), slowest_kmh=2.5)
    assert all(g.pace_kmh == 2.5 for g in split(walk, []).groups)
    people = [Participant("Ana"), Participant("Ben", status=Status.CANCELLED)]
    assert attendance(walk, people).on_the_day == 60
    assert attendance(replace(walk, headcount=0), people).on_the_day == 1


@pytest.mark.parametrize(
    ("index", "letter"),
    [
        (0, "A"),
        (25, "Z"),
        (26, "AA"),
        (27, "AB"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
    ],
)
def test_groups_past_z_are_named_as_spreadsheet_columns(index: int, letter: str) -> None:
    assert group_letter(index) == letter


def test_a_crowd_in_pairs_gets_letters_past_z() -> None:
    walk = replace(demo_walk(), split_groups=True, group_size=2)
    people = [Participant(f"P{i}", status=Status.GOING) for i in range(60)]
    letters = [g.letter for g in split(walk, people, max_size=2).groups]
    assert letters[:2] == ["A", "B"] and letters[26:30] == ["AA", "AB", "AC", "AD"]
