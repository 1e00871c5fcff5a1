"""Tiles reach the map through walkplanner:// from the shared cache and fetcher."""

from __future__ import annotations

import pytest

from tests.tile_server import tile_server
from walkplanner import USER_AGENT

LOADED_TILES = "document.querySelectorAll('img.leaflet-tile-loaded').length"


def test_tiles_come_from_the_tile_server_once_and_then_from_the_cache(
    harness, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tile_server() as server:
        monkeypatch.setenv("WALKPLANNER_TILE_URL", server.template)
        session = harness.open(offline=False)
        qtbot.waitUntil(lambda: harness.js(LOADED_TILES) >= 4, timeout=20_000)
        session.handler.wait_for_tiles()
        asked = len(server.requests)
        assert asked >= 4
        assert {headers["User-Agent"] for _path, headers in server.requests} == {USER_AGENT}
        assert session.tile_cache.stats()[0] == asked
        harness.close()

        session = harness.open(offline=False)
        qtbot.waitUntil(lambda: harness.js(LOADED_TILES) >= 1, timeout=20_000)
        session.handler.wait_for_tiles()
        paths = [path for path, _headers in server.requests]
        assert len(paths) == len(set(paths))  # no tile was ever asked for twice


def test_offline_with_an_empty_cache_shows_placeholders_and_the_walk(
    harness, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tile_server() as server:
        monkeypatch.setenv("WALKPLANNER_TILE_URL", server.template)
        session = harness.open(offline=True)
        qtbot.waitUntil(lambda: harness.js(LOADED_TILES) >= 4, timeout=20_000)
        assert server.requests == []
        assert session.tile_cache.stats() == (0, 0)
        assert harness.js("WalkBridge.inspect().layers.stops.length") == 5
