"""The fetcher against a loopback tile server: OpenStreetMap's usage policy, checked."""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import replace
from email.message import Message

import pytest

from tests.tiles.conftest import Clock
from tests.tiles.loopback import LoopbackTileServer, png_bytes
from walkplanner import USER_AGENT, net
from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.fetcher import (
    BACKOFF_S,
    MAX_PARALLEL_DOWNLOADS,
    MIN_KEEP_S,
    TileResult,
    TileService,
    expiry_from_headers,
)
from walkplanner.tiles.providers import get_provider

DAY = 24 * 3600


def service_for(server: LoopbackTileServer, cache: TileCache, **options: object) -> TileService:
    provider = replace(get_provider("osm"), url_template=server.template)
    return TileService(cache, provider, **options)  # type: ignore[arg-type]


def run_in_threads(count: int, work: list[tuple[int, int, int]], service: TileService) -> list:
    """`work` shared out over `count` threads started together; the results, in any order."""
    results: list[TileResult] = []
    start = threading.Barrier(count)

    def worker(offset: int) -> None:
        start.wait()
        for z, x, y in work[offset::count]:
            results.append(service.tile(z, x, y))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_identifies_itself_and_serves_the_second_request_from_the_cache(
    server: LoopbackTileServer, cache: TileCache
) -> None:
    service = service_for(server, cache)
    first = service.tile(14, 8297, 5637)
    assert first == TileResult(server.tile, "image/png", "fetched")
    assert server.requests[0].path == "/14/8297/5637.png"
    assert server.requests[0].headers["User-Agent"] == USER_AGENT
    second = service.tile(14, 8297, 5637)
    assert second == TileResult(server.tile, "image/png", "fresh")
    assert len(server.requests) == 1
    assert cache.stats() == (1, len(server.tile))


def test_a_short_max_age_still_keeps_the_tile_seven_days(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    server.cache_control = "max-age=60"
    service = service_for(server, cache, now=clock)
    service.tile(3, 1, 2)
    assert cache.get("osm", 3, 1, 2).expires_at == clock.now + MIN_KEEP_S
    clock.advance(MIN_KEEP_S - 60)
    assert service.tile(3, 1, 2).state == "fresh"
    assert len(server.requests) == 1


def test_a_long_max_age_is_honoured(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    server.cache_control = f"public, max-age={30 * DAY}"
    service = service_for(server, cache, now=clock)
    service.tile(3, 1, 2)
    clock.advance(29 * DAY)
    assert service.tile(3, 1, 2).state == "fresh"
    clock.advance(2 * DAY)
    assert service.tile(3, 1, 2).state == "revalidated"
    assert len(server.requests) == 2


def test_an_expired_tile_is_revalidated_and_a_304_refreshes_it(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    service = service_for(server, cache, now=clock)
    service.tile(3, 1, 2)
    clock.advance(MIN_KEEP_S + 60)
    result = service.tile(3, 1, 2)
    assert result == TileResult(server.tile, "image/png", "revalidated")
    asked = server.requests[-1]
    assert asked.headers["If-None-Match"] == '"v1"'
    assert asked.headers["If-Modified-Since"] == server.last_modified
    assert asked.headers["User-Agent"] == USER_AGENT
    assert asked.status == 304
    refreshed = cache.get("osm", 3, 1, 2)
    assert (refreshed.fetched_at, refreshed.expires_at) == (clock.now, clock.now + MIN_KEEP_S)
    clock.advance(MIN_KEEP_S - 60)
    assert service.tile(3, 1, 2).state == "fresh"
    assert len(server.requests) == 2


def test_without_an_etag_it_revalidates_by_date(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    server.etag = None
    service = service_for(server, cache, now=clock)
    service.tile(3, 1, 2)
    clock.advance(MIN_KEEP_S + 60)
    assert service.tile(3, 1, 2).state == "revalidated"
    assert "If-None-Match" not in server.requests[-1].headers
    assert server.requests[-1].headers["If-Modified-Since"] == server.last_modified


def test_a_changed_tile_replaces_the_cached_one(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    service = service_for(server, cache, now=clock)
    service.tile(3, 1, 2)
    clock.advance(MIN_KEEP_S + 60)
    server.tile, server.etag = png_bytes("#ff0000"), '"v2"'
    assert service.tile(3, 1, 2) == TileResult(server.tile, "image/png", "fetched")
    assert cache.get("osm", 3, 1, 2).etag == '"v2"'


@pytest.mark.parametrize(
    ("headers", "keep_s"),
    [
        ({}, MIN_KEEP_S),
        ({"Cache-Control": "no-cache"}, MIN_KEEP_S),
        ({"Cache-Control": "max-age=60"}, MIN_KEEP_S),
        ({"Cache-Control": f"max-age={30 * DAY}, public"}, 30 * DAY),
        ({"Expires": "Tue, 12 Jan 2027 16:00:00 GMT"}, 1_799_769_600 - 1_799_000_000),
        ({"Expires": "Tue, 12 Jan 2027 16:00:00 -0000"}, 1_799_769_600 - 1_799_000_000),
        ({"Expires": "0"}, MIN_KEEP_S),
        # Cache-Control wins over Expires (RFC 9111).
        ({"Cache-Control": "max-age=60", "Expires": "Tue, 12 Jan 2027 16:00:00 GMT"}, MIN_KEEP_S),
    ],
)
def test_expiry_from_headers(headers: dict[str, str], keep_s: int) -> None:
    now = 1_799_000_000.0  # 2027-01-03 18:13:20 UTC
    message = Message()
    for name, value in headers.items():
        message[name] = value
    assert expiry_from_headers(message, now) == pytest.approx(now + keep_s)


def test_offline_never_asks_and_serves_what_is_cached(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    service_for(server, cache, now=clock).tile(2, 1, 1)
    offline = service_for(server, cache, offline=True, now=clock)
    assert offline.tile(2, 1, 1) == TileResult(server.tile, "image/png", "fresh")
    assert offline.tile(2, 0, 0) == TileResult(None, "", "missing")
    clock.advance(MIN_KEEP_S + 1)
    assert offline.tile(2, 1, 1) == TileResult(server.tile, "image/png", "stale")
    assert len(server.requests) == 1


def test_server_down_serves_stale_copies_and_backs_off(
    server: LoopbackTileServer, cache: TileCache, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []
    get = net.get

    def counting_get(url: str, **kwargs: object) -> net.Reply:
        attempts.append(url)
        return get(url, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(net, "get", counting_get)
    service = service_for(server, cache, now=clock, deadline_s=2)
    service.tile(2, 1, 1)
    server.stop()
    clock.advance(MIN_KEEP_S + 1)
    assert service.tile(2, 1, 1) == TileResult(server.tile, "image/png", "stale")
    assert len(attempts) == 2  # the first download, then the one that found the server gone
    # The next 30 tiles do not even try the network: the service is backing off ...
    assert {service.tile(5, x, 3).state for x in range(30)} == {"missing"}
    assert service.tile(2, 1, 1).state == "stale"
    assert len(attempts) == 2
    # ... until the pause is over, when one tile tries again.
    clock.advance(BACKOFF_S + 1)
    assert [service.tile(5, x, 3).state for x in range(30)] == ["missing"] * 30
    assert len(attempts) == 3


def test_an_unresolvable_tile_server_is_named_in_one_clear_line(
    cache: TileCache, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    """Offline, DNS fails first: the log names the server and says why, not the socket
    error's class, and the other tiles do not ask DNS again."""
    provider = replace(
        get_provider("osm"), url_template="http://nonexistent.invalid/{z}/{x}/{y}.png"
    )
    service = TileService(cache, provider, now=clock)
    with caplog.at_level(logging.DEBUG, logger="walkplanner"):
        assert [service.tile(3, x, 2).state for x in range(5)] == ["missing"] * 5
    assert [r.getMessage() for r in caplog.records] == [
        "tile server nonexistent.invalid cannot be reached: name not resolved; "
        f"not asking again for {BACKOFF_S:.0f} s"
    ]
    assert not caplog.records[0].exc_info and "gaierror" not in caplog.text


def test_a_server_hanging_up_costs_one_connection_per_pause_even_from_many_threads(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    server.hang_up = True
    service = service_for(server, cache, now=clock)
    results = run_in_threads(8, [(5, x, 7) for x in range(30)], service)
    assert [r.state for r in results] == ["missing"] * 30
    # Only the downloads already under way when the first failed reached the server.
    assert 1 <= server.connections <= MAX_PARALLEL_DOWNLOADS
    assert server.requests == []


def test_a_silent_server_times_out(server: LoopbackTileServer, cache: TileCache) -> None:
    server.delay_s = 2.0
    service = service_for(server, cache, deadline_s=0.2)
    assert service.tile(1, 0, 0).state == "missing"
    assert service.tile(1, 1, 0).state == "missing"  # backing off, not waiting again
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (500, "text/html", None),
        (503, "text/html", None),
        (429, "text/html", None),
        (403, "text/html", None),
        (200, "text/html", b"<html><body>Sign in to the Wi-Fi</body></html>"),
        (200, "image/png", b""),
    ],
)
def test_errors_and_non_images_are_not_cached_and_pause_the_service(
    server: LoopbackTileServer,
    cache: TileCache,
    clock: Clock,
    status: int,
    content_type: str,
    body: bytes | None,
) -> None:
    server.status, server.content_type, server.body = status, content_type, body
    service = service_for(server, cache, now=clock)
    assert service.tile(1, 0, 0) == TileResult(None, "", "missing")
    assert service.tile(1, 0, 1).state == "missing"
    assert len(server.requests) == 1
    assert cache.stats() == (0, 0)


def test_a_tile_the_server_does_not_have_does_not_pause_the_service(
    server: LoopbackTileServer, cache: TileCache
) -> None:
    server.status = 404
    service = service_for(server, cache)
    assert service.tile(1, 0, 0).state == "missing"
    server.status = 200
    assert service.tile(1, 0, 1).state == "fetched"
    assert cache.stats() == (1, len(server.tile))


def test_an_error_keeps_the_cached_copy(
    server: LoopbackTileServer, cache: TileCache, clock: Clock
) -> None:
    service = service_for(server, cache, now=clock)
    service.tile(4, 3, 3)
    before = cache.get("osm", 4, 3, 3)
    clock.advance(MIN_KEEP_S + 1)
    server.status = 500
    assert service.tile(4, 3, 3) == TileResult(server.tile, "image/png", "stale")
    assert cache.get("osm", 4, 3, 3) == before


def test_a_tile_is_still_served_when_the_cache_cannot_store_it(
    server: LoopbackTileServer, cache: TileCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(cache, "put", disk_full)
    assert service_for(server, cache).tile(1, 0, 0).state == "fetched"


@pytest.mark.parametrize(
    ("z", "x", "y"), [(-1, 0, 0), (20, 0, 0), (2, 4, 0), (2, 0, 4), (2, 0, -1), (0, 1, 0)]
)
def test_tiles_that_cannot_exist_are_refused(
    server: LoopbackTileServer, cache: TileCache, z: int, x: int, y: int
) -> None:
    with pytest.raises(ValueError, match=r"zoom|does not exist"):
        service_for(server, cache).tile(z, x, y)
    assert server.requests == []


def test_the_url_override_sends_every_tile_to_the_own_server(
    server: LoopbackTileServer, cache: TileCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WALKPLANNER_TILE_URL", server.template)
    assert TileService(cache, get_provider("osm")).tile(6, 32, 21).state == "fetched"
    assert TileService(cache, get_provider("osm-fr")).tile(6, 32, 21).state == "fetched"
    assert [r.path for r in server.requests] == ["/6/32/21.png"] * 2


def test_eight_threads_thirty_tiles_never_more_than_two_downloads_at_once(
    server: LoopbackTileServer, cache: TileCache
) -> None:
    server.delay_s = 0.03
    service = service_for(server, cache)
    results = run_in_threads(8, [(5, x, 7) for x in range(30)], service)
    assert [r.state for r in results] == ["fetched"] * 30
    assert len(server.requests) == 30
    assert server.max_in_flight == MAX_PARALLEL_DOWNLOADS
    assert cache.stats() == (30, 30 * len(server.tile))


def test_a_tile_wanted_by_many_threads_at_once_is_downloaded_once(
    server: LoopbackTileServer, cache: TileCache
) -> None:
    server.delay_s = 0.1
    service = service_for(server, cache)
    results = run_in_threads(8, [(9, 259, 176)] * 8, service)
    assert {r.data for r in results} == {server.tile}
    assert sorted(r.state for r in results) == ["fetched"] + ["fresh"] * 7
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "address",
    ["file:///etc/passwd", "ftp://example.org/x", "data:,hello", "javascript:x", "http://[::1",
     "http:///no-host", ""],
)  # fmt: skip
def test_only_web_addresses_are_fetched(address: str) -> None:
    """The one GET refuses anything but http and https before it opens anything: a router
    address of file:///etc/passwd once read the file."""
    from walkplanner import net

    with pytest.raises(net.NetError, match="not a web address"):
        net.get(address, headers={}, deadline_s=1, max_bytes=100)
