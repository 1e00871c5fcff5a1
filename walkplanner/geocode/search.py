"""Place search with Nominatim's usage policy built in: an identifying User-Agent, at most
one request a second, every answer cached, and a search only when the user presses Enter
(the UI never searches while typing). Saved places are searched too, also offline.

The endpoint is configurable; WALKPLANNER_GEOCODER_URL overrides it (tests, own server).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any, Protocol
from urllib.parse import urlsplit

from walkplanner import USER_AGENT, net
from walkplanner.core.model import Place
from walkplanner.core.validation import clean_text
from walkplanner.geocode.answer import usable_place
from walkplanner.problem import Problem
from walkplanner.text import say

log = logging.getLogger(__name__)

DEFAULT_ENDPOINT = "https://nominatim.openstreetmap.org"
ENDPOINT_ENV = "WALKPLANNER_GEOCODER_URL"
MIN_INTERVAL_S = 1.0
MAX_RESULTS = 10
DEADLINE_S = 10.0  # for the whole answer, however slowly it comes


class SearchError(Problem):
    """The search could not be done; the message says why."""


class PlaceStore(Protocol):
    def cached_search(self, key: str) -> list[Place] | None: ...
    def cache_search(self, key: str, places: list[Place]) -> None: ...
    def saved(self, text: str = "") -> list[Place]: ...


class PlaceSearch:
    def __init__(
        self, places: PlaceStore, *, endpoint: str | None = None, offline: bool = False
    ) -> None:
        self._places = places
        self._offline = offline
        self.set_endpoint(endpoint)

    def set_endpoint(self, endpoint: str | None) -> None:
        """The environment override wins, then the preference, then the public server."""
        self.endpoint = (os.environ.get(ENDPOINT_ENV) or endpoint or DEFAULT_ENDPOINT).rstrip("/")
        self._geocode: Callable[..., Any] | None = None

    def search(self, query: str) -> list[Place]:
        """Saved places first, then the geocoder's answer (cached after the first time)."""
        query = " ".join(clean_text(query).split())  # a pasted lone surrogate cannot be stored
        if not query:
            return []
        saved = self._places.saved(query)
        key = f"{self.endpoint}|{query.casefold()}"
        found = self._cached(key)
        if found is None:
            if self._offline:
                if saved:
                    return saved
                raise SearchError(say("Offline: only saved places can be searched."))
            found = self._ask(query)
            self._places.cache_search(key, found)
        return saved + found

    def _cached(self, key: str) -> list[Place] | None:
        """The cached answer; an unreadable or bad one (an older version may have stored a
        NaN) counts as missing, so the search is made again."""
        try:
            found = self._places.cached_search(key)
        except (ValueError, TypeError) as error:
            log.warning("cached search %s unreadable (%s); searching again", key, error)
            return None
        if found is not None and not all(usable_place(place) for place in found):
            log.warning("cached search %s ignored: a place in it is not valid", key)
            return None
        return found

    def _ask(self, query: str) -> list[Place]:
        from geopy.exc import GeopyError

        if not net.is_web_address(self.endpoint):  # geopy would fail on it with a traceback
            raise SearchError(
                say(
                    "The place search failed: “{address}” is not a web address "
                    "(http:// or https://).",
                    address=self.endpoint[:80],
                )
            )
        try:
            answers = self._geocoder()(query, exactly_one=False, limit=MAX_RESULTS)
        except GeopyError as error:
            raise SearchError(say("The place search failed: {error}", error=error)) from error
        except Problem as error:  # no whole answer, or one that cannot be used
            raise SearchError(
                say("The place search failed: {reason}.", reason=error.args[0])
            ) from error
        return [Place(a.address, a.latitude, a.longitude) for a in answers or []]

    def _geocoder(self) -> Callable[..., Any]:
        """geopy's Nominatim behind geopy's RateLimiter (thread-safe, one call a second)."""
        if self._geocode is None:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim

            from walkplanner.geocode.adapter import DeadlineAdapter

            parts = urlsplit(self.endpoint)
            nominatim = Nominatim(
                user_agent=USER_AGENT,
                domain=parts.netloc + parts.path,
                scheme=parts.scheme or "https",
                timeout=DEADLINE_S,
                adapter_factory=DeadlineAdapter,
            )
            self._geocode = RateLimiter(
                nominatim.geocode,
                min_delay_seconds=MIN_INTERVAL_S,
                max_retries=0,
                swallow_exceptions=False,
            )
        return self._geocode
