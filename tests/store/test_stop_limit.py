"""Every save refuses a walk of more than MAX_STOPS stops; one saved before the limit opens."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.many_stops import walk_of_stops
from walkplanner.core import validation
from walkplanner.core.model import Route
from walkplanner.core.validation import MAX_STOPS, InvalidWalk
from walkplanner.store import open_store


@pytest.mark.parametrize("count", [MAX_STOPS - 1, MAX_STOPS])
def test_a_walk_up_to_the_limit_saves(tmp_path: Path, count: int) -> None:
    store = open_store(tmp_path)
    try:
        walk = store.repository.add(walk_of_stops(count))
        assert len(store.reads.get(walk.id).stops) == count
    finally:
        store.close()


@pytest.mark.parametrize("count", [MAX_STOPS + 1, 5_000])
def test_a_save_of_more_stops_is_refused_and_writes_nothing(tmp_path: Path, count: int) -> None:
    store = open_store(tmp_path)
    try:
        before = store.reads.summaries()
        with pytest.raises(InvalidWalk, match=f"The walk has {count} stops; at most {MAX_STOPS}"):
            store.repository.add(walk_of_stops(count))
        assert store.reads.summaries() == before
    finally:
        store.close()


def test_a_walk_saved_before_the_limit_opens_and_its_next_save_says_remove_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_store(tmp_path)
    try:
        with monkeypatch.context() as before_the_limit:
            before_the_limit.setattr(validation, "MAX_STOPS", 1_000)
            walk_id = store.repository.add(walk_of_stops(150)).id
        stored = store.reads.get(walk_id)
        assert len(stored.stops) == 150
        with pytest.raises(InvalidWalk, match=f"remove {150 - MAX_STOPS} of them"):
            store.repository.save(replace(stored, headcount=20))
        shorter = Route.through(stored.stops[:MAX_STOPS])
        store.repository.save(replace(stored, route=shorter, headcount=20))
        assert len(store.reads.get(walk_id).stops) == MAX_STOPS
    finally:
        store.close()
