"""Distances on the Earth, good to a few metres over a city walk."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from walkplanner.core import long_paths
from walkplanner.core.model import LatLon

EARTH_RADIUS_M = 6_371_008.8  # mean radius (IUGG), the usual choice for haversine


def haversine_m(a: LatLon, b: LatLon) -> float:
    """Great-circle distance in metres between two (lat, lon) points in degrees."""
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


VECTOR_ABOVE = 1_000  # points; numpy pays its way (and is loaded) only for longer paths


def path_length_m(points: Sequence[LatLon]) -> float:
    if len(points) > VECTOR_ABOVE:
        return _long_path_length_m(points)
    return sum(haversine_m(a, b) for a, b in itertools.pairwise(points))


def _long_path_length_m(points: Sequence[LatLon]) -> float:
    """haversine_m summed in numpy: an imported track can have a million points."""
    import numpy as np

    track = np.frombuffer(long_paths.flat(points), dtype=float).reshape(-1, 2)
    lat, lon = np.radians(track).T
    h = (
        np.sin(np.diff(lat) / 2) ** 2
        + np.cos(lat[:-1]) * np.cos(lat[1:]) * np.sin(np.diff(lon) / 2) ** 2
    )
    return float(2 * EARTH_RADIUS_M * np.arcsin(np.minimum(1.0, np.sqrt(h))).sum())


def leg_length_m(points: tuple[LatLon, ...]) -> float:
    """A leg's length, measured once for long legs: legs are immutable, and every edit,
    group and export plans the walk again (an imported track has 100,000 points)."""
    if len(points) <= long_paths.LONG_ABOVE:
        return path_length_m(points)
    length = long_paths.known_length_m(points)
    if length is None:
        length = path_length_m(points)
        long_paths.remember_length_m(points, length)
    return length


def along(a: LatLon, b: LatLon, point: LatLon) -> float:
    """How far `point` lies along a -> b (0 at a, 1 at b), for ordering via points."""
    scale = math.cos(math.radians(a[0]))
    dx, dy = (b[1] - a[1]) * scale, b[0] - a[0]
    px, py = (point[1] - a[1]) * scale, point[0] - a[0]
    length2 = dx * dx + dy * dy
    return 0.0 if length2 == 0 else (px * dx + py * dy) / length2


NEW_STOP_STEP_M = 150  # a stop added from the keyboard lands this far past the last one


def spot_after(points: Sequence[LatLon], index: int, start: LatLon) -> LatLon:
    """Where a stop added after `points[index]` without the mouse goes: halfway to the next
    stop, a short step on from the last one, or at the meeting point for the first."""
    if not points:
        return start
    here = points[index]
    if index + 1 < len(points):
        there = points[index + 1]
        return ((here[0] + there[0]) / 2, (here[1] + there[1]) / 2)
    step_deg = NEW_STOP_STEP_M / (EARTH_RADIUS_M * math.pi / 180)
    return (here[0], here[1] + step_deg / math.cos(math.radians(here[0])))
