"""The one JSON message that tells the map page what to draw.

Its shape is declared below as TypedDicts: the contract with resources/web/bridge.js,
which reads these keys and no others (tests/ui/test_map_payload.py checks both sides).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypedDict

from PySide6.QtCore import QLocale

from walkplanner.core.model import LatLon, Leg, LegSource, Walk
from walkplanner.core.schedule import Schedule
from walkplanner.i18n import tr
from walkplanner.placeholders import filled
from walkplanner.ui import formatting

SIMPLIFY_ABOVE = 1000  # points; shorter legs are drawn as they are
SIMPLIFY_DEGREES = 0.00001  # about a metre: under a pixel up to zoom 16


class StopMark(TypedDict):
    """A stop's numbered marker and its tooltip."""

    number: int
    name: str
    lat: float
    lon: float
    kind: str  # a StopKind value, for the marker's CSS class
    kind_label: str
    dwell_min: int
    dwell_label: str
    arrival: str
    note: str


class LegLine(TypedDict):
    """A leg's line: dashed unless it follows the streets; its tooltip."""

    points: Sequence[Sequence[float]]  # [lat, lon] pairs, thinned when long
    source: str  # a LegSource value
    note: str


class MeetingMark(TypedDict):
    label: str
    name: str
    lat: float
    lon: float
    note: str


class WalkMessage(TypedDict):
    """The `walk` message: everything drawn for a walk, and the page's words in the UI's
    language (Leaflet's own are English)."""

    revision: int  # echoed back by the page in `drawn`
    fit: bool  # zoom to the walk after drawing
    insert_hint: str
    via_hint: str
    zoom_in: str
    zoom_out: str
    metric: bool
    stops: list[StopMark]
    legs: list[LegLine]
    meeting: MeetingMark


def drawable(points: tuple[LatLon, ...]) -> Sequence[Sequence[float]]:
    """Long imported tracks, thinned for drawing (Ramer-Douglas-Peucker); distances and
    exports keep every point."""
    if len(points) <= SIMPLIFY_ABOVE:
        return points
    cached = _thinned.get(id(points))
    if cached is not None and cached[0] is points:  # legs are immutable: same tuple, same line
        return cached[1]
    import numpy as np  # only for long tracks: start-up does not wait for it
    from simplification.cutil import simplify_coords

    thinned = simplify_coords(np.asarray(points), SIMPLIFY_DEGREES).tolist()
    if len(_thinned) > 64:
        _thinned.clear()
    _thinned[id(points)] = (points, thinned)
    return thinned


_thinned: dict[int, tuple[tuple[LatLon, ...], list[list[float]]]] = {}


def leg_note(leg: Leg, wanted: bool, reason: str | None) -> str:
    if leg.source == LegSource.ROUTED:
        return tr("Follows the streets · right-click for options")
    if wanted:
        return reason or tr("Finding the way along the streets…")
    return tr("Straight line, as you chose · right-click for options")


def walk_payload(
    walk: Walk,
    schedule: Schedule,
    *,
    revision: int,
    fit: bool,
    reasons: Callable[[int], str | None] = lambda _index: None,
) -> WalkMessage:
    stops: list[StopMark] = [
        {
            "number": index + 1,
            "name": stop.name,
            "lat": stop.lat,
            "lon": stop.lon,
            "kind": stop.kind.value,
            "kind_label": formatting.kind_label(stop.kind),
            "dwell_min": stop.dwell_min,
            "dwell_label": filled(tr("%1 min here"), stop.dwell_min),
            "arrival": formatting.clock(timing.arrival),
            "note": stop.note,
        }
        for index, (stop, timing) in enumerate(zip(walk.stops, schedule.stops, strict=True))
    ]
    meeting = walk.meeting_point
    return {
        "revision": revision,
        "fit": fit,
        "insert_hint": tr("Click to insert a stop here"),
        "via_hint": tr("Drag to make the path pass elsewhere"),
        "zoom_in": tr("Zoom in"),
        "zoom_out": tr("Zoom out"),
        "metric": QLocale().measurementSystem() == QLocale.MeasurementSystem.MetricSystem,
        "stops": stops,
        "legs": [
            {
                "points": drawable(leg.points),
                "source": leg.source.value,
                "note": leg_note(leg, leg.wants_routing(walk.follow_streets), reasons(i)),
            }
            for i, leg in enumerate(walk.legs)
        ],
        "meeting": {
            "label": filled(tr("Meeting point · %1"), formatting.clock(walk.start_time)),
            "name": meeting.name,
            "lat": meeting.lat,
            "lon": meeting.lon,
            "note": meeting.note,
        },
    }
