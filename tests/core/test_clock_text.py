"""Times as organisers type them, in French and English habits."""

from __future__ import annotations

import datetime as dt

import pytest

from walkplanner.core.clock_text import parse_clock


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("10:30", (10, 30)), ("1030", (10, 30)), ("10h30", (10, 30)), ("10 h 30", (10, 30)),
        ("10.30", (10, 30)), ("2pm", (14, 0)), ("2 PM", (14, 0)), ("2:30 p.m.", (14, 30)),
        ("14 h", (14, 0)), ("14h", (14, 0)), ("1030A", (10, 30)), ("1030a", (10, 30)),
        ("930", (9, 30)), ("9", (9, 0)), ("12am", (0, 0)), ("12pm", (12, 0)),
        ("0:00", (0, 0)), ("23:59", (23, 59)), (" 7:05 ", (7, 5)),
    ],
)  # fmt: skip
def test_times_people_type(typed: str, meant: tuple[int, int]) -> None:
    assert parse_clock(typed) == dt.time(*meant)


@pytest.mark.parametrize(
    "typed",
    ["", "abc", "24:00", "13pm", "0am", "10:3", "10:300", "10:60", "1 0", "-1", "10h5", "١٠:٣٠"],
)
def test_what_is_not_a_time(typed: str) -> None:
    assert parse_clock(typed) is None
