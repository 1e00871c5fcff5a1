"""A client for OSRM-compatible routers (`/route/v1/{profile}/{lon,lat;...}`), foot profile.

The default endpoint is the public foot router run by FOSSGIS for OpenStreetMap;
Preferences or WALKPLANNER_ROUTING_URL point it at another one (a self-hosted OSRM,
or the loopback server of the tests).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlencode

from walkplanner import USER_AGENT, net
from walkplanner.core.model import LatLon
from walkplanner.problem import Problem
from walkplanner.routing.answer import AnswerError, path_from_answer, router_message
from walkplanner.text import say

DEFAULT_ENDPOINT = "https://routing.openstreetmap.de/routed-foot"
ENDPOINT_ENV = "WALKPLANNER_ROUTING_URL"
PROFILE = "foot"
DEADLINE_S = 10.0  # for the whole answer, however slowly it comes
MAX_ANSWER_BYTES = 16 * 1024 * 1024  # a full geometry of a long leg is a few hundred kB


class RoutingError(Problem):
    """No route: the message says why, for the person looking at a dashed leg."""


class RouterUnavailable(RoutingError):
    """The router gave no whole answer in time: asking it for the next leg would not help."""


@dataclass(frozen=True)
class RoutedPath:
    points: tuple[LatLon, ...]
    distance_m: float


def endpoint(configured: str | None = None) -> str:
    return (os.environ.get(ENDPOINT_ENV) or configured or DEFAULT_ENDPOINT).rstrip("/")


class OsrmClient:
    def __init__(self, base_url: str | None = None, *, deadline_s: float = DEADLINE_S) -> None:
        self.base_url = endpoint(base_url)
        self._deadline_s = deadline_s

    def route(self, waypoints: Sequence[LatLon]) -> RoutedPath:
        """The walking path through the waypoints, in order; RoutingError says why not."""
        if len(waypoints) < 2:
            raise RoutingError(say("A route needs at least two points."))
        coordinates = ";".join(f"{lon:.6f},{lat:.6f}" for lat, lon in waypoints)
        query = urlencode({"overview": "full", "geometries": "geojson", "steps": "false"})
        try:
            reply = net.get(
                f"{self.base_url}/route/v1/{PROFILE}/{coordinates}?{query}",
                headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
                deadline_s=self._deadline_s,
                max_bytes=MAX_ANSWER_BYTES,
            )
        except net.NetError as error:
            raise RouterUnavailable(
                say("The router cannot be reached: {reason}.", reason=error.args[0])
            ) from error
        try:
            answer = net.strict_json(reply.body)
        except ValueError as error:
            raise RoutingError(
                say("The router answered HTTP {status} without a route.", status=reply.status)
            ) from error
        if reply.status != 200 or (isinstance(answer, dict) and answer.get("code") != "Ok"):
            message = router_message(answer) or f"HTTP {reply.status}"
            raise RoutingError(say("The router found no route: {message}.", message=message))
        try:
            points, distance_m = path_from_answer(answer, waypoints)
        except AnswerError as error:
            raise RoutingError(
                say(
                    "The router's answer was refused: {problem}; the leg stays straight.",
                    problem=error.args[0],
                )
            ) from error
        return RoutedPath(points, distance_m)
