"""The tile cache: its own disposable SQLite file, shared by threads."""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import pytest

from walkplanner.tiles.cache import CachedTile, TileCache


def tile(data: bytes = b"png", fetched_at: float = 100.0, expires_at: float = 1e12) -> CachedTile:
    return CachedTile(
        data, "image/png", '"v1"', "Mon, 02 Nov 2026 10:00:00 GMT", fetched_at, expires_at
    )


def test_put_get_refresh_stats_clear(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "cache" / "tiles.sqlite"
    cache = TileCache(path)  # the folders are made
    assert cache.get("osm", 1, 0, 0) is None
    cache.put("osm", 1, 0, 0, tile(b"a" * 10))
    cache.put("osm", 1, 0, 0, tile(b"b" * 20))  # a newer copy replaces the old one
    cache.put("osm-fr", 1, 0, 0, tile(b"c" * 30))
    assert cache.get("osm", 1, 0, 0) == tile(b"b" * 20)
    assert cache.stats() == (2, 50)
    cache.refresh("osm", 1, 0, 0, 5e12, now=200.0)
    refreshed = cache.get("osm", 1, 0, 0)
    assert (refreshed.data, refreshed.fetched_at, refreshed.expires_at) == (b"b" * 20, 200.0, 5e12)
    cache.clear()
    assert cache.stats() == (0, 0)
    cache.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_clearing_gives_the_disk_space_back(tmp_path: Path) -> None:
    path = tmp_path / "tiles.sqlite"
    cache = TileCache(path)
    for x in range(64):
        cache.put("osm", 6, x, 0, tile(bytes(20_000)))
    cache.clear()
    cache.close()
    assert path.stat().st_size < 64 * 1024


def test_trim_drops_the_oldest_tiles_first(tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "tiles.sqlite")
    for age in range(10):
        cache.put("osm", 5, age, 0, tile(b"x" * 1000, fetched_at=age))
    assert cache.trim(5000) == 5
    assert cache.stats() == (5, 5000)
    assert cache.get("osm", 5, 0, 0) is None and cache.get("osm", 5, 9, 0) is not None
    assert cache.trim(10**6) == 0
    cache.close()


def test_a_closed_cache_says_so(tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "tiles.sqlite")
    cache.close()
    cache.close()
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        cache.get("osm", 0, 0, 0)


def test_many_threads_read_and_write_at_once(tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "tiles.sqlite")
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(n: int) -> None:
        try:
            start.wait()
            for x in range(50):
                cache.put("osm", 8, x, n, tile(bytes([n]) * 100))
                assert cache.get("osm", 8, x, n).data == bytes([n]) * 100
                cache.stats()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert cache.stats() == (400, 40_000)
    cache.close()


def test_a_corrupt_cache_file_is_moved_aside(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tiles.sqlite"
    path.write_bytes(b"not a database " * 1000)
    with caplog.at_level(logging.WARNING, logger="walkplanner.tiles.cache"):
        cache = TileCache(path)
    assert "unreadable" in caplog.text
    assert cache.stats() == (0, 0)
    cache.put("osm", 0, 0, 0, tile())
    assert cache.get("osm", 0, 0, 0) == tile()
    cache.close()
    [aside] = tmp_path.glob("tiles.sqlite.corrupt-*")
    assert aside.read_bytes() == b"not a database " * 1000


def test_a_file_with_another_tiles_table_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "tiles.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_data BLOB)")
    db.close()
    cache = TileCache(path)
    cache.put("osm", 0, 0, 0, tile())
    assert cache.stats() == (1, 3)
    cache.close()
    assert len(list(tmp_path.glob("tiles.sqlite.corrupt-*"))) == 1


def test_damage_found_while_running_starts_a_new_file(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "tiles.sqlite"
    cache = TileCache(path)
    for x in range(300):
        cache.put("osm", 10, x, 0, tile(bytes(5000)))
    cache.close()
    with sqlite3.connect(path) as db:  # fold the WAL in, so the damage below is all there is
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    size = path.stat().st_size
    with path.open("r+b") as file:
        file.seek(size // 2)
        file.write(b"\xff" * (size // 2))

    cache = TileCache(path)  # the first pages are fine: it opens
    assert list(tmp_path.glob("tiles.sqlite.corrupt-*")) == []
    with caplog.at_level(logging.WARNING, logger="walkplanner.tiles.cache"):
        assert cache.get("osm", 10, 299, 0) is None  # the damaged part: a new, empty file
    assert "malformed" in caplog.text
    assert len(list(tmp_path.glob("tiles.sqlite.corrupt-*"))) == 1
    cache.put("osm", 10, 299, 0, tile())
    assert cache.stats() == (1, 3)
    cache.close()
