"""Every accepted walk exports to GPX, KML, GeoJSON, ICS and a participants CSV; the XML is
well-formed with the user's text escaped, and our own GPX, KML and GeoJSON come back
with what those formats keep: the title, and each stop's name, position and kind."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from defusedxml.ElementTree import fromstring
from hypothesis import example, given

from tests.properties.strategies import accepted_walks, many_stops_walk, participants
from walkplanner.core.crowd import Participant, Status
from walkplanner.core.model import Walk
from walkplanner.core.validation import MAX_LINE_CHARS, clean_text, problems
from walkplanner.exchange.files import export_walk, import_walk
from walkplanner.exchange.geojson import write_geojson
from walkplanner.exchange.gpx import write_gpx
from walkplanner.exchange.ics import write_ics
from walkplanner.exchange.kml import write_kml
from walkplanner.exchange.participants_csv import read_participants_csv, write_participants_csv
from walkplanner.exchange.safety import ExchangeError

FORMATS = ("gpx", "kml", "geojson")
MARKUP = "<script>"


def _texts(element: object) -> str:
    return " ".join(t for t in element.itertext())  # type: ignore[attr-defined]


@given(walk=accepted_walks(), people=participants())
@example(walk=many_stops_walk(), people=[])
def test_every_export_of_an_accepted_walk_is_written_and_well_formed(
    walk: Walk, people: list[Participant]
) -> None:
    gpx, kml = write_gpx(walk), write_kml(walk)
    for document in (gpx.encode("utf-8"), kml):
        root = fromstring(document, forbid_dtd=True)  # well-formed, whatever the texts
        assert MARKUP not in document.decode("utf-8") or MARKUP in _texts(root)
    assert fromstring(gpx.encode("utf-8")).find(".//{*}name").text == clean_text(walk.title)
    json.loads(write_geojson(walk))
    calendar = write_ics(walk, walk.link)
    assert calendar.startswith(b"BEGIN:VCALENDAR") and b"\x00" not in calendar
    write_participants_csv(people)


def kept_stops(walk: Walk) -> list[tuple[str, float, float, str]]:
    """What every format keeps of the stops: the cleaned name (or the importer's
    "Stop N" for none), the position and the kind."""
    return [
        (clean_text(s.name) or f"Stop {n}", s.lat, s.lon, s.kind.value)
        for n, s in enumerate(walk.stops, 1)
    ]


@pytest.mark.parametrize("kind", FORMATS)
@given(walk=accepted_walks(distinct=True))
def test_our_own_file_comes_back_with_what_its_format_keeps(
    kind: str, walk: Walk, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = export_walk(walk, kind, tmp_path_factory.mktemp(kind) / f"walk.{kind}")
    back = import_walk(path)
    assert problems(back) == []
    assert back.title == clean_text(walk.title)
    got = [(s.name, s.lat, s.lon, s.kind.value) for s in back.stops]
    want = kept_stops(walk)
    assert [g[0] for g in got] == [w[0] for w in want]
    assert [g[3] for g in got] == [w[3] for w in want]
    for g, w in zip(got, want, strict=True):
        assert g[1:3] == pytest.approx(w[1:3], abs=1e-7)
    if kind != "kml":  # KML keeps no date, time or counts (tests/exchange/test_round_trip.py)
        assert (back.date, back.start_time) == (
            walk.date,
            walk.start_time.replace(second=0, microsecond=0),
        )
        assert (back.headcount, back.capacity, back.stagger_min) == (
            walk.headcount,
            walk.capacity,
            walk.stagger_min,
        )


@given(people=participants())
def test_participants_csv_comes_back_with_every_named_person(
    people: list[Participant], tmp_path_factory: pytest.TempPathFactory
) -> None:
    named = [p for p in people if clean_text(p.name)]
    if not named:
        return
    back = read_participants_csv(write_participants_csv(people)).people
    assert [p.name for p in back] == [clean_text(p.name) for p in named]
    assert [(p.status, p.role) for p in back] == [(p.status, p.role) for p in named]


def test_markup_in_a_title_is_escaped_in_gpx_and_kml(tmp_path: Path) -> None:
    walk = replace(many_stops_walk(3), title="<script>alert(1)</script> & ]]>")
    for kind in ("gpx", "kml"):
        text = export_walk(walk, kind, tmp_path / f"w.{kind}").read_text(encoding="utf-8")
        assert "<script>" not in text and "&lt;script&gt;" in text


def test_the_gpx_walk_details_escape_the_organisers_text(tmp_path: Path) -> None:
    """gpxpy wrote the details extension unescaped: these notes made a GPX that no reader
    opened, and the first one added a waypoint of its own."""
    notes = '</wp:walk><wpt lat="0" lon="0"/> & <!-- ]]> <![CDATA[ x'
    walk = replace(many_stops_walk(2), accessibility=notes, organiser_name="A & B <c>")
    path = export_walk(walk, "gpx", tmp_path / "w.gpx")
    fromstring(path.read_bytes(), forbid_dtd=True)
    back = import_walk(path)
    assert (back.accessibility, back.organiser_name) == (notes, "A & B <c>")
    assert back.meeting_point == walk.meeting_point


@pytest.mark.parametrize("zone", ["Europe", "Etc", "x" * 300])
def test_a_file_whose_time_zone_is_a_folder_is_refused_in_words(tmp_path: Path, zone: str) -> None:
    """ZoneInfo raised OSError (a folder, a name too long for a file), a traceback."""
    path = export_walk(many_stops_walk(2), "geojson", tmp_path / "w.geojson")
    document = json.loads(path.read_text(encoding="utf-8"))
    document["features"][0]["properties"]["timezone"] = zone
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ExchangeError, match="Unknown time zone"):
        import_walk(path)


def test_participants_csv_with_a_quoted_formula_after_4_kb_comes_back() -> None:
    """The sniffer saw no doubled quote in the first 4 KB and read '""' as the end of a
    quote; a 10,000-character name (set by a script) made a file the reader refused."""
    long = "x" * 1000
    people = [
        Participant(long, long, Status.WAITLIST),
        Participant(long, long, Status.WAITLIST, note='=HYPERLINK("x")\n'),
        Participant("y" * 10_000, "z"),
    ]
    back = read_participants_csv(write_participants_csv(people)).people
    assert back[:2] == people[:2]
    assert back[2].name == "y" * MAX_LINE_CHARS
