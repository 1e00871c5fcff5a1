"""Get a tile: from the cache when it is fresh, from the server when it must, politely.

OpenStreetMap's tile usage policy is part of correctness: an identifying User-Agent,
honour the server's caching headers but keep tiles at least seven days, revalidate
rather than re-download, no more than two downloads at once, and no bulk download.
After a network failure the service stops asking for a while, so an offline laptop does
not try DNS once per tile.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import urllib.error
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

TileState = Literal["fresh", "fetched", "revalidated", "stale", "missing"]


@dataclass(frozen=True)
class TileResult:
    data: bytes | None
    content_type: str
    state: TileState


def expiry_from_headers(headers: Message, now: float) -> float:
    """When the server says the tile goes stale, but never sooner than seven days."""
    import email.utils

    expires = now
    cache_control = headers.get("Cache-Control") or ""
    if match := re.search(r"max-age=(\d+)", cache_control):
        expires = now + int(match[1])
    elif header := headers.get("Expires"):
        try:
            expires = email.utils.parsedate_to_datetime(header).timestamp()
        except (TypeError, ValueError):
            expires = now
    return max(expires, now + MIN_KEEP_S)


class TileService:
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
        self._quiet_until = 0.0
        self._quiet_lock = threading.Lock()

    def tile(self, z: int, x: int, y: int) -> TileResult:
        self._check(z, x, y)
        cached = self.cache.get(self.provider.key, z, x, y)
        now = self._now()
        if cached and cached.expires_at > now:
            return TileResult(cached.data, cached.content_type, "fresh")
        if self.offline or self._backing_off(now):
            return self._fallback(cached)
        try:
            return self._download(z, x, y, cached)
        except (urllib.error.URLError, OSError, ValueError) as error:
            log.info("tile %s/%s/%s unavailable: %s", z, x, y, error)
            if not isinstance(error, urllib.error.HTTPError):
                with self._quiet_lock:
                    self._quiet_until = self._now() + BACKOFF_S
            return self._fallback(cached)

    def _download(self, z: int, x: int, y: int, cached: CachedTile | None) -> TileResult:
        import urllib.request  # here, not at the top: only a download needs the HTTP stack

        request = urllib.request.Request(tile_url(self.provider, z, x, y))
        request.add_header("User-Agent", self._user_agent)
        if cached and cached.etag:
            request.add_header("If-None-Match", cached.etag)
        if cached and cached.last_modified:
            request.add_header("If-Modified-Since", cached.last_modified)
        with self._downloads:
            try:
                with urllib.request.urlopen(request, timeout=self._timeout_s) as response:
                    data = response.read()
                    headers = response.headers
            except urllib.error.HTTPError as error:
                if error.code == 304 and cached:
                    expires = expiry_from_headers(error.headers, self._now())
                    self.cache.refresh(self.provider.key, z, x, y, expires)
                    return TileResult(cached.data, cached.content_type, "revalidated")
                raise
        content_type = headers.get_content_type()
        if not content_type.startswith("image/") or not data:
            raise ValueError(f"the server sent {content_type}, not an image")
        now = self._now()
        tile = CachedTile(
            data,
            content_type,
            headers.get("ETag"),
            headers.get("Last-Modified"),
            now,
            expiry_from_headers(headers, now),
        )
        self.cache.put(self.provider.key, z, x, y, tile)
        return TileResult(data, content_type, "fetched")

    def _fallback(self, cached: CachedTile | None) -> TileResult:
        if cached:
            return TileResult(cached.data, cached.content_type, "stale")
        return TileResult(None, "", "missing")

    def _backing_off(self, now: float) -> bool:
        with self._quiet_lock:
            return now < self._quiet_until

    def _check(self, z: int, x: int, y: int) -> None:
        if not 0 <= z <= self.provider.max_zoom:
            raise ValueError(f"zoom {z} is outside 0..{self.provider.max_zoom}")
        if not (0 <= x < 2**z and 0 <= y < 2**z):
            raise ValueError(f"tile {x}/{y} does not exist at zoom {z}")
