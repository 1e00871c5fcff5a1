"""PMTiles read within bounds: the pmtiles package's reader believes the file, so a
directory entry claiming a 3 GB tile read 64 MB per request, and a gzip bomb in the
metadata or a directory unpacked into gigabytes. Here a tile larger than a tile may be is
missing without being read, nothing unpacks beyond a cap, and directories are decoded
here (see _Directory); the package still decodes the header and turns tiles into ids."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable

import numpy as np
from pmtiles.tile import (
    Compression,
    Entry,
    HeaderDict,
    deserialize_header,
    tileid_to_zxy,
    zxy_to_tileid,
)

from walkplanner.tiles.fetcher import MAX_TILE_BYTES

MAX_UNPACKED_BYTES = 16 * 1024 * 1024  # a planet's leaf directories are a few MB
MAX_DEPTH = 4  # root, then leaves: the specification's deepest
MAX_VARINT_BYTES = 10  # seven bits a byte: a 64-bit number takes at most ten
KEPT_DIRECTORIES = 4  # the root and the leaves of the tiles in view

ByteSource = Callable[[int, int], bytes]


class PmtilesFile:
    """The header, metadata and tiles of one PMTiles file read through `read_bytes`."""

    def __init__(self, read_bytes: ByteSource) -> None:
        self._read_bytes = read_bytes
        self._directories: dict[tuple[int, int], _Directory] = {}
        self.header: HeaderDict = deserialize_header(self._read(0, 127))

    def metadata(self) -> object:
        header = self.header
        raw = self._read(header["metadata_offset"], header["metadata_length"])
        return json.loads(self._unpacked(raw, "metadata"))

    def get(self, z: int, x: int, y: int) -> bytes | None:
        """The tile's bytes, or None when the file has none or claims one too big."""
        tile_id = zxy_to_tileid(z, x, y)
        entry = self._tile_entry(lambda directory: directory.find(tile_id))
        if entry is None or entry.length > MAX_TILE_BYTES:
            return None
        return self._read(self.header["tile_data_offset"] + entry.offset, entry.length)

    def deepest_zoom(self) -> int | None:
        """The zoom of the last tile the directories list, or None when they list none.
        Tile ids grow with zoom, so it is the last entry's run, followed down the leaves: a
        header claiming zoom 19 for tiles to 13 drew blank cards beyond 13."""
        entry = self._tile_entry(lambda directory: directory.last())
        return None if entry is None else tileid_to_zxy(entry.tile_id + entry.run_length - 1)[0]

    def _tile_entry(self, pick: Callable[[_Directory], Entry | None]) -> Entry | None:
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

    def _directory(self, offset: int, length: int) -> _Directory:
        """The directory at `offset` (the pmtiles package's layout), from capped bytes; the
        last few read are kept, so the root is not read again for every tile."""
        key = (offset, length)
        directory = self._directories.pop(key, None)
        if directory is None:
            directory = _Directory(self._unpacked(self._read(offset, length), "a directory"))
        self._directories[key] = directory  # the most recent last
        while len(self._directories) > KEPT_DIRECTORIES:
            del self._directories[next(iter(self._directories))]
        return directory

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


class _Directory:
    """A directory's columns, decoded at once with numpy. The pmtiles package reads one
    number a byte at a time, shifting an ever longer integer while its bytes say "more":
    16 MB of 0xFF (a 16 kB file) took hours, and 4 million entries of one byte each took
    17 s and 480 MB, at opening and again for every tile. Here that is a fraction of a
    second, once; a number longer than a 64-bit one (ten bytes) is refused."""

    def __init__(self, data: bytes) -> None:
        numbers = _varints(data)
        if not numbers.size:
            raise ValueError("a directory holds no whole number")
        count = int(numbers[0])
        if 1 + 4 * count > numbers.size:
            raise ValueError(f"a directory claims {count} entries in fewer numbers")
        columns = numbers[1 : 1 + 4 * count].reshape(4, count)
        self.tile_ids = np.cumsum(columns[0], dtype=np.uint64)
        self.run_lengths, self.lengths = columns[1], columns[2]
        # An offset of 0 after the first entry means "right after the entry before".
        stated = columns[3]
        starts = np.maximum.accumulate(
            np.where((stated > 0) | (np.arange(count) == 0), np.arange(count), 0)
        )
        ends = np.concatenate(([0], np.cumsum(self.lengths, dtype=np.uint64)))
        self.offsets = stated[starts] - np.uint64(1) + ends[:count] - ends[starts]

    def entry(self, i: int) -> Entry:
        return Entry(
            int(self.tile_ids[i]),
            int(self.offsets[i]),
            int(self.lengths[i]),
            int(self.run_lengths[i]),
        )

    def last(self) -> Entry | None:
        return self.entry(len(self.tile_ids) - 1) if len(self.tile_ids) else None

    def find(self, tile_id: int) -> Entry | None:
        """As pmtiles.tile.find_tile: the entry of `tile_id`, or of the run holding it,
        or a leaf directory that may."""
        i = int(np.searchsorted(self.tile_ids, np.uint64(tile_id), side="right")) - 1
        if i < 0:
            return None
        entry = self.entry(i)
        inside = tile_id - entry.tile_id < entry.run_length
        return entry if entry.tile_id == tile_id or not entry.run_length or inside else None


def _varints(data: bytes) -> np.ndarray:
    """Every whole number of `data` (little-endian base 128), as uint64."""
    raw = np.frombuffer(data, dtype=np.uint8)
    ends = np.flatnonzero(raw < 0x80)
    starts = np.empty_like(ends)
    starts[:1], starts[1:] = 0, ends[:-1] + 1
    sizes = ends - starts + 1
    longest = int(sizes.max()) if sizes.size else 0
    if longest > MAX_VARINT_BYTES:
        raise ValueError(f"a directory's number is {longest} bytes long")
    numbers = (raw[starts] & 0x7F).astype(np.uint64)
    for k in range(1, longest):
        longer = np.flatnonzero(sizes > k)
        numbers[longer] |= (raw[starts[longer] + k] & 0x7F).astype(np.uint64) << np.uint64(7 * k)
    return numbers
