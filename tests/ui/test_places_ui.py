"""Find a place by name in the app, then add it as a stop, meet there or save it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.nominatim_server import nominatim_server
from tests.osrm_server import osrm_server
from tests.tile_server import tile_server
from walkplanner.ui.actions import ActionId


@pytest.fixture
def servers(monkeypatch: pytest.MonkeyPatch):
    with nominatim_server() as geocoder, osrm_server() as router, tile_server() as tiles:
        monkeypatch.setenv("WALKPLANNER_GEOCODER_URL", geocoder.url)
        monkeypatch.setenv("WALKPLANNER_ROUTING_URL", router.url)
        monkeypatch.setenv("WALKPLANNER_TILE_URL", tiles.template)
        yield geocoder


def test_search_on_enter_then_add_meet_and_save(harness, qtbot, servers) -> None:
    window = harness.open(offline=False).window
    window.action(ActionId.FIND_PLACE).trigger()
    panel = window.places
    qtbot.keyClicks(panel.query, "Louvre")
    assert servers.requests == []  # nothing is sent while typing
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=10_000)
    assert len(servers.requests) == 1

    stops = len(window.document.walk.stops)
    harness.after_drawn(lambda: panel.add_stop.emit(48.861, 2.3358, "Pyramide du Louvre"))
    assert window.document.walk.stops[-1].name == "Pyramide du Louvre"
    assert len(window.document.walk.stops) == stops + 1

    panel._emit(panel.meet_here, named=True)
    assert window.document.walk.meeting_point.name == "Pyramide du Louvre"
    panel._save()
    panel.query.clear()
    panel.run_search()
    assert panel.results.count() == 1 and panel.results.item(0).text().startswith("★")
