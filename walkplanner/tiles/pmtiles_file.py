"""PMTiles read within bounds: the pmtiles package's reader believes the file, so a
directory entry claiming a 3 GB tile read 64 MB per request, and a gzip bomb in the
metadata or a directory unpacked into gigabytes. Here a tile larger than a tile may be is
missing without being read, and nothing unpacks beyond a cap; the package still decodes
the header and finds entries."""

from __future__ import annotations

import io
import json
import zlib
from collections.abc import Callable

from pmtiles.tile import (
    Compression,
    Entry,
    HeaderDict,
    deserialize_header,
    find_tile,
    read_varint,
    tileid_to_zxy,
    zxy_to_tileid,
)

from walkplanner.tiles.fetcher import MAX_TILE_BYTES

MAX_UNPACKED_BYTES = 16 * 1024 * 1024  # a planet's leaf directories are a few MB
MAX_DEPTH = 4  # root, then leaves: the specification's deepest

ByteSource = Callable[[int, int], bytes]


class PmtilesFile:
    """The header, metadata and tiles of one PMTiles file read through `read_bytes`."""

    def __init__(self, read_bytes: ByteSource) -> None:
        self._read_bytes = read_bytes
        self.header: HeaderDict = deserialize_header(self._read(0, 127))

    def metadata(self) -> object:
        header = self.header
        raw = self._read(header["metadata_offset"], header["metadata_length"])
        return json.loads(self._unpacked(raw, "metadata"))

    def get(self, z: int, x: int, y: int) -> bytes | None:
        """The tile's bytes, or None when the file has none or claims one too big."""
        tile_id = zxy_to_tileid(z, x, y)
        entry = self._tile_entry(lambda entries: find_tile(entries, tile_id))
        if entry is None or entry.length > MAX_TILE_BYTES:
            return None
        return self._read(self.header["tile_data_offset"] + entry.offset, entry.length)

    def deepest_zoom(self) -> int | None:
        """The zoom of the last tile the directories list, or None when they list none.
        Tile ids grow with zoom, so it is the last entry's run, followed down the leaves: a
        header claiming zoom 19 for tiles to 13 drew blank cards beyond 13."""
        entry = self._tile_entry(lambda entries: entries[-1] if entries else None)
        return None if entry is None else tileid_to_zxy(entry.tile_id + entry.run_length - 1)[0]

    def _tile_entry(self, pick: Callable[[list[Entry]], Entry | None]) -> Entry | None:
        """The entry of tiles `pick` chooses in each directory, followed from the root down
        the leaves; None when a directory offers none."""
        header = self.header
        offset, length = header["root_offset"], header["root_length"]
        for _depth in range(MAX_DEPTH):
            entry = pick(self._directory(offset, length))
            if entry is None or entry.run_length:
                return entry
            offset, length = header["leaf_directory_offset"] + entry.offset, entry.length
        return None

    def _read(self, offset: int, length: int) -> bytes:
        """Exactly `length` bytes: a file cut short gave the start of a tile as a tile."""
        data = self._read_bytes(offset, length)
        if len(data) != length:
            raise ValueError(f"the file ends before byte {offset + length}")
        return data

    def _directory(self, offset: int, length: int) -> list[Entry]:
        """The entries of a directory (the pmtiles package's layout), from capped bytes."""
        data = io.BytesIO(self._unpacked(self._read(offset, length), "a directory"))
        count = read_varint(data)
        if count * 4 > len(data.getbuffer()):  # an entry takes a byte in each of 4 columns
            raise ValueError(f"a directory claims {count} entries in fewer bytes")
        entries, tile_id = [], 0
        for _ in range(count):
            tile_id += read_varint(data)
            entries.append(Entry(tile_id, 0, 0, 0))
        for entry in entries:
            entry.run_length = read_varint(data)
        for entry in entries:
            entry.length = read_varint(data)
        for i, entry in enumerate(entries):
            value = read_varint(data)
            follows = i > 0 and value == 0
            entry.offset = entries[i - 1].offset + entries[i - 1].length if follows else value - 1
        return entries

    def _unpacked(self, data: bytes, what: str) -> bytes:
        compression = self.header["internal_compression"]
        if compression == Compression.NONE:
            return data
        if compression != Compression.GZIP:
            raise ValueError(f"{what} is compressed as {compression.name}, not gzip")
        inflater = zlib.decompressobj(wbits=31)
        unpacked = inflater.decompress(data, MAX_UNPACKED_BYTES)
        if inflater.unconsumed_tail:
            raise ValueError(f"{what} unpacks to over {MAX_UNPACKED_BYTES // 2**20} MB")
        return unpacked
