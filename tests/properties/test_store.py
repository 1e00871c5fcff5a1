"""Every walk the validator accepts is stored and read back equal, saved again, listed,
deleted and restored; every walk it refuses is refused with a message, nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import example, given

from tests.full_walk import as_new
from tests.properties.strategies import (
    accepted_walks,
    hostile_text,
    many_stops_walk,
    participants,
    refused_walks,
)
from walkplanner.core.crowd import Participant
from walkplanner.core.model import Leg, LegSource, MeetingPoint, Route, Stop, Walk
from walkplanner.core.validation import MAX_STOPS, InvalidWalk, problems
from walkplanner.store import Store, open_store
from walkplanner.store.errors import StoreError


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store for the module: a fresh file per example would cost a migration each."""
    opened = open_store(tmp_path_factory.mktemp("store"))
    yield opened
    opened.close()


def same_walk(got: Walk, want: Walk) -> None:
    """Equal but for the store's bookkeeping, naming the fields that differ."""
    differ = [
        f.name
        for f in dataclasses.fields(Walk)
        if f.name not in ("id", "created_at", "updated_at", "version")
        and getattr(got, f.name) != getattr(want, f.name)
    ]
    assert differ == [], {name: (getattr(got, name), getattr(want, name)) for name in differ}


@given(walk=accepted_walks(), people=participants())
@example(walk=many_stops_walk(), people=[])
def test_an_accepted_walk_comes_back_equal_and_stays_usable(
    store: Store, walk: Walk, people: list[Participant]
) -> None:
    assert problems(walk) == []
    repository = store.repository
    added = repository.add(walk)
    assert added.id is not None
    same_walk(repository.get(added.id), walk)
    same_walk(store.reads.find(str(added.id)), walk)
    store.participants.replace_participants(added.id, people)
    assert store.participants.participants(added.id) == people
    again = repository.save(repository.get(added.id))
    same_walk(repository.get(added.id), walk)
    assert again.version == repository.get(added.id).version
    assert added.id in [s.id for s in repository.summaries()]
    removed = repository.delete(added.id)
    assert removed is not None
    assert added.id not in [s.id for s in repository.summaries()]
    restored = repository.restore(removed)
    same_walk(restored, walk)
    assert store.participants.participants(restored.id or 0) == people
    repository.delete(restored.id or 0)


@given(walk=refused_walks())
def test_a_refused_walk_is_refused_with_a_message_and_nothing_is_written(
    store: Store, walk: Walk
) -> None:
    found = problems(walk)
    assert found, walk
    before = store.repository.summaries()
    with pytest.raises(InvalidWalk) as refused:
        store.repository.add(as_new(walk))
    message = str(refused.value)
    assert message.strip() and "Traceback" not in message
    assert str(found[0]) in message
    assert store.repository.summaries() == before


def test_the_module_store_starts_from_the_demo_only(tmp_path: Path) -> None:
    """A fresh store holds the demo walk and nothing the sweep left behind."""
    opened = open_store(tmp_path)
    try:
        assert len(opened.repository.summaries()) == 1
    finally:
        opened.close()


def round_the_world(pace_kmh: float = 0.5) -> Walk:
    """100 stops, each leg crossing the globe 61 times: 122 million km."""
    stops = tuple(Stop(f"S{n}", 0.0, 180.0 * (n % 2)) for n in range(MAX_STOPS))
    zigzag = tuple((0.0, 180.0 * (k % 2)) for k in range(60))
    legs = tuple(
        Leg((a.position, *zigzag, b.position), LegSource.ROUTED)
        for a, b in itertools.pairwise(stops)
    )
    meeting = MeetingPoint("M", 0, 0)
    return Walk("Round", dt.date(2200, 12, 31), dt.time(23, 59), meeting, Route(stops, legs),
                pace_kmh=pace_kmh)  # fmt: skip


def test_a_walk_longer_than_the_calendar_is_refused_not_a_crash(store: Store) -> None:
    """It passed the validator, then plan() overflowed the date in every save and export."""
    before = store.repository.summaries()
    with pytest.raises(InvalidWalk, match=r"would last \d+ days .* at most 36525"):
        store.repository.add(round_the_world())
    assert store.repository.summaries() == before


def test_a_datetime_for_the_date_is_refused_and_an_old_one_opens(store: Store) -> None:
    """A datetime is a date to isinstance: it was saved as "2031-07-14T06:45:00", which
    no read took for a date, so the walk never opened again."""
    walk = many_stops_walk(2)
    with pytest.raises(InvalidWalk, match=r"2031-07-14T06:45:00.* is not a date"):
        store.repository.add(replace(walk, date=dt.datetime(2031, 7, 14, 6, 45)))
    added = store.repository.add(walk)
    with sqlite3.connect(store.path) as db:  # as an older version wrote it
        db.execute("UPDATE walks SET date = ? WHERE id = ?", ("2031-07-14T06:45:00", added.id))
    db.close()
    assert store.repository.get(added.id or 0).date == dt.date(2031, 7, 14)
    store.repository.delete(added.id or 0)


@given(
    text=hostile_text(surrogates=True).filter(lambda t: any("\ud800" <= c <= "\udfff" for c in t))
)
def test_a_lone_surrogate_is_refused_by_the_store_and_nothing_is_written(
    store: Store, text: str
) -> None:
    """No UTF-8 file can hold one: the store says so, names the text, and writes nothing."""
    before = store.repository.summaries()
    walk = replace(many_stops_walk(2), description=text)
    with pytest.raises(StoreError, match="cannot be stored"):
        store.repository.add(walk)
    assert store.repository.summaries() == before
