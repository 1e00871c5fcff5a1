"""The walk as the organiser thinks of it: a meeting point and an ordered list of stops.

The walk, its stops, legs and meeting point are immutable values: an edit makes a new walk
with `dataclasses.replace`, so an undo command keeps a snapshot by holding one reference,
however long the geometry, and no view can change the walk behind the document's back.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field, replace
from enum import StrEnum

DEFAULT_PACE_KMH = 3.5
DEFAULT_TIMEZONE = "Europe/Paris"
DEFAULT_GROUP_SIZE = 15  # one leader and one back marker can keep this many together
DEFAULT_STAGGER_MIN = 10
DEFAULT_EMERGENCY_PHONE = "112"  # the European emergency number

LatLon = tuple[float, float]


class StopKind(StrEnum):
    START = "start"
    WAYPOINT = "waypoint"
    CAFE = "cafe"
    VIEWPOINT = "viewpoint"
    TOILETS = "toilets"
    END = "end"


class LegSource(StrEnum):
    """What a leg's geometry is."""

    STRAIGHT = "straight"
    ROUTED = "routed"


class LegMode(StrEnum):
    """What the organiser wants for a leg; DEFAULT follows the walk's setting."""

    DEFAULT = "default"
    ROUTED = "routed"
    STRAIGHT = "straight"


@dataclass(frozen=True)
class MeetingPoint:
    name: str
    lat: float
    lon: float
    note: str = ""


@dataclass(frozen=True)
class Place:
    """A named position: a search result or a saved favourite."""

    name: str
    lat: float
    lon: float
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Stop:
    name: str
    lat: float
    lon: float
    kind: StopKind = StopKind.WAYPOINT
    dwell_min: int = 0
    note: str = ""
    seats: int | None = None  # a café's or restaurant's places, for the groups' warnings

    @property
    def position(self) -> LatLon:
        return (self.lat, self.lon)


@dataclass(frozen=True)
class Leg:
    """The path between two consecutive stops; its ends are the two stops' positions."""

    points: tuple[LatLon, ...]
    source: LegSource = LegSource.STRAIGHT
    mode: LegMode = LegMode.DEFAULT
    vias: tuple[LatLon, ...] = ()  # points the organiser wants the path to pass through

    @classmethod
    def straight(cls, a: Stop, b: Stop) -> Leg:
        return cls((a.position, b.position), LegSource.STRAIGHT)

    def redrawn(self, a: Stop, b: Stop) -> Leg:
        """The same wishes (mode, vias) between new ends, as straight lines until routed."""
        return replace(self, points=(a.position, *self.vias, b.position), source=LegSource.STRAIGHT)

    def wants_routing(self, walk_default: bool) -> bool:
        if self.mode == LegMode.DEFAULT:
            return walk_default
        return self.mode == LegMode.ROUTED


@dataclass(frozen=True)
class Route:
    """Stops and the legs between them; always len(legs) == max(0, len(stops) - 1)."""

    stops: tuple[Stop, ...] = ()
    legs: tuple[Leg, ...] = ()

    def __post_init__(self) -> None:
        if len(self.legs) != max(0, len(self.stops) - 1):
            raise ValueError(f"{len(self.stops)} stops need {max(0, len(self.stops) - 1)} legs")

    @classmethod
    def through(cls, stops: list[Stop] | tuple[Stop, ...]) -> Route:
        stops = tuple(stops)
        return cls(stops, tuple(Leg.straight(a, b) for a, b in itertools.pairwise(stops)))

    def _relinked(
        self, stops: list[Stop], keep: dict[int, Leg], carry: dict[int, Leg] | None = None
    ) -> Route:
        """Rebuild legs: keep the ones listed by their new index; redraw the `carry` ones
        straight with their mode and vias; draw the rest straight."""
        carry = carry or {}

        def leg(i: int) -> Leg:
            if i in keep:
                return keep[i]
            if i in carry:
                return carry[i].redrawn(stops[i], stops[i + 1])
            return Leg.straight(stops[i], stops[i + 1])

        return Route(tuple(stops), tuple(leg(i) for i in range(len(stops) - 1)))

    def inserted(self, index: int, stop: Stop) -> Route:
        """A stop at `index` (0..len); the leg it splits becomes two straight legs."""
        if not 0 <= index <= len(self.stops):
            raise IndexError(index)
        stops = [*self.stops[:index], stop, *self.stops[index:]]
        keep = {i: leg for i, leg in enumerate(self.legs) if i < index - 1}
        keep |= {i + 1: leg for i, leg in enumerate(self.legs) if i >= index}
        carry = {}
        if 0 < index < len(self.stops):  # both halves of a split leg keep its mode
            split = replace(self.legs[index - 1], vias=())
            carry = {index - 1: split, index: split}
        return self._relinked(stops, keep, carry)

    def removed(self, index: int) -> Route:
        """Drop a stop; its two neighbours are joined by a straight leg."""
        self._check(index)
        stops = [*self.stops[:index], *self.stops[index + 1 :]]
        keep = {i: leg for i, leg in enumerate(self.legs) if i < index - 1}
        keep |= {i - 1: leg for i, leg in enumerate(self.legs) if i > index}
        return self._relinked(stops, keep)

    def moved(self, index: int, lat: float, lon: float) -> Route:
        """A stop at a new position; only the legs that touch it are redrawn."""
        self._check(index)
        stops = list(self.stops)
        stops[index] = replace(stops[index], lat=lat, lon=lon)
        touching = (index - 1, index)
        keep = {i: leg for i, leg in enumerate(self.legs) if i not in touching}
        carry = {i: leg for i, leg in enumerate(self.legs) if i in touching}
        return self._relinked(stops, keep, carry)

    def reordered(self, source: int, destination: int) -> Route:
        """A stop taken from `source` and put at `destination` (indices in the result)."""
        self._check(source)
        self._check(destination)
        order = list(range(len(self.stops)))
        order.insert(destination, order.pop(source))
        stops = [self.stops[i] for i in order]
        keep = {i: self.legs[a] for i, (a, b) in enumerate(itertools.pairwise(order)) if b == a + 1}
        return self._relinked(stops, keep)

    def edited(self, index: int, **changes: object) -> Route:
        """A stop with new name, kind, dwell or note; the geometry is unchanged."""
        self._check(index)
        if {"lat", "lon"} & changes.keys():
            raise ValueError("use moved() to change a stop's position")
        stops = list(self.stops)
        stops[index] = replace(stops[index], **changes)
        return Route(tuple(stops), self.legs)

    def with_leg(self, index: int, leg: Leg) -> Route:
        """One leg replaced (routed, toggled, given a via point)."""
        if not 0 <= index < len(self.legs):
            raise IndexError(index)
        legs = list(self.legs)
        legs[index] = leg
        return Route(self.stops, tuple(legs))

    def geometry(self) -> list[LatLon]:
        """The whole path as one list of points, shared leg ends counted once."""
        if not self.stops:
            return []
        if not self.legs:
            return [self.stops[0].position]
        points: list[LatLon] = list(self.legs[0].points)
        for leg in self.legs[1:]:
            points.extend(leg.points[1:])
        return points

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.stops):
            raise IndexError(index)


@dataclass(frozen=True)
class Walk:
    title: str
    date: dt.date
    start_time: dt.time
    meeting_point: MeetingPoint
    route: Route = field(default_factory=Route)
    description: str = ""
    timezone: str = DEFAULT_TIMEZONE
    headcount: int = 10
    capacity: int | None = None
    pace_kmh: float = DEFAULT_PACE_KMH
    organiser_name: str = ""
    organiser_contact: str = ""
    link: str = ""  # for the invite's QR code; empty means a map link to the meeting point
    slowest_kmh: float | None = None  # the slowest walker's pace, when known
    split_groups: bool = False  # the organiser's choice: walk as one group unless switched on
    group_size: int = DEFAULT_GROUP_SIZE  # the largest group when the crowd is split
    stagger_min: int = DEFAULT_STAGGER_MIN  # minutes between the groups' departures
    follow_streets: bool = True  # route legs along footpaths unless a leg says otherwise
    emergency_phone: str = DEFAULT_EMERGENCY_PHONE  # editable per walk; "" for none
    accessibility: str = ""  # steps, surfaces, toilets, pace: what people need to know
    id: int | None = None
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    version: int = 0  # the stored version this copy is based on; 0 before it is stored

    @property
    def stops(self) -> tuple[Stop, ...]:
        return self.route.stops

    @property
    def legs(self) -> tuple[Leg, ...]:
        return self.route.legs
