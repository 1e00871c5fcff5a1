"""Bare track segments read without the parser's call per point (exchange/gpx_compact.py):
whatever a file holds, the content read is the content the parser alone reads, and a
file that is refused is refused with the same words, naming the same line or point."""

from __future__ import annotations

import pytest

from walkplanner.exchange.gpx_compact import lift_bare_segments
from walkplanner.exchange.gpx_reader import _parsed, read_content
from walkplanner.exchange.safety import ExchangeError

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
GPX = HEAD + '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">{}</gpx>'
BARE = '<trkseg>\n  <trkpt lat="48.1" lon="2.1"/>\n  <trkpt lat="-4.5e1" lon="+2.2"/>\n</trkseg>'
LOGGED = '<trkseg><trkpt lat="7" lon="7"><time>2026-05-02T08:00:00Z</time></trkpt></trkseg>'


def both_ways(body: str, encoding: str = "utf-8") -> tuple[object, object]:
    """What read_content gives (lifting what it can) and what the parser alone gives."""
    data = GPX.format(body).encode(encoding)
    return _outcome(lambda: read_content(data, "t.gpx")), _outcome(
        lambda: _parsed(data, "t.gpx", {})
    )


def _outcome(read) -> object:
    try:
        content = read()
    except ExchangeError as error:
        return str(error)
    return (
        repr(content.coordinates.tolist()),  # NaN is not equal to itself
        content.part_starts,
        content.first_point_time,
        content.track_name,
        content.name,
        [(p.lat, p.lon, p.texts) for p in content.waypoints],
    )


SAME_EITHER_WAY = {
    "bare": f"<trk><name>T</name>{BARE}</trk>",
    "two bare and a logged between": f"<trk>{BARE}{LOGGED}{BARE}</trk>",
    "a logged before a bare": f"<trk>{LOGGED}{BARE}</trk>",
    "empty": "<trk><trkseg></trkseg><trkseg>\n</trkseg></trk>",
    "in a comment": f"<trk><!-- {BARE} --><trkseg/></trk>",
    "in CDATA": f"<trk><name><![CDATA[{BARE}]]></name></trk>",
    "in CDATA in a point's time": (
        f'<trk><trkseg><trkpt lat="1" lon="1"><time><![CDATA[{BARE}]]></time></trkpt></trkseg>'
        "</trk>"
    ),
    "inside a name": f"<trk><name>Quays{BARE}</name>{BARE}</trk>",
    "inside a point's time": (
        f'<trk><trkseg><trkpt lat="1" lon="1"><time>8{BARE}</time></trkpt></trkseg></trk>'
    ),
    "in a route (misplaced)": f"<rte>{BARE}</rte><trk>{BARE}</trk>",
    "foreign namespace": f'<trk><x:k xmlns:x="urn:x">{BARE}</x:k></trk>'.replace(
        "<trkseg>", '<trkseg xmlns="urn:other">', 1
    ),
    "in a default foreign namespace": f'<trk><o xmlns="urn:o">{BARE}</o></trk>',
    "a point that is no number": "<trk>" + BARE.replace("48.1", "4-8") + "</trk>",
    "a lone e": "<trk>" + BARE.replace("48.1", "e") + "</trk>",
    "NaN": "<trk>" + BARE.replace("48.1", "nan") + "</trk>",
    "infinity in digits": "<trk>" + BARE.replace("48.1", "9" * 400) + "</trk>",
    "lon before lat": '<trk><trkseg><trkpt lon="2" lat="48"/></trkseg></trk>',
    "single quotes": "<trk><trkseg><trkpt lat='48' lon='2'/></trkseg></trk>",
    "an entity in a value": '<trk><trkseg><trkpt lat="4&#56;" lon="2"/></trkseg></trk>',
    "broken after a bare segment": f"<trk>{BARE}</trk>\n\n<wpt lat='1' lon='1'><name>x</wpt>",
    "undeclared entity after": f"<trk>{BARE}</trk><metadata><name>&x;</name></metadata>",
    "a bare segment in a point's extensions": (
        f'<trk><trkseg><trkpt lat="1" lon="1"><extensions><trk>{BARE}</trk></extensions>'
        "</trkpt></trkseg></trk>"
    ),
    "the mark itself in the file": (f'<trk>{BARE}<trkseg walkplanner-lifted="0"/></trk>'),
    "a bare segment, then a bad logged point": (
        f'<trk>{BARE}<trkseg><trkpt lat="x" lon="1"><ele>1</ele></trkpt></trkseg></trk>'
    ),
    "a point out of range after": (f'<trk>{BARE}<trkseg><trkpt lat="91" lon="1"/></trkseg></trk>'),
}


@pytest.mark.parametrize("body", SAME_EITHER_WAY.values(), ids=SAME_EITHER_WAY.keys())
def test_what_is_read_is_what_the_parser_reads(body: str) -> None:
    lifted, parsed = both_ways(body)
    assert lifted == parsed


def test_a_bare_segment_is_lifted_and_its_numbers_are_the_files() -> None:
    data = GPX.format(f"<trk>{BARE}{LOGGED}{BARE}</trk>").encode()
    emptied, lifted = lift_bare_segments(data, "utf-8")
    assert emptied.count(b"<trkpt") == 1  # the logged segment is left for the parser
    assert [numbers.tolist() for numbers in lifted.values()] == [[48.1, 2.1, -45.0, 2.2]] * 2
    content = read_content(data, "t.gpx")
    assert content.part_starts == [0, 2, 3]
    assert content.first_point_time == "2026-05-02T08:00:00Z"


def test_a_broken_file_names_its_own_line_not_the_emptied_one() -> None:
    body = f"<trk>{BARE}</trk>\n\n<wpt lat='1' lon='1'><name>x</wpt>"
    with pytest.raises(ExchangeError, match="mismatched tag: line 7, column 30"):
        read_content(GPX.format(body).encode(), "t.gpx")


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_other_encodings_are_read_by_the_parser(encoding: str) -> None:
    data = GPX.format(f"<trk>{BARE}</trk>").replace("UTF-8", encoding).encode(encoding)
    assert lift_bare_segments(data, encoding) == (data, {})
    assert read_content(data, "t.gpx").coordinates.tolist() == [48.1, 2.1, -45.0, 2.2]


def test_a_segment_of_many_points_is_read_a_slice_at_a_time() -> None:
    rows = "\n".join(f'<trkpt lat="{i * 1e-4:.6f}" lon="{i * 2e-4:.6f}"/>' for i in range(60_000))
    data = GPX.format(f"<trk><trkseg>{rows}</trkseg></trk>").encode()
    emptied, lifted = lift_bare_segments(data, "utf-8")
    assert len(emptied) < 300 and len(lifted["0"]) == 120_000  # some 2.5 MB: three slices
    assert read_content(data, "t.gpx").coordinates == _parsed(data, "t.gpx", {}).coordinates
