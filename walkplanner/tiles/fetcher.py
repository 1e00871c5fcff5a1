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
from dataclasses import dataclass, replace
from email.message import Message
from typing import Literal
from urllib.parse import urlsplit

from walkplanner import USER_AGENT
from walkplanner.tiles.cache import CachedTile, TileCache
from walkplanner.tiles.providers import TileProvider, tile_url
from walkplanner.tiles.raster import tile_format

log = logging.getLogger(__name__)

MIN_KEEP_S = 7 * 24 * 3600
MAX_KEEP_S = 365 * 24 * 3600  # a server promising more is believed for a year
DEADLINE_S = 8.0  # for a whole tile, however slowly it comes
MAX_VALIDATOR_CHARS = 200  # an ETag or Last-Modified we send back must be a sane header
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
    """When the server says the tile goes stale (its age deducted), but never sooner than
    seven days nor later than a year: header values are untrusted, whatever their size."""
    expires = now
    cache_control = headers.get("Cache-Control") or ""
    if match := re.search(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", cache_control):
        expires = now + _seconds(match[1]) - _seconds(headers.get("Age") or "")
    elif header := headers.get("Expires"):
        expires = _moment(header) or now  # unreadable means "already expired" (RFC 9111)
    return min(max(expires, now + MIN_KEEP_S), now + MAX_KEEP_S)


def _seconds(text: str) -> float:
    """A delta-seconds header value, clamped (RFC 9111 caps it at 2**31); 0 if unreadable."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()):
        return 0.0
    return float(MAX_KEEP_S if len(text) > 12 else min(int(text), MAX_KEEP_S))


def _moment(header: str) -> float | None:
    import email.utils
    from datetime import UTC

    try:
        moment = email.utils.parsedate_to_datetime(header)
        if moment.tzinfo is None:  # "-0000": the RFC says UTC
            moment = moment.replace(tzinfo=UTC)
        return moment.timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _validator(value: str | None) -> str | None:
    """An ETag or Last-Modified worth sending back: short, printable ASCII, else none."""
    if value and len(value) <= MAX_VALIDATOR_CHARS and value.isascii() and value.isprintable():
        return value
    return None


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
        deadline_s: float = DEADLINE_S,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.cache = cache
        self.provider = provider
        self.offline = offline
        self._user_agent = user_agent
        self._deadline_s = deadline_s
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
        from walkplanner import net

        url = tile_url(self.provider, z, x, y)
        headers = {"User-Agent": self._user_agent}
        if cached and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        try:
            reply = net.get(
                url, headers=headers, deadline_s=self._deadline_s, max_bytes=MAX_TILE_BYTES
            )
        except net.NetError as error:
            host = urlsplit(url).hostname or url
            self._back_off(f"tile server {host} cannot be reached: {error.args[0]}")
            return self._fallback(cached)
        if reply.status == 304 and cached:
            return self._revalidated(z, x, y, cached, reply.headers)
        if reply.status in NO_SUCH_TILE:
            log.info("tile %s: HTTP %s", url, reply.status)
            return self._fallback(cached)
        if reply.status != 200:
            # Overloaded (429, 5xx), refusing us (403) or redirecting in circles: asking
            # again per tile won't help.
            self._back_off(f"tile server unavailable ({url}: HTTP {reply.status})")
            return self._fallback(cached)
        content_type = tile_format(reply.body)
        if content_type is None:
            # Typically a Wi-Fi login page answering every address: not worth asking again.
            label = reply.headers.get_content_type()
            size = len(reply.body)
            self._back_off(f"tile server unavailable ({url}: {label}, {size} bytes, not a tile)")
            return self._fallback(cached)
        now = self._now()
        tile = CachedTile(
            reply.body,
            content_type,
            _validator(reply.headers.get("ETag")),
            _validator(reply.headers.get("Last-Modified")),
            now,
            expiry_from_headers(reply.headers, now),
        )
        self._store(lambda: self.cache.put(self.provider.key, z, x, y, tile))
        return TileResult(reply.body, content_type, "fetched")

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
        """The cached copy; a cache that cannot be read counts as empty, never as an error,
        and so does a copy that is not a whole tile (stored by an older version)."""
        try:
            cached = self.cache.get(self.provider.key, z, x, y)
        except sqlite3.Error as error:
            log.warning("tile cache unreadable: %s", error)
            return None
        if cached is None:
            return None
        content_type = tile_format(cached.data) if isinstance(cached.data, bytes) else None
        if content_type is None or not isinstance(cached.expires_at, float | int):
            log.warning(
                "cached tile %s/%d/%d/%d is not a tile; ignored", self.provider.key, z, x, y
            )
            return None
        return replace(cached, content_type=content_type)

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

    def _back_off(self, what: str) -> None:
        """Say once `what` went wrong, then ask no server for a while."""
        log.warning("%s; not asking again for %.0f s", what, BACKOFF_S)
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
