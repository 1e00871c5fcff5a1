"""Route one leg: from the cache when the same points were routed before, else ask the
router; offline or on failure, RoutingError says why and the leg stays straight."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from typing import Protocol

from walkplanner.core.model import LatLon, Leg, LegSource, Route, Stop, Walk
from walkplanner.core.validation import check_points
from walkplanner.routing.answer import path_problem
from walkplanner.routing.osrm import PROFILE, OsrmClient, RouterUnavailable, RoutingError
from walkplanner.text import say

log = logging.getLogger(__name__)

Points = tuple[LatLon, ...]


class RouteCache(Protocol):
    def cached_route(self, key: str) -> tuple[Points, float] | None: ...
    def cache_route(self, key: str, points: Points, distance_m: float) -> None: ...


def waypoints(a: Stop, b: Stop, leg: Leg) -> Points:
    return (a.position, *leg.vias, b.position)


def pending_legs(walk: Walk) -> list[int]:
    """Legs that want to follow the streets and do not yet."""
    return [
        i for i, leg in enumerate(walk.legs)
        if leg.source == LegSource.STRAIGHT and leg.wants_routing(walk.follow_streets)
    ]  # fmt: skip


def unwanted_routes(walk: Walk) -> list[int]:
    """Routed legs the organiser has since asked to be straight."""
    return [
        i for i, leg in enumerate(walk.legs)
        if leg.source == LegSource.ROUTED and not leg.wants_routing(walk.follow_streets)
    ]  # fmt: skip


class LegRouter:
    """Routes legs through `client`, remembering each path in `cache` (the store).

    Routing runs on daemon threads that closing the window abandons, so a route may come
    back after the store has closed: `close` first, and from then on the cache is left
    alone (a path that arrives late is simply not kept).
    """

    def __init__(self, client: OsrmClient, cache: RouteCache, *, offline: bool = False) -> None:
        self.client = client
        self._cache = cache
        self._offline = offline
        self._cache_lock = threading.Lock()  # held while the cache is used; close waits
        self._closed = False

    def close(self) -> None:
        """Stop using the cache; once this returns, no thread reads or writes it."""
        with self._cache_lock:
            self._closed = True

    def key(self, points: Points) -> str:
        return f"{self.client.base_url}|{PROFILE}|" + ";".join(
            f"{lat:.6f},{lon:.6f}" for lat, lon in points
        )

    def route(self, a: Stop, b: Stop, leg: Leg) -> Leg:
        """The leg following the streets, its ends pinned to the two stops."""
        through = waypoints(a, b, leg)
        key = self.key(through)
        cached = self._cached(key, through)
        if cached is None:
            if self._offline:
                raise RoutingError(
                    say("Offline: the leg stays a straight line until you are online.")
                )
            path = self.client.route(through)
            cached = (path.points, path.distance_m)
            self._remember(key, cached)
        points = cached[0]
        if points[0] != a.position:
            points = (a.position, *points)
        if points[-1] != b.position:
            points = (*points, b.position)
        return replace(leg, points=points, source=LegSource.ROUTED)

    def _cached(self, key: str, through: Points) -> tuple[Points, float] | None:
        """The cached path, unless it is unreadable or wrong (an older version may have
        stored a NaN): then it counts as missing and the leg is routed again."""
        try:
            with self._cache_lock:
                if self._closed:
                    log.debug("cached route %s not read: the router is closed", key)
                    return None
                cached = self._cache.cached_route(key)
        except (ValueError, TypeError) as error:
            log.warning("cached route %s unreadable (%s); routing again", key, error)
            return None
        if cached is None:
            return None
        points, distance_m = cached
        problem = check_points(points, say("Point")) or path_problem(points, distance_m, through)
        if problem:
            log.warning("cached route %s ignored: %s", key, problem)
            return None
        return cached

    def _remember(self, key: str, path: tuple[Points, float]) -> None:
        with self._cache_lock:
            if self._closed:  # an abandoned leg came back after its window closed
                log.debug("route %s not cached: the router is closed", key)
                return
            self._cache.cache_route(key, *path)


@dataclass(frozen=True)
class RoutingReport:
    route: Route
    wanted: int
    routed: int
    problems: tuple[str, ...]


def route_walk(walk: Walk, router: LegRouter) -> RoutingReport:
    """Every leg as the organiser wants it: routed where asked (or straight, saying why)."""
    route = walk.route
    for i in unwanted_routes(walk):
        route = route.with_leg(i, route.legs[i].redrawn(route.stops[i], route.stops[i + 1]))
    wanted = [i for i, leg in enumerate(route.legs) if leg.wants_routing(walk.follow_streets)]
    problems: list[str] = []
    down: RouterUnavailable | None = None  # once the router fails to answer, stop asking
    for i in wanted:
        leg = route.legs[i]
        if leg.source == LegSource.ROUTED:
            continue
        try:
            if down:
                raise down
            route = route.with_leg(i, router.route(route.stops[i], route.stops[i + 1], leg))
        except RoutingError as error:
            if isinstance(error, RouterUnavailable):
                down = error
            problems.append(
                f"leg {i + 1} ({route.stops[i].name} → {route.stops[i + 1].name}): {error}"
            )
    routed = sum(1 for i in wanted if route.legs[i].source == LegSource.ROUTED)
    return RoutingReport(route, len(wanted), routed, tuple(problems))
