from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from walkplanner.cli import main
from walkplanner.core.demo import demo_walk
from walkplanner.exchange.files import export_walk, import_walk
from walkplanner.exchange.safety import ExchangeError, read_limited

GPX10_TRACK = """\ufeff<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.0" xmlns="http://www.topografix.com/GPX/1/0">
  <trk><name>Canal Saint-Martin loop</name>
    <trkseg></trkseg>
    <trkseg>
      <trkpt lat="48.8720" lon="2.3650"><time>2026-05-02T08:00:00Z</time></trkpt>
      <trkpt lat="48.8730" lon="2.3660"><extensions><hr>95</hr></extensions></trkpt>
      <trkpt lat="48.8745" lon="2.3672"/>
    </trkseg>
  </trk>
</gpx>
"""

GPX11_WAYPOINTS = """<?xml version="1.0"?>
<gpx version="1.1" creator="Other app" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="48.8745" lon="2.3672"><name>Bistro</name><desc>Coffee</desc></wpt>
  <wpt lat="48.8720" lon="2.3650"><name>&lt;img src=x onerror=alert(1)&gt;</name></wpt>
  <trk><trkseg>
    <trkpt lat="48.8720" lon="2.3650"><ele>35</ele></trkpt>
    <trkpt lat="48.8730" lon="2.3660"><ele>36</ele></trkpt>
    <trkpt lat="48.8745" lon="2.3672"><ele>37</ele></trkpt>
  </trkseg></trk>
</gpx>
"""

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<gpx version="1.1"><metadata><name>&lol3;</name></metadata></gpx>
"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<gpx version="1.1"><metadata><name>&secret;</name></metadata></gpx>
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["gpx", "geojson", "kml"])
def test_round_trip_gives_back_the_same_walk(tmp_path: Path, kind: str) -> None:
    walk = demo_walk()
    back = import_walk(export_walk(walk, kind, tmp_path / f"walk.{kind}"))
    fields = ["title", "description"]
    if kind != "kml":  # KML has no place for the walk's details
        fields += [
            "date",
            "start_time",
            "timezone",
            "headcount",
            "pace_kmh",
            "organiser_name",
            "organiser_contact",
            "accessibility",
        ]
    for field in fields:
        assert getattr(back, field) == getattr(walk, field), field
    assert back.meeting_point == walk.meeting_point
    assert [(s.name, s.kind, s.dwell_min, s.note) for s in back.stops] == [
        (s.name, s.kind, s.dwell_min, s.note) for s in walk.stops
    ]
    for got, want in zip(back.stops, walk.stops, strict=True):
        assert got.position == pytest.approx(want.position, abs=1e-6)
    assert len(back.route.geometry()) == len(walk.route.geometry())


def test_gpx10_track_with_bom_empty_segment_and_extensions(tmp_path: Path) -> None:
    walk = import_walk(write(tmp_path, "canal.gpx", GPX10_TRACK))
    assert walk.title == "Canal Saint-Martin loop"
    assert [s.name for s in walk.stops] == ["Start", "End"]
    assert walk.legs[0].points == ((48.872, 2.365), (48.873, 2.366), (48.8745, 2.3672))
    assert str(walk.date) == "2026-05-02" and str(walk.start_time) == "10:00:00"  # Paris time


def test_named_waypoints_become_stops_in_track_order_and_text_stays_text(tmp_path: Path) -> None:
    walk = import_walk(write(tmp_path, "w.gpx", GPX11_WAYPOINTS))
    assert [s.name for s in walk.stops] == ["<img src=x onerror=alert(1)>", "Bistro"]
    assert walk.stops[1].note == "Coffee"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (BILLION_LAUGHS, "DTD or entities"),
        (EXTERNAL_ENTITY, "DTD or entities"),
        ("<gpx version='1.1'>\n<trk>\n<trkseg><trkpt lat='1' lon='2'></trkseg>", "line 3"),
        ("", "not valid XML"),
    ],
)
def test_hostile_and_broken_files_are_refused(tmp_path: Path, text: str, message: str) -> None:
    """Refused with a message; how fast is timed in tests/bench/test_refusal_speed.py."""
    with pytest.raises(ExchangeError, match=message):
        import_walk(write(tmp_path, "bad.gpx", text))


def test_files_over_the_limit_are_refused_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "big.gpx", "x" * 2000)
    with pytest.raises(ExchangeError, match="not imported"):
        read_limited(path, max_bytes=1000)


def test_broken_geojson_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match="line 2"):
        import_walk(
            write(tmp_path, "w.geojson", '{"type": "FeatureCollection",\n "features": [,]}')
        )
    with pytest.raises(ExchangeError, match="no points"):
        import_walk(write(tmp_path, "e.geojson", '{"type": "FeatureCollection", "features": []}'))


def test_calendar_event(tmp_path: Path) -> None:
    walk = demo_walk()
    path = export_walk(walk, "ics", tmp_path / "walk.ics", "https://chat.example/invite")
    (event,) = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == walk.title
    assert event.decoded("dtstart").tzinfo.key == "Europe/Paris"
    assert (
        event.decoded("dtstart").hour == 14 and event.decoded("dtend").strftime("%H:%M") == "16:01"
    )
    assert str(event["location"]) == walk.meeting_point.name
    assert event["geo"].latitude == pytest.approx(48.86105)
    assert "14:21 Pont des Arts" in str(event["description"])
    assert str(event["url"]) == "https://chat.example/invite"


def test_a_long_track_keeps_every_point(tmp_path: Path) -> None:
    points = "".join(
        f'<trkpt lat="{48.8 + i * 1e-6:.7f}" lon="{2.3 + i * 1e-6:.7f}"/>' for i in range(20_000)
    )
    walk = import_walk(
        write(
            tmp_path, "long.gpx", f'<gpx version="1.1"><trk><trkseg>{points}</trkseg></trk></gpx>'
        )
    )
    assert len(walk.route.geometry()) == 20_000


def test_cli_import_and_export(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(write(tmp_path, "canal.gpx", GPX10_TRACK))]) == 0
    walk_id = capsys.readouterr().out.strip()
    assert walk_id.isdigit()
    for kind in ("gpx", "geojson", "kml", "ics"):
        out = tmp_path / f"out.{kind}"
        assert main(["export", kind, walk_id, "--out", str(out)]) == 0
        assert out.stat().st_size > 100
    capsys.readouterr()
    assert main(["import", str(write(tmp_path, "bad.gpx", BILLION_LAUGHS))]) == 2
    assert "DTD" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "missing.gpx")]) == 2


def _segments_gpx(segments: list[list[tuple[float, float]]], waypoints: str = "") -> str:
    body = "".join(
        "<trkseg>" + "".join(f'<trkpt lat="{a}" lon="{o}"/>' for a, o in seg) + "</trkseg>"
        for seg in segments
    )
    return f'<gpx version="1.1">{waypoints}<trk>{body}</trk></gpx>'


def test_every_track_point_is_kept_around_inner_waypoints(tmp_path: Path) -> None:
    points = [(48.85 + i * 1e-4, 2.34 + i * 5e-5) for i in range(296)]
    waypoints = "".join(
        f'<wpt lat="{points[i][0]}" lon="{points[i][1]}"><name>W{i}</name></wpt>' for i in (7, 250)
    )
    walk = import_walk(write(tmp_path, "w.gpx", _segments_gpx([points], waypoints)))
    assert walk.route.geometry() == points
    assert [s.name for s in walk.stops] == ["Start", "W7", "W250", "End"]


def test_an_off_track_waypoint_keeps_the_track_and_adds_only_itself(tmp_path: Path) -> None:
    points = [(48.85 + i * 1e-4, 2.34) for i in range(20)]
    waypoint = '<wpt lat="48.851" lon="2.3403"><name>Cafe</name></wpt>'
    geometry = import_walk(
        write(tmp_path, "w.gpx", _segments_gpx([points], waypoint))
    ).route.geometry()
    assert list(dict.fromkeys(p for p in geometry if p in points)) == points
    assert len(geometry) == len(points) + 2  # to the café and back to the same track point


def test_segments_far_apart_become_a_straight_leg_between_two_stops(tmp_path: Path) -> None:
    near = [
        [(48.85 + i * 1e-4, 2.34) for i in range(10)],
        [(48.851 + i * 1e-4, 2.34) for i in range(10)],
    ]
    far = [near[0], [(48.86 + i * 1e-4, 2.35) for i in range(10)]]
    joined = import_walk(write(tmp_path, "near.gpx", _segments_gpx(near)))
    assert len(joined.legs) == 1 and len(joined.route.geometry()) == 20
    apart = import_walk(write(tmp_path, "far.gpx", _segments_gpx(far)))
    assert [s.name for s in apart.stops] == ["Start", "End of part 1", "Start of part 2", "End"]
    assert [leg.source.value for leg in apart.legs] == ["routed", "straight", "routed"]
    assert apart.legs[1].points == (far[0][-1], far[1][0])
    assert len(apart.route.geometry()) == 20


@pytest.mark.parametrize(
    "value", [48.86, 1e-7, -1e-9, -0.0, 5e-324, 89.99999999999999, -180.0, 1.5e-10, 2.0]
)
def test_track_numbers_are_written_as_gpxpy_writes_them(value: float) -> None:
    """The track is written without gpxpy's objects (12 s and 719 MB for 1,000,000 points,
    now 3.8 s and 380 MB), so its numbers must read exactly as gpxpy's: no 1e-07 in GPX."""
    from gpxpy.utils import make_str

    from walkplanner.exchange.gpx import _segment

    written = _segment([(value, value)])
    assert f'lat="{make_str(value)}" lon="{make_str(value)}"' in written and "e-" not in written


def test_the_track_segment_is_the_one_gpxpy_would_write() -> None:
    import gpxpy.gpx

    from walkplanner.exchange.gpx import write_gpx
    from walkplanner.exchange.outgoing import export_copy

    walk = demo_walk()
    segment = gpxpy.gpx.GPXTrackSegment(
        [gpxpy.gpx.GPXTrackPoint(lat, lon) for lat, lon in export_copy(walk).route.geometry()]
    )
    track = gpxpy.gpx.GPXTrack()
    track.segments.append(segment)
    reference = gpxpy.gpx.GPX()
    reference.tracks.append(track)
    expected = reference.to_xml(version="1.1")
    written = write_gpx(walk)

    def trkseg(text: str) -> str:
        return text[text.index("<trkseg>") : text.index("</trkseg>")]

    assert trkseg(written) == trkseg(expected) and written.count("<trkpt ") > 2
