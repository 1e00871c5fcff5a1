"""The seat warnings' count of people at a stop at once, against its definition."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import given
from hypothesis import strategies as st

from walkplanner.core.crowd import most_at_once

START = dt.datetime(2026, 5, 2, 14)
visit = st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(1, 50)).map(
    lambda v: (START + dt.timedelta(minutes=v[0]), START + dt.timedelta(minutes=v[0] + v[1]), v[2])
)


def by_definition(visits: list[tuple[dt.datetime, dt.datetime, int]]) -> int:
    """The sum of every visit there at each arrival (the quadratic check it replaced)."""
    return max(
        (sum(size for a, d, size in visits if a <= arrival < d) for arrival, _, _ in visits),
        default=0,
    )


@given(st.lists(visit, max_size=30))
def test_most_at_once_is_the_largest_sum_at_an_arrival(visits: list) -> None:
    assert most_at_once(visits) == by_definition(visits)


def test_ten_thousand_groups_are_counted_at_once() -> None:
    """10,000 people in groups of one took `walkplanner check` minutes per café."""
    visits = [(START + dt.timedelta(minutes=n), START + dt.timedelta(minutes=n + 15), 1)
              for n in range(10_000)]  # fmt: skip
    began = time.perf_counter()
    assert most_at_once(visits) == 15
    assert time.perf_counter() - began < 1.0
