"""When the group is where: distances, walking time at the pace, and arrival times.

The model is the simple one walk leaders use: the group leaves a stop when its dwell
time is over and walks every leg at the walk's pace; the start time is the arrival at
the first stop (the gathering time is that stop's dwell).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from walkplanner.core.geo import leg_length_m
from walkplanner.core.model import Walk


@dataclass(frozen=True)
class StopTiming:
    arrival: dt.datetime
    departure: dt.datetime
    distance_from_start_m: float


@dataclass(frozen=True)
class Schedule:
    leg_lengths_m: tuple[float, ...]
    stops: tuple[StopTiming, ...]
    walking: dt.timedelta
    dwelling: dt.timedelta
    start: dt.datetime

    @property
    def distance_m(self) -> float:
        return sum(self.leg_lengths_m)

    @property
    def distance_km(self) -> float:
        return self.distance_m / 1000

    @property
    def duration(self) -> dt.timedelta:
        return self.walking + self.dwelling

    @property
    def end(self) -> dt.datetime:
        return self.start + self.duration


def walking_time(distance_m: float, pace_kmh: float) -> dt.timedelta:
    return dt.timedelta(hours=distance_m / 1000 / pace_kmh)


def plan(walk: Walk) -> Schedule:
    """Timings of every stop; naive datetimes in the walk's own time zone."""
    start = dt.datetime.combine(walk.date, walk.start_time)
    lengths = tuple(leg_length_m(leg.points) for leg in walk.legs)
    timings: list[StopTiming] = []
    clock, covered = start, 0.0
    for i, stop in enumerate(walk.stops):
        if i:
            covered += lengths[i - 1]
            clock += walking_time(lengths[i - 1], walk.pace_kmh)
        departure = clock + dt.timedelta(minutes=stop.dwell_min)
        timings.append(StopTiming(clock, departure, covered))
        clock = departure
    return Schedule(
        leg_lengths_m=lengths,
        stops=tuple(timings),
        walking=walking_time(sum(lengths), walk.pace_kmh),
        dwelling=dt.timedelta(minutes=sum(s.dwell_min for s in walk.stops)),
        start=start,
    )


def to_minute(moment: dt.datetime) -> dt.datetime:
    """The time people are told: rounded to the nearest minute, the same everywhere."""
    return (moment + dt.timedelta(seconds=30)).replace(second=0, microsecond=0)
