"""Closing the window while something is still being typed: what the field or the cell
shows is what is there after a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.conftest import Harness
from walkplanner.store import open_store
from walkplanner.ui.stop_table import NAME


def type_start_time(qtbot: Any, window: Any, text: str) -> None:
    """Type a start time without Enter: the field hands it in when it loses the focus."""
    window.activateWindow()
    clock = window.details.start_time
    clock.setFocus()
    qtbot.waitUntil(clock.hasFocus)
    clock.selectAll()
    QTest.keyClicks(clock, text)


def test_a_time_and_a_cell_still_being_typed_at_closing_are_kept(
    qtbot: Any, data_dir: Path
) -> None:
    harness = Harness(qtbot, data_dir)
    try:
        window = harness.open().window
        type_start_time(qtbot, window, "16:45")
        harness.close()
        window = harness.open().window
        assert window.document.walk.start_time == dt.time(16, 45)

        table = window.stops.table
        table.setFocus()
        table.edit(window.stops.model.index(0, NAME))
        qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
        editor = QApplication.focusWidget()
        editor.selectAll()
        QTest.keyClicks(editor, "Pyramid, north side")  # no Enter either
        harness.close()
        window = harness.open().window
        assert window.document.walk.stops[0].name == "Pyramid, north side"
    finally:
        harness.close()


def test_a_time_still_being_typed_is_kept_when_a_new_walk_is_made(
    qtbot: Any, data_dir: Path
) -> None:
    """Ctrl+N leaves the focus where it is: the walk it leaves keeps what the field showed."""
    harness = Harness(qtbot, data_dir)
    try:
        window = harness.open().window
        first = window.document.walk.id
        type_start_time(qtbot, window, "17:15")
        window.walks.new_walk()
        assert window.document.walk.id != first
    finally:
        harness.close()
    store = open_store(data_dir)
    assert store.reads.get(first).start_time == dt.time(17, 15)
    store.close()
