from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.nominatim_server import GeocoderState, nominatim_server
from walkplanner import USER_AGENT
from walkplanner.cli import main
from walkplanner.core.model import Place
from walkplanner.geocode.search import PlaceSearch, SearchError
from walkplanner.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def geocoder(monkeypatch: pytest.MonkeyPatch) -> Iterator[GeocoderState]:
    with nominatim_server() as state:
        monkeypatch.setenv("WALKPLANNER_GEOCODER_URL", state.url)
        yield state


def test_search_identifies_itself_and_is_cached(store: Store, geocoder: GeocoderState) -> None:
    search = PlaceSearch(store.places)
    (place,) = search.search("  Louvre   pyramid ")
    assert place.name.startswith("Pyramide du Louvre")
    assert (place.lat, place.lon) == (48.861, 2.3358)
    query, headers, _at = geocoder.requests[0]
    assert query["q"] == ["Louvre pyramid"] and query["format"] == ["json"]
    assert headers["User-Agent"] == USER_AGENT
    assert search.search("louvre PYRAMID") == [place]
    assert len(geocoder.requests) == 1


def test_two_searches_are_at_least_a_second_apart(store: Store, geocoder: GeocoderState) -> None:
    search = PlaceSearch(store.places)
    search.search("Louvre")
    search.search("Pont des Arts")
    first, second = geocoder.requests[0][2], geocoder.requests[1][2]
    assert second - first >= 0.95


def test_saved_places_come_first_and_work_offline(store: Store, geocoder: GeocoderState) -> None:
    saved = store.places.save(Place("Our bench by the Louvre", 48.8606, 2.3376, note="green bench"))
    offline = PlaceSearch(store.places, offline=True)
    assert offline.search("louvre") == [saved]
    assert offline.search("green") == [saved]
    with pytest.raises(SearchError, match="Offline"):
        offline.search("Notre-Dame")
    assert geocoder.requests == []
    online = PlaceSearch(store.places)
    results = online.search("louvre")
    assert results[0] == saved and results[1].name.startswith("Pyramide")
    store.places.forget(saved.id)
    assert store.places.saved() == []


def test_cli_search(
    data_dir: Path, geocoder: GeocoderState, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "Louvre"]) == 0
    name, lat, lon = capsys.readouterr().out.strip().split("\t")
    assert name.startswith("Pyramide du Louvre") and (lat, lon) == ("48.86100", "2.33580")
    assert main(["--offline", "search", "somewhere else"]) == 2
    assert "Offline" in capsys.readouterr().err


@pytest.mark.parametrize("address", ["http://[::1", "file:///etc/passwd", "ftp://example.org"])
def test_a_search_address_that_is_no_web_address_is_said(
    store: Store, monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    monkeypatch.delenv("WALKPLANNER_GEOCODER_URL", raising=False)
    search = PlaceSearch(store.places, endpoint=address)
    with pytest.raises(SearchError, match="is not a web address"):
        search.search("Louvre")


def test_a_query_with_a_pasted_lone_surrogate_is_searched_without_it(
    store: Store, geocoder: GeocoderState
) -> None:
    search = PlaceSearch(store.places)
    (place,) = search.search("Louvre\ud800 pyramid")
    assert place.name.startswith("Pyramide du Louvre")
    assert geocoder.requests[0][0]["q"] == ["Louvre pyramid"]
    assert search.search("louvre pyramid") == [place]  # the same, cached
