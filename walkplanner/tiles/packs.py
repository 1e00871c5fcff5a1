"""Offline map packs the user brings: MBTiles and PMTiles files of raster tiles.

A pack becomes a basemap that needs no network at all. MBTiles rows count from the
south (TMS), so the row is flipped; vector packs cannot be drawn and are refused with
a message saying so.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from walkplanner.problem import Problem
from walkplanner.text import say
from walkplanner.tiles.credits import CreditPart, clean_text, credit_text
from walkplanner.tiles.fetcher import MAX_TILE_BYTES, TileResult
from walkplanner.tiles.providers import TileProvider

log = logging.getLogger(__name__)
RASTER_TYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"}


class PackError(Problem, ValueError):
    """The file cannot be used as an offline map; the message says why."""


def pack_key(path: Path) -> str:
    return "pack-" + hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]


DEFAULT_CREDIT = "© OpenStreetMap contributors"
MAX_NAME_CHARS = 80
MAX_METADATA_CHARS = 10_000
MAX_ZOOM = 24
MAX_READ_BYTES = 64 * 1024 * 1024  # no directory, metadata or tile of a pack comes near


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


class TilePack:
    """Tiles from one local file; `tile()` is safe to call from several threads."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise PackError(say("There is no file {path}.", path=path))
        self.path = path
        self._lock = threading.Lock()
        suffix = path.suffix.lower()
        if suffix == ".mbtiles":
            self._open_mbtiles()
        elif suffix == ".pmtiles":
            self._open_pmtiles()
        else:
            raise PackError(
                say(
                    "“{name}” is not an offline map: open an .mbtiles or .pmtiles file.",
                    name=path.name,
                )
            )
        # The metadata is the file's, so it is text: HTML in it is read, never rendered.
        credit = credit_text(self._attribution) or DEFAULT_CREDIT
        self.provider = TileProvider(
            key=pack_key(path),
            name=clean_text(self._name, MAX_NAME_CHARS) or clean_text(path.stem, MAX_NAME_CHARS),
            url_template=path.as_uri(),
            attribution=credit,
            credit=(CreditPart(credit),),
            max_zoom=self._max_zoom,
        )

    def tile(self, z: int, x: int, y: int) -> TileResult:
        """The pack's tile, or a missing one when the file cannot give it (changed or
        emptied since it was opened): one bad tile leaves a gap, not a card that fails."""
        try:
            with self._lock:
                data = self._read(z, x, y)
        except Exception as error:  # a damaged file fails the pack's reader in its own ways
            log.warning("offline map %s: tile %s/%s/%s unreadable: %s", self.path, z, x, y, error)
            data = None
        if not data or len(data) > MAX_TILE_BYTES:
            return TileResult(None, "", "missing")
        return TileResult(data, self._content_type, "fresh")

    def close(self) -> None:
        with self._lock:
            self._close()

    # --- MBTiles ----------------------------------------------------------------------

    def _open_mbtiles(self) -> None:
        try:
            db = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            meta = dict(db.execute("SELECT name, value FROM metadata").fetchall())
            db.execute("SELECT 1 FROM tiles LIMIT 1").fetchall()
        except sqlite3.DatabaseError as error:
            raise PackError(
                say(
                    "“{name}” is not a readable MBTiles file ({error}).",
                    name=self.path.name,
                    error=error,
                )
            ) from error
        kind = clean_text(_text(meta.get("format", "png")), MAX_NAME_CHARS).lower()
        if kind not in RASTER_TYPES:
            db.close()
            raise PackError(
                say(
                    "“{name}” holds {kind} (vector) tiles; open a raster map "
                    "pack (PNG or JPEG tiles).",
                    name=self.path.name,
                    kind=kind,
                )
            )
        self._content_type = RASTER_TYPES[kind]
        self._name = _text(meta.get("name"))
        self._attribution = _text(meta.get("attribution"))
        self._max_zoom = _zoom(meta.get("maxzoom", 19))

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
        from pmtiles.reader import Reader
        from pmtiles.tile import TileType

        handle = self.path.open("rb")
        try:
            reader = Reader(_file_source(handle))
            header = reader.header()
            metadata = reader.metadata()
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
        types = {
            TileType.PNG: "image/png",
            TileType.JPEG: "image/jpeg",
            TileType.WEBP: "image/webp",
        }
        if header["tile_type"] not in types:
            handle.close()
            raise PackError(
                say("“{name}” holds vector tiles; open a raster map pack.", name=self.path.name)
            )
        self._content_type = types[header["tile_type"]]
        self._name = _text(metadata.get("name"))
        self._attribution = _text(metadata.get("attribution"))
        self._max_zoom = _zoom(header.get("max_zoom", 19))
        self._read = reader.get
        self._close = handle.close


def _file_source(handle: BinaryIO) -> Callable[[int, int], bytes]:
    """The PMTiles reader's bytes, read at their offset, never through a memory map: a
    mapped pack cut short while it is shown (downloaded again over itself) killed the app
    with SIGBUS at its next tile."""
    descriptor = handle.fileno()

    def get_bytes(offset: int, length: int) -> bytes:
        return os.pread(descriptor, min(length, MAX_READ_BYTES), offset)

    return get_bytes
