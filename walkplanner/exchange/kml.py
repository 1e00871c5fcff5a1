"""KML (Google Earth, many phone apps): a Folder with the route and the stops as Placemarks.

Written with ElementTree (which escapes every text), read with defusedxml (no DTDs).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from walkplanner.core import validation
from walkplanner.core.model import MeetingPoint, Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.exchange import values
from walkplanner.exchange.encoding import xml_text
from walkplanner.exchange.outgoing import export_copy
from walkplanner.exchange.safety import ExchangeError, check_xml
from walkplanner.exchange.shape import NamedPoint, build_walk, refuse_too_many_stops, stop_kind
from walkplanner.text import Text, message_of, say

KML = "http://www.opengis.net/kml/2.2"
MEETING = "meeting point"


def write_kml(walk: Walk) -> bytes:
    walk = export_copy(walk)
    ET.register_namespace("", KML)
    root = ET.Element(f"{{{KML}}}kml")
    document = ET.SubElement(root, f"{{{KML}}}Document")
    _text(document, "name", walk.title)
    _text(document, "description", walk.description)
    line = ET.SubElement(document, f"{{{KML}}}Placemark")
    _text(line, "name", walk.title)
    geometry = ET.SubElement(line, f"{{{KML}}}LineString")
    _text(geometry, "tessellate", "1")
    _text(
        geometry,
        "coordinates",
        " ".join(f"{lon:.7f},{lat:.7f}" for lat, lon in walk.route.geometry()),
    )
    meeting = walk.meeting_point
    _point(document, meeting.name, meeting.note, meeting.lat, meeting.lon, {"role": MEETING})
    for stop, timing in zip(walk.stops, plan(walk).stops, strict=True):
        arrival = to_minute(timing.arrival).strftime("%H:%M")
        _point(
            document,
            stop.name,
            stop.note,
            stop.lat,
            stop.lon,
            {
                "role": "stop",
                "kind": stop.kind.value,
                "dwell_min": str(stop.dwell_min),
                "arrival": arrival,
            }
            | ({} if stop.seats is None else {"seats": str(stop.seats)}),
        )
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(parent: ET.Element, tag: str, value: str) -> None:
    if value:
        ET.SubElement(parent, f"{{{KML}}}{tag}").text = value


def _point(
    parent: ET.Element, name: str, note: str, lat: float, lon: float, data: dict[str, str]
) -> None:
    placemark = ET.SubElement(parent, f"{{{KML}}}Placemark")
    _text(placemark, "name", name)
    _text(placemark, "description", note)
    extended = ET.SubElement(placemark, f"{{{KML}}}ExtendedData")
    for key, value in data.items():
        item = ET.SubElement(extended, f"{{{KML}}}Data", name=key)
        _text(item, "value", value)
    point = ET.SubElement(placemark, f"{{{KML}}}Point")
    _text(point, "coordinates", f"{lon:.7f},{lat:.7f}")


def read_kml(data: bytes, name: str) -> Walk:
    from defusedxml.ElementTree import ParseError, fromstring

    text = xml_text(data, name).encode("utf-8")
    check_xml(text, name)
    try:
        root = fromstring(text, forbid_dtd=True)
    except ParseError as error:
        raise ExchangeError(
            say("“{name}” is not valid KML: {error}.", name=name, error=error)
        ) from error
    try:
        return _walk(root, name.rsplit(".", 1)[0])
    except ValueError as error:
        raise ExchangeError(say("“{name}”: {error}", name=name, error=message_of(error))) from error


def _walk(root: ET.Element, fallback_title: str) -> Walk:
    """The walk a parsed file describes; a ValueError says what in it is wrong."""
    namespace = root.tag[1 : root.tag.index("}")] if root.tag.startswith("{") else ""

    def tag(local: str) -> str:
        return f"{{{namespace}}}{local}" if namespace else local

    def text_of(element: ET.Element, path: str) -> str:
        """The text at `path` ("name", ".//Document/name"), tags in the file's namespace."""
        steps = (step if step in (".", "") else tag(step) for step in path.split("/"))
        found = element.find("/".join(steps))
        return (found.text or "") if found is not None else ""

    parts: list[list[tuple[float, float]]] = []
    named: list[NamedPoint] = []
    meeting = None
    title = ""
    points = f".//{tag('Point')}"
    marks = sum(placemark.find(points) is not None for placemark in root.iter(tag("Placemark")))
    if marks > validation.MAX_STOPS + 1:  # refused before a stop is made of each; one mark
        refuse_too_many_stops(marks)  # may be the meeting point, which the loop tells
    for number, placemark in enumerate(root.iter(tag("Placemark")), 1):
        where = say("Placemark {number}", number=number)
        label, note = text_of(placemark, "name"), text_of(placemark, "description")
        data_items = {
            item.get("name"): text_of(item, "value") for item in placemark.iter(tag("Data"))
        }
        line = placemark.find(f".//{tag('LineString')}/{tag('coordinates')}")
        point = placemark.find(f".//{tag('Point')}/{tag('coordinates')}")
        if line is not None:
            parts.append([_latlon(c, where) for c in (line.text or "").split()])
            title = title or label
        elif point is not None:
            lat, lon = _latlon((point.text or "").strip(), where)
            if data_items.get("role") == MEETING:
                meeting = MeetingPoint(label, lat, lon, note)
            else:
                dwell, seats = data_items.get("dwell_min"), data_items.get("seats")
                named.append(
                    NamedPoint(
                        label,
                        lat,
                        lon,
                        note,
                        stop_kind(data_items.get("kind")),
                        0 if dwell is None else values.whole(dwell, where, "dwell_min"),
                        None if seats is None else values.whole(seats, where, "seats"),
                    )
                )
    title = text_of(root, ".//Document/name") or title or fallback_title
    description = text_of(root, ".//Document/description")
    return build_walk(title, parts, named, description=description, meeting=meeting)


def _latlon(text: str, where: Text) -> tuple[float, float]:
    """KML's "lon,lat[,alt]" as (lat, lon)."""
    numbers = text.split(",")
    if len(numbers) not in (2, 3):
        raise ExchangeError(
            say(
                "{where} has coordinates “{text}”; KML writes them as longitude,latitude.",
                where=where,
                text=values.shown(text),
            )
        )
    return (
        values.number(numbers[1], where, "latitude"),
        values.number(numbers[0], where, "longitude"),
    )
