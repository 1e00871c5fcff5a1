"""What a Nominatim answer must be before its places are shown: a list of results, each
with a name and a position on the globe. Odd results are dropped one by one (the others
are still good); an answer that is not a list of results is refused whole."""

from __future__ import annotations

import logging
import math
from typing import Any

from walkplanner.core.model import Place
from walkplanner.core.validation import MAX_LINE_CHARS, check_position, clean_text
from walkplanner.problem import Problem
from walkplanner.text import say

log = logging.getLogger(__name__)

MAX_NUMBER_CHARS = 40  # "48.8610": Nominatim writes coordinates as short decimal strings


class AnswerError(Problem, ValueError):
    """The answer cannot be used at all; the message (a Text) says why."""


def usable_results(answer: Any) -> list[dict[str, Any]]:
    """The results with a name and a valid position, as geopy expects them."""
    if isinstance(answer, dict) and isinstance(answer.get("error"), str):
        raise AnswerError(say("the server said: {error}", error=_name(answer["error"])))
    if not isinstance(answer, list):
        raise AnswerError(say("its answer is not a list of places"))
    usable = [
        {**result, "display_name": name, "lat": str(lat), "lon": str(lon)}
        for result in answer
        if isinstance(result, dict)
        and (name := _name(result.get("display_name")))
        and (lat := _coordinate(result.get("lat"))) is not None
        and (lon := _coordinate(result.get("lon"))) is not None
        and check_position(lat, lon) is None
    ]
    if answer and not usable:
        raise AnswerError(
            say("none of its {count} places has a name and a valid position", count=len(answer))
        )
    if len(usable) < len(answer):
        log.warning("place search: %d odd results dropped", len(answer) - len(usable))
    return usable


def usable_place(place: Place) -> bool:
    """A place from the cache is shown only if it would be accepted from the server."""
    return (
        isinstance(place.name, str)
        and bool(place.name.strip())
        and all(_coordinate(v) is not None for v in (place.lat, place.lon))
        and check_position(place.lat, place.lon) is None
    )


def _name(value: Any) -> str:
    return clean_text(value)[:MAX_LINE_CHARS] if isinstance(value, str) else ""


def _coordinate(value: Any) -> float | None:
    """Nominatim's "48.8610" (or a plain number): a finite float, else None."""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    if isinstance(value, str) and len(value) > MAX_NUMBER_CHARS:
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None
