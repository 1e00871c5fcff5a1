"""Card export with tiles cached: target under 300 ms for the post size.

Reported against the floor measured in the same run: the bare PySide6 + QtWebEngine +
folium page start-up (tests/bench/bare_page.py).
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from tests.bench.test_startup import BARE_PAGE, timed
from tests.tile_server import tile_server
from walkplanner.core.demo import demo_walk
from walkplanner.render.card import CardOptions, render_card
from walkplanner.render.output import save_image
from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.fetcher import TileService
from walkplanner.tiles.providers import get_provider

ROUNDS = 10


def test_post_card_export_with_cached_tiles(benchmark, qapp, tmp_path: Path) -> None:
    walk, options = demo_walk(), CardOptions(size="post")
    cache = TileCache(tmp_path / "tiles.sqlite")
    with tile_server() as server:
        provider = replace(get_provider("osm"), url_template=server.template)
        render_card(walk, options, TileService(cache, provider), provider.attribution)
        fetched = len(server.requests)
    tiles = TileService(cache, provider, offline=True)

    def export() -> None:
        save_image(render_card(walk, options, tiles, provider.attribution), tmp_path / "card.png")

    times = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        export()
        times.append(time.perf_counter() - started)
    benchmark.pedantic(export, rounds=3)
    floor = timed([sys.executable, str(BARE_PAGE)], "ready")
    median_ms = statistics.median(times) * 1000
    benchmark.extra_info.update(
        export_ms=round(median_ms, 1),
        tiles=fetched,
        ratio_to_bare_page=round(median_ms / 1000 / floor, 3),
    )
    print(
        f"\ncard export: {median_ms:.0f} ms median with {fetched} cached tiles "
        f"({median_ms / 1000 / floor:.2f} x the bare page start-up of {floor:.2f} s)"
    )
    cache.close()
    assert 0 < fetched <= 40
    assert median_ms < 300
