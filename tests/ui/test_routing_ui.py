"""Legs follow the streets in the app: routed in the background, re-routed only where
a stop moved, straight and explained when the router cannot help."""

from __future__ import annotations

import pytest

from tests.osrm_server import osrm_server
from tests.tile_server import tile_server
from walkplanner.core.geo import path_length_m
from walkplanner.core.model import LegMode, LegSource
from walkplanner.ui.actions import ActionId


def all_routed(document) -> bool:
    return all(leg.source == LegSource.ROUTED for leg in document.walk.legs)


@pytest.fixture
def servers(monkeypatch: pytest.MonkeyPatch):
    with osrm_server() as router, tile_server() as tiles:
        monkeypatch.setenv("WALKPLANNER_ROUTING_URL", router.url)
        monkeypatch.setenv("WALKPLANNER_TILE_URL", tiles.template)
        yield router


def test_legs_are_routed_and_moving_a_stop_reroutes_only_its_legs(harness, qtbot, servers) -> None:
    window = harness.open(offline=False).window
    document = window.document
    # Measured from the stops: the loopback router may have answered before open() returns.
    straight_km = path_length_m([stop.position for stop in document.walk.stops]) / 1000
    qtbot.waitUntil(lambda: all_routed(document), timeout=20_000)
    assert len(servers.requests) == 4
    assert document.schedule.distance_km > straight_km * 1.1
    assert f"{document.schedule.distance_km:.2f}" in window.stats.text()
    qtbot.waitUntil(
        lambda: harness.js("WalkBridge.inspect().layers.legLines[0].getLatLngs().length") > 2,
        timeout=10_000,
    )
    untouched = document.walk.legs[3]

    harness.js_then_drawn(
        "(() => { const m = WalkBridge.inspect().layers.stops[2];"
        " m.setLatLng([48.8570, 2.3420]); m.fire('dragend'); return 1; })()"
    )
    qtbot.waitUntil(lambda: all_routed(document), timeout=20_000)
    assert len(servers.requests) == 6  # legs 2 and 3 only
    assert document.walk.legs[3] == untouched

    window.map.set_leg_mode(0, LegMode.STRAIGHT)
    qtbot.waitUntil(lambda: document.walk.legs[0].source == LegSource.STRAIGHT, timeout=5_000)
    window.action(ActionId.UNDO).trigger()
    qtbot.waitUntil(lambda: all_routed(document), timeout=5_000)
    assert len(servers.requests) == 6  # the cache answered


def test_offline_legs_stay_straight_and_say_why(harness, qtbot) -> None:
    window = harness.open(offline=True).window
    qtbot.waitUntil(lambda: window.routing.reason(0) is not None, timeout=10_000)
    assert "Offline" in window.routing.reason(0)
    assert all(leg.source == LegSource.STRAIGHT for leg in window.document.walk.legs)
    qtbot.waitUntil(
        lambda: (
            "Offline"
            in (
                harness.js(
                    "WalkBridge.inspect().layers.legLines[0].getTooltip().getContent().textContent"
                )
                or ""
            )
        ),
        timeout=10_000,
    )


def test_dragging_the_middle_of_a_routed_leg_adds_a_via_point(harness, qtbot, servers) -> None:
    window = harness.open(offline=False).window
    document = window.document
    qtbot.waitUntil(lambda: all_routed(document), timeout=20_000)
    qtbot.waitUntil(
        lambda: harness.js("WalkBridge.inspect().layers.vias.length") == 4, timeout=10_000
    )
    asked = len(servers.requests)
    harness.js_then_drawn(
        "(() => { const h = WalkBridge.inspect().layers.vias[2];"
        " h.setLatLng([48.8550, 2.3440]); h.fire('dragend'); return 1; })()"
    )
    assert document.walk.legs[2].vias == ((48.855, 2.344),)
    qtbot.waitUntil(lambda: all_routed(document), timeout=20_000)
    assert len(servers.requests) == asked + 1
    assert servers.requests[-1][0].count(";") == 2  # stop, via, stop
    window.map.clear_vias(2)
    assert document.walk.legs[2].vias == ()
