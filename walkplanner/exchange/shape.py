"""From the tracks and named points of a file to a walk: stops on the track, legs between.

Every track point is kept, in the file's order. Named points (waypoints, route points,
placemarks) become stops at their nearest track point; where none sits on the track's
first or last point, a "Start" or "End" stop is added there, so no end of the track is
cut off.

Separate tracks or segments (a recording paused, a file made of pieces) are joined where
one ends within 25 m of where the next starts: the same spot, to GPS accuracy. Farther
apart, no path is invented: the gap becomes a leg of its own, from an "End of part N" stop
to a "Start of part N+1" stop whose notes say the file has no track there. That leg is
straight, drawn dashed like every leg that does not follow the streets yet, and routed like
any other when the walk follows the streets: the organiser sees the join and decides.

A file that would make more stops than a walk may have (validation.MAX_STOPS) is refused
before they are made; the track's own points are not counted.

Texts are cleaned here (control characters out, lengths bounded) whatever the format.
Tracks are numpy (n, 2) arrays of (lat, lon) from checking to joining; the tuples a walk
stores are made once, leg by leg, at the end: a million-point track is never a million
Python objects twice.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from walkplanner.core import long_paths, validation
from walkplanner.core.geo import haversine_m
from walkplanner.core.model import (
    DEFAULT_TIMEZONE,
    LatLon,
    Leg,
    LegSource,
    MeetingPoint,
    Route,
    Stop,
    StopKind,
    Walk,
)
from walkplanner.exchange import values
from walkplanner.text import Text, say

JOIN_WITHIN_M = 25.0
TUPLES_AT_ONCE = 65_536  # rows turned into Python floats at a time: no list of a million
GAP_NOTE = "The file has no track from here to the next stop: this leg is a straight line."


@dataclass(frozen=True)
class NamedPoint:
    name: str
    lat: float
    lon: float
    note: str = ""
    kind: StopKind | None = None
    dwell_min: int = 0
    seats: int | None = None  # a café's places, in files we wrote


def stop_kind(value: object) -> StopKind | None:
    """The kind named in a file, or None for anything we do not know."""
    try:
        return StopKind(str(value))
    except ValueError:
        return None


def nearest_indices(
    geometry: np.ndarray | Sequence[LatLon], points: Sequence[NamedPoint], *, ordered: bool = False
) -> list[int]:
    """For each point, the index of the closest track point (vectorised: tracks are long).
    `ordered` (a route's points, in walking order) searches only after the previous one,
    so a loop's end is not matched to its start."""
    if not points:
        return []
    track = np.asarray(geometry, dtype=float)
    scale = np.cos(np.radians(track[:, 0].mean()))
    found, first = [], 0
    for p in points:
        rest = track[first:]
        found.append(
            first + int(np.argmin((rest[:, 0] - p.lat) ** 2 + ((rest[:, 1] - p.lon) * scale) ** 2))
        )
        if ordered:
            first = found[-1]
    return found


def build_walk(
    title: str,
    parts: Sequence[np.ndarray | Sequence[LatLon]],
    named: Sequence[NamedPoint],
    *,
    description: str = "",
    start: dt.datetime | None = None,
    meeting: MeetingPoint | None = None,
    ordered: bool = False,
) -> Walk:
    """Stops from the named points and the ends of the track's parts; legs that keep every
    track point. Without a track, straight legs join the named points in their order."""
    tracks = [np.asarray(part, dtype=float).reshape(-1, 2) for part in parts]
    _check_points(tracks, named, meeting)
    pieces = _joined(tracks)
    refuse_too_many_stops(max(len(named), len(pieces)))  # a stop for each, and each part's start
    tracked = sum(len(piece) for piece in pieces) >= 2
    if not tracked and named:
        pieces, ordered = [np.array([(p.lat, p.lon) for p in named], dtype=float)], True
    if not pieces:
        raise ValueError(say("The file has no points to make a walk from."))
    geometry = pieces[0] if len(pieces) == 1 else np.concatenate(pieces)
    firsts = [0, *itertools.accumulate(len(piece) for piece in pieces[:-1])]
    anchors = _anchors(geometry, firsts, named, ordered)
    refuse_too_many_stops(len(anchors))  # the named points and the ends they leave unmarked
    stops = [_stop(point, n, len(anchors)) for n, (_, point) in enumerate(anchors)]
    legs = []
    for (i, _), (j, _), a, b in zip(anchors, anchors[1:], stops, stops[1:], strict=False):
        same_piece = bisect.bisect_right(firsts, i) == bisect.bisect_right(firsts, j)
        on_track = tracked and same_piece
        points = _leg_points(a.position, geometry[i : j + 1], b.position) if on_track else ()
        if len(points) > 2:
            legs.append(Leg(points, LegSource.ROUTED))
        else:
            legs.append(Leg.straight(a, b))
    first = stops[0]
    return Walk(
        title=values.text(title, say("The title")) or "Imported walk",
        description=values.text(description, say("The description"), multiline=True),
        date=_local(start).date() if start else dt.date.today(),
        start_time=(
            _local(start).time().replace(second=0, microsecond=0) if start else dt.time(14, 0)
        ),
        meeting_point=_cleaned_meeting(meeting) or MeetingPoint(first.name, first.lat, first.lon),
        route=Route(tuple(stops), tuple(legs)),
    )


def track_point(number: int) -> Text:
    """Where a message points ("Track point 17"), counting from 1 across all parts."""
    return say("{first} {number}", first=say("Track point"), number=number)


def first_bad_point(track: np.ndarray, before: int = 0) -> Text | None:
    """What is wrong with the first point of an (n, 2) track that is not finite or off the
    globe, numbered after `before` points; one vectorised pass."""
    good = long_paths.on_globe(track)
    if good.all():
        return None
    index = int(good.argmin())
    return validation.check_point(track_point(before + index + 1), *track[index].tolist())


def _check_points(
    tracks: Sequence[np.ndarray], named: Sequence[NamedPoint], meeting: MeetingPoint | None
) -> None:
    """Every position finite and on the globe, or the file is refused naming the first bad
    one: a NaN would otherwise make every stop the track's first point."""
    befores = itertools.accumulate((len(track) for track in tracks), initial=0)
    problem = next(filter(None, map(first_bad_point, tracks, befores)), None)
    for number, point in enumerate(named, 1):
        where = say("Point {number} (“{name}”)", number=number, name=point.name[:40])
        problem = problem or validation.check_point(where, point.lat, point.lon)
    if meeting is not None:
        where = say("The meeting point")
        problem = problem or validation.check_point(where, meeting.lat, meeting.lon)
    if problem:
        raise ValueError(problem)


def refuse_too_many_stops(count: int) -> None:
    """Refuse a file that would make more stops than a walk may have (a geocache dump)
    before they are made: each costs a search along the track, a stop and a leg. The
    message says what to do, as the file's points may well be wanted as a track."""
    if count > validation.MAX_STOPS:
        raise ValueError(
            say(
                "The file brings {count} points that would each be a stop (waypoints, route "
                "points or placemarks, and the ends of its track); a walk has at most {most} "
                "stops. Keep only the stops in a GPX or map editor, or turn the points into a "
                "track there: a track may have any number of points.",
                count=count,
                most=validation.MAX_STOPS,
            )
        )


def _joined(tracks: Sequence[np.ndarray]) -> list[np.ndarray]:
    """The parts, each joined to the one before when it starts where that one ended."""
    pieces: list[list[np.ndarray]] = []
    end: LatLon | None = None  # where the last piece ends
    for part in tracks:
        if not len(part):
            continue
        start = tuple(part[0].tolist())
        if end is not None and haversine_m(end, start) <= JOIN_WITHIN_M:
            pieces[-1].append(part[1:] if start == end else part)
        else:
            pieces.append([part])
        end = tuple(part[-1].tolist())
    return [piece[0] if len(piece) == 1 else np.concatenate(piece) for piece in pieces]


def _anchors(
    geometry: np.ndarray, firsts: list[int], named: Sequence[NamedPoint], ordered: bool
) -> list[tuple[int, NamedPoint]]:
    """Where each stop sits on the track: the named points, and every part's ends that no
    named point already marks; sorted along the track (file order for ties)."""
    anchors = list(zip(nearest_indices(geometry, named, ordered=ordered), named, strict=True))
    taken = {index for index, _ in anchors}
    count = len(firsts)
    lasts = [*(f - 1 for f in firsts[1:]), len(geometry) - 1]
    for part, (first, last) in enumerate(zip(firsts, lasts, strict=True), 1):
        if first not in taken:
            label = "Start" if part == 1 else f"Start of part {part}"
            anchors.append((first, NamedPoint(label, *geometry[first].tolist())))
        if last not in taken and last != first:
            label, note = ("End", "") if part == count else (f"End of part {part}", GAP_NOTE)
            anchors.append((last, NamedPoint(label, *geometry[last].tolist(), note)))
    order = {id(point): n for n, (_, point) in enumerate(anchors)}
    return sorted(anchors, key=lambda anchor: (anchor[0], order[id(anchor[1])]))


def _stop(point: NamedPoint, position: int, count: int) -> Stop:
    kind = point.kind or (
        StopKind.START if position == 0 else StopKind.END if position == count - 1
        else StopKind.WAYPOINT
    )  # fmt: skip
    where = say("Stop {number}", number=position + 1)
    return Stop(
        values.text(point.name, where) or f"Stop {position + 1}",
        point.lat,
        point.lon,
        kind,
        point.dwell_min,
        values.text(point.note, where, multiline=True),
        point.seats,
    )


def _cleaned_meeting(meeting: MeetingPoint | None) -> MeetingPoint | None:
    if meeting is None:
        return None
    where = say("The meeting point")
    return MeetingPoint(
        values.text(meeting.name, where),
        meeting.lat,
        meeting.lon,
        values.text(meeting.note, where, multiline=True),
    )


def _leg_points(first: LatLon, track: np.ndarray, last: LatLon) -> tuple[LatLon, ...]:
    """The leg's points as the walk stores them, without repeats in a row (a stop on a
    track point is one point): built here once, as tuples of floats."""
    repeated = np.empty(len(track), dtype=bool)
    repeated[0] = tuple(track[0].tolist()) == first
    repeated[1:] = (track[1:] == track[:-1]).all(axis=1)
    kept = track[~repeated] if repeated.any() else track  # no copy of a clean track
    blocks = (kept[n : n + TUPLES_AT_ONCE].T.tolist() for n in range(0, len(kept), TUPLES_AT_ONCE))
    inner = itertools.chain.from_iterable(zip(lats, lons, strict=True) for lats, lons in blocks)
    end = () if tuple(track[-1].tolist()) == last else (last,)
    points = (first, *inner, *end)
    numbers = array("d", first)
    numbers.frombytes(memoryview(np.ascontiguousarray(kept)).cast("B"))  # tobytes copied twice
    numbers.extend(end[0] if end else ())
    long_paths.remember(points, numbers)  # checked, measured and stored from these
    return points


def _local(start: dt.datetime) -> dt.datetime:
    """The file's time in the walk's zone; a time the calendar cannot hold is refused."""
    try:
        return start.astimezone(_zone()) if start.tzinfo else start
    except (OverflowError, ValueError) as error:
        raise ValueError(
            say("The file's time {time} is out of range.", time=start.isoformat())
        ) from error


def _zone() -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(DEFAULT_TIMEZONE)
