"""Map pack files as users bring them: replaced on disk and chosen again, folders named
like packs, and files that are empty, cut short, not packs at all, loops of links,
unreadable, lying about their zoom, or claiming huge tiles and directories. Each is a
clear PackError or read correctly; nothing else escapes, and no pack serves another
file's bytes."""

from __future__ import annotations

import gzip
import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pmtiles.tile import (
    Compression,
    Entry,
    TileType,
    serialize_directory,
    serialize_header,
    zxy_to_tileid,
)

from tests.tiles.loopback import png_bytes
from tests.tiles.test_packs import make_mbtiles, make_pmtiles
from walkplanner.tiles.basemaps import Basemaps
from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.fetcher import MAX_TILE_BYTES
from walkplanner.tiles.packs import PackError, TilePack
from walkplanner.tiles.pmtiles_file import MAX_UNPACKED_BYTES, PmtilesFile

TILE = (14, 8298, 5636)
RED, BLUE = png_bytes("#ff0000"), png_bytes("#0000ff")
MAKERS: dict[str, Callable[[Path, dict[tuple[int, int, int], bytes]], Path]] = {
    "mbtiles": make_mbtiles,
    "pmtiles": make_pmtiles,
}


@pytest.fixture
def basemaps(tmp_path: Path):
    cache = TileCache(tmp_path / "tiles.sqlite")
    maps = Basemaps(cache, offline=True)
    yield maps
    maps.close()
    cache.close()


def replace_by_rename(path: Path, make: Callable, tiles: dict) -> None:
    """How a download or a copy replaces a file: a new file moved over the old name."""
    fresh = make(path.with_name("new-" + path.name), tiles)
    os.replace(fresh, path)


def rewrite_in_place(path: Path, make: Callable, tiles: dict) -> None:
    """How `cp new old` replaces it: the same file (inode) with other bytes."""
    fresh = make(path.with_name("new-" + path.name), tiles)
    path.write_bytes(fresh.read_bytes())
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("replace", [replace_by_rename, rewrite_in_place])
def test_a_pack_replaced_on_disk_and_chosen_again_shows_the_new_tiles(
    basemaps: Basemaps, tmp_path: Path, kind: str, replace: Callable
) -> None:
    make = MAKERS[kind]
    path = make(tmp_path / f"paris.{kind}", {TILE: RED})
    old = basemaps.open_pack(path)
    old_tiles = basemaps.source(old.key)
    assert old_tiles is not None and old_tiles.tile(*TILE).data == RED
    replace(path, make, {TILE: BLUE})
    # Not chosen again yet: the old reader gives a gap, never the new file's bytes.
    assert old_tiles.tile(*TILE).state == "missing"
    new = basemaps.open_pack(path)
    assert new.key != old.key  # new tile addresses: the map's own cache cannot answer
    new_tiles = basemaps.source(new.key)
    assert new_tiles is not None and new_tiles.tile(*TILE).data == BLUE
    assert basemaps.source(old.key) is None and old_tiles.tile(*TILE).state == "missing"
    assert [p.key for p in basemaps.choices() if p.key.startswith("pack-")] == [new.key]
    assert basemaps.pack_path(new.key) == path


@pytest.mark.parametrize("kind", MAKERS)
def test_the_same_file_chosen_again_is_the_pack_already_open(
    basemaps: Basemaps, tmp_path: Path, kind: str
) -> None:
    path = MAKERS[kind](tmp_path / f"paris.{kind}", {TILE: RED})
    first = basemaps.open_pack(path)
    tiles = basemaps.source(first.key)
    assert basemaps.open_pack(path) == first and basemaps.source(first.key) is tiles
    assert tiles is not None and tiles.tile(*TILE).data == RED


@pytest.mark.parametrize("kind", MAKERS)
def test_a_closed_pack_gives_missing_tiles(tmp_path: Path, kind: str) -> None:
    pack = TilePack(MAKERS[kind](tmp_path / f"paris.{kind}", {TILE: RED}))
    pack.close()
    pack.close()
    assert pack.tile(*TILE).state == "missing"


@pytest.mark.parametrize("name", ["paris.mbtiles", "paris.pmtiles", "PARIS.MBTILES"])
def test_a_folder_named_like_a_pack_is_called_a_folder(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    folder.mkdir()
    with pytest.raises(PackError, match="is a folder, not a map pack file: open the"):
        TilePack(folder)


def _zero_bytes(path: Path) -> None:
    path.write_bytes(b"")


def _wrong_magic(path: Path) -> None:
    path.write_bytes(b"GIF89a" + bytes(4096))


def _text_file(path: Path) -> None:
    path.write_text("<html>404 Not Found</html>\n" * 50)


def _loop(path: Path) -> None:
    other = path.with_name("other" + path.suffix)
    other.symlink_to(path)
    path.symlink_to(other)


def _dangling(path: Path) -> None:
    path.symlink_to(path.with_name("gone" + path.suffix))


def _fifo(path: Path) -> None:
    os.mkfifo(path)


HOSTILE = {
    "zero bytes": (_zero_bytes, r"is empty \(0 bytes\)"),
    "wrong magic": (_wrong_magic, "is not a readable (MBTiles|PMTiles) file"),
    "an error page": (_text_file, "is not a readable (MBTiles|PMTiles) file"),
    "a loop of links": (_loop, "a loop of links"),
    "a link to nothing": (_dangling, "There is no file"),
    "a pipe": (_fifo, "not a regular file"),
}


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("case", HOSTILE)
def test_files_that_are_no_pack_say_what_is_wrong(tmp_path: Path, kind: str, case: str) -> None:
    make, message = HOSTILE[case]
    path = tmp_path / f"paris.{kind}"
    make(path)
    with pytest.raises(PackError, match=message):
        TilePack(path)


@pytest.mark.parametrize("kind", MAKERS)
def test_a_pack_the_user_may_not_read_says_so(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = MAKERS[kind](tmp_path / f"paris.{kind}", {TILE: RED})
    real_open = Path.open

    def refused(self: Path, *args: object, **kwargs: object):
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refused)
    with pytest.raises(PackError, match=r"Cannot read “paris.*”: Permission denied\. Check"):
        TilePack(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_a_pack_without_read_permission_says_so(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "paris.mbtiles", {TILE: RED})
    path.chmod(0)
    with pytest.raises(PackError, match="Permission denied"):
        TilePack(path)


@pytest.mark.parametrize("kind", MAKERS)
@pytest.mark.parametrize("kept", [0.02, 0.1, 0.25, 0.5, 0.75, 0.95])
def test_a_pack_cut_short_is_refused_or_gives_gaps(tmp_path: Path, kind: str, kept: float) -> None:
    tiles = {(14, 8298 + dx, 5636 + dy): png_bytes(f"#{dx:02x}{dy:02x}80") for dx in range(8)
             for dy in range(8)}  # fmt: skip
    whole = MAKERS[kind](tmp_path / f"whole.{kind}", tiles).read_bytes()
    path = tmp_path / f"cut.{kind}"
    path.write_bytes(whole[: max(1, int(len(whole) * kept))])
    try:
        pack = TilePack(path)
    except PackError as error:
        assert "is not a readable" in str(error)
        return
    try:
        for xyz, data in tiles.items():
            tile = pack.tile(*xyz)
            assert tile.data in (data, None)
    finally:
        pack.close()


def set_maxzoom(path: Path, value: object) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE metadata SET value = ? WHERE name = 'maxzoom'", (value,))
    db.close()
    return path


@pytest.mark.parametrize(
    ("claim", "deepest"),
    [
        ("19", 13),  # a region's pack that says street level
        ("2", 15),  # claims too little
        ("banana", 13),
        ("-4", 13),
        ("1e308", 13),
        (None, 13),
        (b"\xff\xfe", 13),
        ("13", 13),  # the truth
    ],
)
def test_the_deepest_zoom_is_the_tiles_not_the_metadatas(
    tmp_path: Path, claim: object, deepest: int
) -> None:
    tiles = {(z, 0, 0): RED for z in range(deepest + 1)}
    pack = TilePack(set_maxzoom(make_mbtiles(tmp_path / "region.mbtiles", tiles), claim))
    try:
        assert pack.provider.max_zoom == deepest
        assert pack.tile(deepest, 0, 0).data == RED
    finally:
        pack.close()


def test_metadata_of_the_wrong_types_and_sizes_is_read_as_text(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "odd.mbtiles", {TILE: RED})
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM metadata WHERE name IN ('name', 'attribution')")
        db.execute("INSERT INTO metadata VALUES ('name', ?)", ("Paris " * 1_000_000,))
        db.execute("INSERT INTO metadata VALUES ('attribution', ?)", (12.5,))
        db.executemany(
            "INSERT INTO metadata VALUES (?, ?)", ((f"junk{n}", n) for n in range(100_000))
        )
    db.close()
    pack = TilePack(path)
    try:
        assert pack.provider.name.startswith("Paris Paris") and len(pack.provider.name) <= 80
        assert pack.provider.attribution == "12.5"
        assert pack.tile(*TILE).data == RED
    finally:
        pack.close()


# --- PMTiles whose directories lie -------------------------------------------------------


def pmtiles_bytes(
    entries: list[Entry],
    tile_data: bytes,
    *,
    metadata: bytes = b'{"name": "Quays"}',
    root: bytes | None = None,
    compression: Compression = Compression.GZIP,
) -> bytes:
    """A PMTiles file made by hand: header, root directory, metadata, tile data."""
    root = serialize_directory(entries) if root is None else root
    if compression == Compression.GZIP and not metadata.startswith(b"\x1f\x8b"):
        metadata = gzip.compress(metadata)
    header = {
        "root_offset": 127,
        "root_length": len(root),
        "metadata_offset": 127 + len(root),
        "metadata_length": len(metadata),
        "tile_data_offset": 127 + len(root) + len(metadata),
        "tile_data_length": len(tile_data),
        "clustered": True,
        "internal_compression": compression,
        "tile_compression": Compression.NONE,
        "tile_type": TileType.PNG,
        "min_zoom": 0,
        "max_zoom": 14,
    }
    return serialize_header(header) + root + metadata + tile_data


def counting_reader(data: bytes, reads: list[int]) -> Callable[[int, int], bytes]:
    def read(offset: int, length: int) -> bytes:
        reads.append(length)
        return data[offset : offset + length]

    return read


def bomb(size: int) -> bytes:
    return gzip.compress(bytes(size), compresslevel=9)


def test_a_tile_entry_claiming_gigabytes_is_missing_without_being_read() -> None:
    tile_id = zxy_to_tileid(*TILE)
    entries = [Entry(tile_id, 0, 3_000_000_000, 1), Entry(tile_id + 1, 0, len(RED), 1)]
    reads: list[int] = []
    pmtiles = PmtilesFile(counting_reader(pmtiles_bytes(entries, RED), reads))
    assert pmtiles.get(*TILE) is None
    assert max(reads) <= MAX_TILE_BYTES
    (neighbour,) = [(z, x, y) for z, x, y in [(14, 8299, 5636), (14, 8298, 5637)]
                    if zxy_to_tileid(z, x, y) == tile_id + 1]  # fmt: skip
    assert pmtiles.get(*neighbour) == RED


@pytest.mark.parametrize(
    "root",
    [
        bomb(MAX_UNPACKED_BYTES + 1),  # a gzip bomb
        gzip.compress(b"\xff\xff\xff\xff\x0f"),  # four billion entries in five bytes
        gzip.compress(b""),
        b"not gzip at all",
        gzip.compress(bytes([2, 1])),  # entries cut short
    ],
    ids=["bomb", "lying count", "empty", "not gzip", "cut short"],
)
def test_a_directory_that_lies_gives_missing_tiles(tmp_path: Path, root: bytes) -> None:
    path = tmp_path / "lies.pmtiles"
    path.write_bytes(pmtiles_bytes([], RED, root=root))
    pack = TilePack(path)
    try:
        assert pack.tile(*TILE).state == "missing"
    finally:
        pack.close()


@pytest.mark.parametrize(
    "metadata",
    [bomb(MAX_UNPACKED_BYTES + 1), b"[1, 2]", b"{", b'"text"', b"\xff" * 100],
    ids=["bomb", "a list", "broken", "a string", "not text"],
)
def test_metadata_that_is_no_object_is_refused(tmp_path: Path, metadata: bytes) -> None:
    path = tmp_path / "meta.pmtiles"
    path.write_bytes(pmtiles_bytes([], RED, metadata=metadata))
    with pytest.raises(PackError, match="is not a readable PMTiles file"):
        TilePack(path)


def test_uncompressed_directories_are_read(tmp_path: Path) -> None:
    entries = [Entry(zxy_to_tileid(*TILE), 0, len(RED), 1)]
    root = gzip.decompress(serialize_directory(entries))
    path = tmp_path / "plain.pmtiles"
    path.write_bytes(
        pmtiles_bytes(entries, RED, root=root, metadata=b"{}", compression=Compression.NONE)
    )
    pack = TilePack(path)
    try:
        assert pack.tile(*TILE).data == RED
    finally:
        pack.close()


def claiming_zoom(path: Path, zoom: int) -> Path:
    """The file with its header's max_zoom (byte 101 of PMTiles v3) rewritten."""
    data = bytearray(path.read_bytes())
    data[101] = zoom
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("tiles_on_deepest_zoom", [1, 40_000])  # 40,000: leaf directories
def test_a_pmtiles_header_claiming_deeper_zooms_than_its_tiles_is_not_believed(
    tmp_path: Path, tiles_on_deepest_zoom: int
) -> None:
    scattered = random.Random(7)  # tiles all over zoom 14, so the root does not compress small
    tiles = {(z, 0, 0): RED for z in range(14)}
    for n in range(tiles_on_deepest_zoom):
        tiles[(14, scattered.randrange(16384), scattered.randrange(16384))] = b"%d" % n
    path = claiming_zoom(make_pmtiles(tmp_path / "region.pmtiles", tiles), 19)
    with path.open("rb") as handle:
        reader = PmtilesFile(lambda offset, length: os.pread(handle.fileno(), length, offset))
        assert reader.header["max_zoom"] == 19
        assert (reader.header["leaf_directory_length"] > 0) == (tiles_on_deepest_zoom > 1)
    pack = TilePack(path)
    try:
        assert pack.provider.max_zoom == 14
        assert pack.tile(13, 0, 0).data == RED
    finally:
        pack.close()


def test_pmtiles_directories_that_cannot_say_keep_the_header_s_zoom(tmp_path: Path) -> None:
    for name, root in (("empty", None), ("broken", gzip.compress(bytes([200, 1])))):
        path = tmp_path / f"{name}.pmtiles"
        path.write_bytes(pmtiles_bytes([], RED, root=root))
        pack = TilePack(path)
        try:
            assert pack.provider.max_zoom == 14
        finally:
            pack.close()
