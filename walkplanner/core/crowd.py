"""When more people come than expected: places, the waiting list, groups and their times.

The pace model (an assumption of ours, not a published formula): a group walks at the
walk's pace up to 20 people; beyond that, every extra person costs 1 % (regrouping at
crossings, the back of the group catching up), at most 20 %; and a group never walks
faster than its slowest walker. Walk leaders' guidance agrees on the shape (big groups
are slow, the slowest sets the pace), not on numbers, so the figures are deliberately
simple to explain and to change.

Who is coming is three numbers kept apart, because strangers read them on the card:
*expected* is the organiser's estimate, *signed up* counts the going list and *capacity*
is an optional limit. At a public walk most people simply turn up, so the number to plan
for on the day is the larger of expected and signed up: signing people up never lowers it.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace
from enum import StrEnum

from walkplanner.core.model import DEFAULT_GROUP_SIZE, DEFAULT_STAGGER_MIN, Walk
from walkplanner.core.schedule import Schedule, plan
from walkplanner.text import Text, say

SLOWDOWN_FROM = 20
SLOWDOWN_PER_PERSON = 0.01
MAX_SLOWDOWN = 0.20
GROUP_COLOURS = ("#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
                 "#e377c2")  # fmt: skip


class Status(StrEnum):
    GOING = "going"
    WAITLIST = "waitlist"
    CANCELLED = "cancelled"
    ATTENDED = "attended"


class Role(StrEnum):
    WALKER = "walker"
    LEADER = "leader"
    BACK_MARKER = "back_marker"


@dataclass(frozen=True)
class Participant:
    name: str
    contact: str = ""
    status: Status = Status.GOING
    role: Role = Role.WALKER
    needs: str = ""  # accessibility needs
    note: str = ""


def going(people: list[Participant]) -> int:
    return sum(1 for p in people if p.status in (Status.GOING, Status.ATTENDED))


@dataclass(frozen=True)
class Attendance:
    expected: int
    signed_up: int
    waitlist: int
    capacity: int | None

    @property
    def on_the_day(self) -> int:
        return max(self.expected, self.signed_up)

    @property
    def places_left(self) -> int | None:
        """Places still open to sign-ups; None when there is no limit."""
        if self.capacity is None:
            return None
        return max(0, self.capacity - self.signed_up)

    @property
    def full(self) -> bool:
        return self.places_left == 0

    @property
    def over_capacity(self) -> int:
        """How many more are signed up than the limit allows (0 when within it)."""
        return 0 if self.capacity is None else max(0, self.signed_up - self.capacity)


def attendance(walk: Walk, people: list[Participant] | tuple[Participant, ...] = ()) -> Attendance:
    waitlist = sum(1 for p in people if p.status == Status.WAITLIST)
    return Attendance(walk.headcount, going(list(people)), waitlist, walk.capacity)


def sign_up(
    people: list[Participant], person: Participant, capacity: int | None
) -> list[Participant]:
    """Add someone; when the walk is full they go on the waiting list."""
    full = capacity is not None and going(people) >= capacity
    return [*people, replace(person, status=Status.WAITLIST if full else Status.GOING)]


def cancel(people: list[Participant], index: int, capacity: int | None) -> list[Participant]:
    """Cancel one person; the first on the waiting list takes a freed place."""
    result = list(people)
    was_going = result[index].status == Status.GOING
    result[index] = replace(result[index], status=Status.CANCELLED)
    if was_going and (capacity is None or going(result) < capacity):
        for i, person in enumerate(result):
            if person.status == Status.WAITLIST:
                result[i] = replace(person, status=Status.GOING)
                break
    return result


def group_pace(pace_kmh: float, size: int, slowest_kmh: float | None = None) -> float:
    slowdown = min(MAX_SLOWDOWN, max(0, size - SLOWDOWN_FROM) * SLOWDOWN_PER_PERSON)
    pace = pace_kmh * (1 - slowdown)
    return min(pace, slowest_kmh) if slowest_kmh else pace


@dataclass(frozen=True)
class Group:
    letter: str
    colour: str
    size: int
    leave_at: dt.datetime
    pace_kmh: float
    schedule: Schedule
    members: tuple[Participant, ...] = ()
    leaders: tuple[Participant, ...] = ()
    back_markers: tuple[Participant, ...] = ()

    @property
    def warnings(self) -> list[Text]:
        found = []
        if not self.leaders:
            found.append(say("Group {letter} has no leader.", letter=self.letter))
        if not self.back_markers:
            found.append(say("Group {letter} has no back marker.", letter=self.letter))
        return found


@dataclass(frozen=True)
class GroupPlan:
    groups: tuple[Group, ...]
    warnings: tuple[Text, ...] = field(default=())


def balanced_sizes(people: int, max_size: int = DEFAULT_GROUP_SIZE) -> list[int]:
    """As few groups as the size allows, sizes differing by one at most: 61 by 15 -> 5 groups
    of 13, 12, 12, 12, 12 (never a group of one)."""
    if people <= 0:
        return []
    count = math.ceil(people / max_size)
    base, extra = divmod(people, count)
    return [base + 1 if i < extra else base for i in range(count)]


def split(
    walk: Walk,
    people: list[Participant],
    *,
    max_size: int = DEFAULT_GROUP_SIZE,
    stagger_min: int = DEFAULT_STAGGER_MIN,
    slowest_kmh: float | None = None,
) -> GroupPlan:
    """Groups A, B, C… leaving `stagger_min` apart, each with its own pace and times
    (`slowest_kmh` defaults to the walk's slowest walker)."""
    slowest_kmh = slowest_kmh or walk.slowest_kmh
    walkers = [p for p in people if p.status in (Status.GOING, Status.ATTENDED)]
    total = attendance(walk, people).on_the_day
    sizes = balanced_sizes(total, max_size)
    leaders = [p for p in walkers if p.role == Role.LEADER]
    markers = [p for p in walkers if p.role == Role.BACK_MARKER]
    others = [p for p in walkers if p.role == Role.WALKER]
    members: list[list[Participant]] = [[] for _ in sizes]
    for i, person in enumerate(leaders):  # one leader per group first, then back markers
        members[i % len(sizes)].append(person)
    for i, person in enumerate(markers):
        members[i % len(sizes)].append(person)
    for person in others:
        open_groups = [i for i, size in enumerate(sizes) if len(members[i]) < size] or [0]
        members[min(open_groups, key=lambda i: len(members[i]))].append(person)
    start = dt.datetime.combine(walk.date, walk.start_time)
    groups = []
    for i, size in enumerate(sizes):
        pace = group_pace(walk.pace_kmh, size, slowest_kmh)
        leave = start + dt.timedelta(minutes=i * stagger_min)
        timed = replace(walk, pace_kmh=pace, start_time=leave.time(), date=leave.date())
        group_members = tuple(members[i])
        groups.append(Group(
            letter=group_letter(i), colour=GROUP_COLOURS[i % len(GROUP_COLOURS)], size=size,
            leave_at=leave, pace_kmh=pace, schedule=plan(timed), members=group_members,
            leaders=tuple(p for p in group_members if p.role == Role.LEADER),
            back_markers=tuple(p for p in group_members if p.role == Role.BACK_MARKER),
        ))  # fmt: skip
    warnings = [w for g in groups for w in g.warnings] if people else []
    return GroupPlan(tuple(groups), tuple(warnings))


def group_letter(index: int) -> str:
    """A, B, … Z, then AA, AB, … as a spreadsheet names its columns: the 27th group of a
    crowd in pairs was "[" and the 30th "^" on the sheets leaders hold."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def seat_warnings(walk: Walk, plan_: GroupPlan, seats: dict[int, int]) -> list[Text]:
    """Stops with a seat count (`seats`: stop index -> seats) that groups arriving at
    overlapping times would overfill, with the stagger that would avoid it."""
    found = []
    for index, capacity in seats.items():
        visits = [
            (g.schedule.stops[index].arrival, g.schedule.stops[index].departure, g.size)
            for g in plan_.groups
        ]
        peak = most_at_once(visits)
        if peak > capacity:
            dwell = walk.stops[index].dwell_min
            found.append(
                say(
                    "{stop}: {peak} people at once for {seats} seats; "
                    "leave at least {dwell} minutes between groups.",
                    stop=walk.stops[index].name,
                    peak=peak,
                    seats=capacity,
                    dwell=dwell,
                )
            )
    return found


def most_at_once(visits: list[tuple[dt.datetime, dt.datetime, int]]) -> int:
    """The most people at a stop at once, each visit (arrival, departure, size) there from
    its arrival until before its departure. One pass over the sorted arrivals and
    departures: summing every visit at every arrival took 150 s for `walkplanner check` of
    10,000 people in groups of one at a café."""
    events = sorted(
        (moment, starts, size if starts else -size)
        for arrival, departure, size in visits
        if arrival < departure  # a visit of no time is never there
        for moment, starts in ((arrival, True), (departure, False))
    )  # at one moment, those leaving (False) go before those arriving
    here = peak = 0
    for _moment, _starts, change in events:
        here += change
        peak = max(peak, here)
    return peak


def sunset_warning(walk: Walk, schedule: Schedule) -> Text | None:
    """Say so when the walk ends after sunset on its date at its meeting point."""
    from zoneinfo import ZoneInfo

    from astral import Observer
    from astral.sun import sunset

    zone = ZoneInfo(walk.timezone)
    try:
        sundown = sunset(
            Observer(walk.meeting_point.lat, walk.meeting_point.lon), walk.date, tzinfo=zone
        )
    except ValueError:  # polar day or night: no sunset that day
        return None
    end = schedule.end.replace(tzinfo=zone)
    if end > sundown:
        return say(
            "The walk ends at {end:%H:%M}, after sunset ({sunset:%H:%M}): "
            "bring lights, or start earlier.",
            end=end,
            sunset=sundown,
        )
    return None
