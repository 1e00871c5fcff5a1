"""Offline map packs that turn hostile after they were chosen, or hold cells that are not
tiles: the map and the cards get a missing tile, never a crash or a 3 GB "tile"."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from tests.tiles.loopback import png_bytes
from tests.tiles.test_packs import make_mbtiles, make_pmtiles
from walkplanner.tiles.fetcher import MAX_TILE_BYTES
from walkplanner.tiles.packs import TilePack

TILE = (14, 8298, 5636)


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
