"""Get a tile: from the cache when it is fresh, from the server when it must, politely.

OpenStreetMap's tile usage policy is part of correctness: an identifying User-Agent,
honour the server's caching headers but keep tiles at least seven days, revalidate
rather than re-download, no more than two downloads at once, and no bulk download (so
there is deliberately no function here that takes an area). After a failure that says
the network or the server is unwell, the service stops asking for a while, so an offline
laptop does not try DNS once per tile and a struggling server is not pressed further.
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from typing import Literal

from walkplanner import USER_AGENT
from walkplanner.tiles.cache import CachedTile, TileCache
from walkplanner.tiles.providers import TileProvider, tile_url

log = logging.getLogger(__name__)

MIN_KEEP_S = 7 * 24 * 3600
BACKOFF_S = 30.0
MAX_PARALLEL_DOWNLOADS = 2
MAX_TILE_BYTES = 4 * 1024 * 1024  # a raster tile is tens of kB; more is not a tile
NO_SUCH_TILE = {404, 410}  # the only failures that say nothing about the server's health

TileState = Literal["fresh", "fetched", "revalidated", "stale", "missing"]


@dataclass(frozen=True)
class TileResult:
    """`data` is None only when the state is "missing"."""

    data: bytes | None
    content_type: str
    state: TileState


def expiry_from_headers(headers: Message, now: float) -> float:
    """When the server says the tile goes stale, but never sooner than seven days."""
    import email.utils
    from datetime import UTC

    expires = now
    cache_control = headers.get("Cache-Control") or ""
    if match := re.search(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", cache_control):
        expires = now + int(match[1])
    elif header := headers.get("Expires"):
        try:
            moment = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError):
            pass  # an unreadable date means "already expired" (RFC 9111)
        else:
            if moment.tzinfo is None:  # "-0000": the RFC says UTC
                moment = moment.replace(tzinfo=UTC)
            expires = moment.timestamp()
    return max(expires, now + MIN_KEEP_S)


class TileService:
    """Tiles of one provider through the shared cache; `tile()` is safe from any thread.

    `now` is the clock for expiry and back-off (tests move it forward instead of waiting).
    """

    def __init__(
        self,
        cache: TileCache,
        provider: TileProvider,
        *,
        offline: bool = False,
        user_agent: str = USER_AGENT,
        timeout_s: float = 10,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.cache = cache
        self.provider = provider
        self.offline = offline
        self._user_agent = user_agent
        self._timeout_s = timeout_s
        self._now = now
        self._downloads = threading.BoundedSemaphore(MAX_PARALLEL_DOWNLOADS)
        self._state_lock = threading.Lock()
        self._quiet_until = 0.0
        self._in_flight: dict[tuple[int, int, int], threading.Event] = {}

    def tile(self, z: int, x: int, y: int) -> TileResult:
        """The tile, from the cache or the server; ValueError for a tile that cannot exist."""
        self._check(z, x, y)
        cached = self._cached(z, x, y)
        if fresh := self._if_fresh(cached):
            return fresh
        if self.offline or self._backing_off():
            return self._fallback(cached)
        key = (z, x, y)
        with self._state_lock:
            other = self._in_flight.get(key)
            if other is None:
                done = self._in_flight[key] = threading.Event()
        if other is not None:
            # Another thread is downloading this very tile: use what it gets.
            other.wait()
            cached = self._cached(z, x, y)
            return self._if_fresh(cached) or self._fallback(cached)
        try:
            with self._downloads:
                return self._download_if_still_needed(z, x, y)
        finally:
            with self._state_lock:
                del self._in_flight[key]
            done.set()

    def _download_if_still_needed(self, z: int, x: int, y: int) -> TileResult:
        # While this thread waited for a download slot, another may have stored the tile
        # or found the network down.
        cached = self._cached(z, x, y)
        if fresh := self._if_fresh(cached):
            return fresh
        if self._backing_off():
            return self._fallback(cached)
        return self._download(z, x, y, cached)

    def _download(self, z: int, x: int, y: int, cached: CachedTile | None) -> TileResult:
        # Imported here, not at the top: start-up needs no HTTP stack, only a download does.
        import http.client
        import urllib.error
        import urllib.request

        url = tile_url(self.provider, z, x, y)
        request = urllib.request.Request(url, headers={"User-Agent": self._user_agent})
        if cached and cached.etag:
            request.add_header("If-None-Match", cached.etag)
        if cached and cached.last_modified:
            request.add_header("If-Modified-Since", cached.last_modified)
        try:
            with urllib.request.urlopen(request, timeout=self._timeout_s) as response:
                data = response.read(MAX_TILE_BYTES + 1)
                headers = response.headers
        except urllib.error.HTTPError as error:
            error.close()
            if error.code == 304 and cached:
                return self._revalidated(z, x, y, cached, error.headers)
            if error.code in NO_SUCH_TILE:
                log.info("tile %s: HTTP %s", url, error.code)
            else:  # overloaded (429, 5xx) or refusing us (403): asking per tile won't help
                self._back_off(f"{url}: HTTP {error.code}")
            return self._fallback(cached)
        except (OSError, http.client.HTTPException) as error:
            self._back_off(f"{url}: {error}")
            return self._fallback(cached)
        content_type = headers.get_content_type()
        if not content_type.startswith("image/") or not data or len(data) > MAX_TILE_BYTES:
            # Typically a Wi-Fi login page answering every address: not worth asking again.
            self._back_off(f"{url}: {content_type}, {len(data)} bytes, not a tile")
            return self._fallback(cached)
        now = self._now()
        tile = CachedTile(
            data,
            content_type,
            headers.get("ETag"),
            headers.get("Last-Modified"),
            now,
            expiry_from_headers(headers, now),
        )
        self._store(lambda: self.cache.put(self.provider.key, z, x, y, tile))
        return TileResult(data, content_type, "fetched")

    def _revalidated(
        self, z: int, x: int, y: int, cached: CachedTile, headers: Message
    ) -> TileResult:
        now = self._now()
        expires = expiry_from_headers(headers, now)
        self._store(lambda: self.cache.refresh(self.provider.key, z, x, y, expires, now=now))
        return TileResult(cached.data, cached.content_type, "revalidated")

    def _if_fresh(self, cached: CachedTile | None) -> TileResult | None:
        if cached and cached.expires_at > self._now():
            return TileResult(cached.data, cached.content_type, "fresh")
        return None

    def _cached(self, z: int, x: int, y: int) -> CachedTile | None:
        """The cached copy; a cache that cannot be read counts as empty, never as an error."""
        try:
            return self.cache.get(self.provider.key, z, x, y)
        except sqlite3.Error as error:
            log.warning("tile cache unreadable: %s", error)
            return None

    def _store(self, write: Callable[[], None]) -> None:
        try:
            write()
        except sqlite3.Error as error:
            # A full disk or a locked file must not cost the user the tile just received.
            log.warning("tile cache not written: %s", error)

    def _fallback(self, cached: CachedTile | None) -> TileResult:
        if cached:
            return TileResult(cached.data, cached.content_type, "stale")
        return TileResult(None, "", "missing")

    def _back_off(self, reason: str) -> None:
        log.warning("tile server unavailable (%s); not asking again for %.0f s", reason, BACKOFF_S)
        with self._state_lock:
            self._quiet_until = self._now() + BACKOFF_S

    def _backing_off(self) -> bool:
        now = self._now()
        with self._state_lock:
            return now < self._quiet_until

    def _check(self, z: int, x: int, y: int) -> None:
        if not 0 <= z <= self.provider.max_zoom:
            raise ValueError(f"zoom {z} is outside 0..{self.provider.max_zoom}")
        if not (0 <= x < 2**z and 0 <= y < 2**z):
            raise ValueError(f"tile {x}/{y} does not exist at zoom {z}")
