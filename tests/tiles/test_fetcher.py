from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.tile_server import TileServer, tile_server
from walkplanner import USER_AGENT
from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.fetcher import MIN_KEEP_S, TileService
from walkplanner.tiles.providers import get_provider

DAY = 24 * 3600


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> Iterator[TileServer]:
    with tile_server() as state:
        yield state


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[TileCache]:
    tile_cache = TileCache(tmp_path / "tiles.sqlite")
    yield tile_cache
    tile_cache.close()


def service_for(server: TileServer, cache: TileCache, **options: object) -> TileService:
    provider = replace(get_provider("osm"), url_template=server.template)
    return TileService(cache, provider, **options)  # type: ignore[arg-type]


def test_identifies_itself_and_caches(server: TileServer, cache: TileCache) -> None:
    service = service_for(server, cache)
    first = service.tile(14, 8297, 5637)
    assert first.state == "fetched" and first.data == server.tile
    assert server.requests[0][0] == "/14/8297/5637.png"
    assert server.requests[0][1]["User-Agent"] == USER_AGENT
    second = service.tile(14, 8297, 5637)
    assert second.state == "fresh" and second.data == server.tile
    assert len(server.requests) == 1
    assert cache.stats() == (1, len(server.tile))


def test_short_max_age_still_keeps_a_week_then_revalidates(
    server: TileServer, cache: TileCache
) -> None:
    clock = Clock()
    service = service_for(server, cache, now=clock)
    service.tile(3, 1, 2)
    clock.now += MIN_KEEP_S - 60
    assert service.tile(3, 1, 2).state == "fresh"
    clock.now += 120
    result = service.tile(3, 1, 2)
    assert result.state == "revalidated" and result.data == server.tile
    assert server.requests[-1][1]["If-None-Match"] == '"v1"'
    assert len(server.requests) == 2
    assert service.tile(3, 1, 2).state == "fresh"


def test_long_max_age_is_honoured(server: TileServer, cache: TileCache) -> None:
    server.cache_control = f"max-age={30 * DAY}"
    clock = Clock()
    service = service_for(server, cache, now=clock)
    service.tile(3, 1, 2)
    clock.now += 20 * DAY
    assert service.tile(3, 1, 2).state == "fresh"


def test_offline_never_asks(server: TileServer, cache: TileCache) -> None:
    service_for(server, cache).tile(2, 1, 1)
    offline = service_for(server, cache, offline=True)
    assert offline.tile(2, 1, 1).state == "fresh"
    assert offline.tile(2, 0, 0).state == "missing"
    assert len(server.requests) == 1


def test_server_down_serves_stale_and_backs_off(cache: TileCache) -> None:
    clock = Clock()
    with tile_server() as server:
        service = service_for(server, cache, now=clock, timeout_s=2)
        service.tile(2, 1, 1)
    clock.now += MIN_KEEP_S + 1
    assert service.tile(2, 1, 1).state == "stale"
    # The next 30 tiles do not even try the network: the service is backing off.
    assert {service.tile(5, x, 3).state for x in range(30)} == {"missing"}


def test_errors_and_non_images_are_not_cached(server: TileServer, cache: TileCache) -> None:
    server.status = 500
    service = service_for(server, cache)
    assert service.tile(1, 0, 0).state == "missing"
    server.status, server.content_type = 200, "text/html"
    assert service.tile(1, 0, 1).state == "missing"
    assert cache.stats() == (0, 0)


@pytest.mark.parametrize(("z", "x", "y"), [(-1, 0, 0), (20, 0, 0), (2, 4, 0), (2, 0, -1)])
def test_tiles_that_cannot_exist_are_refused(cache: TileCache, z: int, x: int, y: int) -> None:
    with pytest.raises(ValueError):
        TileService(cache, get_provider("osm"), offline=True).tile(z, x, y)


def test_url_override_for_own_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WALKPLANNER_TILE_URL", "http://127.0.0.1:9/{z}/{x}/{y}.png")
    assert get_provider("osm").url_template == "http://127.0.0.1:9/{z}/{x}/{y}.png"
    with pytest.raises(KeyError, match="known basemaps"):
        get_provider("moon")


def test_never_more_than_two_downloads_at_once(server: TileServer, cache: TileCache) -> None:
    server.delay_s = 0.02
    service = service_for(server, cache)
    states: list[str] = []

    def fetch(offset: int) -> None:
        for x in range(offset, 32, 8):
            states.append(service.tile(5, x, 7).state)

    threads = [threading.Thread(target=fetch, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert states.count("fetched") == 32
    assert server.max_in_flight <= 2


def test_a_corrupt_cache_file_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "tiles.sqlite"
    path.write_bytes(b"garbage" * 1000)
    tile_cache = TileCache(path)
    assert tile_cache.stats() == (0, 0)
    tile_cache.close()
    assert len(list(tmp_path.glob("tiles.sqlite.corrupt-*"))) == 1


def test_trim_drops_the_oldest_tiles_first(cache: TileCache) -> None:
    from walkplanner.tiles.cache import CachedTile

    for age in range(10):
        cache.put("osm", 5, age, 0, CachedTile(b"x" * 1000, "image/png", None, None, age, 10**10))
    assert cache.trim(5000) == 5
    assert cache.stats() == (5, 5000)
    assert cache.get("osm", 5, 0, 0) is None and cache.get("osm", 5, 9, 0) is not None
    assert cache.trim(10**6) == 0
