"""Hostile and broken GPX against the streaming reader (exchange/gpx_reader.py): each is
refused whole, with one line naming the file and, for a bad point, which one, exit 2 and
not one row changed; the shapes a GPS really writes (GPX 1.0 and 1.1, foreign extension
namespaces, points with children) still import every point.

The cases go through `main` in this process, like the matrices of test_files.py, whose
helpers they share.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.faults.test_files import (
    GPX_NS,
    cli_here,
    gpx,
    imported,
    refused_import,
    track,
    trk,
    written,
)

BIG = 100_000


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding one good walk, which no refusal may change."""
    folder = tmp_path_factory.mktemp("big-tracks")
    imported(folder / "data", written(folder, "good.gpx", gpx(trk(track(40), name="Good"))))
    return folder / "data"


def big_track(count: int = BIG, bad_at: int | None = None, value: str = "") -> str:
    """A one-segment track of `count` points, the one at index `bad_at` with `value` as
    its latitude."""
    rows = [
        f'<trkpt lat="{48.85 + i * 1e-6:.7f}" lon="{2.34 + i * 1e-6:.7f}"/>' for i in range(count)
    ]
    if bad_at is not None:
        rows[bad_at] = f'<trkpt lat="{value}" lon="2.34"/>'
    return gpx("<trk><trkseg>" + "\n".join(rows) + "</trkseg></trk>")


def test_a_file_cut_off_mid_track_is_refused_with_its_line(library: Path, tmp_path: Path) -> None:
    text = big_track(1_000)
    path = written(tmp_path, "cut.gpx", text[: len(text) * 2 // 3])
    refused_import(library, path, "cut.gpx", "not valid XML", "line")


@pytest.mark.parametrize(
    ("value", "words"),
    [("abc", ("'abc'", "not a number")), ("nan", ("latitude nan",)), ("91", ("latitude 91",))],
)
def test_a_bad_number_at_point_99999_names_it(
    library: Path, tmp_path: Path, value: str, words: tuple[str, ...]
) -> None:
    path = written(tmp_path, "late.gpx", big_track(bad_at=99_998, value=value))
    refused_import(library, path, "late.gpx", "Track point 99999", *words)


def test_the_first_bad_point_is_named_when_a_later_one_is_no_number(
    library: Path, tmp_path: Path
) -> None:
    text = big_track(bad_at=99_998, value="abc").replace('lat="48.8500100"', 'lat="nan"', 1)
    path = written(tmp_path, "two.gpx", text)
    refused_import(library, path, "Track point 11 has latitude nan")


@pytest.mark.parametrize(
    ("point", "words"),
    [
        ('<trkpt lon="2.3"/>', ("Track point 4", "latitude null")),
        ('<trkpt lat="48.8"/>', ("Track point 4", "longitude null")),
        ('<trkpt lat="" lon="2.3"/>', ("Track point 4", "latitude ''")),
        ('<trkpt lat="48.8" lon="2,3"/>', ("Track point 4", "longitude '2,3'")),
    ],
    ids=["no-lat", "no-lon", "empty-lat", "comma"],
)
def test_a_track_point_without_a_number_is_named(
    library: Path, tmp_path: Path, point: str, words: tuple[str, ...]
) -> None:
    body = trk(track(3)).replace("</trkseg>", point + "</trkseg>")
    refused_import(library, written(tmp_path, "p.gpx", gpx(body)), "p.gpx", *words)


ENTITY_BOMB = (
    '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">'
    + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">'
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + ']><gpx version="1.1"><metadata><name>&i;</name></metadata>'
    + trk(track(5))
    + "</gpx>"
)
PARAMETER_ENTITY = (
    '<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/x.dtd">'
    '%remote;]><gpx version="1.1">' + trk(track(5)) + "</gpx>"
)
EXTERNAL_DTD = '<?xml version="1.0"?><!DOCTYPE gpx SYSTEM "file:///etc/passwd"><gpx/>'


@pytest.mark.parametrize(
    "text",
    [ENTITY_BOMB, PARAMETER_ENTITY, EXTERNAL_DTD],
    ids=["entity-bomb", "parameter-entity", "external-dtd"],
)
def test_dtds_and_entities_are_refused(library: Path, tmp_path: Path, text: str) -> None:
    refused_import(library, written(tmp_path, "e.gpx", text), "e.gpx", "DTD or entities")


def test_an_undeclared_entity_is_broken_xml(library: Path, tmp_path: Path) -> None:
    text = gpx("<metadata><name>&secret;</name></metadata>" + trk(track(5)))
    refused_import(library, written(tmp_path, "u.gpx", text), "u.gpx", "not valid XML")


def test_a_huge_attribute_is_refused_or_ignored_without_harm(
    library: Path, data_dir: Path, tmp_path: Path
) -> None:
    huge = "9" * 5_000_000
    body = trk(track(3)).replace("</trkseg>", f'<trkpt lat="{huge}" lon="2.3"/></trkseg>')
    refused_import(library, written(tmp_path, "h.gpx", gpx(body)), "Track point 4", "latitude inf")
    ignored = gpx(trk(track(5)).replace("<trkseg>", f'<trkseg note="{huge}">'))
    walk = imported(data_dir, written(tmp_path, "i.gpx", ignored))
    shown = json.loads(cli_here(data_dir, "show", walk, "--json").stdout)
    assert shown["route_points"] == 5


def test_deep_nesting_costs_no_stack(library: Path, data_dir: Path, tmp_path: Path) -> None:
    deep = "<extensions>" + "<x>" * 200_000 + "</x>" * 200_000 + "</extensions>"
    body = trk(track(5)).replace(
        "<trkseg>", "<trkseg>" + f'<trkpt lat="48.8" lon="2.3">{deep}</trkpt>'
    )
    walk = imported(data_dir, written(tmp_path, "deep.gpx", gpx(body)))
    shown = json.loads(cli_here(data_dir, "show", walk, "--json").stdout)
    assert shown["route_points"] == 6
    unclosed = gpx(trk(track(5)) + "<x>" * 200_000)
    refused_import(library, written(tmp_path, "open.gpx", unclosed), "not valid XML")


MIXED = """<?xml version="1.0" encoding="UTF-8"?>
<gpx version="{version}" creator="GPS" xmlns="{ns}"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"
     xmlns:other="urn:other">
  {metadata}
  <wpt lat="48.8530" lon="2.3450"><name>Bridge</name><cmt>Look left</cmt>
    <extensions><other:name>Not this</other:name></extensions></wpt>
  <other:trk><trkseg><trkpt lat="1" lon="1"/></trkseg></other:trk>
  <trkseg><trkpt lat="2" lon="2"/></trkseg>
  <trk><name>Track name</name><trkseg>
    <trkpt lat="48.8500" lon="2.3400"><ele>35</ele><time>2026-05-02T08:00:00Z</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>95</gpxtpx:hr>
      </gpxtpx:TrackPointExtension><other:trkpt lat="nan" lon="nan"/></extensions></trkpt>
    <trkpt lat="48.8530" lon="2.3450"><time>2026-05-02T08:05:00Z</time></trkpt>
    <!-- a comment --><?processing instruction?>
    <trkpt lat="48.8560" lon="2.3500"><![CDATA[text]]></trkpt>
  </trkseg></trk>
</gpx>
"""


@pytest.mark.parametrize("version", ["1.0", "1.1", "misspelt"])
def test_gpx_10_11_and_a_misspelt_namespace_import_exactly(
    data_dir: Path, tmp_path: Path, version: str
) -> None:
    metadata = (
        "<name>Walk title</name><desc>About it</desc>"
        if version == "1.0"
        else "<metadata><name>Walk title</name><desc>About it</desc>"
        "<author><name>Not the title</name></author></metadata>"
    )
    namespace = GPX_NS.get(version, "http://www.topografix.com/GPX/1/1/")
    text = MIXED.format(version=version, ns=namespace, metadata=metadata)
    walk = imported(data_dir, written(tmp_path, "mixed.gpx", text))
    shown = json.loads(cli_here(data_dir, "show", walk, "--json").stdout)
    assert shown["title"] == "Walk title"
    assert shown["route_points"] == 3
    assert [(s["name"], s["note"]) for s in shown["stops"]] == [
        ("Start", ""),
        ("Bridge", "Look left"),
        ("End", ""),
    ]
    assert shown["date"] == "2026-05-02" and shown["start_time"].startswith("10:00")


def test_a_time_that_is_no_time_is_refused(library: Path, tmp_path: Path) -> None:
    text = gpx("<metadata><time>yesterday</time></metadata>" + trk(track(5)))
    refused_import(library, written(tmp_path, "t.gpx", text), "t.gpx", "yesterday")


def test_waypoints_alone_make_straight_legs(data_dir: Path, tmp_path: Path) -> None:
    points = '<wpt lat="48.85" lon="2.35"><name>A</name></wpt><wpt lat="48.86" lon="2.36"><name>B</name></wpt>'
    walk = imported(data_dir, written(tmp_path, "w.gpx", gpx(points)))
    shown = json.loads(cli_here(data_dir, "show", walk, "--json").stdout)
    assert [s["name"] for s in shown["stops"]] == ["A", "B"]
    assert shown["route_points"] == 2


def test_a_one_point_segment_where_the_last_ended_joins_on(data_dir: Path, tmp_path: Path) -> None:
    first = track(10)
    second = track(10, lat=first[-1][0] + 1e-4, lon=first[-1][1])
    text = gpx(trk(first, [first[-1]], second))
    walk = imported(data_dir, written(tmp_path, "one.gpx", text))
    shown = json.loads(cli_here(data_dir, "show", walk, "--json").stdout)
    assert shown["route_points"] == 20
    assert [s["name"] for s in shown["stops"]] == ["Start", "End"]
