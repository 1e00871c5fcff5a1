"""Walk versions (no lost update) and deletion that can be undone."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from walkplanner.core.crowd import Participant, Role
from walkplanner.core.demo import DEMO_TITLE
from walkplanner.store import DATABASE_NAME, Store, open_store
from walkplanner.store.errors import WalkChanged, WalkNotFound


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(tmp_path)
    yield opened
    opened.close()


def test_every_save_raises_the_version(store: Store) -> None:
    walk = store.repository.get(store.repository.summaries()[0].id)
    assert walk.version == 1
    saved = store.repository.save(replace(walk, title="Once"))
    assert saved.version == 2 == store.repository.get(walk.id).version
    assert store.repository.save(replace(saved, title="Twice")).version == 3


def test_a_save_based_on_an_old_version_is_refused_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    window = store.repository.get(store.repository.summaries()[0].id)
    other = open_store(tmp_path)  # the command line, on the same file
    try:
        command = other.repository.get(window.id)
        store.repository.save(replace(window, route=window.route.removed(4)))
        with pytest.raises(WalkChanged, match="changed since") as refused:
            other.repository.save(replace(command, title="Routed by the CLI"))
    finally:
        other.close()
    assert (refused.value.based_on, refused.value.stored) == (1, 2)
    stored = store.repository.get(window.id)
    assert stored.title == DEMO_TITLE and len(stored.stops) == 4


def test_the_other_direction_is_refused_too(store: Store, tmp_path: Path) -> None:
    window = store.repository.get(store.repository.summaries()[0].id)
    other = open_store(tmp_path)
    try:
        other.repository.save(replace(other.repository.get(window.id), title="From the CLI"))
    finally:
        other.close()
    with pytest.raises(WalkChanged):
        store.repository.save(replace(window, title="From the window"))
    assert store.repository.get(window.id).title == "From the CLI"


def test_a_stale_copy_of_a_deleted_walk_is_not_found(store: Store) -> None:
    walk = store.repository.get(store.repository.summaries()[0].id)
    store.repository.delete(walk.id)
    with pytest.raises(WalkNotFound):
        store.repository.save(walk)


def test_delete_then_restore_gives_back_the_walk_and_its_people(store: Store) -> None:
    walk = store.repository.get(store.repository.summaries()[0].id)
    people = [Participant("Ana", role=Role.LEADER), Participant("Ben", note="late")]
    store.participants.replace_participants(walk.id, people)
    removed = store.repository.delete(walk.id)
    assert store.repository.summaries() == []
    assert store.participants.participants(walk.id) == []
    back = store.repository.restore(removed)
    assert back.id == walk.id
    assert back.route == walk.route and back.title == walk.title
    assert back.created_at == walk.created_at
    assert store.participants.participants(walk.id) == people
    store.repository.save(replace(back, title="Saved after the undo"))


def test_a_restored_walk_takes_a_new_id_when_its_own_is_taken(store: Store) -> None:
    walk = store.repository.get(store.repository.summaries()[0].id)
    removed = store.repository.delete(walk.id)
    newcomer = store.repository.add(replace(walk, id=None, title="Took the id"))
    assert newcomer.id == walk.id  # SQLite reuses the largest id
    back = store.repository.restore(removed)
    assert back.id != walk.id and back.title == DEMO_TITLE
    assert store.repository.get(walk.id).title == "Took the id"


def test_a_copy_keeps_the_participants(store: Store) -> None:
    walk = store.repository.get(store.repository.summaries()[0].id)
    store.participants.replace_participants(walk.id, [Participant("Ana")])
    copy = store.repository.add_copy(replace(walk, title="x"), "Mine")
    assert copy.id != walk.id and copy.version == 1
    assert store.repository.get(copy.id).title == "Mine"
    assert store.participants.participants(copy.id) == [Participant("Ana")]


def test_a_database_from_0007_gets_version_one(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from walkplanner.store.database import MIGRATIONS, open_engine

    engine = open_engine(tmp_path / DATABASE_NAME)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
        connection.exec_driver_sql(
            "INSERT INTO walks (title, date, start_time, timezone, meeting_name, meeting_lat,"
            " meeting_lon, headcount, pace_kmh, distance_m, created_at, updated_at) VALUES"
            " ('Old walk', '2026-05-02', '10:00:00.000000', 'Europe/Paris', 'Gare', 48.88, 2.35,"
            " 8, 3.5, 0, '2026-04-01 10:00:00.000000', '2026-04-01 10:00:00.000000')"
        )
    engine.dispose()
    store = open_store(tmp_path)
    try:
        old = store.repository.find("Old walk")
        assert old.version == 1
        assert store.repository.save(replace(old, headcount=9)).version == 2
    finally:
        store.close()
    with sqlite3.connect(tmp_path / DATABASE_NAME) as db:
        assert db.execute("SELECT version FROM walks WHERE title = 'Old walk'").fetchone() == (2,)


def test_a_command_line_import_of_people_refuses_the_window_its_old_list(store: Store) -> None:
    """`walkplanner participants --import` (no version) bumps the walk's version, so the
    window that read the walk before is refused on its next save, walk or people alike,
    and asks, instead of writing its list over the import."""
    walk = store.repository.get(store.repository.summaries()[0].id)
    store.participants.replace_participants(walk.id, [Participant("From the sign-up form")])
    with pytest.raises(WalkChanged):
        store.participants.replace_participants(walk.id, [Participant("Ana")], walk.version)
    with pytest.raises(WalkChanged):
        store.repository.save(replace(walk, headcount=30))
    assert store.participants.participants(walk.id) == [Participant("From the sign-up form")]
    assert store.repository.get(walk.id).version == walk.version + 1
