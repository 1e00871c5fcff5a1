"""GPX 1.0 and 1.1 read in one streaming pass, for tracks of a million points.

gpxpy builds the whole element tree, then a Python object per point: 2.5 s and a gigabyte
for a million points. Here expat calls back per element and the text goes in a slice at a
time; track points end in one `array('d')` of (lat, lon) pairs, and only what makes stops
(waypoints, route points, names, the first time, our extension) becomes Python objects.
Inside a track segment two handlers of its own take over, the hot path (a logger writes a
point a second, each with its elevation and time): they count depth instead of keeping the
element path, keep each point's attributes as expat gives them, to be turned into numbers
a slice at a time in C loops, and read only the first point's time, so GPX elements
misplaced in a segment (a route in a point's extensions) are not read, as gpxpy did not
read them. The parser is armed as defusedxml arms its own (the same exceptions): a DTD, an
entity declaration or an external reference stops it, so no billion laughs and no XXE.
Expat never recurses, so deep nesting costs a list entry (in a segment, a count) per
level, not the stack.

Most big files never reach those handlers point by point: a segment of bare points, or of
a logger's points with nothing but an elevation and a time, is lifted out of the bytes
before the parser starts (gpx_compact) and reaches it emptied and marked. Met as a
segment of a track, it gives its numbers and its first point time (where the parser
would have read it: while no point before had one). Met where the parser would have read
part of it otherwise (inside a text being read; out of place with a time, whose points
would count as points out of any segment), the file is read again without lifting.

A number that is no number stops the reading at the end of its slice, naming the track
point (after the points before it are checked, so the first bad one is named); values out
of range and NaN are found afterwards in one vectorised pass (`shape.first_bad_point`).
"""

from __future__ import annotations

import itertools
import operator
import pyexpat
from array import array
from dataclasses import dataclass, field

import numpy as np
from defusedxml import DefusedXmlException
from defusedxml.common import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from walkplanner.core.validation import MAX_STOPS
from walkplanner.exchange import values
from walkplanner.exchange.encoding import xml_chunks, xml_encoding
from walkplanner.exchange.gpx_compact import LIFTED, LiftedSegment, lift_segments
from walkplanner.exchange.safety import ExchangeError, refused_xml
from walkplanner.exchange.shape import first_bad_point, track_point
from walkplanner.text import Text, say

NS = "urn:walkplanner:gpx:1"
GPX_NAMESPACES = ("", "http://www.topografix.com/GPX/1/0 ", "http://www.topografix.com/GPX/1/1 ")
GPX_ELEMENTS = ("gpx", "metadata", "trk", "trkseg", "trkpt", "rte", "rtept", "wpt",
                "name", "desc", "cmt", "type", "time", "extensions")  # fmt: skip
OUR_ELEMENTS = ("walk", "kind", "stay", "seats")
# Expat's "namespace-uri local-name" (or the bare name) to the names the reader uses.
LOCAL = {
    **{f"{ns}{local}": local for ns in GPX_NAMESPACES for local in GPX_ELEMENTS},
    **{f"{NS} {local}": f"wp:{local}" for local in OUR_ELEMENTS},
}
DOCUMENT_TEXTS = {"name": "name", "desc": "description", "time": "time"}
MEETING_TYPE = "meeting point"
KEPT_STOPS = MAX_STOPS + 1  # enough named points to tell that a file brings too many
LAT_LON = operator.itemgetter("lat", "lon")
POINT_TEXTS = {"name", "desc", "cmt", "type"}


@dataclass
class GpxPoint:
    """A waypoint or route point as the file gives it: coordinates as text until checked;
    `number` is its place among the file's waypoints (or route points), from 1."""

    lat: str | None
    lon: str | None
    number: int
    texts: dict[str, str] = field(default_factory=dict)

    def is_meeting(self) -> bool:
        return self.texts.get("type", "").lower() == MEETING_TYPE


@dataclass
class GpxContent:
    """What the importer uses of a GPX file; the track as compact (lat, lon) columns.

    `waypoints` are the meeting points and the named waypoints (the others make nothing).
    Named waypoints and route points beyond one more than a walk may have stops are
    counted, not kept: such a file is refused, and a million of them must not take a
    gigabyte on the way (a waypoint with its texts is some 600 bytes)."""

    name: str = ""
    description: str = ""
    time: str = ""
    first_point_time: str = ""
    track_name: str = ""
    route_name: str = ""
    details: str | None = None
    coordinates: array = field(default_factory=lambda: array("d"))
    part_starts: list[int] = field(default_factory=list)
    waypoints: list[GpxPoint] = field(default_factory=list)
    route: list[GpxPoint] = field(default_factory=list)
    marks_left_out: int = 0  # named waypoints beyond KEPT_STOPS
    route_left_out: int = 0  # route points beyond KEPT_STOPS

    def parts(self) -> list[np.ndarray]:
        """The track segments as (n, 2) views of one array, in the file's order."""
        track = np.frombuffer(self.coordinates, dtype=float).reshape(-1, 2)
        bounds = itertools.pairwise([*self.part_starts, len(track)])
        return [track[start:end] for start, end in bounds]


def read_content(data: bytes, name: str) -> GpxContent:
    """The content of a GPX file, or an ExchangeError naming the file and what is wrong."""
    lifted_data, lifted = lift_segments(data, xml_encoding(data)[0])
    try:
        return _parsed(lifted_data, name, lifted)
    except _Unlifted:
        pass  # a segment lifted where its emptying would change what is read
    except ExchangeError:
        if not lifted:
            raise
        # the emptied document is shorter: say where the file itself is wrong
    return _parsed(data, name, {})


def _parsed(data: bytes, name: str, lifted: dict[str, LiftedSegment]) -> GpxContent:
    parser = _defused_parser()
    reader = _Reader(parser, lifted)
    try:
        for chunk in xml_chunks(data, name):
            parser.Parse(chunk, False)
            reader.take_points()
        parser.Parse("", True)
        reader.take_points()
    except (DefusedXmlException, pyexpat.ExpatError) as error:
        raise refused_xml(name, error) from error
    except _BadPoint as error:
        raise ExchangeError(say("“{name}”: {error}", name=name, error=error.args[0])) from error
    finally:
        reader.release()
    return reader.content


class _BadPoint(ExchangeError):
    """A track point without a number where one belongs, before the file is named."""


class _Unlifted(Exception):
    """An emptied segment (gpx_compact) was met where the parser would have read some of
    what it held: inside a text being read, or out of place with a point time."""


def _defused_parser() -> pyexpat.XMLParserType:
    """Expat with defusedxml's guards: no DTD, no entity declarations, no external refs."""
    # No table of names: pyexpat would hash every element's name (some 40 characters with
    # GPX's namespace) to share one copy, and the segments' handlers never look at most.
    parser = pyexpat.ParserCreate(namespace_separator=" ", intern=None)
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)

    def doctype(name: str, sysid: str | None, pubid: str | None, _internal: bool) -> None:
        raise DTDForbidden(name, sysid, pubid)

    def entity(name: str, _parameter: bool, value: str | None, base: str | None,
               sysid: str | None, pubid: str | None, notation: str | None) -> None:  # fmt: skip
        raise EntitiesForbidden(name, value, base, sysid, pubid, notation)

    def unparsed(name: str, base: str | None, sysid: str | None, pubid: str | None,
                 notation: str | None) -> None:  # fmt: skip
        raise EntitiesForbidden(name, None, base, sysid, pubid, notation)

    def external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> None:
        raise ExternalReferenceForbidden(context, base, sysid, pubid)

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = unparsed
    parser.ExternalEntityRefHandler = external
    return parser


class _Reader:
    """Expat's callbacks: the element path as a stack, text gathered only where wanted."""

    def __init__(self, parser: pyexpat.XMLParserType, lifted: dict[str, LiftedSegment]) -> None:
        self.content = GpxContent()
        self._lifted = lifted  # plain segments, read before the parser (gpx_compact)
        self.parser = parser
        parser.StartNamespaceDeclHandler = self.namespace
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        self._stack: list[str | None] = [None]
        self._point: GpxPoint | None = None
        self._point_depth = 0
        self._text: list[str] = []
        self._text_depth = 0
        self._text_at: tuple[str, str | None] = ("", None)
        self._names = dict(LOCAL)
        self._point_names: tuple[frozenset[str], frozenset[str]] | None = None
        self._track_points: list[dict[str, str]] = []  # attributes, until take_points
        self._waypoints_met = 0
        self._marks_kept = 0  # named waypoints that are not meeting points

    def release(self) -> None:
        """Break the parser's cycle through these callbacks, so the file's lifted numbers
        go once it is read instead of at the collector's next pass, which an import pauses
        (16 MB more at the peak of a 1,000,000-point import)."""
        for handler in ("StartNamespaceDeclHandler", "StartElementHandler", "EndElementHandler",
                        "CharacterDataHandler"):  # fmt: skip
            setattr(self.parser, handler, None)

    def take_points(self) -> None:
        """Turn the track points met since the last call into numbers, in C loops (a third
        faster than a `float` call per attribute from Python); at the first one that is no
        number, name it, after the points before it are in."""
        attributes = self._track_points
        try:
            numbers = array("d", map(float, itertools.chain.from_iterable(
                map(LAT_LON, attributes))))  # fmt: skip
        except (KeyError, ValueError):
            numbers = array("d")
            for point in attributes:
                try:
                    numbers.extend((float(point["lat"]), float(point["lon"])))
                except (KeyError, ValueError):
                    self.content.coordinates.extend(numbers)
                    raise _BadPoint(self._track_point_problem(point)) from None
        self.content.coordinates.extend(numbers)
        attributes.clear()

    def namespace(self, prefix: str | None, uri: str) -> None:
        """The root's default namespace is GPX's, whatever it says (as gpxpy reads it):
        writers get the address wrong, and nothing else is in the default namespace."""
        if prefix is None and len(self._stack) == 1:
            self._names.update({f"{uri} {local}": local for local in GPX_ELEMENTS})

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = self._names.get(name)
        parent = self._stack[-1]
        self._stack.append(local)
        if local is not None and self._text_depth == 0:
            self._structure(local, parent, attributes)
        elif self._text_depth and LIFTED in attributes:
            raise _Unlifted

    def end(self, _name: str) -> None:
        self._stack.pop()
        if self._text_depth and len(self._stack) < self._text_depth:
            self._finish_text()
        elif self._point is not None and len(self._stack) == self._point_depth:
            self._settle(self._point)
            self._point = None

    def _settle(self, point: GpxPoint) -> None:
        """Keep the point just closed only if it can make something (see GpxContent)."""
        content = self.content
        if content.route and point is content.route[-1]:
            if len(content.route) > KEPT_STOPS:
                content.route.pop()
                content.route_left_out += 1
        elif point.is_meeting():
            return
        elif not point.texts.get("name"):
            content.waypoints.pop()
        elif self._marks_kept == KEPT_STOPS:
            content.waypoints.pop()
            content.marks_left_out += 1
        else:
            self._marks_kept += 1

    def _structure(self, local: str, parent: str | None, attributes: dict[str, str]) -> None:
        content = self.content
        if local == "trkseg":
            lifted = self._lifted.get(attributes.get(LIFTED, ""))
            if parent == "trk":
                self.take_points()  # the points before it, so that its own follow them
                content.part_starts.append(len(content.coordinates) // 2)
                if lifted is not None:
                    self._take_lifted(lifted)
                self._read_segment()
            elif lifted is not None and lifted.first_time and not content.first_point_time:
                raise _Unlifted  # its points' times might be read (as points out of a segment)
            else:  # a segment out of place: its points are not read
                self._stack[-1] = None
        elif local in ("wpt", "rtept") and parent == ("gpx" if local == "wpt" else "rte"):
            if local == "wpt":
                self._waypoints_met += 1
                number, points = self._waypoints_met, content.waypoints
            else:
                number, points = len(content.route) + content.route_left_out + 1, content.route
            self._point = GpxPoint(attributes.get("lat"), attributes.get("lon"), number)
            self._point_depth = len(self._stack) - 1
            points.append(self._point)
        elif self._wants_text(local, parent):
            self._text_depth = len(self._stack)
            self._text_at = (local, parent)
            self._text = []
            self.parser.CharacterDataHandler = self._text.append

    def _take_lifted(self, lifted: LiftedSegment) -> None:
        """Take a lifted segment's points, and its first time where the parser would have
        read it: when no point before it had one."""
        self.content.coordinates.extend(lifted.numbers)
        if not self.content.first_point_time:
            self.content.first_point_time = lifted.first_time

    def _wants_text(self, local: str, parent: str | None) -> bool:
        point = self._point
        if point is not None:
            grandparent = self._stack[-3] if len(self._stack) > 2 else None
            return (parent in ("wpt", "rtept") and local in POINT_TEXTS) or (
                parent == "extensions" and grandparent in ("wpt", "rtept") and local in (
                    "wp:kind", "wp:stay", "wp:seats")
            )  # fmt: skip
        if parent in ("gpx", "metadata"):
            return local in DOCUMENT_TEXTS
        if parent == "trkpt":  # a point out of any segment (a segment's are _read_segment's)
            return local == "time" and not self.content.first_point_time
        if parent in ("trk", "rte"):
            return local == "name"
        return local == "wp:walk" and parent == "extensions" and self._stack[-3] == "metadata"

    def _finish_text(self) -> None:
        """Keep the text of the element just closed where it belongs, as gpxpy would."""
        self.parser.CharacterDataHandler = None
        text, (local, parent) = self._gathered(self._text), self._text_at
        self._text_depth = 0
        content, point = self.content, self._point
        if point is not None:
            point.texts.setdefault(local, text)
        elif parent in ("gpx", "metadata"):
            key = DOCUMENT_TEXTS[local]
            if not getattr(content, key):
                setattr(content, key, text)
        elif parent == "trkpt":
            content.first_point_time = text
        elif parent == "trk" and not content.track_name:
            content.track_name = text
        elif parent == "rte" and not content.route_name:
            content.route_name = text
        elif local == "wp:walk" and content.details is None:
            content.details = text

    def _read_segment(self) -> None:
        """Read the segment just opened with two handlers of their own until it closes.

        This is the hot path: a GPS writes a point a second, often with `<ele>`, `<time>`
        and `<extensions>` in each. Inside a segment only its points' positions and the
        first point's `<time>` are wanted, so the handlers count depth instead of keeping
        the element path, and look names up in two small sets. What else a segment holds
        (elevations, a logger's extensions, anything misplaced) is not read.
        """
        parser, content = self.parser, self.content
        if self._point_names is None:  # the names are settled once the root has started
            names = self._names.items()
            self._point_names = (
                frozenset(name for name, local in names if local == "trkpt"),
                frozenset(name for name, local in names if local == "time"),
            )
        points, times = self._point_names
        keep = self._track_points.append
        depth = 0  # elements open inside the segment
        in_point = False  # the element open at depth 1 is a track point
        wants_time = not content.first_point_time
        text: list[str] | None = None  # the first point's time, while it is being read

        def start(name: str, attributes: dict[str, str]) -> None:
            nonlocal depth, in_point, text
            depth += 1
            if depth == 1:
                in_point = name in points
                if in_point:
                    keep(attributes)
            elif depth == 2 and wants_time and in_point and name in times:
                text = []
                parser.CharacterDataHandler = text.append
            elif text is not None and LIFTED in attributes:
                raise _Unlifted

        def end(name: str) -> None:
            nonlocal depth, wants_time, text
            if depth == 0:  # the segment itself closes
                parser.StartElementHandler = self.start
                parser.EndElementHandler = self.end
                self.end(name)
                return
            depth -= 1
            if text is not None and depth == 1:
                parser.CharacterDataHandler = None
                content.first_point_time = self._gathered(text)
                wants_time, text = not content.first_point_time, None

        parser.StartElementHandler = start
        parser.EndElementHandler = end

    def _gathered(self, parts: list[str]) -> str:
        """A text read whole; one holding an emptied segment (in CDATA) is not the file's."""
        text = "".join(parts)
        if self._lifted and LIFTED in text:
            raise _Unlifted
        return text

    def _track_point_problem(self, attributes: dict[str, str]) -> Text:
        """Why the track point is refused, or why one before it is: the first bad one."""
        track = np.frombuffer(self.content.coordinates, dtype=float).reshape(-1, 2)
        problem = first_bad_point(track)
        if problem:
            return problem
        lat, lon = attributes.get("lat"), attributes.get("lon")
        field, value = ("latitude", lat) if not _is_number(lat) else ("longitude", lon)
        return say(
            "{where} has {field} {value}, which is not a number.",
            where=track_point(len(track) + 1),
            field=field,
            value=values.shown(value),
        )


def _is_number(text: str | None) -> bool:
    try:
        float(text)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True
