"""Walks and files of a given number of stops, for the tests of the limit
(validation.MAX_STOPS)."""

from __future__ import annotations

import json
from dataclasses import replace

from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Route, Stop, StopKind, Walk


def walk_of_stops(count: int) -> Walk:
    """The demo walk with `count` stops in a line across Paris, about 10 m apart."""
    stops = [Stop(f"Stop {n}", 48.85 + n * 1e-4, 2.30, StopKind.WAYPOINT) for n in range(count)]
    return replace(demo_walk(), route=Route.through(stops))


Points = list[tuple[float, float]]
HEAD = '<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">'


def along(count: int, start: float = 48.85) -> Points:
    """`count` distinct points in a line across Paris, 10 m or so apart."""
    return [(start + n * 1e-4, 2.30 + n * 1e-4) for n in range(count)]


def gpx_waypoints(points: Points, track: Points) -> str:
    marks = "".join(
        f'<wpt lat="{lat}" lon="{lon}"><name>Cache {n}</name></wpt>'
        for n, (lat, lon) in enumerate(points, 1)
    )
    meeting = '<wpt lat="48.85" lon="2.3"><name>Here</name><type>meeting point</type></wpt>'
    unnamed = '<wpt lat="48.86" lon="2.31"/>'  # neither makes a stop
    return f"{HEAD}{meeting}{unnamed}{marks}{gpx_track([track])}</gpx>"


def gpx_track(parts: list[Points]) -> str:
    segments = "".join(
        "<trkseg>" + "".join(f'<trkpt lat="{a}" lon="{b}"/>' for a, b in part) + "</trkseg>"
        for part in parts
    )
    return f"<trk>{segments}</trk>" if parts else ""


def gpx_route(points: Points) -> str:
    """A route's points are the stops, whatever the waypoints (here more than the limit)."""
    marks = "".join(f'<wpt lat="48.9" lon="2.4"><name>Cache {n}</name></wpt>' for n in range(300))
    route = "".join(
        f'<rtept lat="{lat}" lon="{lon}"><name>Stop {n}</name></rtept>'
        for n, (lat, lon) in enumerate(points, 1)
    )
    return f"{HEAD}{marks}<rte>{route}</rte></gpx>"


def geojson(points: Points) -> str:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {"name": f"Point {n}"},
        }
        for n, (lat, lon) in enumerate(points, 1)
    ]
    return json.dumps({"type": "FeatureCollection", "features": features})


def kml(points: Points) -> str:
    marks = "".join(
        f"<Placemark><name>Point {n}</name><Point><coordinates>{lon},{lat}</coordinates>"
        "</Point></Placemark>"
        for n, (lat, lon) in enumerate(points, 1)
    )
    return f'<kml xmlns="http://www.opengis.net/kml/2.2"><Document>{marks}</Document></kml>'
