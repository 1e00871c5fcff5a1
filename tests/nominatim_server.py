"""A loopback Nominatim stand-in answering /search in Nominatim's JSON format."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from tests.serving import QuietHandler, serving

LOUVRE = {
    "place_id": 88066702,
    "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
    "osm_type": "way",
    "osm_id": 1106549960,
    "boundingbox": ["48.8608", "48.8612", "2.3355", "2.3361"],
    "lat": "48.8610",
    "lon": "2.3358",
    "display_name": "Pyramide du Louvre, Cour Napoléon, Paris 1er Arrondissement, Paris, France",
    "class": "tourism",
    "type": "attraction",
    "importance": 0.64,
}


@dataclass
class GeocoderState:
    url: str = ""
    requests: list[tuple[dict[str, list[str]], dict[str, str], float]] = field(default_factory=list)


@contextmanager
def nominatim_server() -> Iterator[GeocoderState]:
    state = GeocoderState()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = parse_qs(parts.query)
            state.requests.append((query, dict(self.headers.items()), time.monotonic()))
            found = [LOUVRE] if "louvre" in query.get("q", [""])[0].lower() else []
            self.send_body(200, json.dumps(found).encode(), "application/json")

    with serving(Handler) as url:
        state.url = url
        yield state
