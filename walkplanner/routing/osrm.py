"""A client for OSRM-compatible routers (`/route/v1/{profile}/{lon,lat;...}`), foot profile.

The default endpoint is the public foot router run by FOSSGIS for OpenStreetMap;
Preferences or WALKPLANNER_ROUTING_URL point it at another one (a self-hosted OSRM,
or the loopback server of the tests).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import requests

from walkplanner import USER_AGENT
from walkplanner.core.model import LatLon
from walkplanner.text import say

DEFAULT_ENDPOINT = "https://routing.openstreetmap.de/routed-foot"
ENDPOINT_ENV = "WALKPLANNER_ROUTING_URL"
PROFILE = "foot"
TIMEOUT_S = 15.0


class RoutingError(Exception):
    """No route: the message says why, for the person looking at a dashed leg."""


@dataclass(frozen=True)
class RoutedPath:
    points: tuple[LatLon, ...]
    distance_m: float


def endpoint(configured: str | None = None) -> str:
    return (os.environ.get(ENDPOINT_ENV) or configured or DEFAULT_ENDPOINT).rstrip("/")


class OsrmClient:
    def __init__(
        self,
        base_url: str | None = None,
        *,
        session: requests.Session | None = None,
        timeout_s: float = TIMEOUT_S,
    ) -> None:
        self.base_url = endpoint(base_url)
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT
        self._timeout_s = timeout_s

    def route(self, waypoints: Sequence[LatLon]) -> RoutedPath:
        """The walking path through the waypoints, in order."""
        if len(waypoints) < 2:
            raise RoutingError(say("A route needs at least two points."))
        coordinates = ";".join(f"{lon:.6f},{lat:.6f}" for lat, lon in waypoints)
        url = f"{self.base_url}/route/v1/{PROFILE}/{coordinates}"
        params = {"overview": "full", "geometries": "geojson", "steps": "false"}
        try:
            response = self._session.get(url, params=params, timeout=self._timeout_s)
        except requests.Timeout as error:
            raise RoutingError(
                say("The router did not answer within {seconds:g} s.", seconds=self._timeout_s)
            ) from error
        except requests.RequestException as error:
            raise RoutingError(
                say("The router cannot be reached ({kind}).", kind=type(error).__name__)
            ) from error
        try:
            answer = response.json()
        except ValueError as error:
            raise RoutingError(
                say(
                    "The router answered HTTP {status} without a route.",
                    status=response.status_code,
                )
            ) from error
        if answer.get("code") != "Ok" or not answer.get("routes"):
            message = answer.get("message") or answer.get("code") or f"HTTP {response.status_code}"
            raise RoutingError(say("The router found no route: {message}.", message=message))
        best = answer["routes"][0]
        coordinates_out = best.get("geometry", {}).get("coordinates") or []
        points = tuple((float(lat), float(lon)) for lon, lat in coordinates_out)
        if len(points) < 2:
            raise RoutingError(say("The router answered with an empty route."))
        return RoutedPath(points, float(best.get("distance", 0.0)))
