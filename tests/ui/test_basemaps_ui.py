"""Basemaps in the app: an offline pack made in the test is served to the map."""

from __future__ import annotations

from pathlib import Path

from tests.tile_server import png_bytes
from tests.tiles.test_packs import make_mbtiles
from walkplanner.core.mercator import TILE_SIZE, world_pixel

LOADED = "document.querySelectorAll('img.leaflet-tile-loaded').length"


def test_an_mbtiles_pack_becomes_the_basemap(harness, qtbot, tmp_path: Path) -> None:
    window = harness.open().window
    # Tiles around the Louvre at the zoom levels the map may use.
    tiles = {}
    for z in range(14, 19):
        x, y = (int(v // TILE_SIZE) for v in world_pixel(48.858, 2.34, z))
        for dx in range(-3, 4):
            for dy in range(-3, 4):
                tiles[(z, x + dx, y + dy)] = png_bytes("#3c8d2f")
    pack = make_mbtiles(tmp_path / "paris.mbtiles", tiles)
    window.basemaps.use_pack(pack)
    key = window.basemaps.current.key
    assert key.startswith("pack-") and window.basemaps.current.name == "Paris centre"
    qtbot.waitUntil(lambda: harness.js(LOADED) >= 4, timeout=20_000)
    sources = harness.js(
        "Array.from(document.querySelectorAll('img.leaflet-tile')).map(i => i.src)"
    )
    assert all(f"/tiles/{key}/" in src for src in sources)
    credit = harness.js("document.querySelector('.leaflet-control-attribution').textContent")
    assert "© OpenStreetMap contributors" in credit
    harness.close()

    window = harness.open().window  # the choice survives a restart
    assert window.basemaps.current.key == key


def test_preferences_show_and_clear_the_cache_and_check_addresses(qtbot, tmp_path: Path) -> None:
    from walkplanner.settings import Settings
    from walkplanner.tiles.cache import CachedTile, TileCache
    from walkplanner.ui.preferences_dialog import PreferencesDialog

    cache = TileCache(tmp_path / "tiles.sqlite")
    cache.put("osm", 1, 0, 0, CachedTile(b"x" * 2_000_000, "image/png", None, None, 0, 1e12))
    settings = Settings()
    dialog = PreferencesDialog(settings, cache, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.stats.text() == "1 tile, 1.9 MB"
    dialog.clear_cache()
    assert dialog.stats.text() == "0 tiles, 0.0 MB"
    dialog.router_url.setText("osrm.local:5000")
    dialog.accept()
    assert "not a web address" in dialog.message.text() and dialog.result() == 0
    dialog.router_url.setText("http://127.0.0.1:5000")
    dialog.limit.setValue(800)
    dialog.accept()
    dialog.apply_to(settings)
    assert (settings.routing_url, settings.tile_cache_mb) == ("http://127.0.0.1:5000", 800)
    cache.close()
