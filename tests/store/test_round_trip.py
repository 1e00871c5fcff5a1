"""The repository gives back every field of a walk it was given (see tests/full_walk.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.full_walk import (
    STORE_OWNED,
    as_new,
    every_field_set,
    fields_that_differ,
    full_participants,
    full_walk,
)
from walkplanner.core.model import MeetingPoint, Walk
from walkplanner.store import open_store
from walkplanner.store.repository import WalkRepository

ORGANISER_FIELDS = [f.name for f in dataclasses.fields(Walk) if f.name not in STORE_OWNED]


@pytest.fixture
def repository(tmp_path: Path) -> WalkRepository:
    store = open_store(tmp_path)
    yield store.repository
    store.close()


def test_a_new_walk_comes_back_whole(repository: WalkRepository) -> None:
    stored = repository.add(as_new(full_walk()))
    loaded = repository.get(stored.id)
    assert fields_that_differ(loaded, full_walk(), ORGANISER_FIELDS) == []
    assert fields_that_differ(loaded, stored) == []
    assert (loaded.version, loaded.created_at) == (1, loaded.updated_at)


def test_saving_over_a_plain_walk_replaces_every_field(repository: WalkRepository) -> None:
    plain = repository.add(
        Walk("Plain", dt.date(2030, 1, 1), dt.time(10), MeetingPoint("Here", 48.85, 2.35))
    )
    full = full_walk()
    store_fields = {name: getattr(plain, name) for name in STORE_OWNED}
    saved = repository.save(dataclasses.replace(full, **store_fields))
    loaded = repository.get(plain.id)
    assert fields_that_differ(loaded, full, ORGANISER_FIELDS) == []
    assert fields_that_differ(loaded, saved) == []
    assert loaded.version == plain.version + 1 and loaded.created_at == plain.created_at


def test_a_field_without_a_value_fails_loudly() -> None:
    @dataclasses.dataclass(frozen=True)
    class Later:
        title: str
        headcount: int = 10
        dress_code: str = ""

    with pytest.raises(AssertionError, match="dress_code"):
        every_field_set(Later, {"title": "A walk", "headcount": 12})
    with pytest.raises(AssertionError, match=r"Later\.headcount is at its default"):
        every_field_set(Later, {"title": "A walk", "headcount": 10, "dress_code": "boots"})


def test_a_deleted_walk_is_restored_whole(repository: WalkRepository) -> None:
    stored = repository.add(as_new(full_walk()))
    restored = repository.restore(repository.delete(stored.id))
    assert fields_that_differ(restored, full_walk(), ORGANISER_FIELDS) == []
    assert (restored.id, restored.created_at) == (stored.id, stored.created_at)


def test_a_copy_keeps_every_field_but_its_title(repository: WalkRepository) -> None:
    stored = repository.add(as_new(full_walk()))
    for copy in (repository.duplicate(stored.id), repository.add_copy(stored, "Second run")):
        assert copy.id != stored.id
        assert fields_that_differ(repository.get(copy.id), stored, ORGANISER_FIELDS) == ["title"]


def test_participants_come_back_whole_and_in_order(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    try:
        walk = store.repository.add(as_new(full_walk()))
        store.participants.replace_participants(walk.id, full_participants())
        assert store.participants.participants(walk.id) == full_participants()
    finally:
        store.close()


def test_rows_are_stored_as_the_schema_s_own_types_read_them(tmp_path: Path) -> None:
    """The writes are plain sqlite3, the schema and its migrations SQLAlchemy's: every value
    written must read back through the schema's column types (dates, times, moments,
    booleans), as a migration's data step or an older app would read it."""
    from sqlalchemy import create_engine, select

    from walkplanner.store import tables

    store = open_store(tmp_path)
    stored = store.repository.add(as_new(full_walk()))
    store.participants.replace_participants(stored.id, full_participants())
    store.repository.cache_route("osrm|x", ((48.1, 2.1), (48.2, 2.2)), 12.5)
    store.close()
    engine = create_engine(f"sqlite:///{tmp_path / 'walkplanner.sqlite'}")
    try:
        with engine.connect() as connection:
            row = connection.execute(
                select(tables.walks).where(tables.walks.c.id == stored.id)
            ).one()
            stops = connection.execute(
                select(tables.stops).where(tables.stops.c.walk_id == stored.id)
            ).all()
            cached = connection.execute(select(tables.route_cache)).one()
            people = connection.execute(select(tables.participants)).all()
    finally:
        engine.dispose()
    assert (row.date, row.start_time) == (stored.date, stored.start_time)
    assert row.created_at == stored.created_at.replace(tzinfo=None)
    assert (row.follow_streets, row.split_groups) == (stored.follow_streets, stored.split_groups)
    assert row.version == 2 and row.title == stored.title  # the list raised it
    assert [s.name for s in stops] == [s.name for s in stored.stops]
    assert isinstance(cached.created_at, dt.datetime) and cached.distance_m == 12.5
    assert [p.name for p in people] == [p.name for p in full_participants()]
