"""Offline map packs that turn hostile after they were chosen, hold cells that are not
tiles, or stop short of street level: the map and the cards get a missing tile, never a
crash or a 3 GB "tile", and a shallow pack is still drawn under a city walk."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor

from tests.tiles.loopback import png_bytes
from tests.tiles.test_packs import make_mbtiles, make_pmtiles
from tests.ui.conftest import Harness
from walkplanner.core.demo import demo_walk
from walkplanner.core.mercator import world_pixel
from walkplanner.render.card import CardOptions, render_card
from walkplanner.tiles.fetcher import MAX_TILE_BYTES
from walkplanner.tiles.packs import TilePack

TILE = (14, 8298, 5636)
GREEN = "#00ff00"


def shallow_pack(path: Path, zoom: int = 13) -> Path:
    """A pack whose deepest tiles (`zoom`, green) cover central Paris, as a region's pack
    made for an overview does; its metadata says so."""
    x, y = (int(v // 256) for v in world_pixel(48.858, 2.34, zoom))
    tiles = {(zoom, x + dx, y + dy): png_bytes(GREEN) for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
    make_mbtiles(path, tiles)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE metadata SET value = ? WHERE name = 'maxzoom'", (str(zoom),))
    db.close()
    return path


def test_cells_that_are_not_tiles_are_missing_tiles(tmp_path: Path) -> None:
    tiles = {
        (1, 0, 0): 3_000_000_000,  # bytes() of it was a 3 GB buffer of zeros
        (1, 0, 1): "text",
        (1, 1, 0): b"\x89PNG" + bytes(MAX_TILE_BYTES),
        (1, 1, 1): png_bytes("#3c8d2f"),
    }
    pack = TilePack(make_mbtiles(tmp_path / "odd.mbtiles", tiles))  # type: ignore[arg-type]
    try:
        states = {xyz: pack.tile(*xyz).state for xyz in tiles}
    finally:
        pack.close()
    assert states == {
        (1, 0, 0): "missing",
        (1, 0, 1): "missing",
        (1, 1, 0): "missing",
        (1, 1, 1): "fresh",
    }


def test_an_mbtiles_pack_emptied_while_shown_gives_missing_tiles(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "paris.mbtiles", {TILE: png_bytes("#3c8d2f")})
    pack = TilePack(path)
    try:
        assert pack.tile(*TILE).state == "fresh"
        path.write_bytes(b"not a database any more" * 1000)
        assert pack.tile(*TILE).state == "missing"
    finally:
        pack.close()


def test_a_pmtiles_pack_cut_short_while_shown_does_not_kill_the_app(tmp_path: Path) -> None:
    """Its own process: a memory-mapped pack cut short died of SIGBUS at the next tile."""
    path = make_pmtiles(tmp_path / "quays.pmtiles", {TILE: png_bytes("#3c8d2f")})
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from walkplanner.tiles.packs import TilePack
        path = Path({str(path)!r})
        pack = TilePack(path)
        print(pack.tile(*{TILE!r}).state)
        path.open("wb").close()  # downloaded again over itself: empty for a while
        print(pack.tile(*{TILE!r}).state)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert (result.returncode, result.stdout.split()) == (0, ["fresh", "missing"]), result.stderr


def test_a_card_over_a_pack_that_stops_at_13_shows_its_tiles(qtbot: Any, tmp_path: Path) -> None:
    pack = TilePack(shallow_pack(tmp_path / "region.mbtiles"))
    try:
        image = render_card(demo_walk(), CardOptions(), pack, pack.provider.attribution)
    finally:
        pack.close()
    samples = [
        image.pixelColor(x, y)
        for x in range(0, image.width(), 16)
        for y in range(0, image.height(), 16)
    ]
    assert sum(colour == QColor(GREEN) for colour in samples) > len(samples) // 10


def test_the_map_still_zooms_to_street_level_over_a_pack_that_stops_at_13(
    qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    harness = Harness(qtbot, data_dir)
    try:
        window = harness.open().window
        window.basemaps.use_pack(shallow_pack(tmp_path / "region.mbtiles"))
        assert window.basemaps.current.max_zoom == 13
        qtbot.waitUntil(lambda: harness.js("WalkBridge.inspect().map.getMaxZoom()") >= 19)
    finally:
        harness.close()
