"""GeoJSON: a FeatureCollection with the route as a LineString and Points for the stops
and the meeting point, each with its properties (RFC 7946 order: longitude, latitude)."""

from __future__ import annotations

import json
from typing import Any

from walkplanner.core.model import LatLon, MeetingPoint, Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.exchange import values
from walkplanner.exchange.details import apply_details, details_of
from walkplanner.exchange.encoding import json_text
from walkplanner.exchange.outgoing import export_copy
from walkplanner.exchange.safety import ExchangeError
from walkplanner.exchange.shape import NamedPoint, build_walk, refuse_too_many_stops, stop_kind
from walkplanner.text import Text, message_of, say

MEETING = "meeting point"


def write_geojson(walk: Walk) -> str:
    walk = export_copy(walk)
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
                    "seats": stop.seats,
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
    text = json_text(data, name)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ExchangeError(
            say(
                "“{name}” is not valid GeoJSON (line {line}): {error}.",
                name=name,
                line=error.lineno,
                error=error.msg,
            )
        ) from error
    except RecursionError as error:
        raise ExchangeError(
            say("“{name}” nests lists or objects too deeply to be GeoJSON.", name=name)
        ) from error
    except ValueError as error:  # the only other one: an integer past Python's 4,300 digits
        raise ExchangeError(
            say("“{name}” is not GeoJSON: it holds a number thousands of digits long.", name=name)
        ) from error
    features = document.get("features") if isinstance(document, dict) else None
    if not isinstance(features, list):
        raise ExchangeError(say("“{name}” has no FeatureCollection of features.", name=name))
    try:
        return _walk(features, name.rsplit(".", 1)[0])
    except ValueError as error:
        raise ExchangeError(say("“{name}”: {error}", name=name, error=message_of(error))) from error


def _walk(features: list[object], fallback_title: str) -> Walk:
    """The walk the features describe; a ValueError says what in them is wrong."""
    parts: list[list[LatLon]] = []
    named: list[NamedPoint] = []
    meeting, title, description, details = None, "", "", {}
    ours = True  # stops we wrote ourselves are in walking order
    refuse_too_many_stops(sum(map(_is_stop, features)))  # before a stop is made of each
    for number, feature in enumerate(features, 1):
        where = say("Feature {number}", number=number)
        geometry, properties = (
            _object(feature, where, "geometry"),
            _object(feature, where, "properties"),
        )
        kind, coordinates = geometry.get("type"), geometry.get("coordinates")
        if kind == "LineString":
            parts.append(_line(coordinates, where))
            if not title:
                title = values.text(properties.get("title") or properties.get("name"), where)
                description = values.text(properties.get("description"), where, multiline=True)
                details = properties
        elif kind == "MultiLineString":
            parts += [_line(line, where) for line in _list(coordinates, where)]
        elif kind == "Point":
            lat, lon = _position(coordinates, where)
            label = values.text(properties.get("name"), where)
            note = values.text(properties.get("note"), where, multiline=True)
            if properties.get("role") == MEETING:
                meeting = MeetingPoint(label, lat, lon, note)
                continue
            dwell, seats = properties.get("dwell_min"), properties.get("seats")
            ours = ours and properties.get("role") == "stop"
            named.append(
                NamedPoint(
                    label,
                    lat,
                    lon,
                    note,
                    stop_kind(properties.get("kind")),
                    0 if dwell is None else values.whole(dwell, where, "dwell_min"),
                    None if seats is None else values.whole(seats, where, "seats"),
                )
            )
    walk = build_walk(
        title or fallback_title,
        parts,
        named,
        description=description,
        meeting=meeting,
        ordered=ours,
    )
    return apply_details(walk, details)


def _is_stop(feature: object) -> bool:
    """Whether a feature will be a stop, looked at without checking it."""
    if not isinstance(feature, dict):
        return False
    geometry, properties = feature.get("geometry"), feature.get("properties")
    return (
        isinstance(geometry, dict)
        and geometry.get("type") == "Point"
        and not (isinstance(properties, dict) and properties.get("role") == MEETING)
    )


def _object(feature: object, where: Text, key: str) -> dict[str, Any]:
    """A feature's geometry or properties: an object, or null (nothing there)."""
    if not isinstance(feature, dict):
        raise ExchangeError(say("{where} is not a JSON object.", where=where))
    value = feature.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ExchangeError(
            say("{where} has {field} {value}, which is not a JSON object.", where=where,
                field=key, value=values.shown(value))
        )  # fmt: skip
    return value


def _list(value: object, where: Text) -> list[Any]:
    if not isinstance(value, list):
        raise ExchangeError(
            say("{where} has coordinates {value}, which are not a list.", where=where,
                value=values.shown(value))
        )  # fmt: skip
    return value


def _line(value: object, where: Text) -> list[LatLon]:
    return [_position(position, where) for position in _list(value, where)]


def _position(value: object, where: Text) -> LatLon:
    """[longitude, latitude] or [longitude, latitude, altitude], as (lat, lon)."""
    if not isinstance(value, list) or len(value) not in (2, 3):
        raise ExchangeError(
            say("{where} has a position {value}; GeoJSON writes one as [longitude, latitude].",
                where=where, value=values.shown(value))
        )  # fmt: skip
    return (
        values.number(value[1], where, "latitude", text_ok=False),
        values.number(value[0], where, "longitude", text_ok=False),
    )
