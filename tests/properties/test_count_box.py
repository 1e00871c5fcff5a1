"""The count boxes (expected people, capacity) take any keystroke or paste: the numbers
they report past their maximum are ones their Signal(int) carries."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from walkplanner.ui.count_box import LARGEST_INT, CountBox


@pytest.fixture(scope="module")
def box(qapp: object) -> CountBox:
    return CountBox(10_000)


@given(text=st.text(max_size=30) | st.from_regex(r"[0-9]{5,5000}", fullmatch=True))
@example(text="²")  # a digit to str.isdigit, not to int(): the validator raised
@example(text="9" * 12)  # overflowed the signal's C++ int
@example(text="9" * 5000)  # past Python's 4,300 digits for int()
def test_whatever_is_typed_is_validated_and_too_big_is_said(box: CountBox, text: str) -> None:
    said: list[int] = []
    box.too_big.connect(said.append)
    try:
        box.validate(text, len(text))
    finally:
        box.too_big.disconnect(said.append)
    assert all(box.maximum() < n <= LARGEST_INT for n in said)
