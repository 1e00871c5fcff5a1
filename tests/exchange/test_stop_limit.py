"""A file may bring at most MAX_STOPS stops, in every format; its track is not counted.

Each format makes stops from other points (GPX: its named waypoints or, when it has one,
its route; GeoJSON: its Points; KML: its Placemarks with a Point), so each is tried at the
limit's edges. A file far beyond is refused before any stop is made: the search along the
track for each point is what took seconds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.many_stops import HEAD, Points, along, geojson, gpx_route, gpx_track, gpx_waypoints, kml
from walkplanner.core.validation import MAX_STOPS
from walkplanner.exchange import geojson as geojson_format
from walkplanner.exchange import kml as kml_format
from walkplanner.exchange import shape
from walkplanner.exchange.files import import_walk
from walkplanner.exchange.safety import ExchangeError

FORMATS: dict[str, tuple[str, Callable[[Points], str]]] = {
    "gpx waypoints": (".gpx", lambda points: gpx_waypoints(points, [])),
    "gpx route": (".gpx", gpx_route),
    "geojson": (".geojson", geojson),
    "kml": (".kml", kml),
}


def write(tmp_path: Path, kind: str, points: Points) -> Path:
    suffix, text = FORMATS[kind]
    path = tmp_path / f"points{suffix}"
    path.write_text(text(points), encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("count", [MAX_STOPS - 1, MAX_STOPS])
def test_a_file_up_to_the_limit_imports_every_stop(tmp_path: Path, kind: str, count: int) -> None:
    walk = import_walk(write(tmp_path, kind, along(count)))
    assert len(walk.stops) == count


@pytest.mark.parametrize("kind", FORMATS)
@pytest.mark.parametrize("count", [MAX_STOPS + 1, 5_000])
def test_a_file_beyond_the_limit_is_refused_saying_what_to_do(
    tmp_path: Path, kind: str, count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_search(*_args: object, **_kwargs: object) -> list[int]:
        raise AssertionError("a stop was placed on the track before the count was checked")

    monkeypatch.setattr(shape, "nearest_indices", no_search)
    with pytest.raises(ExchangeError) as refused:
        import_walk(write(tmp_path, kind, along(count)))
    message = str(refused.value)
    assert message.startswith(f"“points{FORMATS[kind][0]}”: The file brings {count} points")
    assert f"a walk has at most {MAX_STOPS} stops" in message
    assert "turn the points into a track" in message


@pytest.mark.parametrize("kind", ["geojson", "kml"])
def test_a_file_far_beyond_the_limit_is_refused_before_one_point_is_read(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counting comes first: each point checked and made into a stop before the count was
    known kept half a million placemarks for 15 s and 500 MB before saying no."""
    module = geojson_format if kind == "geojson" else kml_format

    def no_stop(*_args: object) -> None:
        raise AssertionError("a point was made into a stop before the count was checked")

    monkeypatch.setattr(module, "NamedPoint", no_stop)
    with pytest.raises(ExchangeError, match="brings 5000 points"):
        import_walk(write(tmp_path, kind, along(5_000)))


def test_the_ends_of_the_track_count_as_the_stops_they_make(tmp_path: Path) -> None:
    """Waypoints beside a track (none on its ends) make a Start and an End stop more."""
    track = [(48.80 + n * 1e-4, 2.30) for n in range(2_000)]  # due north
    beside = [(lat, lon + 3e-4) for lat, lon in track[1 : MAX_STOPS - 1]]
    path = tmp_path / "walk.gpx"
    path.write_text(gpx_waypoints(beside, track), encoding="utf-8")
    assert len(import_walk(path).stops) == MAX_STOPS
    beside.append((track[-2][0], track[-2][1] + 3e-4))
    path.write_text(gpx_waypoints(beside, track), encoding="utf-8")
    with pytest.raises(ExchangeError, match=f"brings {MAX_STOPS + 1} points"):
        import_walk(path)


def test_a_track_of_many_parts_far_apart_is_refused_for_its_stops(tmp_path: Path) -> None:
    """Every part of a track away from the last makes two stops (its start and its end)."""
    parts = [along(3, start=48.0 + part * 0.01) for part in range(MAX_STOPS // 2 + 1)]
    path = tmp_path / "pieces.gpx"
    path.write_text(f"{HEAD}{gpx_track(parts)}</gpx>", encoding="utf-8")
    with pytest.raises(ExchangeError, match=f"brings {2 * len(parts)} points"):
        import_walk(path)
    path.write_text(f"{HEAD}{gpx_track(parts[:-1])}</gpx>", encoding="utf-8")
    assert len(import_walk(path).stops) == MAX_STOPS


def test_the_track_itself_has_no_limit(tmp_path: Path) -> None:
    track = along(50_000, start=48.0)
    path = tmp_path / "long.gpx"
    path.write_text(gpx_waypoints(along(3, start=48.5), track), encoding="utf-8")
    walk = import_walk(path)
    assert len(walk.stops) == 5  # the three caches, and the track's start and end
    assert len(walk.route.geometry()) >= 50_000
