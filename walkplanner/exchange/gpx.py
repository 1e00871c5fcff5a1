"""GPX 1.0 and 1.1 in (tracks, routes, waypoints), GPX 1.1 out, through gpxpy.

Export writes the stops as a route (`<rte>`: names, arrival times in `<cmt>`, notes in
`<desc>`, kind and stay in our own extension), the whole path as a track, and the
meeting point as a waypoint, so the file opens in GPS software and comes back whole.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET

import gpxpy
import gpxpy.gpx

from walkplanner.core.model import MeetingPoint, Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.exchange import values
from walkplanner.exchange.details import apply_details, details_of
from walkplanner.exchange.encoding import xml_text
from walkplanner.exchange.outgoing import export_copy
from walkplanner.exchange.safety import ExchangeError, check_xml
from walkplanner.exchange.shape import NamedPoint, build_walk, stop_kind
from walkplanner.text import message_of, say

NS = "urn:walkplanner:gpx:1"
MEETING_TYPE = "meeting point"


def read_gpx(data: bytes, name: str) -> Walk:
    text = xml_text(data, name)
    check_xml(text.encode("utf-8"), name)
    try:
        gpx = gpxpy.parse(text)
    except (gpxpy.gpx.GPXException, RecursionError) as error:
        raise ExchangeError(
            say("“{name}” is not a GPX file gpxpy can read: {error}.", name=name, error=error)
        ) from error
    try:
        return _walk(gpx, name.rsplit(".", 1)[0])
    except ValueError as error:
        raise ExchangeError(say("“{name}”: {error}", name=name, error=message_of(error))) from error


def _walk(gpx: gpxpy.gpx.GPX, fallback_title: str) -> Walk:
    """The walk a parsed file describes; a ValueError says what in it is wrong."""
    parts = [
        [(p.latitude, p.longitude) for p in segment.points]
        for track in gpx.tracks for segment in track.segments
    ]  # fmt: skip
    meeting = None
    named: list[NamedPoint] = []
    for waypoint in gpx.waypoints:
        if (waypoint.type or "").lower() == MEETING_TYPE:
            meeting = MeetingPoint(
                waypoint.name or "",
                waypoint.latitude,
                waypoint.longitude,
                waypoint.description or "",
            )
        elif waypoint.name:
            named.append(_named(waypoint))
    route = [p for r in gpx.routes for p in r.points]
    if route:
        named = [_named(p) for p in route]
    title = (
        gpx.name
        or next((t.name for t in gpx.tracks if t.name), None)
        or next((r.name for r in gpx.routes if r.name), None)
        or fallback_title
    )
    start = gpx.time or next(
        (p.time for t in gpx.tracks for s in t.segments for p in s.points if p.time), None
    )
    walk = build_walk(
        title,
        parts,
        named,
        description=gpx.description or "",
        start=start,
        meeting=meeting,
        ordered=bool(route),
    )
    for extension in gpx.metadata_extensions or []:
        if extension.tag == f"{{{NS}}}walk":
            try:
                details = json.loads(extension.text or "{}")
            except (ValueError, RecursionError) as error:
                raise ValueError(
                    say("Its walk details are broken: {error}.", error=error)
                ) from error
            walk = apply_details(walk, details)
    return walk


def _named(point: gpxpy.gpx.GPXWaypoint | gpxpy.gpx.GPXRoutePoint) -> NamedPoint:
    kind, dwell = None, 0
    for extension in point.extensions or []:
        if extension.tag == f"{{{NS}}}kind":
            kind = stop_kind(extension.text)
        elif extension.tag == f"{{{NS}}}stay":
            dwell = values.whole(extension.text, say("Point “{name}”", name=point.name), "stay")
    return NamedPoint(
        point.name or "",
        point.latitude,
        point.longitude,
        point.description or point.comment or "",
        kind,
        dwell,
    )


def write_gpx(walk: Walk) -> str:
    walk = export_copy(walk)
    schedule = plan(walk)
    gpx = gpxpy.gpx.GPX()
    gpx.creator = "Walk Planner"
    gpx.name = walk.title
    gpx.description = walk.description or None
    gpx.time = dt.datetime.combine(walk.date, walk.start_time, tzinfo=_zone(walk))
    gpx.nsmap["wp"] = NS
    details = ET.Element(f"{{{NS}}}walk")
    details.text = json.dumps(details_of(walk), ensure_ascii=False)
    gpx.metadata_extensions.append(details)
    meeting = walk.meeting_point
    wpt = gpxpy.gpx.GPXWaypoint(
        meeting.lat,
        meeting.lon,
        name=meeting.name,
        description=meeting.note or None,
        type=MEETING_TYPE,
    )
    gpx.waypoints.append(wpt)
    route = gpxpy.gpx.GPXRoute(name=walk.title)
    for stop, timing in zip(walk.stops, schedule.stops, strict=True):
        arrival = to_minute(timing.arrival).strftime("%H:%M")
        point = gpxpy.gpx.GPXRoutePoint(
            stop.lat,
            stop.lon,
            name=stop.name,
            comment=f"arrive {arrival}, stay {stop.dwell_min} min",
            description=stop.note or None,
            type=stop.kind.value,
        )
        for tag, value in (("kind", stop.kind.value), ("stay", str(stop.dwell_min))):
            element = ET.Element(f"{{{NS}}}{tag}")
            element.text = value
            point.extensions.append(element)
        route.points.append(point)
    gpx.routes.append(route)
    track = gpxpy.gpx.GPXTrack(name=walk.title)
    segment = gpxpy.gpx.GPXTrackSegment(
        [gpxpy.gpx.GPXTrackPoint(lat, lon) for lat, lon in walk.route.geometry()]
    )
    track.segments.append(segment)
    gpx.tracks.append(track)
    return gpx.to_xml(version="1.1")


def _zone(walk: Walk) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(walk.timezone)
