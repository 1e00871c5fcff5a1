"""A walk whose rows were damaged in the file (a hand edit in an SQLite browser, another
tool, a bad disk page) is refused with its place named, never a traceback; the other walks
stay usable, the library still lists it, it can be deleted, and the window opens another
walk and says why. Every column of every table the app reads gets each kind of bad value
SQLite lets through: the wrong type, an unreadable text, out of range, not finite, a blob.
(A number written into a text column is stored as its digits, a text like any other.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.faults.conftest import assert_refused, run_cli
from tests.ui.conftest import Harness
from walkplanner.core.crowd import Participant
from walkplanner.core.demo import DEMO_TITLE, demo_walk
from walkplanner.core.model import Place
from walkplanner.settings import SETTINGS_KEY
from walkplanner.store import DATABASE_NAME, Store, open_store
from walkplanner.store.errors import DamagedWalk

# (table, column, bad value, words the message holds); the damage hits the demo walk.
DAMAGE = [
    ("walks", "date", "garbage", "date is 'garbage'"),
    ("walks", "date", "2026-02-30", "date is"),
    ("walks", "date", 20261205, "date is 20261205"),
    ("walks", "date", "0000-01-01", "date is"),
    ("walks", "start_time", "25:99", "start_time is '25:99'"),
    ("walks", "start_time", b"\x00", "start_time is"),
    ("walks", "created_at", "yesterday", "created_at is 'yesterday'"),
    ("walks", "updated_at", 3.5, "updated_at is 3.5"),
    ("walks", "title", b"\x00\xff", "title is"),
    ("walks", "timezone", "Mars/Olympus", "Mars/Olympus"),
    ("walks", "timezone", "../../etc/passwd", "etc/passwd"),
    ("walks", "meeting_lat", "north", "meeting_lat is 'north'"),
    ("walks", "meeting_lat", float("inf"), "meeting point"),
    ("walks", "meeting_lon", 181.0, "meeting point"),
    ("walks", "headcount", -5, "headcount"),
    ("walks", "headcount", 99_999_999_999, "headcount"),
    ("walks", "headcount", "sixty", "headcount is 'sixty'"),
    ("walks", "headcount", 2.5, "headcount is 2.5"),
    ("walks", "capacity", 0, "capacity"),
    ("walks", "pace_kmh", "fast", "pace_kmh is 'fast'"),
    ("walks", "pace_kmh", 0.0, "pace"),
    ("walks", "pace_kmh", float("-inf"), "pace"),
    ("walks", "slowest_kmh", 1e300, "pace"),
    ("walks", "group_size", -3, "group size"),
    ("walks", "stagger_min", "later", "stagger_min is 'later'"),
    ("walks", "link", "javascript:alert(1)", "not a web address"),
    ("walks", "organiser_name", b"\xde\xad", "organiser_name is"),
    ("walks", "version", "v2", "version is 'v2'"),
    ("stops", "lat", "nan", "stop 1: lat is 'nan'"),
    ("stops", "lat", float("inf"), "latitude inf"),
    ("stops", "lon", -999.0, "longitude"),
    ("stops", "kind", "volcano", "stop 1: kind is 'volcano'"),
    ("stops", "dwell_min", -1, "time at a stop"),
    ("stops", "dwell_min", "long", "dwell_min is 'long'"),
    ("stops", "seats", "many", "seats is 'many'"),
    ("legs", "geometry", b"\x01\x02", "leg 1: geometry is"),
    ("legs", "geometry", "a line", "leg 1: geometry is 'a line'"),
    (
        "legs",
        "geometry",
        bytes(16) * 2 + b"\x00" * 8 + b"\x00\x00\x00\x00\x00\x00\xf8\x7f",
        "leg 1",
    ),
    ("legs", "source", "satellite", "leg 1: source is 'satellite'"),
    ("legs", "mode", "teleport", "leg 1: mode is 'teleport'"),
    ("legs", "vias", b"\xff" * 3, "leg 1: vias is"),
]


def damage(data_dir: Path, table: str, column: str, value: object) -> None:
    """Write `value` into the first row of `table` for walk 1, as an outside tool would."""
    key = "id" if table == "walks" else "walk_id"
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        db.execute(
            f"UPDATE {table} SET {column} = ? WHERE rowid = "
            f"(SELECT min(rowid) FROM {table} WHERE {key} = 1)",
            (value,),
        )


SECOND_TITLE = "Canal Saint-Martin at dusk"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """The demo walk (1) and a second, healthy walk (2)."""
    opened = open_store(tmp_path)
    opened.repository.add(replace(demo_walk(), title=SECOND_TITLE))
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("table", "column", "value", "words"),
    DAMAGE,
    ids=[f"{t}.{c}={v!r:.20}" for t, c, v, _ in DAMAGE],
)
def test_a_damaged_row_is_named_and_the_other_walks_stay_usable(
    store: Store, table: str, column: str, value: object, words: str
) -> None:
    damage(store.path.parent, table, column, value)
    with pytest.raises(DamagedWalk) as refused:
        store.repository.get(1)
    said = str(refused.value)
    named = "(number 1) cannot be opened" in said or "Walk 1 cannot be opened" in said
    assert named and words.lower() in said.lower(), said
    assert [s.id for s in store.repository.summaries()] == [2, 1] or {
        s.id for s in store.repository.summaries()
    } == {1, 2}
    assert store.repository.get(2).title == SECOND_TITLE
    assert store.repository.find("canal").id == 2  # a search passes over the damage
    assert store.repository.delete(1) is None  # it goes, with nothing to restore
    assert [s.id for s in store.repository.summaries()] == [2]


@pytest.mark.parametrize("zone", ["right/Europe/Paris", "posix/Europe/Paris", "localtime"])
def test_a_zone_saved_before_copies_were_refused_opens_and_saves_as_the_place(
    store: Store, zone: str
) -> None:
    damage(store.path.parent, "walks", "timezone", zone)
    walk = store.repository.get(1)
    assert walk.timezone == "Europe/Paris"
    store.repository.save(walk)
    assert store.repository.get(1).timezone == "Europe/Paris"


def test_a_start_time_saved_with_an_offset_opens_and_saves_as_the_walk_s_time(
    store: Store,
) -> None:
    damage(store.path.parent, "walks", "start_time", "14:30:00+02:00")
    walk = store.repository.get(1)
    assert walk.start_time.isoformat() == "14:30:00"
    store.repository.save(walk)
    assert store.repository.get(1).start_time.isoformat() == "14:30:00"


@pytest.mark.parametrize(
    ("column", "value", "words"),
    [
        ("status", "maybe", "participant 1: status is 'maybe'"),
        ("role", "captain", "participant 1: role is 'captain'"),
        ("name", b"\x00", "participant 1: name is"),
    ],
)
def test_damaged_participants_refuse_their_walk_not_the_others(
    store: Store, column: str, value: object, words: str
) -> None:
    store.participants.replace_participants(1, [Participant("Ada"), Participant("Grace")])
    damage(store.path.parent, "participants", column, value)
    with pytest.raises(DamagedWalk, match=words.replace("(", r"\(")):
        store.participants.participants(1)
    assert store.participants.participants(2) == []


def test_damaged_settings_and_caches_read_as_absent(store: Store) -> None:
    """A setting that is not JSON takes its default; a cache entry that does not decode is a
    miss (the router or geocoder is asked again, and its answer checked as ever)."""
    store.repository.set_setting("settings", {"language": "fr"})
    store.repository.cache_route("k", ((48.0, 2.0), (48.1, 2.1)), 100.0)
    store.places.cache_search("q", [Place("Louvre", 48.86, 2.33)])
    store.places.save(Place("Café", 48.85, 2.34, "terrace"))
    store.places.save(Place("Bridge", 48.85, 2.35))
    with sqlite3.connect(store.path) as db:
        db.execute("UPDATE settings SET value = '{not json' WHERE key = 'settings'")
        db.execute("UPDATE route_cache SET geometry = x'0102'")
        db.execute('UPDATE geocode_cache SET results = \'[{"name": 1, "x": 2}]\'')
        db.execute("UPDATE saved_places SET lat = 'north' WHERE name = 'Café'")
    assert store.repository.get_setting("settings", "default") == "default"
    assert store.repository.cached_route("k") is None
    assert store.places.cached_search("q") is None
    assert [place.name for place in store.places.saved()] == ["Bridge"]


def test_the_command_line_names_the_damage_and_lists_the_rest(tmp_path: Path) -> None:
    open_store(tmp_path).close()
    damage(tmp_path, "walks", "date", "garbage")
    assert_refused(
        run_cli(tmp_path, "show", "1"), "(number 1) cannot be opened", "date is 'garbage'"
    )
    listed = run_cli(tmp_path, "list")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.split("\t")[2] == "?"


def damage_notice(qtbot, window) -> str:
    """The text of the non-modal warning the window opens beside itself."""
    from PySide6.QtWidgets import QMessageBox

    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "damaged-walks") is not None)
    return window.findChild(QMessageBox, "damaged-walks").text()


def test_the_window_opens_another_walk_says_why_and_can_delete_the_damaged_one(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    store = open_store(tmp_path)
    store.repository.add(demo_walk())
    store.repository.set_setting(SETTINGS_KEY, {"last_walk_id": 1})  # walk 1 was open last
    store.participants.replace_participants(1, [Participant("Ada")])
    store.close()
    damage(tmp_path, "participants", "status", "maybe")
    harness = Harness(qtbot, tmp_path)
    try:
        window = harness.open().window
        assert window.document.walk.id == 2
        assert f"“{DEMO_TITLE}” (number 1) cannot be opened" in damage_notice(qtbot, window)
        monkeypatch.setattr(
            type(window.walks), "_ask", lambda *_args: QMessageBox.StandardButton.Yes
        )
        window.walks.delete_walk(1)
        assert [s.id for s in harness.session.store.repository.summaries()] == [2]
        assert window.document.walk.id == 2 and window.document.undo_stack.count() == 0
    finally:
        harness.close()


def test_the_window_starts_on_a_blank_walk_when_the_only_one_is_damaged(
    qtbot, tmp_path: Path
) -> None:
    open_store(tmp_path).close()
    damage(tmp_path, "stops", "lat", "nan")
    harness = Harness(qtbot, tmp_path)
    try:
        window = harness.open().window
        assert window.document.walk.id not in (None, 1)
        assert "stop 1: lat is 'nan'" in damage_notice(qtbot, window)
        stored = harness.session.store.repository.summaries()
        assert {s.id for s in stored} == {1, window.document.walk.id}  # nothing overwritten
    finally:
        harness.close()


def test_a_column_dropped_by_hand_is_named_not_a_traceback(store: Store) -> None:
    with sqlite3.connect(store.path) as db:
        db.execute("ALTER TABLE walks DROP COLUMN accessibility")
    with pytest.raises(DamagedWalk, match="accessibility is missing"):
        store.repository.get(1)


def test_a_folder_where_the_database_belongs_is_said_so(tmp_path: Path) -> None:
    (tmp_path / DATABASE_NAME).mkdir()
    assert_refused(run_cli(tmp_path, "list"), "is not a walk database file", "--data-dir")


def test_a_schema_that_fits_no_migration_is_said_without_sql(tmp_path: Path) -> None:
    """The tables are there but the schema's version is gone: SQLite's words, not the
    statement SQLAlchemy ran."""
    open_store(tmp_path).close()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
        db.execute("DELETE FROM alembic_version")
    result = run_cli(tmp_path, "list")
    assert_refused(result, "could not be used", "already exists")
    assert "CREATE TABLE" not in result.stderr and "[SQL" not in result.stderr
