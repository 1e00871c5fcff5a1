"""The invite card and the handout draw a few hostile accepted walks, offline (no tile
source: the map's plain background), without an exception. Explicit walks, not generated
hundreds: each drawing takes a second or more."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.properties.strategies import many_stops_walk
from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.core.model import Leg, LegSource, MeetingPoint, Route, Stop, StopKind, Walk
from walkplanner.core.validation import MAX_LINE_CHARS, problems
from walkplanner.render.card import CardOptions, render_card
from walkplanner.render.handout import HandoutOptions, export_pdf

CREDIT = "© OpenStreetMap contributors"
ODD = "\u202eevil\u202c Z\u0351\u0352 👩‍👩‍👧‍👦 <script>&amp;]]>{0}%s\x00\x1b[31m"


def _poles() -> Walk:
    """Stops on both poles and both sides of the antimeridian, -0.0 and subnormals."""
    stops = (
        Stop("North", 90.0, -180.0, StopKind.START, 1440, ODD * 20, 0),
        Stop("", -0.0, 5e-324),
        Stop("South", -90.0, 180.0, StopKind.END, 0, "", 10_000),
    )
    legs = (Leg.straight(stops[0], stops[1]), Leg((stops[1].position, (0.0, 179.9),
            stops[2].position), LegSource.ROUTED))  # fmt: skip
    return Walk(ODD, dt.date(2200, 12, 31), dt.time(23, 59, 59, 999999),
                MeetingPoint(ODD, -90.0, -180.0, ODD), Route(stops, legs), pace_kmh=10.0,
                headcount=10_000, capacity=1, emergency_phone="", timezone="Pacific/Apia")  # fmt: skip


def _long_texts() -> Walk:
    walk = many_stops_walk(5)
    long_line = ("W" + "\u0301" * 3 + "😀 ") * (MAX_LINE_CHARS // 6)
    stops = tuple(replace(s, name=long_line, note=ODD * 400) for s in walk.stops)
    return replace(walk, title=long_line, description=("{x} %s\n" * 2000),
                   organiser_name=long_line, organiser_contact=long_line,
                   accessibility=ODD * 400, route=Route(stops, walk.legs),
                   date=dt.date(2026, 3, 29), start_time=dt.time(2, 30))  # fmt: skip


WALKS = {
    "empty": Walk("x", dt.date(1900, 1, 1), dt.time(0, 0), MeetingPoint("", 0.0, 0.0)),
    "one stop": Walk(
        ODD,
        dt.date(2024, 2, 29),
        dt.time(12),
        MeetingPoint("", 1, 1),
        Route.through([Stop(ODD, 1, 1)]),
        headcount=0,
    ),
    "poles": _poles(),
    "long texts": _long_texts(),
    "many stops": replace(many_stops_walk(), split_groups=True, headcount=150),
}
PEOPLE = [Participant(ODD, ODD, status, role, ODD, ODD) for status in Status for role in Role] + [
    Participant("x" * MAX_LINE_CHARS, "=cmd|' /C calc'!A0")
] * 30


@pytest.mark.parametrize("name", WALKS)
def test_a_hostile_walk_makes_a_card(qapp: object, name: str) -> None:
    walk = WALKS[name]
    assert problems(walk) == []
    for size in ("post", "story"):
        image = render_card(walk, CardOptions(size=size, lang="fr"), None, CREDIT, PEOPLE)
        assert not image.isNull()


@pytest.mark.parametrize("name", WALKS)
def test_a_hostile_walk_makes_a_handout(qapp: object, name: str, tmp_path: Path) -> None:
    walk = WALKS[name]
    options = HandoutOptions("letter", "en", people=tuple(PEOPLE))
    path = export_pdf(walk, options, None, CREDIT, tmp_path / "h.pdf")
    assert len(PdfReader(path).pages) >= 1
