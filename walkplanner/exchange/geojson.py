"""GeoJSON: a FeatureCollection with the route as a LineString and Points for the stops
and the meeting point, each with its properties (RFC 7946 order: longitude, latitude)."""

from __future__ import annotations

import json
from typing import Any

from walkplanner.core.model import MeetingPoint, Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.exchange.safety import ExchangeError
from walkplanner.exchange.shape import (
    NamedPoint,
    apply_details,
    build_walk,
    details_of,
    stop_kind,
)
from walkplanner.text import message_of, say

MEETING = "meeting point"


def write_geojson(walk: Walk) -> str:
    schedule = plan(walk)
    meeting = walk.meeting_point
    features: list[dict[str, Any]] = [
        {
            "type": "Feature",
            "geometry": {
                "type": "LineString",
                "coordinates": [[lon, lat] for lat, lon in walk.route.geometry()],
            },
            "properties": {
                "title": walk.title,
                "description": walk.description,
                "distance_km": round(schedule.distance_km, 3),
                **details_of(walk),
            },
        },
        _point(
            meeting.lon, meeting.lat, {"role": MEETING, "name": meeting.name, "note": meeting.note}
        ),
    ]
    for number, (stop, timing) in enumerate(zip(walk.stops, schedule.stops, strict=True), 1):
        features.append(
            _point(
                stop.lon,
                stop.lat,
                {
                    "role": "stop",
                    "number": number,
                    "name": stop.name,
                    "kind": stop.kind.value,
                    "dwell_min": stop.dwell_min,
                    "note": stop.note,
                    "arrival": to_minute(timing.arrival).strftime("%H:%M"),
                },
            )
        )
    return json.dumps(
        {"type": "FeatureCollection", "features": features}, ensure_ascii=False, indent=1
    )


def _point(lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": properties,
    }


def read_geojson(data: bytes, name: str) -> Walk:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        if isinstance(error, json.JSONDecodeError):
            problem = say(
                "“{name}” is not valid GeoJSON (line {line}): {error}.",
                name=name,
                line=error.lineno,
                error=error.msg,
            )
        else:
            problem = say("“{name}” is not valid GeoJSON: {error}.", name=name, error=error)
        raise ExchangeError(problem) from error
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        raise ExchangeError(say("“{name}” has no FeatureCollection of features.", name=name))
    track: list[tuple[float, float]] = []
    named: list[NamedPoint] = []
    meeting, title, description, details = None, "", "", {}
    try:
        for feature in features:
            geometry = feature.get("geometry") or {}
            properties = feature.get("properties") or {}
            kind, coordinates = geometry.get("type"), geometry.get("coordinates")
            if kind == "LineString":
                track += [(float(lat), float(lon)) for lon, lat, *_ in coordinates]
                title = title or str(properties.get("title") or properties.get("name") or "")
                description = description or str(properties.get("description") or "")
                details = details or properties
            elif kind == "MultiLineString":
                track += [(float(lat), float(lon)) for line in coordinates for lon, lat, *_ in line]
            elif kind == "Point":
                lon, lat = float(coordinates[0]), float(coordinates[1])
                label = str(properties.get("name") or "")
                if properties.get("role") == MEETING:
                    meeting = MeetingPoint(label, lat, lon, str(properties.get("note") or ""))
                    continue
                named.append(
                    NamedPoint(
                        label,
                        lat,
                        lon,
                        str(properties.get("note") or ""),
                        stop_kind(properties.get("kind")),
                        int(properties.get("dwell_min") or 0),
                    )
                )
    except (TypeError, ValueError, AttributeError, IndexError) as error:
        raise ExchangeError(
            say("“{name}” has a feature with broken coordinates ({error}).", name=name, error=error)
        ) from error
    try:
        walk = build_walk(
            title or name.rsplit(".", 1)[0], track, named, description=description, meeting=meeting
        )
    except ValueError as error:
        raise ExchangeError(say("“{name}”: {error}", name=name, error=message_of(error))) from error
    return apply_details(walk, details)
