"""A persistent tile cache in its own SQLite file, shared by the map view and the renderer.

The file is disposable: it holds nothing that cannot be downloaded again, so a corrupt
or foreign file is moved aside (for a look later) and a new one started.
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
COLUMNS = "data, content_type, etag, last_modified, fetched_at, expires_at"
WHERE_TILE = "WHERE provider = ? AND z = ? AND x = ? AND y = ?"
# The file is damaged or not a database at all: only a new file helps.
BROKEN_FILE = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
# At opening, a database with another `tiles` table is as useless as a damaged file.
UNUSABLE_AT_OPENING = BROKEN_FILE | {sqlite3.SQLITE_ERROR}


@dataclass(frozen=True)
class CachedTile:
    data: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    fetched_at: float
    expires_at: float


class TileCache:
    """Tiles by (provider, z, x, y), safe to use from any number of threads.

    One connection guarded by a lock, rather than one connection per thread: the callers
    are thread pools whose threads come and go (Qt retires idle pool threads), and
    per-thread connections would pile up, each holding file handles, until `close()`.
    A tile read takes tens of microseconds while a download takes tens of milliseconds,
    so the lock never becomes the bottleneck. WAL still matters across processes: a
    headless export can read the cache while the app writes to it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db: sqlite3.Connection | None = None
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as error:
            if _code(error) not in UNUSABLE_AT_OPENING:
                raise  # cannot open or write the file at all: moving it aside would not help
            self._start_over(error)

    def get(self, provider: str, z: int, x: int, y: int) -> CachedTile | None:
        row = self._run(f"SELECT {COLUMNS} FROM tiles {WHERE_TILE}", (provider, z, x, y))
        return CachedTile(*row) if row else None

    def put(self, provider: str, z: int, x: int, y: int, tile: CachedTile) -> None:
        self._run(
            f"INSERT OR REPLACE INTO tiles (provider, z, x, y, {COLUMNS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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

    def refresh(
        self, provider: str, z: int, x: int, y: int, expires_at: float, *, now: float | None = None
    ) -> None:
        """A 304 from the server: the copy we have is good until `expires_at`."""
        fetched_at = time.time() if now is None else now
        self._run(
            f"UPDATE tiles SET fetched_at = ?, expires_at = ? {WHERE_TILE}",
            (fetched_at, expires_at, provider, z, x, y),
        )

    def stats(self) -> tuple[int, int]:
        """Number of tiles and their total size in bytes."""
        count, size = self._run("SELECT count(*), coalesce(sum(length(data)), 0) FROM tiles")
        return int(count), int(size)

    def trim(self, max_bytes: int) -> int:
        """Drop the tiles fetched longest ago until the cache fits; returns how many went."""
        with self._lock:
            count, size = self.stats()
            if size <= max_bytes:
                return 0
            doomed = []
            for provider, z, x, y, length in self._connection().execute(
                "SELECT provider, z, x, y, length(data) FROM tiles ORDER BY fetched_at"
            ):
                if size <= max_bytes:
                    break
                doomed.append((provider, z, x, y))
                size -= length
            with self._connection() as db:
                db.executemany(f"DELETE FROM tiles {WHERE_TILE}", doomed)
        log.info("tile cache trimmed: %d of %d tiles removed", len(doomed), count)
        return len(doomed)

    def clear(self) -> None:
        """Forget every tile and give the disk space back (the user asked for it)."""
        with self._lock:
            db = self._connection()
            with db:
                db.execute("DELETE FROM tiles")
            db.execute("VACUUM")

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _run(self, sql: str, parameters: tuple[object, ...] = ()) -> tuple | None:
        """One statement in its own transaction; a file found damaged is replaced."""
        with self._lock:
            db = self._connection()
            try:
                with db:
                    return db.execute(sql, parameters).fetchone()
            except sqlite3.DatabaseError as error:
                if _code(error) not in BROKEN_FILE:
                    raise
                self._start_over(error)
                db = self._connection()
                with db:
                    return db.execute(sql, parameters).fetchone()

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise sqlite3.ProgrammingError(f"the tile cache {self.path} is closed")
        return self._db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # losing the last tiles on a crash is fine
            db.execute(SCHEMA)
            db.execute(f"SELECT provider, z, x, y, {COLUMNS} FROM tiles LIMIT 1").fetchall()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _start_over(self, error: sqlite3.DatabaseError) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        log.warning("tile cache %s is unreadable (%s); moved to %s", self.path, error, aside)
        if self.path.exists():  # it may also have been deleted meanwhile: nothing to keep
            self.path.replace(aside)
        for suffix in ("-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self._db = self._open()


def _code(error: sqlite3.Error) -> int | None:
    return getattr(error, "sqlite_errorcode", None)
