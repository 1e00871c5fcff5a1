"""A walk at MAX_STOPS takes no more stops from the window, and the window says why."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from tests.many_stops import walk_of_stops
from walkplanner.core import validation
from walkplanner.core.validation import MAX_STOPS
from walkplanner.ui.actions import ActionId
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.operations import stops

SAID = f"A walk has at most {MAX_STOPS} stops: remove one before adding another."


@pytest.mark.parametrize(
    ("count", "added"),
    [(MAX_STOPS - 1, True), (MAX_STOPS, False), (MAX_STOPS + 1, False), (5_000, False)],
)
def test_adding_a_stop_stops_at_the_limit_and_says_why(qtbot, count: int, added: bool) -> None:
    """A walk saved before the limit (over it) takes no more stops either."""
    document = WalkDocument(walk_of_stops(count))
    said: list[str] = []
    document.refused.connect(said.append)
    assert stops.add_stop(document, count, 48.86, 2.35) is added
    assert len(document.walk.stops) == count + added
    assert document.undo_stack.count() == int(added)
    assert said == ([] if added else [SAID])


def test_the_window_says_why_a_click_adds_no_stop(harness, qtbot) -> None:
    session = harness.open()
    window, document = session.window, session.window.document
    walk = session.store.repository.add(walk_of_stops(MAX_STOPS))
    harness.after_drawn(lambda: document.load(walk))
    bar = window.statusBar()

    # a click on a leg in the page, which reaches the window through the bridge
    harness.js(
        "WalkBridge.inspect().layers.legLines[0].fire('click', {latlng: L.latLng(48.8500, 2.3)}); 1"
    )
    qtbot.waitUntil(lambda: bar.currentMessage() == SAID, timeout=5_000)
    bar.clearMessage()
    window.action(ActionId.ADD_STOP).trigger()  # Stops > Add stop: no row to rename
    assert bar.currentMessage() == SAID
    assert window.stops.table.state() != QAbstractItemView.State.EditingState
    bar.clearMessage()
    window.places.add_stop.emit(48.86, 2.35, "Café")  # a found place, added as a stop
    assert bar.currentMessage() == SAID
    assert document.walk == walk and document.undo_stack.count() == 0

    harness.after_drawn(lambda: stops.remove_stop(document, 0))  # room for one more
    click = f'{{"revision": {window.map.revision}, "lat": 48.86, "lon": 2.35}}'
    harness.after_drawn(lambda: window.map_view.bridge.map_clicked(click))
    assert len(document.walk.stops) == MAX_STOPS and document.walk.stops[-1].lat == 48.86


def test_a_walk_saved_before_the_limit_opens_and_its_save_says_what_to_remove(
    harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = harness.open()
    window, document = session.window, session.window.document
    with monkeypatch.context() as before_the_limit:
        before_the_limit.setattr(validation, "MAX_STOPS", 1_000)
        walk_id = session.store.repository.add(walk_of_stops(MAX_STOPS + 50)).id
    harness.after_drawn(lambda: document.load(session.store.reads.get(walk_id)))
    assert len(document.walk.stops) == MAX_STOPS + 50
    stops.edit_stop(document, 0, name="Renamed")
    assert not window.autosaver.save_now()
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Not saved: The walk has {MAX_STOPS + 50} stops")
    assert "remove 50 of them" in message
    for _ in range(50):
        stops.remove_stop(document, 0)
    assert window.autosaver.save_now()
    assert len(session.store.reads.get(walk_id).stops) == MAX_STOPS
