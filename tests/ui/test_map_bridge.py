"""Drive bridge.js in the real page and check the walk, the map and undo agree."""

from __future__ import annotations

import pytest

from walkplanner.core.model import Stop


def marker_positions(harness) -> list[list[float]]:
    return harness.js(
        "WalkBridge.inspect().layers.stops.map(m => [m.getLatLng().lat, m.getLatLng().lng])"
    )


def test_demo_walk_is_drawn(harness) -> None:
    window = harness.open().window
    walk = window.document.walk
    assert len(walk.stops) == 5
    assert marker_positions(harness) == [[s.lat, s.lon] for s in walk.stops]
    assert harness.js("WalkBridge.inspect().layers.legLines.length") == 4
    assert harness.js("WalkBridge.inspect().layers.meeting !== null")
    attribution = harness.js("document.querySelector('.leaflet-control-attribution').textContent")
    assert "© OpenStreetMap contributors" in attribution


def test_click_adds_drag_moves_delete_removes_and_undo_restores(harness) -> None:
    window = harness.open().window
    document = window.document
    harness.js_then_drawn(
        "WalkBridge.inspect().map.fire('click', {latlng: L.latLng(48.8530, 2.3499)}); 1"
    )
    assert len(document.walk.stops) == 6
    assert document.walk.stops[-1].position == pytest.approx((48.8530, 2.3499))
    assert len(marker_positions(harness)) == 6

    harness.js_then_drawn(
        "(() => { const m = WalkBridge.inspect().layers.stops[1];"
        " m.setLatLng([48.8590, 2.3380]); m.fire('dragend'); return 1; })()"
    )
    assert document.walk.stops[1].position == pytest.approx((48.8590, 2.3380))
    assert marker_positions(harness)[1] == pytest.approx([48.8590, 2.3380])

    removed_name = document.walk.stops[2].name
    harness.js_then_drawn(
        "(() => { WalkBridge.inspect().layers.stops[2].fire('click');"
        " document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Delete'})); return 1; })()"
    )
    assert removed_name not in [s.name for s in document.walk.stops]
    assert len(marker_positions(harness)) == 5

    harness.after_drawn(window.menus.undo.trigger)
    assert document.walk.stops[2].name == removed_name
    assert len(marker_positions(harness)) == 6
    harness.after_drawn(window.menus.undo.trigger)
    harness.after_drawn(window.menus.undo.trigger)
    assert len(document.walk.stops) == 5
    assert marker_positions(harness)[1] == pytest.approx([48.85834, 2.33752])
    harness.after_drawn(window.menus.redo.trigger)
    assert len(document.walk.stops) == 6


def test_click_on_a_leg_inserts_a_stop_there(harness) -> None:
    document = harness.open().window.document
    first, second = document.walk.stops[0].name, document.walk.stops[1].name
    harness.js_then_drawn(
        "WalkBridge.inspect().layers.legLines[0].fire('click', {latlng: L.latLng(48.8597, 2.3366)}); 1"
    )
    names = [s.name for s in document.walk.stops]
    assert names[0] == first and names[2] == second and len(names) == 6
    assert document.walk.stops[1].position == pytest.approx((48.8597, 2.3366))


def test_out_of_range_positions_from_the_page_are_ignored(harness) -> None:
    window = harness.open().window
    before = window.document.walk.route
    window.map_view.bridge.map_clicked('{"lat": 95.0, "lon": 2.0}')
    window.map_view.bridge.stop_moved('{"index": 0, "lat": 48.0, "lon": 400.0}')
    assert window.document.walk.route is before


def test_user_text_is_shown_as_typed(harness) -> None:
    window = harness.open().window
    hostile = '<img src=x onerror="document.title=1">"quoted" & \'single\''
    route = window.document.walk.route.edited(0, name=hostile)
    harness.after_drawn(lambda: window.document.set_route(route))
    tooltip = harness.js(
        "WalkBridge.inspect().layers.stops[0].getTooltip().getContent().textContent"
    )
    assert hostile in tooltip
    assert harness.js("document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert window.stops.model.index(0, 1).data() == hostile
    assert isinstance(window.document.walk.stops[0], Stop)


def test_dragging_the_meeting_pin_moves_the_meeting_point_undoably(harness) -> None:
    window = harness.open().window
    before = window.document.walk.meeting_point
    harness.js_then_drawn(
        "(() => { const m = WalkBridge.inspect().layers.meeting;"
        " m.setLatLng([48.8620, 2.3370]); m.fire('dragend'); return 1; })()"
    )
    moved = window.document.walk.meeting_point
    assert (moved.lat, moved.lon) == (48.862, 2.337) and moved.name == before.name
    assert window.details.meeting_position.text() == "48.862000, 2.337000"
    harness.after_drawn(window.menus.undo.trigger)
    assert window.document.walk.meeting_point == before


def test_library_search_new_duplicate_and_switch(harness, qtbot) -> None:
    window = harness.open().window
    demo_id = window.document.walk.id
    window.walks.duplicate_walk(demo_id)
    assert window.document.walk.title.endswith("(copy)")
    window.walks.new_walk()
    assert window.document.walk.stops == ()
    assert window.library.visible_count() == 3
    qtbot.keyClicks(window.library.search, "copy")
    assert window.library.visible_count() == 1
    window.library.search.clear()
    harness.after_drawn(lambda: window.walks.open_walk(demo_id))
    assert len(window.document.walk.stops) == 5
    assert harness.js("WalkBridge.inspect().layers.stops.length") == 5


def test_typing_merges_into_one_undo_step_but_drags_do_not(harness, qtbot) -> None:
    window = harness.open().window
    stack = window.document.undo_stack
    window.details.title.clear()
    qtbot.keyClicks(window.details.title, "Night walk")
    assert stack.count() == 1
    for lat in (48.8620, 48.8630):
        harness.js_then_drawn(
            "(() => { const m = WalkBridge.inspect().layers.meeting;"
            f" m.setLatLng([{lat}, 2.3370]); m.fire('dragend'); return 1; }})()"
        )
    assert stack.count() == 3
