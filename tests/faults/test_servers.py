"""Servers that misbehave, through the real command line: the router (`route`), the
geocoder (`search`) and the tile server (`export card`).

Whatever a server sends (NaN, wrong JSON types, lies in its headers, a drip, a reset),
the command ends in bounded time without a traceback or a crash, the walk is unchanged
and finite, and neither the route cache, the place cache nor the tile cache keeps
anything bad.
"""

from __future__ import annotations

import gzip
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.faults.conftest import assert_app_still_draws
from tests.faults.hostile_server import Answer, HostileServer, answer, hostile_server
from tests.tiles.loopback import png_bytes
from walkplanner.tiles.raster import tile_format

NOWHERE = "http://127.0.0.1:9"  # nothing listens there: refused at once, never the internet
SLOW_S = 0.5  # the drip: one byte every half second


def online(
    data_dir: Path, *args: str, timeout: float = 60, **urls: str
) -> subprocess.CompletedProcess:
    """The real command line with the network allowed, every server on loopback."""
    env = {
        **os.environ,
        "WALKPLANNER_DATA_DIR": str(data_dir),
        "WALKPLANNER_ROUTING_URL": urls.get("router", NOWHERE),
        "WALKPLANNER_GEOCODER_URL": urls.get("geocoder", NOWHERE),
        "WALKPLANNER_TILE_URL": urls.get("tiles", NOWHERE + "/{z}/{x}/{y}.png"),
    }
    return subprocess.run(
        [sys.executable, "-m", "walkplanner", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def assert_calm(result: subprocess.CompletedProcess) -> None:
    """Neither a crash (a negative code is a signal) nor a traceback."""
    assert result.returncode in (0, 2), (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr


def strict(text: str) -> object:
    def refuse(literal: str) -> None:
        raise ValueError(literal)

    return json.loads(text, parse_constant=refuse)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding the demo walk, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("seed") / "data"
    assert online(folder, "--offline", "list").returncode == 0
    return folder


@pytest.fixture
def folder(seeded: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(seeded, copy)
    return copy


@pytest.fixture
def server() -> HostileServer:
    with hostile_server() as state:
        yield state


def database(folder: Path) -> sqlite3.Connection:
    return sqlite3.connect(folder / "walkplanner.sqlite")


def legs(folder: Path) -> list[tuple]:
    with database(folder) as db:
        return db.execute(
            "SELECT walk_id, position, source, geometry FROM legs ORDER BY id"
        ).fetchall()


def floats(blob: bytes) -> array:
    values = array("d")
    values.frombytes(blob)
    return values


# --- the router ------------------------------------------------------------------------


def waypoints(path: str) -> list[list[float]]:
    """The lon,lat pairs the client asked about."""
    coordinates = path.split("?", 1)[0].rsplit("/", 1)[-1]
    return [[float(v) for v in pair.split(",")] for pair in coordinates.split(";")]


def route(path: str, **changes: object) -> dict:
    """A good OSRM answer for this request, with `changes` made to its best route."""
    best = {
        "geometry": {"type": "LineString", "coordinates": waypoints(path)},
        "distance": 250.0,
        "duration": 180.0,
        **changes,
    }
    return {"code": "Ok", "routes": [best]}


def with_point(path: str, point: object) -> dict:
    """A good answer whose second point is replaced by `point`."""
    line = waypoints(path)
    return route(path, geometry={"type": "LineString", "coordinates": [line[0], point, line[-1]]})


def json_answer(make: Callable[[str], object]) -> Callable[[str], Answer]:
    return lambda path: answer(json.dumps(make(path)))


def text_answer(make: Callable[[str], str], **options: object) -> Callable[[str], Answer]:
    return lambda path: answer(make(path), **options)  # type: ignore[arg-type]


BAD_ROUTES: dict[str, Callable[[str], Answer]] = {
    "NaN literal in a point": text_answer(
        lambda p: json.dumps(with_point(p, [0, 0])).replace("[0, 0]", "[NaN, 48.86]")
    ),
    "Infinity distance": text_answer(lambda p: json.dumps(route(p)).replace("250.0", "Infinity")),
    "-Infinity duration": text_answer(lambda p: json.dumps(route(p)).replace("180.0", "-Infinity")),
    "1e308 latitude": json_answer(lambda p: with_point(p, [2.33, 1e308])),
    "1e999 longitude": text_answer(
        lambda p: json.dumps(with_point(p, [0, 48.86])).replace("[0, 48.86]", "[1e999, 48.86]")
    ),
    "400-digit number": text_answer(
        lambda p: json.dumps(with_point(p, [0, 48.86])).replace(
            "[0, 48.86]", "[" + "9" * 400 + ", 48.86]"
        )
    ),
    "latitude 91": json_answer(lambda p: with_point(p, [2.33, 91.0])),
    "longitude 181": json_answer(lambda p: with_point(p, [181.0, 48.86])),
    "a list": json_answer(lambda p: [route(p)]),
    "a string": json_answer(lambda p: "Ok"),
    "null": json_answer(lambda p: None),
    "a number": json_answer(lambda p: 42),
    "true": json_answer(lambda p: True),
    "routes as a string": json_answer(lambda p: {"code": "Ok", "routes": "fast"}),
    "routes as an object": json_answer(
        lambda p: {"code": "Ok", "routes": {"0": route(p)["routes"][0]}}
    ),
    "routes empty": json_answer(lambda p: {"code": "Ok", "routes": []}),
    "routes [null]": json_answer(lambda p: {"code": "Ok", "routes": [None]}),
    "a route as a list": json_answer(lambda p: {"code": "Ok", "routes": [[1, 2]]}),
    "geometry null": json_answer(lambda p: route(p, geometry=None)),
    "geometry as a string": json_answer(lambda p: route(p, geometry="LINESTRING(2 48, 2 49)")),
    "coordinates as a string": json_answer(
        lambda p: route(p, geometry={"coordinates": "2.3,48.8"})
    ),
    "coordinates empty": json_answer(lambda p: route(p, geometry={"coordinates": []})),
    "coordinates one point": json_answer(
        lambda p: route(p, geometry={"coordinates": waypoints(p)[:1]})
    ),
    "a point of 1 number": json_answer(lambda p: with_point(p, [2.33])),
    "a point of 3 numbers": json_answer(lambda p: with_point(p, [2.33, 48.86, 35.0])),
    "a point of booleans": json_answer(lambda p: with_point(p, [True, False])),
    "a point of nulls": json_answer(lambda p: with_point(p, [None, None])),
    "a point of strings": json_answer(lambda p: with_point(p, ["2.33", "48.86"])),
    "a point as an object": json_answer(lambda p: with_point(p, {"lon": 2.33, "lat": 48.86})),
    "a point null": json_answer(lambda p: with_point(p, None)),
    "distance as a string": json_answer(lambda p: route(p, distance="250")),
    "distance negative": json_answer(lambda p: route(p, distance=-250.0)),
    "distance 1e308": json_answer(lambda p: route(p, distance=1e308)),
    "distance true": json_answer(lambda p: route(p, distance=True)),
    "distance null": json_answer(lambda p: route(p, distance=None)),
    "duration negative": json_answer(lambda p: route(p, duration=-1)),
    "duration as a string": json_answer(lambda p: route(p, duration="three minutes")),
    "a route in Tokyo": json_answer(
        lambda p: route(p, geometry={"coordinates": [[139.69, 35.68], [139.70, 35.69]]})
    ),
    "a detour through Tokyo": json_answer(lambda p: with_point(p, [139.69, 35.68])),
    "huge array": json_answer(
        lambda p: route(p, geometry={"coordinates": [waypoints(p)[0]] * 200_001})
    ),
    "nested 100,000 deep": text_answer(lambda p: "[" * 100_000 + "]" * 100_000),
    "empty body": text_answer(lambda p: ""),
    "HTML error page with 200": text_answer(
        lambda p: "<html><body>Oops</body></html>", content_type="text/html"
    ),
    "HTML labelled JSON": text_answer(lambda p: "<html><body>Sign in to the Wi-Fi</body></html>"),
    "gzip bomb-ish": lambda p: answer(
        gzip.compress(b" " * 20_000_000), headers=(("Content-Encoding", "gzip"),)
    ),
    "20 MB body": text_answer(lambda p: json.dumps(route(p)) + " " * 20_000_000),
    "claims 10**12 bytes": text_answer(lambda p: json.dumps(route(p)), length=10**12),
    "Content-Length garbage": lambda p: answer(
        json.dumps(route(p)), headers=(("Content-Length", "x" * 400),)
    ),
    "truncated body": text_answer(lambda p: json.dumps(route(p)), length=100_000),
    "connection reset": text_answer(lambda p: json.dumps(route(p)), reset=True),
    "huge headers": lambda p: answer(
        json.dumps(route(p)), headers=tuple((f"X-Junk-{i}", "j" * 1000) for i in range(200))
    ),
    "one 200 kB header": lambda p: answer(
        json.dumps(route(p)), headers=(("X-Junk", "j" * 200_000),)
    ),
    "status 500 with a route": text_answer(
        lambda p: json.dumps(route(p)), status="500 Internal Server Error"
    ),
    "status 429": text_answer(lambda p: "{}", status="429 Too Many Requests"),
    "a 301 loop": lambda p: answer(b"", status="301 Moved Permanently", headers=(("Location", p),)),
    "a 302 to nowhere": lambda p: answer(
        b"", status="302 Found", headers=(("Location", NOWHERE + p),)
    ),
    "not a status line": lambda p: Answer(b"SPDY/9 what\r\n\r\n", b"{}"),
    "control characters in the message": json_answer(
        lambda p: {"code": "NoRoute", "message": "\x00\x1b[31mno\u202e way\x07"}
    ),
}


@pytest.mark.parametrize("case", list(BAD_ROUTES), ids=list(BAD_ROUTES))
def test_a_bad_router_answer_leaves_every_leg_straight(
    case: str, folder: Path, server: HostileServer
) -> None:
    before = legs(folder)
    server.answer = BAD_ROUTES[case]
    result = online(folder, "route", "1", router=server.url)
    assert_calm(result)
    assert result.returncode == 0, result.stderr
    assert "0 of 4 legs follow the streets" in result.stdout, result.stdout
    assert "straight:" in result.stdout
    assert not any(ord(c) < 32 and c != "\n" for c in result.stdout), result.stdout
    assert legs(folder) == before
    with database(folder) as db:
        assert db.execute("SELECT count(*) FROM route_cache").fetchone() == (0,)


@pytest.mark.parametrize("case", ["a point of nulls", "1e308 latitude", "a detour through Tokyo"])
def test_after_a_bad_answer_the_walk_shows_as_strict_json_and_draws(
    case: str, folder: Path, server: HostileServer
) -> None:
    server.answer = BAD_ROUTES[case]
    assert online(folder, "route", "1", router=server.url).returncode == 0
    shown = online(folder, "--offline", "show", "1", "--json")
    assert shown.returncode == 0, shown.stderr
    walk = strict(shown.stdout)
    assert 1.0 < walk["distance_km"] < 2.0  # type: ignore[index]
    assert_app_still_draws(folder)


def test_a_dripping_router_is_given_up_on_time(folder: Path, server: HostileServer) -> None:
    server.answer = lambda path: answer(json.dumps(route(path)), drip_s=SLOW_S)
    started = time.monotonic()
    result = online(folder, "route", "1", router=server.url)
    elapsed = time.monotonic() - started
    assert_calm(result)
    assert "0 of 4 legs" in result.stdout and "within 10 s" in result.stdout, result.stdout
    assert elapsed < 10 + 6, elapsed  # one deadline, not one per leg
    assert len(server.paths) == 1


@pytest.mark.parametrize("odd_header", [(), (("X-Junk", "\x7f" * 8000),)])
def test_a_good_route_with_odd_headers_is_used(
    odd_header: tuple[tuple[str, str], ...], folder: Path, server: HostileServer
) -> None:
    server.answer = lambda p: answer(json.dumps(route(p)), headers=odd_header)
    result = online(folder, "route", "1", router=server.url)
    assert result.returncode == 0 and "4 of 4 legs follow the streets" in result.stdout


def test_a_poisoned_route_cache_is_ignored_and_replaced(
    folder: Path, server: HostileServer
) -> None:
    """An older version stored a NaN path: it counts as missing and is routed again."""
    server.answer = json_answer(route)
    assert online(folder, "route", "1", router=server.url).returncode == 0
    with database(folder) as db:
        keys = [key for (key,) in db.execute("SELECT key FROM route_cache")]
        nan_path = array("d", [math.nan, 2.33, 1e308, 2.34]).tobytes()
        db.execute("UPDATE route_cache SET geometry = ? WHERE key = ?", (nan_path, keys[0]))
        db.execute("UPDATE route_cache SET geometry = ? WHERE key = ?", (b"\x01\x02\x03", keys[1]))
        db.execute("UPDATE route_cache SET distance_m = ? WHERE key = ?", (-5.0, keys[2]))
        db.execute("UPDATE legs SET source = 'straight'")
    requests_before = len(server.paths)
    result = online(folder, "route", "1", router=server.url)
    assert_calm(result)
    assert "4 of 4 legs follow the streets" in result.stdout, (result.stdout, result.stderr)
    assert len(server.paths) - requests_before == 3  # the three bad entries, asked again
    with database(folder) as db:
        for blob, distance in db.execute("SELECT geometry, distance_m FROM route_cache"):
            assert all(math.isfinite(v) and abs(v) <= 180 for v in floats(blob))
            assert math.isfinite(distance) and distance >= 0
    for *_ids, blob in legs(folder):
        assert all(math.isfinite(v) and abs(v) <= 180 for v in floats(blob))


# --- the geocoder ----------------------------------------------------------------------

LOUVRE = {"lat": "48.8610", "lon": "2.3358", "display_name": "Pyramide du Louvre, Paris"}

REFUSED_SEARCHES: dict[str, Callable[[str], Answer]] = {
    "an object": json_answer(lambda p: LOUVRE),
    "a string": json_answer(lambda p: "Louvre"),
    "null": json_answer(lambda p: None),
    "a number": json_answer(lambda p: 1e308),
    "an error object": json_answer(lambda p: {"error": "\x1b[31mbad request"}),
    "NaN latitude": text_answer(lambda p: '[{"lat": NaN, "lon": "2.3", "display_name": "x"}]'),
    "only NaN strings": json_answer(lambda p: [{**LOUVRE, "lat": "NaN"}]),
    "only 1e308": json_answer(lambda p: [{**LOUVRE, "lat": "1e308"}]),
    "only inf": json_answer(lambda p: [{**LOUVRE, "lon": "inf"}]),
    "only a missing display_name": json_answer(lambda p: [{"lat": "48.86", "lon": "2.33"}]),
    "only a numeric display_name": json_answer(lambda p: [{**LOUVRE, "display_name": 7}]),
    "only nulls": json_answer(lambda p: [None, [], "x", 3]),
    "only booleans for numbers": json_answer(lambda p: [{**LOUVRE, "lat": True, "lon": False}]),
    "only huge number strings": json_answer(lambda p: [{**LOUVRE, "lat": "9" * 5000}]),
    "empty body": text_answer(lambda p: ""),
    "HTML with 200": text_answer(lambda p: "<html>rate limited</html>", content_type="text/html"),
    "nested 100,000 deep": text_answer(lambda p: "[" * 100_000 + "]" * 100_000),
    "status 500": text_answer(lambda p: json.dumps([LOUVRE]), status="500 Internal Server Error"),
    "status 429": text_answer(lambda p: "[]", status="429 Too Many Requests"),
    "a 301 loop": lambda p: answer(b"", status="301 Moved Permanently", headers=(("Location", p),)),
    "connection reset": text_answer(lambda p: json.dumps([LOUVRE]), reset=True),
    "truncated body": text_answer(lambda p: json.dumps([LOUVRE]), length=5000),
    "3 MB body": text_answer(lambda p: json.dumps([LOUVRE]) + " " * 3_000_000),
    "huge headers": lambda p: answer(
        "[]", headers=tuple((f"X-{i}", "j" * 1000) for i in range(200))
    ),
}


@pytest.mark.parametrize("case", list(REFUSED_SEARCHES), ids=list(REFUSED_SEARCHES))
def test_a_bad_geocoder_answer_is_refused_with_a_message(
    case: str, folder: Path, server: HostileServer
) -> None:
    server.answer = REFUSED_SEARCHES[case]
    result = online(folder, "search", "Louvre", geocoder=server.url)
    assert_calm(result)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stderr.startswith("walkplanner: ") and result.stderr.count("\n") == 1
    assert "place search" in result.stderr.lower(), result.stderr
    assert "\x1b" not in result.stderr
    with database(folder) as db:
        assert db.execute("SELECT count(*) FROM geocode_cache").fetchone() == (0,)


def test_odd_results_are_dropped_and_good_ones_kept(folder: Path, server: HostileServer) -> None:
    odd = [
        {**LOUVRE, "lat": "NaN"},
        {**LOUVRE, "lat": "1e308"},
        {"lat": "48.86", "lon": "2.33"},
        {**LOUVRE, "lon": [2.3]},
        None,
        LOUVRE,
        {**LOUVRE, "display_name": "Pont\x00 des\x1b Arts", "lat": 48.858, "lon": 2.3375},
    ]
    server.answer = json_answer(lambda p: odd)
    result = online(folder, "search", "Louvre", geocoder=server.url)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().split("\n")
    assert [line.split("\t")[0] for line in lines] == ["Pyramide du Louvre, Paris", "Pont des Arts"]
    with database(folder) as db:
        (cached,) = db.execute("SELECT results FROM geocode_cache").fetchone()
    assert all(math.isfinite(p["lat"]) and math.isfinite(p["lon"]) for p in strict(cached))  # type: ignore[union-attr]


def test_a_poisoned_place_cache_is_asked_again(folder: Path, server: HostileServer) -> None:
    server.answer = json_answer(lambda p: [LOUVRE])
    assert online(folder, "search", "Louvre", geocoder=server.url).returncode == 0
    with database(folder) as db:
        db.execute(
            'UPDATE geocode_cache SET results = \'[{"name": "x", "lat": NaN, "lon": 1e999}]\''
        )
    result = online(folder, "search", "Louvre", geocoder=server.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Pyramide du Louvre") and len(server.paths) == 2


def test_a_dripping_geocoder_is_given_up_on_time(folder: Path, server: HostileServer) -> None:
    server.answer = lambda path: answer(json.dumps([LOUVRE]), drip_s=SLOW_S)
    started = time.monotonic()
    result = online(folder, "search", "Louvre", geocoder=server.url)
    assert_calm(result)
    assert result.returncode == 2 and "within 10 s" in result.stderr, result.stderr
    assert time.monotonic() - started < 10 + 6


# --- the tile server -------------------------------------------------------------------

TILE = png_bytes()
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect/></svg>'

BAD_TILES: dict[str, Callable[[str], Answer]] = {
    "HTML labelled image/png": lambda p: answer(
        b"<html>Wi-Fi login</html>", content_type="image/png"
    ),
    "SVG": lambda p: answer(SVG, content_type="image/svg+xml"),
    "SVG labelled image/png": lambda p: answer(SVG, content_type="image/png"),
    "truncated PNG": lambda p: answer(TILE[: len(TILE) // 2], content_type="image/png"),
    "truncated PNG, longer Content-Length": lambda p: answer(
        TILE[:-20], content_type="image/png", length=len(TILE)
    ),
    "1x1 PNG": lambda p: answer(png_bytes(size=1), content_type="image/png"),
    "4096x4096 PNG": lambda p: answer(png_bytes(size=4096), content_type="image/png"),
    "empty body": lambda p: answer(b"", content_type="image/png"),
    "JSON": lambda p: answer(b"{}"),
    "status 500": lambda p: answer(
        TILE, status="500 Internal Server Error", content_type="image/png"
    ),
    "status 429": lambda p: answer(TILE, status="429 Too Many Requests", content_type="image/png"),
    "a 301 loop": lambda p: answer(b"", status="301 Moved Permanently", headers=(("Location", p),)),
    "connection reset": lambda p: answer(TILE, content_type="image/png", reset=True),
    "huge headers": lambda p: answer(
        TILE, content_type="image/png", headers=tuple((f"X-{i}", "j" * 1000) for i in range(200))
    ),
    "5 MB body": lambda p: answer(TILE + b"\0" * 5_000_000, content_type="image/png"),
    "gzip bomb-ish": lambda p: answer(
        gzip.compress(b"\0" * 20_000_000),
        content_type="image/png",
        headers=(("Content-Encoding", "gzip"),),
    ),
}

ODD_HEADERS: dict[str, tuple[tuple[str, str], ...]] = {
    "max-age of 400 digits": (("Cache-Control", "max-age=" + "9" * 400),),
    "max-age of 5000 digits": (("Cache-Control", "max-age=" + "9" * 5000),),
    "negative max-age": (("Cache-Control", "max-age=-5"),),
    "max-age garbage": (("Cache-Control", "max-age=soon, public, \x01"),),
    "Age of 400 digits": (("Cache-Control", "max-age=60"), ("Age", "9" * 400)),
    "Age garbage": (("Cache-Control", "max-age=60"), ("Age", "-1e999")),
    "Expires in year 99999": (("Expires", "Mon, 01 Jan 99999 00:00:00 GMT"),),
    "Expires in year 0": (("Expires", "Mon, 01 Jan 0000 00:00:00 GMT"),),
    "Expires garbage": (("Expires", "tomorrow-ish \x7f"),),
    "Last-Modified in year 99999": (("Last-Modified", "Mon, 01 Jan 99999 00:00:00 GMT"),),
    "Last-Modified of 100 kB": (("Last-Modified", "M" * 60_000),),
    "ETag of 60 kB": (("ETag", '"' + "e" * 60_000 + '"'),),
    "Content-Length negative": (("Content-Length", "-5"),),
}


def tile_cache_is_clean(folder: Path) -> int:
    """Every cached tile is a whole 256/512 raster with a sane expiry; returns how many."""
    path = folder / "cache" / "tiles.sqlite"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT data, expires_at, etag, last_modified FROM tiles").fetchall()
    for data, expires_at, etag, last_modified in rows:
        assert tile_format(data) is not None
        assert math.isfinite(expires_at) and expires_at < time.time() + 400 * 24 * 3600
        assert etag is None or len(etag) <= 200
        assert last_modified is None or len(last_modified) <= 200
    return len(rows)


def export_card(
    folder: Path, server: HostileServer, **options: float
) -> subprocess.CompletedProcess:
    out = folder.parent / "card.png"
    return online(
        folder,
        "export",
        "card",
        "1",
        "--out",
        str(out),
        tiles=server.url + "/{z}/{x}/{y}.png",
        **options,
    )


def assert_card_made(folder: Path, result: subprocess.CompletedProcess) -> None:
    assert_calm(result)
    assert result.returncode == 0, result.stderr
    assert (folder.parent / "card.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("case", list(BAD_TILES), ids=list(BAD_TILES))
def test_a_bad_tile_is_paper_and_never_cached(
    case: str, folder: Path, server: HostileServer
) -> None:
    server.answer = BAD_TILES[case]
    result = export_card(folder, server)
    assert_card_made(folder, result)
    assert tile_cache_is_clean(folder) == 0


@pytest.mark.parametrize("case", list(ODD_HEADERS), ids=list(ODD_HEADERS))
def test_odd_caching_headers_are_clamped(case: str, folder: Path, server: HostileServer) -> None:
    server.answer = lambda p: answer(TILE, content_type="image/png", headers=ODD_HEADERS[case])
    result = export_card(folder, server)
    assert_card_made(folder, result)
    tile_cache_is_clean(folder)


def test_a_400_digit_max_age_still_draws_the_card_and_the_app(
    folder: Path, server: HostileServer
) -> None:
    server.answer = lambda p: answer(
        TILE, content_type="image/png", headers=ODD_HEADERS["max-age of 400 digits"]
    )
    assert_card_made(folder, export_card(folder, server))
    assert tile_cache_is_clean(folder) > 0
    assert_app_still_draws(folder)


def test_a_poisoned_tile_cache_is_ignored(folder: Path, server: HostileServer) -> None:
    """Tiles an older version cached as good (HTML, SVG, cut short) are never drawn."""
    server.answer = lambda p: answer(TILE, content_type="image/png")
    assert_card_made(folder, export_card(folder, server))
    assert tile_cache_is_clean(folder) > 0
    with sqlite3.connect(folder / "cache" / "tiles.sqlite") as db:
        db.execute(
            "UPDATE tiles SET data = ?, expires_at = ?", (b"<html>login</html>", time.time() + 1e6)
        )
    server.answer = BAD_TILES["HTML labelled image/png"]
    assert_card_made(folder, export_card(folder, server))
    server.answer = lambda p: answer(TILE, content_type="image/png")
    assert_card_made(folder, export_card(folder, server))
    assert tile_cache_is_clean(folder) > 0
    assert_app_still_draws(folder)


def test_a_dripping_tile_server_costs_one_deadline(folder: Path, server: HostileServer) -> None:
    server.answer = lambda p: answer(TILE, content_type="image/png", drip_s=SLOW_S)
    started = time.monotonic()
    result = export_card(folder, server)
    assert_card_made(folder, result)
    assert time.monotonic() - started < 8 + 8
    assert tile_cache_is_clean(folder) == 0


@pytest.mark.parametrize("key", ["no-such-map", None, ["osm"], 42, ""])
def test_an_unknown_basemap_in_the_settings_falls_back(
    key: object, folder: Path, server: HostileServer
) -> None:
    with database(folder) as db:
        db.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES ('app_settings', ?)",
            (json.dumps({"tile_provider": key}),),
        )
    server.answer = lambda p: answer(TILE, content_type="image/png")
    result = export_card(folder, server)
    assert_card_made(folder, result)
    assert server.paths  # the default basemap's tiles were asked for
    if key == "no-such-map":
        assert "no-such-map" in result.stderr  # the log line says what was replaced
        assert_app_still_draws(folder)
