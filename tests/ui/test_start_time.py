"""The start time as organisers type it, in the real details form."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from walkplanner.ui.actions import ActionId


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("10:30", (10, 30)), ("1030A", (10, 30)), ("10h30", (10, 30)), ("2pm", (14, 0)),
     ("14 h", (14, 0)), ("10.30", (10, 30))],
)  # fmt: skip
def test_typed_times_become_the_walks_start(harness, qtbot, typed: str, meant: tuple) -> None:
    window = harness.open().window
    field = window.details.start_time
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    harness.after_drawn(lambda: qtbot.keyClick(field, Qt.Key.Key_Return))
    assert window.document.walk.start_time == dt.time(*meant)
    assert not window.details.message.isVisible()
    window.action(ActionId.UNDO).trigger()
    assert window.document.walk.start_time == dt.time(14, 0)


def test_a_time_that_is_not_one_is_refused_out_loud(harness, qtbot) -> None:
    window = harness.open().window
    field = window.details.start_time
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "half past")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.details.message.isVisible()
    assert "“half past” is not a time of day" in window.details.message.text()
    assert window.document.walk.start_time == dt.time(14, 0)
    harness.after_drawn(lambda: qtbot.keyClick(field, Qt.Key.Key_Up))  # a quarter later
    assert window.document.walk.start_time == dt.time(14, 15)
    assert not window.details.message.isVisible()
