"""geopy's HTTP layer for the place search: the shared deadline-bound GET (geopy's own
adapters only set a socket timeout, which a dripping server never trips) and an answer
checked before geopy reads it."""

from __future__ import annotations

from typing import Any

from geopy.adapters import AdapterHTTPError, BaseSyncAdapter
from geopy.exc import GeocoderParseError

from walkplanner import net
from walkplanner.geocode.answer import usable_results

MAX_ANSWER_BYTES = 2 * 1024 * 1024  # ten results are a few kB


class DeadlineAdapter(BaseSyncAdapter):
    """geopy's `timeout` becomes the deadline for the whole answer."""

    def __init__(self, *, proxies: Any = None, ssl_context: Any = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
        try:
            answer = net.strict_json(_fetch(url, timeout, headers).body)
        except ValueError as error:
            raise GeocoderParseError(f"the answer is not JSON ({error})") from error
        return usable_results(answer)

    def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
        return _fetch(url, timeout, headers).body.decode("utf-8", errors="replace")


def _fetch(url: str, timeout: float, headers: dict[str, str]) -> net.Reply:
    reply = net.get(url, headers=headers, deadline_s=timeout, max_bytes=MAX_ANSWER_BYTES)
    if reply.status != 200:
        raise AdapterHTTPError(
            f"HTTP {reply.status}",
            status_code=reply.status,
            headers=dict(reply.headers.items()),
            text=reply.body[:500].decode("utf-8", errors="replace"),
        )
    return reply
