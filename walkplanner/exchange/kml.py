"""KML (Google Earth, many phone apps): a Folder with the route and the stops as Placemarks.

Written with ElementTree (which escapes every text), read with defusedxml (no DTDs).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from walkplanner.core.model import MeetingPoint, Walk
from walkplanner.core.schedule import plan, to_minute
from walkplanner.exchange.safety import ExchangeError, check_xml
from walkplanner.exchange.shape import NamedPoint, build_walk, stop_kind
from walkplanner.text import message_of, say

KML = "http://www.opengis.net/kml/2.2"
MEETING = "meeting point"


def write_kml(walk: Walk) -> bytes:
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
            },
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

    check_xml(data, name)
    try:
        root = fromstring(data, forbid_dtd=True)
    except ParseError as error:
        raise ExchangeError(
            say("“{name}” is not valid KML: {error}.", name=name, error=error)
        ) from error
    ns = {"k": root.tag[1 : root.tag.index("}")]} if root.tag.startswith("{") else {"k": ""}
    prefix = "k:" if ns["k"] else ""

    def find(element: ET.Element, path: str) -> ET.Element | None:
        return element.find(path.replace("~", prefix), ns)

    track: list[tuple[float, float]] = []
    named: list[NamedPoint] = []
    meeting = None
    title = ""
    try:
        for placemark in root.iter(f"{{{ns['k']}}}Placemark" if ns["k"] else "Placemark"):
            label = (
                (find(placemark, "~name").text or "")
                if find(placemark, "~name") is not None
                else ""
            )
            note_el = find(placemark, "~description")
            note = (note_el.text or "") if note_el is not None else ""
            data_items = {
                item.get("name"): (find(item, "~value").text or "")
                if find(item, "~value") is not None
                else ""
                for item in placemark.iter(f"{{{ns['k']}}}Data" if ns["k"] else "Data")
            }
            line = find(placemark, ".//~LineString/~coordinates")
            point = find(placemark, ".//~Point/~coordinates")
            if line is not None:
                track += [_latlon(c) for c in (line.text or "").split()]
                title = title or label
            elif point is not None:
                lat, lon = _latlon((point.text or "").strip())
                if data_items.get("role") == MEETING:
                    meeting = MeetingPoint(label, lat, lon, note)
                else:
                    dwell = data_items.get("dwell_min", "0")
                    named.append(
                        NamedPoint(
                            label,
                            lat,
                            lon,
                            note,
                            stop_kind(data_items.get("kind")),
                            int(dwell) if dwell.isdigit() else 0,
                        )
                    )
    except (ValueError, IndexError) as error:
        raise ExchangeError(
            say("“{name}” has broken coordinates ({error}).", name=name, error=error)
        ) from error
    document_name = find(root, ".//~Document/~name")
    title = (
        (document_name.text if document_name is not None else "") or title or name.rsplit(".", 1)[0]
    )
    about = find(root, ".//~Document/~description")
    description = (about.text or "") if about is not None else ""
    try:
        return build_walk(title, track, named, description=description, meeting=meeting)
    except ValueError as error:
        raise ExchangeError(say("“{name}”: {error}", name=name, error=message_of(error))) from error


def _latlon(text: str) -> tuple[float, float]:
    lon, lat, *_ = text.split(",")
    return float(lat), float(lon)
