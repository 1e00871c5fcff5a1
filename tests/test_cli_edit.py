"""`walkplanner set` and `walkplanner check`: scripts edit and check walks; a bad value
changes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from walkplanner.cli import main


def shown(capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["show", "louvre", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_set_changes_every_named_field(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "set", "louvre", "title=Louvre walk", "date=2027-03-20", "start=10h30",
                "expected=80", "capacity=40", "pace=4,2", "meeting=Pyramid, east side",
                "organiser=Sam", "contact=@sam", "groups=on", "group-size=12", "stagger=5",
            ]
        )
        == 0
    )  # fmt: skip
    data = shown(capsys)
    assert (data["title"], data["date"], data["start_time"]) == (
        "Louvre walk",
        "2027-03-20",
        "10:30",
    )
    assert (data["expected"], data["capacity"], data["pace_kmh"]) == (80, 40, 4.2)
    assert data["meeting_point"]["name"] == "Pyramid, east side"
    assert data["organiser"] == {"name": "Sam", "contact": "@sam"}
    assert main(["set", "louvre", "capacity=none"]) == 0
    assert shown(capsys)["capacity"] is None


@pytest.mark.parametrize(
    ("assignment", "words"),
    [
        ("expected=100000", "headcount"),
        ("title=" + "T" * 1001, "at most 1000"),
        ("description=" + "d" * 100_001, "at most 100000"),
        ("expected=-1", "headcount"),
        ("expected=1e3", "whole number"),
        ("expected=nan", "whole number"),
        ("capacity=0", "capacity"),
        ("pace=nan", "pace"),
        ("pace=inf", "pace"),
        ("pace=1e308", "pace"),
        ("date=2026-02-30", "not a date"),
        ("date=9999-01-01", "out of range"),
        ("date=yesterday", "not a date"),
        ("start=25:00", "not a time"),
        ("start=", "not a time"),
        ("title=", "title"),
        ("title=\x01\x02", "title"),
        ("link=javascript:alert(1)", "web address"),
        ("timezone=Mars/Olympus", "time zone"),
        ("groups=maybe", "neither on nor off"),
        ("colour=red", "FIELD=VALUE"),
        ("expected", "FIELD=VALUE"),
    ],
)
def test_a_bad_value_is_refused_whole(
    data_dir: Path, capsys: pytest.CaptureFixture[str], assignment: str, words: str
) -> None:
    before = shown(capsys)
    assert main(["set", "louvre", "title=Changed", assignment]) == 2
    err = capsys.readouterr().err
    assert err.startswith("walkplanner: ") and words.lower() in err.lower(), err
    assert len(err.strip().splitlines()) == 1
    assert shown(capsys) == before


def test_check_says_what_to_fix_and_exits_1_on_a_problem(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "louvre"]) == 0  # the demo walk: warnings only (legs not routed)
    out = capsys.readouterr().out
    assert "problem:" not in out and "warning: 4 legs are still straight lines" in out
    assert main(["set", "louvre", "date=2020-05-01", "expected=0"]) == 0
    capsys.readouterr()
    assert main(["check", "louvre"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("problem: The walk is dated 2020-05-01, in the past")
    assert "problem: Nobody is expected: set how many people you expect." in lines


def test_groups_count_people_with_plurals(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["set", "louvre", "expected=3", "group-size=2"]) == 0
    capsys.readouterr()
    assert main(["groups", "louvre"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "3 people in 2 groups of up to 2, leaving every 10 min"
    assert lines[2].startswith("  B: 1 person, leaves 14:10")


def test_route_and_search_use_the_addresses_saved_in_preferences(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.nominatim_server import nominatim_server
    from tests.osrm_server import osrm_server
    from walkplanner.settings import Settings
    from walkplanner.store import open_store

    monkeypatch.delenv("WALKPLANNER_ROUTING_URL", raising=False)
    monkeypatch.delenv("WALKPLANNER_GEOCODER_URL", raising=False)
    with osrm_server() as router, nominatim_server() as geocoder:
        store = open_store(data_dir)
        Settings(routing_url=router.url, geocoder_url=geocoder.url).save(store.repository)
        store.close()
        assert main(["route", "louvre"]) == 0
        assert capsys.readouterr().out.startswith("4 of 4 legs follow the streets")
        assert len(router.requests) == 4
        assert main(["search", "Louvre pyramid"]) == 0
        assert capsys.readouterr().out.startswith("Pyramide du Louvre")
        assert len(geocoder.requests) == 1
