from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tiles.loopback import LoopbackTileServer
from walkplanner.tiles.cache import TileCache


class Clock:
    """A clock the test moves by hand, injected as TileService's `now`."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def server() -> Iterator[LoopbackTileServer]:
    tile_server = LoopbackTileServer()
    yield tile_server
    tile_server.stop()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[TileCache]:
    tile_cache = TileCache(tmp_path / "cache" / "tiles.sqlite")
    yield tile_cache
    tile_cache.close()


@pytest.fixture
def clock() -> Clock:
    return Clock()
