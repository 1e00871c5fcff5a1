"""Typed values out of untrusted files, refused with a message that says where.

XML gives every value as text; JSON gives numbers, strings, booleans, null, lists and
objects in any place. Each reader takes what a well-made file would hold there (a JSON
number or a numeric string, but not `true`, a list or "abc"), cleans texts through the
one validator and raises `ExchangeError` naming the place ("Feature 3", "Track point
17"), so an importer never passes a wrong type on to core.
"""

from __future__ import annotations

import contextlib

from walkplanner.core import validation
from walkplanner.core.validation import shown
from walkplanner.exchange.safety import ExchangeError
from walkplanner.text import Text, say

MAX_DIGITS = 15  # more is no count of people or minutes, and int() of 5,000 digits fails


def number(value: object, where: Text, field: str, *, text_ok: bool = True) -> float:
    """A finite float from a number, or from a numeric text where the format stores numbers
    as text (XML, CSV; not JSON: `text_ok=False`); range is checked by the caller."""
    if text_ok and isinstance(value, str):
        with contextlib.suppress(ValueError):
            value = float(value.strip())
    if validation.is_finite(value):
        with contextlib.suppress(OverflowError):  # a 400-digit JSON integer is no float
            return float(value)  # type: ignore[arg-type]
    raise ExchangeError(
        say("{where} has {field} {value}, which is not a number.", where=where, field=field,
            value=shown(value))
    )  # fmt: skip


def whole(value: object, where: Text, field: str) -> int:
    """A whole number (minutes, people) from a JSON integer or a text of digits."""
    digits = value.strip().lstrip("+-") if isinstance(value, str) else ""
    if digits.isascii() and digits.isdigit() and len(digits) <= MAX_DIGITS:
        value = int(value.strip())
    elif isinstance(value, float) and value.is_integer():
        value = int(value)
    if validation.is_whole(value):
        return value  # type: ignore[return-value]
    raise ExchangeError(
        say("{where} has {field} {value}, which is not a whole number.", where=where,
            field=field, value=shown(value))
    )  # fmt: skip


def text(value: object, where: Text, *, multiline: bool = False) -> str:
    """A cleaned text from a string (null and absent are empty); numbers read as text."""
    if value is None:
        return ""
    if validation.is_whole(value):
        value = str(value)
    if not isinstance(value, str):
        raise ExchangeError(
            say("{where} has {value} where a text belongs.", where=where, value=shown(value))
        )
    cleaned = validation.clean_text(value, multiline=multiline)
    problem = validation.check_text_length(cleaned, where, multiline=multiline)
    if problem:
        raise ExchangeError(problem)
    return cleaned


def point(lat: object, lon: object, where: Text) -> tuple[float, float]:
    """A position on the globe: finite numbers, latitude ±90, longitude ±180."""
    position = (number(lat, where, "latitude"), number(lon, where, "longitude"))
    problem = validation.check_point(where, *position)
    if problem:
        raise ExchangeError(problem)
    return position
