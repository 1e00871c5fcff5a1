"""GPX 1.0 and 1.1 in (tracks, routes, waypoints), GPX 1.1 out.

Reading streams (gpx_reader.py): a million-point track in seconds and little memory,
where gpxpy would build a Python object per point. gpxpy stays for writing, where it
still earns its place: it knows GPX 1.1's element order, namespaces and time format, and
its objects live only while a file is written; it is loaded only then.

Export writes the stops as a route (`<rte>`: names, arrival times in `<cmt>`, notes in
`<desc>`, kind, stay and seats in our own extension), the whole path as a track, and the
meeting point as a waypoint, so the file opens in GPS software and comes back whole.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from xml.sax.saxutils import escape

from walkplanner.core.model import LatLon, MeetingPoint, Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.exchange import values
from walkplanner.exchange.details import apply_details, details_of
from walkplanner.exchange.gpx_reader import MEETING_TYPE, NS, GpxContent, GpxPoint, read_content
from walkplanner.exchange.outgoing import export_copy
from walkplanner.exchange.safety import ExchangeError
from walkplanner.exchange.shape import NamedPoint, build_walk, refuse_too_many_stops, stop_kind
from walkplanner.text import Text, message_of, say


def read_gpx(data: bytes, name: str) -> Walk:
    content = read_content(data, name)
    try:
        return _walk(content, name.rsplit(".", 1)[0])
    except ValueError as error:
        raise ExchangeError(say("“{name}”: {error}", name=name, error=message_of(error))) from error


def _walk(content: GpxContent, fallback_title: str) -> Walk:
    """The walk a file describes; a ValueError says what in it is wrong."""
    meeting = None
    marks: list[GpxPoint] = []  # the named waypoints
    for waypoint in content.waypoints:
        texts = waypoint.texts
        if waypoint.is_meeting():
            lat, lon = _position(waypoint, say("The meeting point"))
            meeting = MeetingPoint(texts.get("name", ""), lat, lon, texts.get("desc", ""))
        else:
            marks.append(waypoint)
    if content.route:
        points, count = content.route, len(content.route) + content.route_left_out
    else:
        points, count = marks, len(marks) + content.marks_left_out
    refuse_too_many_stops(count)  # a geocache dump, before a stop is made of each
    named = [_named(point) for point in points]
    walk = build_walk(
        content.name or content.track_name or content.route_name or fallback_title,
        content.parts(),
        named,
        description=content.description,
        start=_time(content.time) or _time(content.first_point_time),
        meeting=meeting,
        ordered=bool(content.route),
    )
    if content.details is not None:
        try:
            details = json.loads(content.details or "{}")
        except (ValueError, RecursionError) as error:
            raise ValueError(say("Its walk details are broken: {error}.", error=error)) from error
        walk = apply_details(walk, details)
    return walk


def _named(point: GpxPoint) -> NamedPoint:
    texts = point.texts
    name = texts.get("name", "")
    stay, seats = texts.get("wp:stay"), texts.get("wp:seats")
    where = say("Point “{name}”", name=name)
    return NamedPoint(
        name,
        *_position(point, say("Point {number} (“{name}”)", number=point.number, name=name[:40])),
        texts.get("desc") or texts.get("cmt") or "",
        stop_kind(texts["wp:kind"]) if "wp:kind" in texts else None,
        values.whole(stay, where, "stay") if stay is not None else 0,
        values.whole(seats, where, "seats") if seats is not None else None,
    )


def _position(point: GpxPoint, where: Text) -> tuple[float, float]:
    """The point's numbers; whether they are on the globe is build_walk's check."""
    return values.number(point.lat, where, "latitude"), values.number(point.lon, where, "longitude")


def _time(text: str) -> dt.datetime | None:
    """An ISO 8601 time as GPX writes it (`2026-05-02T08:00:00Z`), or None when empty."""
    if not text.strip():
        return None
    try:
        return dt.datetime.fromisoformat(text.strip())
    except ValueError as error:
        raise ValueError(
            say("The file's time “{time}” is not a date and time.", time=values.shown(text))
        ) from error


def write_gpx(walk: Walk) -> str:
    import gpxpy.gpx

    walk = export_copy(walk)
    schedule = plan(walk)
    gpx = gpxpy.gpx.GPX()
    gpx.creator = "Walk Planner"
    gpx.name = walk.title
    gpx.description = walk.description or None
    gpx.time = dt.datetime.combine(walk.date, walk.start_time, tzinfo=_zone(walk))
    gpx.nsmap["wp"] = NS
    details = ET.Element(f"{{{NS}}}walk")
    # gpxpy writes an extension's text as it is, unescaped: an "&", "<!--" or "]]>" in the
    # organiser's name or the accessibility notes made the file unreadable, and
    # "</wp:walk><wpt …>" put elements of the user's own in it. Escaped here, once.
    details.text = escape(json.dumps(details_of(walk), ensure_ascii=False))
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
        ours = [("kind", stop.kind.value), ("stay", str(stop.dwell_min))]
        if stop.seats is not None:
            ours.append(("seats", str(stop.seats)))
        for tag, value in ours:
            element = ET.Element(f"{{{NS}}}{tag}")
            element.text = value
            point.extensions.append(element)
        route.points.append(point)
    gpx.routes.append(route)
    track = gpxpy.gpx.GPXTrack(name=walk.title)
    track.segments.append(gpxpy.gpx.GPXTrackSegment())
    gpx.tracks.append(track)
    written = gpx.to_xml(version="1.1")
    return written.replace(EMPTY_SEGMENT, _segment(walk.route.geometry()), 1)


EMPTY_SEGMENT = "    <trkseg>\n    </trkseg>"  # gpxpy's; a user's text is escaped, never this


def _segment(points: Sequence[LatLon]) -> str:
    """The track's points as gpxpy writes them (its make_str: GPX 1.1 has no 1e-07),
    without a gpxpy object for each: a 1,000,000-point walk took 12.0 s and 719 MB."""
    from gpxpy.utils import make_str

    rows = (f'      <trkpt lat="{make_str(lat)}" lon="{make_str(lon)}">\n      </trkpt>\n'
            for lat, lon in points)  # fmt: skip
    return "    <trkseg>\n" + "".join(rows) + "    </trkseg>"


def _zone(walk: Walk) -> dt.tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(walk.timezone)
