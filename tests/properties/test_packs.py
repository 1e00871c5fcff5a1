"""Map packs as anyone may make them: MBTiles whose metadata and tiles hold any SQLite value,
PMTiles whose header, directories and metadata hold any bytes. Each is refused with a
PackError or opens as a pack whose name and credit are one line of text, whose links are
https only, whose zoom a map can use, and whose tiles are bytes of a tile's size or
missing, quickly: nothing else escapes, and nothing hangs."""

from __future__ import annotations

import gzip
import io
import os
import re
import sqlite3
import struct
import tempfile
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pmtiles.tile import Entry, serialize_directory, write_varint

from tests.properties.hostile_json import HOSTILE_TEXT, JSON_VALUES, encoded
from tests.tiles.loopback import png_bytes
from tests.tiles.test_pack_files import TILE, pmtiles_bytes
from tests.tiles.test_packs import make_mbtiles, make_pmtiles
from walkplanner.tiles.credits import read_credit
from walkplanner.tiles.fetcher import MAX_TILE_BYTES
from walkplanner.tiles.packs import MAX_NAME_CHARS, MAX_ZOOM, PackError, TilePack
from walkplanner.tiles.raster import tile_format

SWEEP = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=int(os.environ.get("SWEEP_N", "60")),
)
RED = png_bytes("#ff0000")
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
SLOW_S = 5.0  # opening a pack and reading a tile: a damaged one must not take longer


def storable(value: object) -> object:
    """A text SQLite cannot take (a lone surrogate) as the bytes a file would hold."""
    if isinstance(value, str):
        try:
            value.encode()
        except UnicodeEncodeError:
            return value.encode("utf-8", "surrogatepass")
    return value


SQLITE_VALUES = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=False),  # SQLite keeps NaN as NULL
    HOSTILE_TEXT,
    st.binary(max_size=40),
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            '<a href="javascript:alert(1)">x</a><a href="https://example.org">©</a>',
            "NaN",
            "-3",
            "255",
            "1e999",
            "٣",
            "9" * 5000,
            "png\x00<script>",
            "pbf",
            "a" * 1_000_000,
        ]
    ),
).map(storable)
METADATA = st.lists(
    st.tuples(
        st.sampled_from(
            ["name", "attribution", "format", "maxzoom", "minzoom", "bounds", "description"]
        )
        | st.text(max_size=8).map(lambda name: name.encode("utf-8", "replace").decode()),
        SQLITE_VALUES,
    ),
    max_size=8,
)
TILE_ROWS = st.lists(
    st.tuples(SQLITE_VALUES, SQLITE_VALUES, SQLITE_VALUES, SQLITE_VALUES),
    max_size=5,
)


def one_line(text: str) -> bool:
    """Text without control characters or line breaks, as a label shows it."""
    return not CONTROLS.search(text)


def assert_usable(pack: TilePack) -> None:
    """What the map, the cards and Preferences read of a pack."""
    provider = pack.provider
    assert 0 < len(provider.name) <= MAX_NAME_CHARS and one_line(provider.name)
    assert provider.attribution and one_line(provider.attribution)
    for part in provider.credit:
        assert one_line(part.text) and part.url == ""  # a pack's own links are never followed
    assert 0 <= provider.max_zoom <= MAX_ZOOM
    for z, x, y in [TILE, (0, 0, 0), (provider.max_zoom, 0, 0), (24, 2**24 - 1, 2**24 - 1)]:
        started = time.perf_counter()
        result = pack.tile(z, x, y)
        assert time.perf_counter() - started < SLOW_S
        assert result.state in ("fresh", "missing")
        assert result.data is None or 0 < len(result.data) <= MAX_TILE_BYTES


def opened(path: Path, within_s: float = SLOW_S) -> None:
    """Refused or usable, opened within `within_s` seconds."""
    started = time.perf_counter()
    try:
        pack = TilePack(path)
    except PackError as error:
        assert str(error)
        return
    finally:
        assert time.perf_counter() - started < within_s
    try:
        assert_usable(pack)
    finally:
        pack.close()


@pytest.fixture(scope="module")
def folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="packs-"))


@SWEEP
@given(METADATA, TILE_ROWS, st.booleans())
def test_any_mbtiles_is_refused_or_usable(
    folder: Path, metadata: list[tuple[str, object]], rows: list[tuple[object, ...]], real: bool
) -> None:
    path = folder / "any.mbtiles"
    path.unlink(missing_ok=True)
    make_mbtiles(path, {TILE: RED} if real else {})
    with sqlite3.connect(path) as db:
        names = [name for name, _ in metadata]
        db.execute(f"DELETE FROM metadata WHERE name IN ({','.join('?' * len(names))})", names)
        db.executemany("INSERT INTO metadata VALUES (?, ?)", metadata)
        db.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", rows)
    db.close()
    opened(path)


@pytest.fixture(scope="module")
def good_pmtiles(folder: Path) -> bytes:
    return make_pmtiles(folder / "good.pmtiles", {TILE: RED, (13, 4149, 2818): RED}).read_bytes()


@SWEEP
@given(st.data())
def test_any_change_to_a_pmtiles_file_is_refused_or_usable(
    folder: Path, good_pmtiles: bytes, data: st.DataObject
) -> None:
    """Bytes of a good file overwritten, cut or inserted anywhere, the header most often."""
    changed = bytearray(good_pmtiles)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, 140) | st.integers(0, len(changed)))
        what = data.draw(st.sampled_from(["set", "cut", "insert", "truncate"]))
        if what == "set" and at < len(changed):
            changed[at] = data.draw(
                st.sampled_from([0, 1, 2, 0x7F, 0x80, 0xFF]) | st.integers(0, 255)
            )
        elif what == "cut":
            del changed[at : at + data.draw(st.integers(1, 16))]
        elif what == "insert":
            changed[at:at] = data.draw(st.binary(min_size=1, max_size=16))
        else:
            del changed[max(at, 1) :]
    path = folder / "changed.pmtiles"
    path.write_bytes(bytes(changed))
    opened(path)


def varints(*numbers: int) -> bytes:
    out = io.BytesIO()
    for number in numbers:
        write_varint(out, number)
    return out.getvalue()


ROOTS = st.one_of(
    st.binary(max_size=64),
    st.builds(lambda raw: gzip.compress(raw), st.binary(max_size=64)),
    st.lists(
        st.builds(
            Entry,
            st.integers(0, 2**40),
            st.integers(0, 2**40),
            st.integers(0, 2**31),
            st.integers(0, 2**31),
        ),
        max_size=6,
    ).map(lambda entries: serialize_directory(sorted(entries, key=lambda e: e.tile_id))),
    st.lists(st.integers(0, 2**70), max_size=12).map(lambda n: gzip.compress(varints(*n))),
)


@SWEEP
@given(ROOTS, JSON_VALUES | st.binary(max_size=40))
def test_any_pmtiles_directory_and_metadata_is_refused_or_usable(
    folder: Path, root: bytes, metadata: object
) -> None:
    raw = metadata if isinstance(metadata, bytes) else encoded(metadata)
    path = folder / "directory.pmtiles"
    path.write_bytes(pmtiles_bytes([], RED, root=root, metadata=raw))
    opened(path)


@pytest.mark.parametrize(
    "root",
    [
        gzip.compress(b"\xff" * (16 * 2**20)),  # a number that never ends: hours, now refused
        gzip.compress(varints(4_000_000) + b"\x01" * 16_000_000),  # 17 s at each tile
        gzip.compress(b"\x80" * 10 + b"\x01"),  # eleven bytes: more than 64 bits
    ],
    ids=["endless number", "four million entries", "eleven-byte number"],
)
def test_directories_that_took_hours_are_read_or_refused_in_seconds(
    tmp_path: Path, root: bytes
) -> None:
    path = tmp_path / "slow.pmtiles"
    path.write_bytes(pmtiles_bytes([], RED, root=root))
    opened(path, within_s=30)  # well under a second on a machine not shared


def test_a_leaf_directory_is_read_once_for_many_tiles(tmp_path: Path) -> None:
    tiles = {(14, x, 5636): png_bytes(f"#{x:06x}") for x in range(8000, 8400)}
    tiles |= {(13, x, 2818): RED for x in range(4000, 4200)}
    pack = TilePack(make_pmtiles(tmp_path / "leaves.pmtiles", tiles))
    try:
        assert all(pack.tile(14, x, 5636).data == tiles[14, x, 5636] for x in range(8000, 8400))
        assert pack.tile(14, 7999, 5636).state == "missing"
    finally:
        pack.close()


@SWEEP
@given(st.text(max_size=300) | HOSTILE_TEXT)
def test_a_credit_is_text_with_https_links_only(html: str) -> None:
    for part in read_credit(html):
        assert part.text and one_line(part.text)
        assert part.url == "" or (part.url.startswith("https://") and not CONTROLS.search(part.url))


def huge_png(side: int) -> bytes:
    """A PNG of `side` × `side` black pixels: about a megabyte for 20,000."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    packer = zlib.compressobj(9)
    row = bytes(1 + 3 * side)
    pixels = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("kind", ["mbtiles", "pmtiles"])
def test_a_pack_serves_only_whole_images_of_a_tile_s_size(tmp_path: Path, kind: str) -> None:
    """A 20,000-pixel PNG of 1 MB took the map's renderer to 1.7 GB for four tiles."""
    big, wide = png_bytes("#00ff00", 512), huge_png(20_000)
    tiles = {
        (1, 0, 0): wide,
        (1, 0, 1): b"<html><script>alert(1)</script></html>",
        (1, 1, 0): b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        (1, 1, 1): RED[:-12],  # cut short
        (2, 0, 0): png_bytes("#00ff00", 300),
        (2, 0, 1): RED,
        (2, 1, 0): big,
    }
    make = make_mbtiles if kind == "mbtiles" else make_pmtiles
    pack = TilePack(make(tmp_path / f"odd.{kind}", tiles))
    try:
        served = {xyz: pack.tile(*xyz) for xyz in tiles}
    finally:
        pack.close()
    assert len(wide) < MAX_TILE_BYTES
    assert {xyz: result.data for xyz, result in served.items() if result.state == "fresh"} == {
        (2, 0, 1): RED,
        (2, 1, 0): big,
    }
    assert served[2, 0, 1].content_type == "image/png"


@SWEEP
@given(st.data())
def test_any_bytes_are_a_whole_tile_or_none(data: st.DataObject) -> None:
    """What a pack or a server gives, read as a tile: good images changed anywhere."""
    body = bytearray(data.draw(st.sampled_from([RED, png_bytes("#00ff00", 512)])))
    for _ in range(data.draw(st.integers(0, 3))):
        at = data.draw(st.integers(0, len(body)))
        body[at : at + data.draw(st.integers(0, 8))] = data.draw(st.binary(max_size=8))
    raw = data.draw(st.sampled_from([bytes(body), bytes(body)[: data.draw(st.integers(0, 40))]]))
    kind = tile_format(raw)
    assert kind in (None, "image/png", "image/jpeg", "image/webp")
