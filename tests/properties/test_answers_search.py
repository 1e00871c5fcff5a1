"""Any answer a Nominatim-compatible server may give becomes places with a clean one-line
name and a position on the globe, or a SearchError the panel shows: never another
exception, never a place the walk's validator would refuse."""

from __future__ import annotations

import json
import math
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.properties.hostile_json import (
    HOSTILE_TEXT,
    JSON_VALUES,
    ODD_NUMBERS,
    RAW_BODIES,
    encoded,
    replying,
)
from walkplanner.core.model import Place
from walkplanner.core.validation import MAX_LINE_CHARS, clean_text, ensure_place
from walkplanner.geocode.answer import AnswerError, usable_results
from walkplanner.geocode.search import PlaceSearch, SearchError
from walkplanner.store import DATABASE_NAME, open_store

SWEEP = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("SWEEP_N", "150")),
)

ENDPOINT = "http://nominatim.invalid"
COORDINATES = st.one_of(
    st.floats(-90, 90).map(str),
    st.floats().map(str),
    st.floats(),
    st.integers(),
    ODD_NUMBERS,
    st.sampled_from(["NaN", "-Infinity", "1e999", "48.86 ", "٤٨", "1_0", "0x10", "9" * 5000]),
    st.text(max_size=12),
    JSON_VALUES,
)
RESULTS = st.fixed_dictionaries(
    {},
    optional={
        "display_name": HOSTILE_TEXT | JSON_VALUES,
        "lat": COORDINATES,
        "lon": COORDINATES,
        "place_id": JSON_VALUES,
        "boundingbox": JSON_VALUES,
        "type": JSON_VALUES,
    },
)
ANSWERS = st.one_of(
    st.lists(RESULTS | JSON_VALUES, max_size=6),
    st.fixed_dictionaries({"error": HOSTILE_TEXT | JSON_VALUES}),
    JSON_VALUES,
)


def assert_usable(place: Place) -> None:
    assert isinstance(place.name, str) and place.name.strip()
    assert len(place.name) <= MAX_LINE_CHARS
    assert clean_text(place.name, multiline=True) == place.name  # no control characters
    assert not any(blank in place.name for blank in "\t\n")
    assert isinstance(place.lat, float) and isinstance(place.lon, float)
    assert math.isfinite(place.lat) and math.isfinite(place.lon)
    ensure_place(place)


@SWEEP
@given(ANSWERS)
def test_usable_results_are_named_places_on_the_globe(answer: object) -> None:
    try:
        results = usable_results(answer)
    except AnswerError as error:
        assert str(error)
        return
    for result in results:
        assert_usable(Place(result["display_name"], float(result["lat"]), float(result["lon"])))


class MemoryPlaces:
    def __init__(self) -> None:
        self.searches: dict[str, list[Place]] = {}

    def cached_search(self, key: str) -> list[Place] | None:
        return self.searches.get(key)

    def cache_search(self, key: str, places: list[Place]) -> None:
        self.searches[key] = places

    def saved(self, text: str = "") -> list[Place]:
        return []


@SWEEP
@given(
    st.one_of(st.builds(encoded, ANSWERS), RAW_BODIES),
    st.sampled_from([200, 200, 200, 404, 500, 204]),
    st.text(min_size=1, max_size=20),
)
def test_a_search_gives_places_or_says_why(body: bytes, status: int, query: str) -> None:
    places = MemoryPlaces()
    with pytest.MonkeyPatch.context() as monkeypatch:
        replying(monkeypatch, status, body)
        search = PlaceSearch(places, endpoint=ENDPOINT)
        try:
            found = search.search(query)
        except SearchError as error:
            assert str(error)
            return
        for place in found:
            assert_usable(place)
        assert search.search(query) == found  # from the cache, as the server gave it


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("search-cache")
    open_store(folder).close()
    return folder


@settings(derandomize=True, database=None, deadline=None, max_examples=40)
@given(
    st.one_of(
        st.builds(lambda v: json.dumps(v, allow_nan=True), st.lists(RESULTS | JSON_VALUES)),
        st.builds(lambda v: json.dumps(v, allow_nan=True), JSON_VALUES),
        st.sampled_from(["[" * 5_000, '[{"name": ' * 5_000, "[NaN]", b"\xff"]),
        st.binary(max_size=30),
    )
)
def test_a_cached_search_that_is_damaged_is_made_again(data_dir: Path, results: object) -> None:
    """A cache row as a damaged file or another version left it: the search is made again
    (here offline: only saved places, or a refusal saying so), never an exception."""
    with sqlite3.connect(data_dir / DATABASE_NAME) as db:
        db.execute("DELETE FROM geocode_cache")
        db.execute(
            "INSERT INTO geocode_cache (key, results, created_at) VALUES (?, ?, ?)",
            (f"{ENDPOINT}|louvre", results, "2026-01-01 00:00:00.000000"),
        )
    db.close()
    store = open_store(data_dir)
    try:
        search = PlaceSearch(store.places, endpoint=ENDPOINT, offline=True)
        try:
            found = search.search("Louvre")
        except SearchError as error:
            assert "Offline" in str(error)
            return
        for place in found:
            assert_usable(place)
    finally:
        store.close()


def test_a_cached_search_nested_too_deeply_is_made_again(data_dir: Path) -> None:
    """It raised RecursionError out of the search: the panel's task failed with a traceback."""
    test_a_cached_search_that_is_damaged_is_made_again.hypothesis.inner_test(data_dir, "[" * 5_000)
