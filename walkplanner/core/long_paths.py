"""Long paths kept once as flat arrays of numbers, by identity.

An imported track is a tuple of 100,000 (lat, lon) tuples, and every save checks it,
measures it and packs it for the store; in the window every edit saves. Legs are
immutable, so a long path's numbers are kept once, as one `array('d')` of lat, lon, lat,
lon… that checks, lengths and the store read in C loops. Whoever builds such a tuple from
an array (the importer, the store's read) hands the array over with `remember`; any other
long tuple is flattened on first use. The memo forgets everything when it holds more than
a few million points, so walks edited away do not stay in memory.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from walkplanner.core.model import LatLon

if TYPE_CHECKING:
    import numpy as np

LONG_ABOVE = 256  # points; shorter paths cost nothing to read again
MAX_KEPT_POINTS = 4_000_000  # some 64 MB of numbers


@dataclass
class _Kept:
    points: tuple[LatLon, ...]  # held so that its id cannot be reused while kept
    flat: array
    length_m: float | None = None


_kept: dict[int, _Kept] = {}
_kept_points = 0


def remember(points: tuple[LatLon, ...], flat: array) -> None:
    """`flat` is `points`' numbers in order, already made by the caller."""
    global _kept_points
    if len(points) <= LONG_ABOVE or _entry(points) is not None:
        return
    if _kept_points + len(points) > MAX_KEPT_POINTS:
        _kept.clear()
        _kept_points = 0
    _kept[id(points)] = _Kept(points, flat)
    _kept_points += len(points)


def flat(points: Sequence[LatLon]) -> array:
    """The path's numbers as lat, lon, lat, lon…; kept for a long tuple. A TypeError or
    ValueError when a point is not a pair of numbers."""
    entry = _entry(points)
    if entry is not None:
        return entry.flat
    numbers = array("d", itertools.chain.from_iterable(points))
    if len(numbers) != 2 * len(points):
        raise ValueError("a point is not a (lat, lon) pair")
    if isinstance(points, tuple):
        remember(points, numbers)
    return numbers


def known_length_m(points: Sequence[LatLon]) -> float | None:
    entry = _entry(points)
    return None if entry is None else entry.length_m


def remember_length_m(points: tuple[LatLon, ...], length_m: float) -> None:
    flat(points)  # makes the path's entry if it has none
    entry = _entry(points)
    if entry is not None:
        entry.length_m = length_m


def all_on_globe(points: Sequence[LatLon]) -> bool:
    """Whether every point is a pair of numbers, its latitude within ±90 and longitude
    within ±180 (NaN is not); False sends the caller to its point-by-point check."""
    import numpy as np  # loaded only for long paths

    try:
        numbers = flat(points)
    except (TypeError, ValueError):
        return False
    return bool(on_globe(np.frombuffer(numbers, dtype=float).reshape(-1, 2)).all())


def on_globe(track: np.ndarray) -> np.ndarray:
    """For each point of an (n, 2) array, whether it is on the globe; False for NaN."""
    import numpy as np

    return (np.abs(track[:, 0]) <= 90) & (np.abs(track[:, 1]) <= 180)


def _entry(points: Sequence[LatLon]) -> _Kept | None:
    if not isinstance(points, tuple) or len(points) <= LONG_ABOVE:
        return None
    entry = _kept.get(id(points))
    return entry if entry is not None and entry.points is points else None
