"""Check before sharing: what would make an invite or a handout mislead the people who read it.

A *problem* makes the card or the paper wrong (a past date, no route, nobody expected);
a *warning* is worth a look but may be what the organiser wants (legs still straight, a
walk that ends after sunset). Each finding carries a translatable message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from walkplanner.core.crowd import (
    Participant,
    attendance,
    seat_warnings,
    split,
    sunset_warning,
)
from walkplanner.core.model import LegSource, Walk
from walkplanner.core.schedule import plan
from walkplanner.core.validation import problems
from walkplanner.text import Text, plural, say

NEW_WALK_TITLE = "New walk"
MAX_GROUPS = 10  # more than this and the stagger spreads departures over hours


class Severity(StrEnum):
    PROBLEM = "problem"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: Text

    @property
    def is_problem(self) -> bool:
        return self.severity == Severity.PROBLEM


def findings(
    walk: Walk,
    people: Sequence[Participant] = (),
    *,
    today: dt.date,
    default_titles: Collection[str] = (NEW_WALK_TITLE,),
) -> list[Finding]:
    """Problems first, then warnings; an empty list means the walk is ready to share."""
    problems = _problems(walk, people, today)
    warnings = _warnings(walk, people, default_titles)
    return [Finding(Severity.PROBLEM, m) for m in problems] + [
        Finding(Severity.WARNING, m) for m in warnings
    ]


def _problems(walk: Walk, people: Sequence[Participant], today: dt.date) -> list[Text]:
    # A walk saved before a limit (its stops, its texts' lengths) opens, but its next save
    # is refused: say so before it is shared, not only when an edit cannot be kept.
    found = problems(walk, leg_points=False)
    if walk.date < today:
        found.append(
            say(
                "The walk is dated {date:%Y-%m-%d}, in the past: set the date before sharing.",
                date=walk.date,
            )
        )
    if not walk.stops:
        found.append(say("The walk has no stops yet: draw at least a start and an end."))
    elif len(walk.stops) == 1:
        found.append(say("The walk has only one stop: add at least an end."))
    coming = attendance(walk, list(people))
    if coming.on_the_day == 0:
        found.append(say("Nobody is expected: set how many people you expect."))
    if coming.over_capacity:
        found.append(
            say(
                "{signed} people are going but the walk has {capacity} places: raise the "
                "capacity or move people to the waiting list.",
                signed=coming.signed_up,
                capacity=coming.capacity,
            )
        )
    return found


def _warnings(
    walk: Walk, people: Sequence[Participant], default_titles: Collection[str]
) -> list[Text]:
    found = []
    if walk.title.strip() in default_titles:
        found.append(say("The walk still has its default title: give it a name people remember."))
    straight = sum(
        1
        for leg in walk.legs
        if leg.wants_routing(walk.follow_streets) and leg.source == LegSource.STRAIGHT
    )
    if straight:
        found.append(
            plural(
                "%n legs are still straight lines: route them along the streets.", None, straight
            )
        )
    if len(walk.stops) < 2:
        return found
    if walk.split_groups:
        groups = split(walk, list(people), max_size=walk.group_size, stagger_min=walk.stagger_min)
        if len(groups.groups) > MAX_GROUPS:
            found.append(
                say(
                    "{n} groups would leave over {minutes} minutes: make the groups bigger, "
                    "or set a capacity.",
                    n=len(groups.groups),
                    minutes=(len(groups.groups) - 1) * walk.stagger_min,
                )
            )
        found += groups.warnings
        seats = {i: s.seats for i, s in enumerate(walk.stops) if s.seats}
        found += seat_warnings(walk, groups, seats)
        last = groups.groups[-1].schedule if groups.groups else plan(walk)
    else:
        last = plan(walk)
        crowd = attendance(walk, list(people)).on_the_day
        for stop in walk.stops:
            if stop.seats and crowd > stop.seats:
                found.append(
                    say(
                        "{stop} has {seats} seats for {people} people: split the crowd into "
                        "groups, or book more seats.",
                        stop=stop.name,
                        seats=stop.seats,
                        people=crowd,
                    )
                )
    if late := sunset_warning(walk, last):
        found.append(late)
    return found
