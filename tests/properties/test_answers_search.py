"""Any answer a Nominatim-compatible server may give becomes places with a clean one-line
name and a position on the globe, or a SearchError the panel shows: never another
exception, never a place the walk's validator would refuse."""

from __future__ import annotations

import math
import os
from email.message import Message

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.properties.hostile_json import (
    HOSTILE_TEXT,
    JSON_VALUES,
    ODD_NUMBERS,
    RAW_BODIES,
    encoded,
)
from walkplanner import net
from walkplanner.core.model import Place
from walkplanner.core.validation import MAX_LINE_CHARS, clean_text, ensure_place
from walkplanner.geocode.answer import AnswerError, usable_results
from walkplanner.geocode.search import PlaceSearch, SearchError

SWEEP = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("SWEEP_N", "150")),
)

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


def replying(monkeypatch: pytest.MonkeyPatch, status: int, body: bytes) -> None:
    headers = Message()
    headers["Content-Type"] = "application/json"
    monkeypatch.setattr(net, "get", lambda *_a, **_k: net.Reply(status, headers, body))


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
        search = PlaceSearch(places, endpoint="http://nominatim.invalid")
        try:
            found = search.search(query)
        except SearchError as error:
            assert str(error)
            return
        for place in found:
            assert_usable(place)
        assert search.search(query) == found  # from the cache, as the server gave it
