"""Plain track segments, read without expat calling Python once per point.

Two shapes of segment are most of the big files: route planners and converters write
`<trkseg>` and nothing but bare `<trkpt lat="…" lon="…"/>` points; phone and GPS loggers
(and Strava) write each point as `<trkpt lat="…" lon="…">` with an `<ele>` and a `<time>`.
Expat would call back with an attribute dict for each point, and for each of its children,
which is most of the reading's time for such a file (0.06 s of 0.11 s for 100,000 bare
points; 0.3 s of 0.4 s for 100,000 logged ones). Here a segment whose every point has one
of those shapes, mixed freely, is recognised in the bytes by one regular expression that
admits nothing else: the point's children only an optional `<ele>` holding a number and
then an optional `<time>` holding digits and `-+:.TZ`, with whitespace between; no entity,
comment, CDATA, prefix, other child or attribute, or other quoting. Its latitudes and
longitudes are read in C loops (the elevations are not read, as the parser's reading does
not read them), the text of its first non-empty `<time>` is kept (the reader keeps the
file's first point time), and the segment reaches the parser emptied, with an attribute
saying which lifted segment it was. The parser still reads every byte of the rest of the
file, and only an emptied segment that it meets as a segment of a track (not inside a
comment, CDATA or a foreign element) gives its points, so what a file means does not
change. A segment with anything else in it, or a value that is no number, is left for the
parser, which names the point. Every quantifier is possessive, so a hostile near-match
costs one pass, not a backtracking search.
"""

from __future__ import annotations

import codecs
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass

LIFTED = "walkplanner-lifted"  # the attribute an emptied segment carries
_SPACE = rb"[ \t\r\n]"
_NUMBER = rb"[-+.0-9eE]"  # what float() might read; it says whether it does
_VALUE = rb'"%s++"' % _NUMBER
_TIME = rb"[-+:.0-9TZ]"  # a time's characters: none can start markup or an entity
_CHILDREN = rb">%s*+(?:<ele>%s*+</ele>%s*+)?+(?:<time>%s*+</time>%s*+)?+</trkpt>" % (
    _SPACE, _NUMBER, _SPACE, _TIME, _SPACE)  # fmt: skip
_POINT = rb"<trkpt%s++lat=%s%s++lon=%s%s*+(?:/>|%s)" % (
    _SPACE, _VALUE, _SPACE, _VALUE, _SPACE, _CHILDREN)  # fmt: skip
_PLAIN_SEGMENT = re.compile(rb"<trkseg>((?:%s*+%s)*+%s*+)</trkseg>" % (_SPACE, _POINT, _SPACE))
_FIRST_TIME = re.compile(rb"<time>(%s++)</time>" % _TIME)
# In a plain segment only the attribute values are quoted, so they are the quoted texts.
_QUOTED = re.compile(rb'"([^"]++)"')
# Every byte that cannot be part of a number becomes a space: "trkpt", "lat" and "lon"
# hold no digit, sign, point or e, so the numbers of a bare segment split apart in order.
_NUMBERS_ONLY = bytes(c if chr(c) in "+-.0123456789eE" else 0x20 for c in range(256))
_SLICE = 1024 * 1024  # bytes turned into numbers at a time: a million points stay small
_Values = Callable[[bytes, int, int], list[bytes]]  # a slice's attribute values, in order


@dataclass(frozen=True)
class LiftedSegment:
    """A plain segment's points as (lat, lon) pairs, and the text of its first non-empty
    point time ("" when none of its points has one)."""

    numbers: array
    first_time: str


def lift_segments(data: bytes, encoding: str) -> tuple[bytes, dict[str, LiftedSegment]]:
    """The document with its plain segments emptied and marked, and what they held by
    mark; the document itself when it has none, or is not in UTF-8 (whose multi-byte
    characters never hold an ASCII byte, so the expression cannot misread)."""
    try:
        utf8 = codecs.lookup(encoding).name == "utf-8"
    except LookupError:  # the parser's reading names the unknown encoding
        utf8 = False
    if not utf8 or LIFTED.encode() in data:
        return data, {}
    pieces: list[bytes] = []
    lifted: dict[str, LiftedSegment] = {}
    copied_to = 0
    for segment in _PLAIN_SEGMENT.finditer(data):
        found = _lifted(data, *segment.span(1))
        if found is None:
            continue
        mark = str(len(lifted))
        pieces += [data[copied_to : segment.start()], b'<trkseg %s="%s"/>' % (
            LIFTED.encode(), mark.encode())]  # fmt: skip
        lifted[mark] = found
        copied_to = segment.end()
    if not lifted:
        return data, {}
    pieces.append(data[copied_to:])
    return b"".join(pieces), lifted


def _lifted(data: bytes, start: int, end: int) -> LiftedSegment | None:
    """What the plain segment between start and end holds; None if a value is no number.
    A segment of bare points is read by the quicker translation; one with children holds
    other digits (elevations, times) and gives its attribute values by their quotes."""
    if data.find(b"</trkpt>", start, end) < 0:
        return _read(data, start, end, _bare_values, "")
    time = _FIRST_TIME.search(data, start, end)
    return _read(data, start, end, _quoted_values, time.group(1).decode() if time else "")


def _read(
    data: bytes, start: int, end: int, values: _Values, first_time: str
) -> LiftedSegment | None:
    """The segment's numbers, a slice of whole points at a time; None if one is no number."""
    numbers = array("d")
    while start < end:
        cut = data.find(b"<trkpt", min(start + _SLICE, end), end)
        cut = end if cut < 0 else cut
        try:
            numbers.extend(map(float, values(data, start, cut)))
        except ValueError:
            return None
        start = cut
    return LiftedSegment(numbers, first_time)


def _bare_values(data: bytes, start: int, end: int) -> list[bytes]:
    """Bare points' values: everything else is letters and markup, turned into spaces."""
    return data[start:end].translate(_NUMBERS_ONLY).split()


def _quoted_values(data: bytes, start: int, end: int) -> list[bytes]:
    """Logged points' values: the only quoted texts, as a time or elevation has no quote."""
    return _QUOTED.findall(data, start, end)
