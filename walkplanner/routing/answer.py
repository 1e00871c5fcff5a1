"""What a router's answer must be before a leg follows it: an OSRM route object whose
every number is finite and on the globe, with a path that joins the two stops it is for.

One NaN in a routed leg once made a walk 160,120 km long and broke every later start, so
the whole answer is refused for any bad value, and the leg stays straight. The same check
applies to routes read back from the cache, which an older version may have filled.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from walkplanner.core.geo import haversine_m, path_length_m
from walkplanner.core.model import LatLon
from walkplanner.core.validation import check_position, clean_text
from walkplanner.problem import Problem
from walkplanner.text import Text, say

MAX_POINTS = 100_000  # a day's walk at one point a metre
MAX_SNAP_M = 2_000.0  # how far the router may move a stop onto the nearest footpath
DETOUR_FACTOR = 5.0  # a path this many times the straight line (plus a margin) is not a walk
DETOUR_MARGIN_M = 5_000.0
MAX_MESSAGE_CHARS = 200


class AnswerError(Problem, ValueError):
    """The answer cannot be used; the message (a Text) says which part is wrong."""


def path_from_answer(answer: Any, waypoints: Sequence[LatLon]) -> tuple[tuple[LatLon, ...], float]:
    """The best route's points (lat, lon) and length in metres; AnswerError if any is bad."""
    if not isinstance(answer, dict):
        raise AnswerError(say("it is not a JSON object"))
    routes = answer.get("routes")
    if not isinstance(routes, list) or not routes or not isinstance(routes[0], dict):
        raise AnswerError(say("it has no list of routes"))
    best = routes[0]
    geometry = best.get("geometry")
    coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if not isinstance(coordinates, list) or not 2 <= len(coordinates) <= MAX_POINTS:
        raise AnswerError(say("its path is not a list of 2 to {most} points", most=MAX_POINTS))
    points = tuple(_point(number, pair) for number, pair in enumerate(coordinates, 1))
    for name, what in (("distance", say("distance")), ("duration", say("duration"))):
        if name in best and not _amount(best[name]):
            raise AnswerError(say("its {name} is not a finite number, 0 or more", name=what))
    distance_m = _finite(best.get("distance")) or path_length_m(points)
    if problem := path_problem(points, distance_m, waypoints):
        raise AnswerError(problem)
    return points, distance_m


def path_problem(
    points: Sequence[LatLon], distance_m: float, waypoints: Sequence[LatLon]
) -> Text | None:
    """Why a path cannot be the walk through `waypoints` (every point already on the globe)."""
    if not (len(points) >= 2 and len(waypoints) >= 2):
        return say("its path has fewer than two points")
    if not _amount(distance_m):
        return say("its distance is not a finite number, 0 or more")
    for end, stop in ((points[0], waypoints[0]), (points[-1], waypoints[-1])):
        if haversine_m(end, stop) > MAX_SNAP_M:
            return say(
                "its path ends {km:.1f} km from a stop it should join",
                km=haversine_m(end, stop) / 1000,
            )
    most = DETOUR_FACTOR * path_length_m(waypoints) + DETOUR_MARGIN_M
    if max(path_length_m(points), distance_m) > most:
        return say("its path is far longer than the way between the stops")
    return None


def router_message(answer: Any) -> str | None:
    """The router's own words when it found no route (OSRM's `code` and `message`)."""
    if not isinstance(answer, dict):
        return None
    said = answer.get("message") or answer.get("code")
    if not isinstance(said, str):
        return None
    return clean_text(said)[:MAX_MESSAGE_CHARS] or None


def _point(number: int, pair: Any) -> LatLon:
    lon, lat = (
        (_finite(pair[0]), _finite(pair[1]))
        if isinstance(pair, list) and len(pair) == 2
        else (None, None)
    )
    if lat is None or lon is None:
        raise AnswerError(say("its point {number} is not a pair of numbers", number=number))
    if problem := check_position(lat, lon):
        raise AnswerError(say("its point {number}: {problem}", number=number, problem=problem))
    return lat, lon


def _finite(value: Any) -> float | None:
    """A JSON number as a finite float; None for anything else (true, "1", 1e999, 10**400)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _amount(value: Any) -> bool:
    number = _finite(value)
    return number is not None and number >= 0
