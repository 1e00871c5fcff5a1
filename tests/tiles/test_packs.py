from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import write

from tests.tiles.loopback import png_bytes
from walkplanner.tiles.basemaps import Basemaps
from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.packs import PackError, TilePack
from walkplanner.tiles.providers import PROVIDERS


def make_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes], fmt: str = "png") -> Path:
    """An MBTiles file; `tiles` are keyed by XYZ (z, x, y) and stored with the TMS row flip."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " tile_data BLOB)"
        )
        db.executemany(
            "INSERT INTO metadata VALUES (?, ?)",
            [
                ("name", "Paris centre"),
                ("format", fmt),
                ("maxzoom", "16"),
                (
                    "attribution",
                    '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>',
                ),
            ],
        )
        db.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, (1 << z) - 1 - y, data) for (z, x, y), data in tiles.items()],
        )
    return path


def make_pmtiles(path: Path, tiles: dict[tuple[int, int, int], bytes]) -> Path:
    with write(str(path)) as writer:
        for (z, x, y), data in sorted(tiles.items(), key=lambda item: zxy_to_tileid(*item[0])):
            writer.write_tile(zxy_to_tileid(z, x, y), data)
        writer.finalize(
            {
                "tile_type": TileType.PNG,
                "tile_compression": Compression.NONE,
                "min_zoom": 14,
                "max_zoom": 15,
                "min_lon_e7": 23000000,
                "min_lat_e7": 488000000,
                "max_lon_e7": 24000000,
                "max_lat_e7": 489000000,
                "center_zoom": 14,
                "center_lon_e7": 23500000,
                "center_lat_e7": 488500000,
            },
            {"name": "Quays", "attribution": "© OpenStreetMap contributors"},
        )
    return path


def test_mbtiles_rows_are_flipped(tmp_path: Path) -> None:
    north, south = png_bytes("#ff0000"), png_bytes("#0000ff")
    pack = TilePack(make_mbtiles(tmp_path / "paris.mbtiles", {(1, 0, 0): north, (1, 0, 1): south}))
    assert pack.tile(1, 0, 0).data == north
    assert pack.tile(1, 0, 1).data == south
    assert pack.tile(1, 1, 1).state == "missing"
    assert pack.provider.name == "Paris centre"
    assert pack.provider.max_zoom == 1  # its deepest tiles, not the metadata's claim of 16
    assert pack.provider.attribution == "© OpenStreetMap contributors"
    pack.close()


def test_pmtiles_are_read(tmp_path: Path) -> None:
    tile = png_bytes("#00ff00")
    pack = TilePack(make_pmtiles(tmp_path / "quays.pmtiles", {(14, 8298, 5636): tile}))
    assert pack.tile(14, 8298, 5636).data == tile
    assert pack.tile(14, 8298, 5637).state == "missing"
    assert pack.provider.name == "Quays"
    pack.close()


def test_unusable_files_say_why(tmp_path: Path) -> None:
    with pytest.raises(PackError, match="vector"):
        TilePack(make_mbtiles(tmp_path / "v.mbtiles", {}, fmt="pbf"))
    (tmp_path / "junk.mbtiles").write_bytes(b"junk" * 100)
    with pytest.raises(PackError, match="not a readable MBTiles"):
        TilePack(tmp_path / "junk.mbtiles")
    (tmp_path / "map.gpx").write_bytes(b"")
    with pytest.raises(PackError, match=r"\.mbtiles or \.pmtiles"):
        TilePack(tmp_path / "map.gpx")


def test_basemaps_offer_four_providers_and_packs(tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "tiles.sqlite")
    basemaps = Basemaps(cache, offline=True)
    assert (
        [p.key for p in basemaps.choices()]
        == list(PROVIDERS)
        == ["osm", "osm-fr", "cyclosm", "opentopomap"]
    )
    for provider in basemaps.choices():
        assert "OpenStreetMap" in provider.attribution
    key = basemaps.open_pack(make_mbtiles(tmp_path / "p.mbtiles", {})).key
    assert basemaps.source(key) is basemaps.cached_source(key)
    assert basemaps.source("nope") is None
    basemaps.close()
    cache.close()
