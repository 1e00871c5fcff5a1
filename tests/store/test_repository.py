from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from walkplanner.core.demo import DEMO_TITLE, demo_walk
from walkplanner.core.model import Leg, LegSource, Place, Route, Stop
from walkplanner.core.validation import InvalidWalk
from walkplanner.store import DATABASE_NAME, open_store
from walkplanner.store.errors import AmbiguousWalk, StoreReadOnly, WalkChanged, WalkNotFound
from walkplanner.store.repository import WalkRepository
from walkplanner.store.writes import Transactions


@pytest.fixture
def repository(tmp_path: Path) -> WalkRepository:
    store = open_store(tmp_path)
    yield store.repository
    store.close()


def test_demo_walk_round_trips_field_for_field(repository: WalkRepository) -> None:
    (summary,) = repository.summaries()
    stored = repository.get(summary.id)
    expected = demo_walk(dt.date.today())
    for field in (
        "title",
        "description",
        "date",
        "start_time",
        "timezone",
        "meeting_point",
        "route",
        "headcount",
        "capacity",
        "pace_kmh",
        "organiser_name",
        "organiser_contact",
    ):
        assert getattr(stored, field) == getattr(expected, field), field
    assert stored.created_at.tzinfo is not None and stored.updated_at >= stored.created_at
    assert summary.title == DEMO_TITLE and summary.stop_count == 5
    assert summary.distance_km == pytest.approx(1.49, abs=0.01)


def test_save_replaces_stops_and_legs_in_one_go(repository: WalkRepository) -> None:
    walk = repository.get(repository.summaries()[0].id)
    routed = Leg(((48.86105, 2.33583), (48.8600, 2.3360), (48.85834, 2.33752)), LegSource.ROUTED)
    walk = replace(walk, route=Route(walk.stops[:2], (routed,)))
    walk = replace(walk, capacity=40)
    repository.save(walk)
    again = repository.get(walk.id)
    assert again.route == walk.route and again.capacity == 40
    assert repository.summaries()[0].stop_count == 2


def test_invalid_walk_is_not_saved(repository: WalkRepository) -> None:
    walk = repository.get(repository.summaries()[0].id)
    bad = replace(walk, title="  ")
    with pytest.raises(InvalidWalk, match="title"):
        repository.save(bad)
    off_globe = replace(walk, route=Route.through([Stop("x", 91.0, 0.0), Stop("y", 0.0, 0.0)]))
    with pytest.raises(InvalidWalk, match=r"(?i)latitude"):
        repository.save(off_globe)
    assert repository.get(walk.id).title == DEMO_TITLE
    assert len(repository.get(walk.id).stops) == 5


def test_find_by_id_title_part_and_failures(repository: WalkRepository) -> None:
    demo_id = repository.summaries()[0].id
    copy = repository.duplicate(demo_id)
    assert repository.find(str(demo_id)).id == demo_id
    assert repository.find(DEMO_TITLE).id == demo_id  # exact title beats the copy's substring
    assert repository.find("(copy)").id == copy.id
    with pytest.raises(AmbiguousWalk, match=str(copy.id)):
        repository.find("louvre")
    with pytest.raises(WalkNotFound):
        repository.find("moon walk")
    with pytest.raises(WalkNotFound):
        repository.find("%")
    repository.delete(copy.id)
    with pytest.raises(WalkNotFound):
        repository.get(copy.id)


def test_demo_is_seeded_once_only(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.repository.delete(store.repository.summaries()[0].id)
    store.close()
    store = open_store(tmp_path)
    assert store.repository.summaries() == []
    store.close()


def test_settings_round_trip(repository: WalkRepository) -> None:
    assert repository.get_setting("nothing", 3) == 3
    repository.set_setting("app", {"last_walk_id": 7})
    repository.set_setting("app", {"last_walk_id": 8})
    assert repository.get_setting("app") == {"last_walk_id": 8}


def test_a_long_track_saves_and_loads_whole(repository: WalkRepository) -> None:
    """Every point, exactly; its speed is timed in tests/bench/test_repository_speed.py."""
    walk = repository.get(repository.summaries()[0].id)
    points = tuple((48.86 - i * 1e-6, 2.33 + i * 1e-6) for i in range(100_000))
    a, b = Stop("A", *points[0]), Stop("B", *points[-1])
    walk = replace(walk, route=Route((a, b), (Leg(points, LegSource.ROUTED),)))
    repository.save(walk)
    assert repository.get(walk.id).legs[0].points == points


def read_only_repository(folder: Path) -> WalkRepository:
    """Root ignores file modes, so the same file through SQLite's read-only mode."""
    path, uri = folder / DATABASE_NAME, f"file:{folder / DATABASE_NAME}?mode=ro"
    return WalkRepository(
        Transactions(path, folder / "backups", lambda: sqlite3.connect(uri, uri=True))
    )


def test_a_read_only_database_is_reported_and_the_walk_kept(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    walk = store.repository.get(store.repository.summaries()[0].id)
    store.close()
    repository = read_only_repository(tmp_path)
    walk = replace(walk, title="Edited while the disk refuses")
    with pytest.raises(StoreReadOnly, match="--data-dir"):
        repository.save(walk)
    assert walk.title == "Edited while the disk refuses"
    with sqlite3.connect(tmp_path / "walkplanner.sqlite") as db:
        assert db.execute("SELECT title FROM walks").fetchone()[0] == DEMO_TITLE


def test_leg_wishes_and_the_route_cache_round_trip(repository: WalkRepository) -> None:
    from walkplanner.core.model import LegMode

    walk = repository.get(repository.summaries()[0].id)
    leg = replace(walk.legs[0], mode=LegMode.STRAIGHT, vias=((48.86, 2.336),))
    walk = replace(walk, route=walk.route.with_leg(0, leg))
    walk = replace(walk, follow_streets=False)
    repository.save(walk)
    again = repository.get(walk.id)
    assert again.legs[0] == leg and not again.follow_streets
    assert repository.cached_route("osrm|a") is None
    repository.cache_route("osrm|a", ((1.0, 2.0), (3.0, 4.0)), 123.4)
    assert repository.cached_route("osrm|a") == (((1.0, 2.0), (3.0, 4.0)), 123.4)


def test_participants_and_group_settings_round_trip(tmp_path: Path) -> None:
    from walkplanner.core.crowd import Participant, Role, Status

    store = open_store(tmp_path)
    walk = store.repository.get(store.repository.summaries()[0].id)
    walk = replace(walk, group_size=12, stagger_min=15)
    walk = replace(walk, route=walk.route.edited(4, seats=30))
    store.repository.save(walk)
    again = store.repository.get(walk.id)
    assert (again.group_size, again.stagger_min, again.stops[4].seats) == (12, 15, 30)
    people = [
        Participant("Ana", "ana@example.org", role=Role.LEADER),
        Participant("Ben", status=Status.WAITLIST, needs="step-free"),
    ]
    store.participants.replace_participants(walk.id, people)
    assert store.participants.participants(walk.id) == people
    store.participants.replace_participants(walk.id, people[:1])
    assert store.participants.participants(walk.id) == people[:1]
    store.repository.delete(walk.id)
    assert store.participants.participants(walk.id) == []
    store.close()


def test_participants_are_not_written_over_a_newer_walk(tmp_path: Path) -> None:
    from walkplanner.core.crowd import Participant

    store = open_store(tmp_path)
    walk = store.repository.get(store.repository.summaries()[0].id)
    saved = store.repository.save(replace(walk, title="Saved by the command line"))
    with pytest.raises(WalkChanged):
        store.participants.replace_participants(walk.id, [Participant("Ana")], walk.version)
    assert store.participants.participants(walk.id) == []
    store.participants.replace_participants(walk.id, [Participant("Ana")], saved.version)
    assert store.participants.participants(walk.id) == [Participant("Ana")]
    assert store.repository.get(walk.id).version == saved.version  # the check bumps nothing
    with pytest.raises(WalkNotFound):
        store.participants.replace_participants(10_000, [], 1)
    store.close()


def test_an_unchanged_setting_is_not_written_again(tmp_path: Path) -> None:
    """Closing the window saves the settings; unchanged, they cost no write, so a
    read-only disk only refuses a real change."""
    store = open_store(tmp_path)
    store.repository.set_setting("window", {"width": 800, "pace": 4.5, "names": ("a", "b")})
    store.close()
    repository = read_only_repository(tmp_path)
    repository.set_setting("window", {"width": 800, "pace": 4.5, "names": ("a", "b")})
    with pytest.raises(StoreReadOnly):
        repository.set_setting("window", {"width": 801, "pace": 4.5, "names": ("a", "b")})


def test_a_closed_store_refuses_writes_instead_of_opening_again(tmp_path: Path) -> None:
    """Work abandoned by a closing window may come back late; it must not reopen the file."""
    from walkplanner.store.errors import StoreClosed

    store = open_store(tmp_path)
    repository = store.repository
    walk = repository.get(repository.summaries()[0].id)
    store.close()
    with pytest.raises(StoreClosed, match="nothing was written"):
        repository.save(replace(walk, title="Too late"))
    with pytest.raises(StoreClosed):
        store.places.cache_search("late", [])
    assert open_store(tmp_path).reads.get(walk.id).title == DEMO_TITLE


def test_a_long_title_saved_before_the_limit_opens_and_its_next_save_says_shorten(
    tmp_path: Path,
) -> None:
    store = open_store(tmp_path)
    walk = store.repository.get(store.repository.summaries()[0].id)
    with sqlite3.connect(tmp_path / "walkplanner.sqlite") as db:
        db.execute("UPDATE walks SET title = ?", ("Long " * 2000,))
    stored = store.repository.get(walk.id)
    assert len(stored.title) == 10_000
    with pytest.raises(InvalidWalk, match="The title is 10000 characters long"):
        store.repository.save(replace(stored, headcount=20))
    store.repository.save(replace(stored, title="Short again", headcount=20))
    store.close()


def test_a_write_the_file_has_no_room_for_is_refused_whole(tmp_path: Path) -> None:
    """SQLite ends a transaction itself on some errors (a full disk): the refusal says the
    disk is full, not that no transaction is active, and nothing of the write is kept."""
    store = open_store(tmp_path)
    walk = store.repository.get(store.repository.summaries()[0].id)
    store.close()
    path = tmp_path / DATABASE_NAME

    def cramped() -> sqlite3.Connection:
        db = sqlite3.connect(path)
        pages = db.execute("PRAGMA page_count").fetchone()[0]
        db.execute(f"PRAGMA max_page_count = {pages + 2}")
        return db

    repository = WalkRepository(Transactions(path, tmp_path / "backups", cramped))
    points = tuple((48.86 - i * 1e-6, 2.33 + i * 1e-6) for i in range(50_000))
    a, b = Stop("A", *points[0]), Stop("B", *points[-1])
    long_walk = replace(walk, route=Route((a, b), (Leg(points, LegSource.ROUTED),)))
    with pytest.raises(StoreReadOnly, match="disk is full"):
        repository.save(long_walk)
    assert repository.get(walk.id) == walk


def test_a_text_with_a_lone_surrogate_is_refused_with_a_message(tmp_path: Path) -> None:
    """Every way in cleans texts, but a str can hold what no file can: the store says so
    instead of raising UnicodeEncodeError into the window."""
    from walkplanner.store.errors import StoreError

    store = open_store(tmp_path)
    walk = store.repository.get(store.repository.summaries()[0].id)
    with pytest.raises(StoreError, match="cannot be stored"):
        store.repository.save(replace(walk, title="Louvre \ud800"))
    with pytest.raises(StoreError, match="nothing was written"):
        store.places.save(Place("Pont \udcff", 48.857, 2.341))
    assert store.repository.get(walk.id) == walk
    store.close()
