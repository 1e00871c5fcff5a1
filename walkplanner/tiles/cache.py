"""A persistent tile cache in its own SQLite file, shared by the map view and the renderer.

The file is disposable: a corrupt one is moved aside and a new one started. One
connection per thread (the scheme handler fetches tiles from a thread pool); WAL lets
readers and the single writer work side by side.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS tiles (
    provider TEXT NOT NULL,
    z INTEGER NOT NULL,
    x INTEGER NOT NULL,
    y INTEGER NOT NULL,
    data BLOB NOT NULL,
    content_type TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    fetched_at REAL NOT NULL,
    expires_at REAL NOT NULL,
    PRIMARY KEY (provider, z, x, y)
)
"""


@dataclass(frozen=True)
class CachedTile:
    data: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    fetched_at: float
    expires_at: float


class TileCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._connection().execute("SELECT count(*) FROM tiles").fetchone()
        except sqlite3.DatabaseError as error:
            self._start_over(error)

    def get(self, provider: str, z: int, x: int, y: int) -> CachedTile | None:
        row = (
            self._connection()
            .execute(
                "SELECT data, content_type, etag, last_modified, fetched_at, expires_at FROM tiles"
                " WHERE provider = ? AND z = ? AND x = ? AND y = ?",
                (provider, z, x, y),
            )
            .fetchone()
        )
        return CachedTile(*row) if row else None

    def put(self, provider: str, z: int, x: int, y: int, tile: CachedTile) -> None:
        with self._connection() as db:
            db.execute(
                "INSERT OR REPLACE INTO tiles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    provider,
                    z,
                    x,
                    y,
                    tile.data,
                    tile.content_type,
                    tile.etag,
                    tile.last_modified,
                    tile.fetched_at,
                    tile.expires_at,
                ),
            )

    def refresh(self, provider: str, z: int, x: int, y: int, expires_at: float) -> None:
        """A 304 from the server: the copy we have is good until `expires_at`."""
        with self._connection() as db:
            db.execute(
                "UPDATE tiles SET fetched_at = ?, expires_at = ?"
                " WHERE provider = ? AND z = ? AND x = ? AND y = ?",
                (time.time(), expires_at, provider, z, x, y),
            )

    def stats(self) -> tuple[int, int]:
        """Number of tiles and their total size in bytes."""
        count, size = (
            self._connection()
            .execute("SELECT count(*), coalesce(sum(length(data)), 0) FROM tiles")
            .fetchone()
        )
        return int(count), int(size)

    def trim(self, max_bytes: int) -> int:
        """Drop the tiles fetched longest ago until the cache fits; returns how many went."""
        count, size = self.stats()
        if size <= max_bytes:
            return 0
        removed = 0
        with self._connection() as db:
            rows = db.execute(
                "SELECT provider, z, x, y, length(data) FROM tiles ORDER BY fetched_at"
            ).fetchall()
            doomed = []
            for provider, z, x, y, length in rows:
                if size <= max_bytes:
                    break
                doomed.append((provider, z, x, y))
                size -= length
            db.executemany(
                "DELETE FROM tiles WHERE provider = ? AND z = ? AND x = ? AND y = ?", doomed
            )
            removed = len(doomed)
        log.info("tile cache trimmed: %d of %d tiles removed", removed, count)
        return removed

    def clear(self) -> None:
        with self._connection() as db:
            db.execute("DELETE FROM tiles")

    def close(self) -> None:
        with self._lock:
            for connection in self._connections:
                connection.close()
            self._connections.clear()
        self._local = threading.local()

    def _connection(self) -> sqlite3.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(SCHEMA)
            self._local.connection = connection
            with self._lock:
                self._connections.append(connection)
        return connection

    def _start_over(self, error: sqlite3.DatabaseError) -> None:
        self.close()
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        log.warning("tile cache %s is unreadable (%s); moved to %s", self.path, error, aside)
        self.path.replace(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._connection()
