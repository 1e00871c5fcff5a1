"""A loopback OSRM stand-in answering in OSRM's `route` response format.

Each pair of points is joined by an L-shaped path (north-south first, then east-west),
so a routed leg is recognisably longer than the straight line.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from tests.serving import QuietHandler, serving


def metres(a: tuple[float, float], b: tuple[float, float]) -> float:
    """lon/lat pairs; equirectangular, fine at city scale."""
    k = 111_195.0
    return math.hypot((b[1] - a[1]) * k, (b[0] - a[0]) * k * math.cos(math.radians(a[1])))


@dataclass
class RouterState:
    url: str = ""
    requests: list[tuple[str, dict[str, list[str]], dict[str, str]]] = field(default_factory=list)
    answer: str = "route"  # or "noroute", "error"


@contextmanager
def osrm_server() -> Iterator[RouterState]:
    state = RouterState()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            state.requests.append((parts.path, parse_qs(parts.query), dict(self.headers.items())))
            if state.answer == "error":
                self.send_body(500, b"<html>Internal error</html>", "text/html")
                return
            if state.answer == "noroute":
                body = {"code": "NoRoute", "message": "Impossible route between points"}
                self.send_body(400, json.dumps(body).encode(), "application/json")
                return
            coordinates = parts.path.rsplit("/", 1)[-1]
            points = [tuple(map(float, pair.split(","))) for pair in coordinates.split(";")]
            line = [list(points[0])]
            for (lon1, _lat1), (lon2, lat2) in itertools.pairwise(points):
                line += [[lon1, lat2], [lon2, lat2]]
            distance = sum(metres(a, b) for a, b in itertools.pairwise(line))
            body = {
                "code": "Ok",
                "routes": [{
                    "geometry": {"coordinates": line, "type": "LineString"},
                    "legs": [{"steps": [], "summary": "", "weight": distance / 1.4,
                              "duration": distance / 1.4, "distance": distance}],
                    "weight_name": "duration", "weight": distance / 1.4,
                    "duration": distance / 1.4, "distance": distance,
                }],
                "waypoints": [{"hint": "x", "distance": 0.0, "name": "", "location": list(p)}
                              for p in points],
            }  # fmt: skip
            self.send_body(200, json.dumps(body).encode(), "application/json")

    with serving(Handler) as url:
        state.url = url
        yield state
