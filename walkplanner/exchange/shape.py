"""From a track and some named points to a walk: stops on the track, legs between them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

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
from walkplanner.text import say


@dataclass(frozen=True)
class NamedPoint:
    name: str
    lat: float
    lon: float
    note: str = ""
    kind: StopKind | None = None
    dwell_min: int = 0


def stop_kind(value: object) -> StopKind | None:
    """The kind named in a file, or None for anything we do not know."""
    try:
        return StopKind(str(value))
    except ValueError:
        return None


def nearest_indices(geometry: Sequence[LatLon], points: Sequence[NamedPoint]) -> list[int]:
    """For each point, the index of the closest track point (vectorised: tracks are long)."""
    if not points:
        return []
    track = np.asarray(geometry, dtype=float)
    scale = np.cos(np.radians(track[:, 0].mean()))
    return [
        int(np.argmin((track[:, 0] - p.lat) ** 2 + ((track[:, 1] - p.lon) * scale) ** 2))
        for p in points
    ]


def build_walk(
    title: str,
    geometry: Sequence[LatLon],
    named: Sequence[NamedPoint],
    *,
    description: str = "",
    start: dt.datetime | None = None,
    meeting: MeetingPoint | None = None,
    routed: bool = True,
) -> Walk:
    """Stops from the named points (or the track's ends), legs cut from the full geometry."""
    geometry = list(geometry) or [(p.lat, p.lon) for p in named]
    if not geometry:
        raise ValueError(say("The file has no points to make a walk from."))
    if not named:
        named = [NamedPoint("Start", *geometry[0]), NamedPoint("End", *geometry[-1])]
    if len(geometry) < 2:
        geometry = [(p.lat, p.lon) for p in named]
    order = sorted(zip(nearest_indices(geometry, named), range(len(named)), strict=True))
    stops: list[Stop] = []
    for position, (_index, original) in enumerate(order):
        point = named[original]
        kind = point.kind or (
            StopKind.START if position == 0 else StopKind.END if position == len(order) - 1
            else StopKind.WAYPOINT
        )  # fmt: skip
        stops.append(
            Stop(
                point.name or f"Stop {position + 1}",
                point.lat,
                point.lon,
                kind,
                point.dwell_min,
                point.note,
            )
        )
    legs = []
    for (start_index, _), (end_index, _), a, b in zip(
        order, order[1:], stops, stops[1:], strict=False
    ):
        middle = geometry[start_index + 1 : end_index]
        points = (a.position, *middle, b.position)
        legs.append(Leg(points, LegSource.ROUTED if routed and middle else LegSource.STRAIGHT))
    local = start.astimezone(_zone()) if start and start.tzinfo else start
    first = stops[0]
    return Walk(
        title=title.strip() or "Imported walk",
        description=description,
        date=local.date() if local else dt.date.today(),
        start_time=(local.time().replace(second=0, microsecond=0) if local else dt.time(14, 0)),
        meeting_point=meeting or MeetingPoint(first.name, first.lat, first.lon),
        route=Route(tuple(stops), tuple(legs)),
    )


def _zone() -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(DEFAULT_TIMEZONE)


def details_of(walk: Walk) -> dict[str, object]:
    """What GPX and GeoJSON have no place for, so our own files come back whole."""
    return {
        "date": walk.date.isoformat(), "start_time": walk.start_time.strftime("%H:%M"),
        "timezone": walk.timezone, "headcount": walk.headcount, "capacity": walk.capacity,
        "pace_kmh": walk.pace_kmh, "organiser_name": walk.organiser_name,
        "organiser_contact": walk.organiser_contact, "link": walk.link,
        "follow_streets": walk.follow_streets, "emergency_phone": walk.emergency_phone,
        "accessibility": walk.accessibility,
    }  # fmt: skip


def apply_details(walk: Walk, details: dict[str, object]) -> Walk:
    """Take the known details from a file; anything odd is ignored, not trusted."""
    converters = {
        "date": dt.date.fromisoformat, "start_time": dt.time.fromisoformat, "timezone": str,
        "headcount": int, "capacity": lambda v: None if v is None else int(v), "pace_kmh": float,
        "organiser_name": str, "organiser_contact": str, "link": str, "follow_streets": bool,
        "emergency_phone": str, "accessibility": str,
    }  # fmt: skip
    for key, convert in converters.items():
        if key in details:
            try:
                setattr(walk, key, convert(details[key]))  # type: ignore[operator]
            except (TypeError, ValueError):
                continue
    return walk
