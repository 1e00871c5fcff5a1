"""Long paths kept once as arrays (core/long_paths.py): a path's numbers are its own,
never another's of the same size, a bad point is still named, and the memo forgets."""

from __future__ import annotations

import math
from array import array

import pytest

from walkplanner.core import long_paths
from walkplanner.core.validation import check_points
from walkplanner.text import say


def path(n: int, shift: float = 0.0) -> tuple[tuple[float, float], ...]:
    return tuple((48.0 + i * 1e-5 + shift, 2.0 + shift) for i in range(n))


def test_a_long_tuple_is_flattened_once_and_only_for_itself() -> None:
    first = path(1000)
    assert long_paths.flat(first) is long_paths.flat(first)
    twin = path(1000)  # equal, but another tuple: perhaps another leg's, soon
    assert long_paths.flat(twin) is not long_paths.flat(first)
    shifted = path(1000, shift=0.5)
    assert long_paths.flat(shifted).tolist()[:2] == [48.5, 2.5]


def test_what_a_builder_hands_over_is_what_is_read() -> None:
    points = path(500)
    numbers = array("d", [n for point in points for n in point])
    long_paths.remember(points, numbers)
    assert long_paths.flat(points) is numbers


def test_short_paths_and_lists_are_not_kept() -> None:
    assert long_paths.flat(path(10)) is not long_paths.flat(path(10))
    as_list = list(path(1000))
    assert long_paths.flat(as_list) is not long_paths.flat(as_list)


def test_the_memo_forgets_when_it_holds_too_many_points(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(long_paths, "MAX_KEPT_POINTS", 2500)
    kept = [path(1000, shift=i) for i in range(3)]
    first = long_paths.flat(kept[0])
    long_paths.flat(kept[1])
    long_paths.flat(kept[2])  # over 2,500 points: the first two are forgotten
    assert long_paths.flat(kept[0]) is not first
    assert long_paths.flat(kept[0]) == first


@pytest.mark.parametrize(
    "point", [(1.0, 2.0, 3.0), (1.0,), ("48", "2")], ids=["three", "one", "texts"]
)
def test_a_point_that_is_not_a_pair_of_numbers_is_refused(point: tuple) -> None:
    points = (*path(300), point)
    with pytest.raises((TypeError, ValueError)):
        long_paths.flat(points)
    assert not long_paths.all_on_globe(points)


@pytest.mark.parametrize(
    ("bad", "words"),
    [((math.nan, 2.0), "latitude nan"), ((48.0, 181.0), "longitude 181"),
     ((-90.5, 2.0), "latitude -90.5"), ((48.0, -math.inf), "longitude -inf")],
)  # fmt: skip
def test_a_long_path_s_first_bad_point_is_named(bad: tuple[float, float], words: str) -> None:
    points = list(path(100_000))
    points[70_000] = (48.0, 300.0)
    points[50_000] = bad
    problem = check_points(tuple(points), say("Leg 1, point"))
    assert problem is not None and f"Leg 1, point 50001 has {words}" in str(problem)


def test_a_long_path_on_the_globe_passes() -> None:
    points = (*path(2000), (90.0, 180.0), (-90.0, -180.0))
    assert check_points(points, say("Leg 1, point")) is None
