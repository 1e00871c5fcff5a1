"""Offline map packs the user brings: MBTiles and PMTiles files of raster tiles.

A pack becomes a basemap that needs no network at all. MBTiles rows count from the
south (TMS), so the row is flipped; vector packs cannot be drawn and are refused with
a message saying so.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import sqlite3
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from walkplanner.problem import Problem
from walkplanner.text import say
from walkplanner.tiles.credits import CreditPart, clean_text, credit_text
from walkplanner.tiles.fetcher import MAX_TILE_BYTES, TileResult
from walkplanner.tiles.providers import TileProvider
from walkplanner.tiles.raster import tile_format

if TYPE_CHECKING:
    from walkplanner.tiles.pmtiles_file import PmtilesFile

log = logging.getLogger(__name__)
RASTER_FORMATS = frozenset({"png", "jpg", "jpeg", "webp"})


class PackError(Problem, ValueError):
    """The file cannot be used as an offline map; the message says why."""


Identity = tuple[int, int, int, int]  # device, inode, size, modification time (ns)


def pack_key(place: str, identity: Identity) -> str:
    """The basemap key of a pack: its file and that file's identity, so a pack replaced on
    disk is another basemap, whose tiles the map asks for afresh at new addresses."""
    return "pack-" + hashlib.sha1(f"{place}|{identity}".encode()).hexdigest()[:10]


DEFAULT_CREDIT = "© OpenStreetMap contributors"
MAX_NAME_CHARS = 80
MAX_METADATA_CHARS = 10_000
MAX_ZOOM = 24
MAX_READ_BYTES = 64 * 1024 * 1024  # no directory, metadata or tile of a pack comes near


def file_identity(path: Path) -> Identity:
    """The identity of the pack file at `path`, or a PackError saying why it is none: no
    file, a folder (a folder named "x.mbtiles" is not a pack), a loop of links, an empty
    file, one the user may not read."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise PackError(say("There is no file {path}.", path=path)) from None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise PackError(
                say(
                    "“{name}” is a link that leads back to itself (a loop of links); "
                    "open the map pack file itself.",
                    name=path.name,
                )
            ) from error
        raise _unreadable(path, error) from error
    if stat.S_ISDIR(status.st_mode):
        raise PackError(
            say(
                "“{name}” is a folder, not a map pack file: open the .mbtiles or .pmtiles "
                "file itself (a folder of tiles cannot be used as an offline map).",
                name=path.name,
            )
        )
    if not stat.S_ISREG(status.st_mode):
        raise PackError(
            say(
                "“{name}” is not a regular file (a device or a pipe); open an .mbtiles or "
                ".pmtiles file.",
                name=path.name,
            )
        )
    if status.st_size == 0:
        raise PackError(
            say(
                "“{name}” is empty (0 bytes): it was not downloaded or copied whole. "
                "Get the map pack again.",
                name=path.name,
            )
        )
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


def _unreadable(path: Path, error: OSError) -> PackError:
    return PackError(
        say(
            "Cannot read “{name}”: {reason}. Check that you may read it, or copy it to "
            "your own folders and open the copy.",
            name=path.name,
            reason=error.strerror or error,
        )
    )


def _text(value: object) -> str:
    """A metadata value as text: files may hold NULL, numbers or bytes where text belongs."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value)[:MAX_METADATA_CHARS] if isinstance(value, str | int | float) else ""


def _zoom(value: object) -> int:
    """The pack's deepest zoom, read leniently: junk means the usual 19."""
    try:
        return min(max(int(str(value)), 0), MAX_ZOOM)
    except ValueError:
        return 19


def _deepest_zoom(db: sqlite3.Connection, claimed: int) -> int:
    """The deepest zoom the pack's tiles reach: its metadata may claim zoom 19 for tiles
    that stop at 13 (the card would draw blank paper instead of enlarging them) or claim
    too little. The claim is checked with two indexed lookups; only a wrong one costs a
    search of the table. A pack without tiles keeps its claim."""
    at_claim = db.execute("SELECT 1 FROM tiles WHERE zoom_level = ? LIMIT 1", (claimed,))
    deeper = db.execute("SELECT 1 FROM tiles WHERE zoom_level > ? LIMIT 1", (claimed,))
    if at_claim.fetchone() and not deeper.fetchone():
        return claimed
    (deepest,) = db.execute(
        "SELECT max(zoom_level) FROM tiles WHERE typeof(zoom_level) = 'integer'"
    ).fetchone()
    return claimed if deepest is None else _zoom(deepest)


class TilePack:
    """Tiles from one local file; `tile()` is safe to call from several threads."""

    def __init__(self, path: Path) -> None:
        suffix = path.suffix.lower()
        if suffix not in (".mbtiles", ".pmtiles"):
            raise PackError(
                say(
                    "“{name}” is not an offline map: open an .mbtiles or .pmtiles file.",
                    name=path.name,
                )
            )
        self.path = path
        self.identity = file_identity(path)
        self.place = str(path.resolve())  # after the check: a loop of links has no place
        self._lock = threading.Lock()
        self._closed = False
        try:
            path.open("rb").close()
        except OSError as error:
            raise _unreadable(path, error) from error
        if suffix == ".mbtiles":
            self._open_mbtiles()
        else:
            self._open_pmtiles()
        if file_identity(path) != self.identity:
            self.close()
            raise PackError(
                say(
                    "“{name}” changed while it was being opened; wait until it is copied "
                    "whole, then open it again.",
                    name=path.name,
                )
            )
        # The metadata is the file's, so it is text: HTML in it is read, never rendered.
        credit = credit_text(self._attribution) or DEFAULT_CREDIT
        self.provider = TileProvider(
            key=pack_key(self.place, self.identity),
            name=clean_text(self._name, MAX_NAME_CHARS) or clean_text(path.stem, MAX_NAME_CHARS),
            url_template=path.as_uri(),
            attribution=credit,
            credit=(CreditPart(credit),),
            max_zoom=self._max_zoom,
        )

    def is_current(self) -> bool:
        """Whether the path still holds the file this pack opened (not replaced, rewritten
        or removed since)."""
        try:
            return file_identity(self.path) == self.identity
        except PackError:
            return False

    def tile(self, z: int, x: int, y: int) -> TileResult:
        """The pack's tile, or a missing one when the file cannot give it (changed or
        emptied since it was opened, or the pack closed): one bad tile leaves a gap, not a
        card that fails, and a pack never serves another file's bytes as its own."""
        try:
            with self._lock:
                data = None if self._closed or not self.is_current() else self._read(z, x, y)
        except Exception as error:  # a damaged file fails the pack's reader in its own ways
            log.warning("offline map %s: tile %s/%s/%s unreadable: %s", self.path, z, x, y, error)
            data = None
        # Only a whole image of a tile's size, as from a server: a pack of 20,000-pixel PNGs
        # (1 MB each, 1.2 GB drawn) took the map's renderer to 1.7 GB for four tiles.
        kind = tile_format(data) if data and len(data) <= MAX_TILE_BYTES else None
        if kind is None:
            return TileResult(None, "", "missing")
        return TileResult(data, kind, "fresh")

    def close(self) -> None:
        """Close the file once; a tile asked for afterwards is missing (a closed descriptor's
        number may already belong to another file)."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._close()

    # --- MBTiles ----------------------------------------------------------------------

    def _open_mbtiles(self) -> None:
        db = sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        try:
            # Only the keys read, each cut short: a metadata table may be a file's own size.
            # As bytes, for SQLite's text functions end a text at its first NUL.
            meta = dict(
                db.execute(
                    "SELECT name, substr(CAST(value AS BLOB), 1, ?) FROM metadata"
                    " WHERE name IN ('format', 'name', 'attribution', 'maxzoom')",
                    (4 * MAX_METADATA_CHARS,),
                ).fetchall()
            )
            max_zoom = _deepest_zoom(db, _zoom(_text(meta.get("maxzoom", 19))))
        except sqlite3.DatabaseError as error:
            db.close()
            raise PackError(
                say(
                    "“{name}” is not a readable MBTiles file ({error}).",
                    name=self.path.name,
                    error=error,
                )
            ) from error
        kind = clean_text(_text(meta.get("format", "png")), MAX_NAME_CHARS).lower()
        if kind not in RASTER_FORMATS:
            db.close()
            raise PackError(
                say(
                    "“{name}” holds {kind} (vector) tiles; open a raster map "
                    "pack (PNG or JPEG tiles).",
                    name=self.path.name,
                    kind=kind,
                )
            )
        self._name = _text(meta.get("name"))
        self._attribution = _text(meta.get("attribution"))
        self._max_zoom = max_zoom

        def read(z: int, x: int, y: int) -> bytes | None:
            # Only a blob of a tile's size is read: bytes(3_000_000_000) of an integer cell
            # was a 3 GB tile handed to the map.
            row = db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ?"
                " AND tile_row = ? AND typeof(tile_data) = 'blob' AND length(tile_data) <= ?",
                (z, x, (1 << z) - 1 - y, MAX_TILE_BYTES),  # TMS: rows count from the south
            ).fetchone()
            return bytes(row[0]) if row else None

        self._read = read
        self._close = db.close

    # --- PMTiles ----------------------------------------------------------------------

    def _open_pmtiles(self) -> None:
        from pmtiles.tile import TileType

        from walkplanner.tiles.pmtiles_file import PmtilesFile

        handle = self.path.open("rb")
        try:
            reader = PmtilesFile(_file_source(handle))
            header = reader.header
            metadata = reader.metadata()
            deepest = _pmtiles_deepest_zoom(reader)
            if not isinstance(metadata, dict):
                raise TypeError(f"its metadata is a JSON {type(metadata).__name__}, not an object")
        except Exception as error:
            handle.close()
            raise PackError(
                say(
                    "“{name}” is not a readable PMTiles file ({error}).",
                    name=self.path.name,
                    error=error,
                )
            ) from error
        if header["tile_type"] not in (TileType.PNG, TileType.JPEG, TileType.WEBP):
            handle.close()
            raise PackError(
                say("“{name}” holds vector tiles; open a raster map pack.", name=self.path.name)
            )
        self._name = _text(metadata.get("name"))
        self._attribution = _text(metadata.get("attribution"))
        claimed = _zoom(header.get("max_zoom", 19))
        self._max_zoom = claimed if deepest is None else _zoom(deepest)
        self._read = reader.get
        self._close = handle.close


def _pmtiles_deepest_zoom(reader: PmtilesFile) -> int | None:
    """The deepest zoom of the tiles, or None when the directories cannot say: a broken
    directory's tiles are missing one by one when asked for, as before, not the pack."""
    try:
        return reader.deepest_zoom()
    except Exception:  # the directory's own faults: ValueError, OverflowError, zlib.error…
        return None


def _file_source(handle: BinaryIO) -> Callable[[int, int], bytes]:
    """The PMTiles reader's bytes, read at their offset, never through a memory map: a
    mapped pack cut short while it is shown (downloaded again over itself) killed the app
    with SIGBUS at its next tile."""
    descriptor = handle.fileno()

    def get_bytes(offset: int, length: int) -> bytes:
        return os.pread(descriptor, min(length, MAX_READ_BYTES), offset)

    return get_bytes
