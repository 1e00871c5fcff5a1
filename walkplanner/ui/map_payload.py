"""The one JSON message that tells the map page what to draw."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtCore import QLocale

from walkplanner.core.model import LatLon, Leg, LegSource, Walk
from walkplanner.core.schedule import Schedule
from walkplanner.i18n import tr
from walkplanner.ui import formatting

SIMPLIFY_ABOVE = 1000  # points; shorter legs are drawn as they are
SIMPLIFY_DEGREES = 0.00001  # about a metre: under a pixel up to zoom 16


def drawable(points: tuple[LatLon, ...]) -> list[list[float]] | tuple[LatLon, ...]:
    """Long imported tracks, thinned for drawing (Ramer-Douglas-Peucker); distances and
    exports keep every point."""
    if len(points) <= SIMPLIFY_ABOVE:
        return points
    cached = _thinned.get(id(points))
    if cached is not None and cached[0] is points:  # legs are immutable: same tuple, same line
        return cached[1]
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
) -> dict[str, Any]:
    stops = [
        {
            "number": index + 1,
            "name": stop.name,
            "lat": stop.lat,
            "lon": stop.lon,
            "kind": stop.kind.value,
            "kind_label": formatting.kind_label(stop.kind),
            "dwell_min": stop.dwell_min,
            "dwell_label": tr("%1 min here").replace("%1", str(stop.dwell_min)),
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
            "label": tr("Meeting point · %1").replace("%1", formatting.clock(walk.start_time)),
            "name": meeting.name,
            "lat": meeting.lat,
            "lon": meeting.lon,
            "note": meeting.note,
        },
    }
