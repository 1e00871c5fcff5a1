"""A loopback OSRM stand-in answering in OSRM's `route` response format.

Each pair of points is joined by an L-shaped path (north-south first, then east-west),
so a routed leg is recognisably longer than the straight line.
"""

from __future__ import annotations

import itertools
import json
import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


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

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            state.requests.append((parts.path, parse_qs(parts.query), dict(self.headers.items())))
            if state.answer == "error":
                self._send(500, b"<html>Internal error</html>", "text/html")
                return
            if state.answer == "noroute":
                body = {"code": "NoRoute", "message": "Impossible route between points"}
                self._send(400, json.dumps(body).encode(), "application/json")
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
            self._send(200, json.dumps(body).encode(), "application/json")

        def _send(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
