"""Plain track segments (bare points, and a logger's points with an elevation and a time)
read without the parser's call per point (exchange/gpx_compact.py):
whatever a file holds, the content read is the content the parser alone reads, and a
file that is refused is refused with the same words, naming the same line or point."""

from __future__ import annotations

import time

import pytest

from walkplanner.exchange.gpx_compact import lift_segments
from walkplanner.exchange.gpx_reader import _parsed, read_content
from walkplanner.exchange.safety import ExchangeError

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
GPX = HEAD + '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">{}</gpx>'
BARE = '<trkseg>\n  <trkpt lat="48.1" lon="2.1"/>\n  <trkpt lat="-4.5e1" lon="+2.2"/>\n</trkseg>'
LOGGED = '<trkseg><trkpt lat="7" lon="7"><time>2026-05-02T08:00:00Z</time></trkpt></trkseg>'
UNLIFTED = '<trkseg><trkpt lat="7" lon="7"><extensions/></trkpt></trkseg>'
POINT = '<trkpt lat="48.1" lon="2.1">{}</trkpt>'
ELE_TIME = "<ele>35.2</ele><time>2026-05-01T09:00:01Z</time>"


def logged(*children: str, first: str = ELE_TIME) -> str:
    """A track of one segment: a logger's point, then a point with the children given."""
    points = POINT.format(first) + "".join(POINT.format(c) for c in children)
    return f"<trk><trkseg>\n  {points}\n</trkseg></trk>"


def second_time(children: str) -> str:
    """A segment whose first point has an empty time, so the next point's counts."""
    return logged(ELE_TIME, children, first="<time></time>")


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
    "an unlifted segment's time first": (
        f"<trk>{UNLIFTED.replace('<extensions/>', '<time>1</time><extensions/>')}{LOGGED}</trk>"
    ),
    "logged": logged(ELE_TIME),
    "logged, spaced": logged("\n  <ele>1</ele>\n  <time>2</time>\n  ", first="\n<time>3</time>\n"),
    "only an ele": logged("<ele>-1.5e2</ele>", first="<ele>1</ele>"),
    "only a time": logged("<time>9</time>", first="<time>2026-05-01T09:00:00+02:00</time>"),
    "no children": logged("", first=" "),
    "mixed bare and logged": logged(first="").replace(
        "<trkseg>", '<trkseg><trkpt lat="1" lon="2" />'
    ),
    "empty ele and time, the time from a later point": logged(
        ELE_TIME, first="<ele></ele><time></time>"
    ),
    "no time first, the time from a later point": logged("<time>5</time>", first="<ele>1</ele>"),
    "the self-closed time": second_time("<time/>"),
    "the self-closed ele": second_time("<ele/>"),
    "an entity in the time": second_time("<time>2026&#45;05</time>"),
    "an amp in the time": second_time("<time>1&amp;2</time>"),
    "an amp in the ele": second_time("<ele>1&amp;2</ele><time>3</time>"),
    "CDATA in the time": second_time("<time><![CDATA[2026]]></time>"),
    "a comment between children": second_time("<ele>1</ele><!-- c --><time>2</time>"),
    "a comment in the time": second_time("<time>1<!-- c -->2</time>"),
    "a processing instruction": second_time("<?pi x?><time>2</time>"),
    "time before ele": second_time("<time>2</time><ele>1</ele>"),
    "two eles": second_time("<ele>1</ele><ele>2</ele><time>3</time>"),
    "two times": second_time("<time>2</time><time>3</time>"),
    "whitespace in the ele": second_time("<ele> 1 </ele><time>2</time>"),
    "whitespace in the time": second_time("<time> 2 </time>"),
    "letters in the time": second_time("<time>May 1st</time>"),
    "an attribute on the time": second_time('<time x="1">2</time>'),
    "an extra attribute on the point": logged(ELE_TIME).replace(
        'lon="2.1">', 'lon="2.1" x="1">', 1
    ),
    "lon before lat, logged": logged(ELE_TIME).replace(
        'lat="48.1" lon="2.1">', 'lon="2.1" lat="48.1">'
    ),
    "an extensions child": second_time("<time>2</time><extensions><x>1</x></extensions>"),
    "a name child": second_time("<name>n</name><time>2</time>"),
    "a closing tag with a space": logged("<time>2</time>").replace("</trkpt>", "</trkpt >"),
    "a prefixed GPX namespace": (
        '<trk><g:trkseg xmlns:g="http://www.topografix.com/GPX/1/1">'
        '<g:trkpt lat="1" lon="2"><g:time>4</g:time></g:trkpt></g:trkseg></trk>'
    ),
    "prefixed children": second_time(
        "<g:time xmlns:g='http://www.topografix.com/GPX/1/1'>2</g:time>"
    ),
    "a logged segment in a comment": f"<trk><!-- {LOGGED} --><trkseg/></trk>",
    "a logged segment in CDATA": f"<trk><name><![CDATA[{LOGGED}]]></name></trk>",
    "a logged segment in a foreign element": f'<trk><x:k xmlns:x="urn:x">{LOGGED}</x:k></trk>',
    "a logged segment in a default foreign namespace": f'<trk><o xmlns="urn:o">{LOGGED}</o></trk>',
    "a logged segment in a route": f"<rte>{LOGGED}</rte><trk>{BARE}</trk>",
    "a logged segment in a route, a time later": f"<rte>{LOGGED}</rte><trk>{logged()}</trk>",
    "a logged segment straight in the document": f"{LOGGED}<trk>{BARE}</trk>",
    "a logged segment in a waypoint": f"<wpt lat='1' lon='1'><name>W</name>{LOGGED}</wpt>",
    "a logged segment in the metadata": f"<metadata>{LOGGED}</metadata>",
    "a logged segment in a point's extensions": (
        f"<trk><trkseg><trkpt lat='1' lon='1'><extensions><trk>{LOGGED}</trk></extensions>"
        "</trkpt></trkseg></trk>"
    ),
    "a logged segment in a point's time": (
        f"<trk><trkseg><trkpt lat='1' lon='1'><time>8{LOGGED}</time></trkpt></trkseg></trk>"
    ),
    "a logged segment in a track point out of a segment": (
        f"<trk><trkpt lat='1' lon='1'>{LOGGED}</trkpt></trk>"
    ),
    "a logged point that is no number": logged(ELE_TIME).replace('lat="48.1"', 'lat="4-8"', 1),
    "a logged point's lone e": logged(ELE_TIME).replace('lon="2.1"', 'lon="e"'),
    "a logged point out of range": logged(ELE_TIME).replace('lat="48.1"', 'lat="91"'),
    "a huge elevation": second_time(f"<ele>{'9' * 5000}</ele><time>2</time>"),
    "an elevation that is no number": second_time("<ele>1-2-e</ele><time>2</time>"),
    "NaN elevation": second_time("<ele>NaN</ele><time>2</time>"),
    "inf elevation": second_time("<ele>inf</ele><time>2</time>"),
    "NaN latitude, logged": logged(ELE_TIME).replace('lat="48.1"', 'lat="NaN"'),
    "infinite latitude in digits, logged": logged(ELE_TIME).replace(
        'lat="48.1"', f'lat="{"9" * 400}"'
    ),
    "the first time in a second segment": (
        f"<trk><trkseg><trkpt lat='1' lon='1'><ele>1</ele></trkpt></trkseg>{LOGGED}</trk>"
    ),
    "the first time in a second track": f"<trk>{BARE}</trk><trk>{LOGGED}</trk>",
    "a time out of a segment first": (
        f"<trk><trkpt lat='1' lon='1'><time>0</time></trkpt>{LOGGED}</trk>"
    ),
    "an empty time out of a segment first": (
        f"<trk><trkpt lat='1' lon='1'><time></time></trkpt>{LOGGED}</trk>"
    ),
    "broken after a logged segment": f"<trk>{LOGGED}</trk>\n\n<wpt lat='1' lon='1'><name>x</wpt>",
    "the mark in a logged file": f'<trk>{LOGGED}<trkseg walkplanner-lifted="0"/></trk>',
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
    emptied, lifted = lift_segments(data, "utf-8")
    assert b"<trkpt" not in emptied
    assert [s.numbers.tolist() for s in lifted.values()] == [
        [48.1, 2.1, -45.0, 2.2],
        [7, 7],
        [48.1, 2.1, -45.0, 2.2],
    ]
    assert [s.first_time for s in lifted.values()] == ["", "2026-05-02T08:00:00Z", ""]
    content = read_content(data, "t.gpx")
    assert content.part_starts == [0, 2, 3]
    assert content.first_point_time == "2026-05-02T08:00:00Z"


def test_a_logged_segment_is_lifted_with_its_first_time() -> None:
    data = GPX.format(second_time("<ele>1</ele>\n<time>2</time>") + f"<trk>{UNLIFTED}</trk>")
    emptied, lifted = lift_segments(data.encode(), "utf-8")
    assert emptied.count(b"<trkpt") == 1  # the segment with extensions is the parser's
    assert lifted["0"].numbers.tolist() == [48.1, 2.1] * 3
    assert lifted["0"].first_time == "2026-05-01T09:00:01Z"


LIFTED_OR_NOT = {
    "logged": True,
    "logged, spaced": True,
    "only an ele": True,
    "no children": True,
    "mixed bare and logged": True,
    "empty ele and time, the time from a later point": True,
    "a huge elevation": True,
    "the self-closed time": False,
    "an amp in the time": False,
    "CDATA in the time": False,
    "a comment between children": False,
    "time before ele": False,
    "two eles": False,
    "whitespace in the ele": False,
    "an extra attribute on the point": False,
    "lon before lat, logged": False,
    "an extensions child": False,
    "a prefixed GPX namespace": False,
    "a logged point that is no number": False,
    "NaN elevation": False,
}


@pytest.mark.parametrize("case", LIFTED_OR_NOT, ids=LIFTED_OR_NOT)
def test_only_the_strict_shape_is_lifted(case: str) -> None:
    """The cases above that the comparison covers do reach both readings."""
    _, lifted = lift_segments(GPX.format(SAME_EITHER_WAY[case]).encode(), "utf-8")
    assert bool(lifted) is LIFTED_OR_NOT[case]


@pytest.mark.parametrize(
    "point",
    [
        '<trkpt lat="1" lon="2"><ele>' + "1" * 400_000,  # an elevation that never closes
        '<trkpt lat="1" lon="2"><ele>1</ele>' + " " * 400_000 + "<time>" + "1" * 400_000,
        '<trkpt lat="1" lon="2">' + "<ele>1</ele>" * 200_000,
        '<trkpt lat="1" lon="2"><ele>1</ele><time>2</time>' + " " * 400_000 + "</trkpt",
    ],
)
def test_a_hostile_near_match_costs_one_pass(point: str) -> None:
    """Thousands of segments of logged points, each spoiled at its end: the expression
    gives up on each without trying again from every point, so it stays linear."""
    good = '<trkpt lat="1" lon="2"><ele>3</ele><time>4</time></trkpt>' * 100
    data = ("<trkseg>" + good + point[:2000]) * 1000 + "<trkseg>" + good + point
    started = time.perf_counter()
    assert lift_segments(data.encode(), "utf-8") == (data.encode(), {})
    assert time.perf_counter() - started < 2


def test_a_broken_file_names_its_own_line_not_the_emptied_one() -> None:
    body = f"<trk>{BARE}</trk>\n\n<wpt lat='1' lon='1'><name>x</wpt>"
    with pytest.raises(ExchangeError, match="mismatched tag: line 7, column 30"):
        read_content(GPX.format(body).encode(), "t.gpx")


@pytest.mark.parametrize("encoding", ["utf-16", "latin-1"])
def test_other_encodings_are_read_by_the_parser(encoding: str) -> None:
    data = GPX.format(f"<trk>{BARE}{LOGGED}</trk>").replace("UTF-8", encoding).encode(encoding)
    assert lift_segments(data, encoding) == (data, {})
    content = read_content(data, "t.gpx")
    assert content.coordinates.tolist() == [48.1, 2.1, -45.0, 2.2, 7, 7]
    assert content.first_point_time == "2026-05-02T08:00:00Z"


@pytest.mark.parametrize(
    "children", ["/>", "><ele>1</ele><time>2026-05-01T09:00:00Z</time></trkpt>"]
)
def test_a_segment_of_many_points_is_read_a_slice_at_a_time(children: str) -> None:
    rows = "\n".join(
        f'<trkpt lat="{i * 1e-4:.6f}" lon="{i * 2e-4:.6f}"{children}' for i in range(60_000)
    )
    data = GPX.format(f"<trk><trkseg>{rows}</trkseg></trk>").encode()
    emptied, lifted = lift_segments(data, "utf-8")
    assert len(data) > 2 * 1024 * 1024  # three slices or more
    assert len(emptied) < 300 and len(lifted["0"].numbers) == 120_000
    assert read_content(data, "t.gpx").coordinates == _parsed(data, "t.gpx", {}).coordinates
