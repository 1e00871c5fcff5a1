"""Drive bridge.js in the real page and check the walk, the map and undo agree."""

from __future__ import annotations

import pytest

from walkplanner.ui.actions import ActionId
from walkplanner.ui.operations import stops


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

    harness.after_drawn(window.action(ActionId.UNDO).trigger)
    assert document.walk.stops[2].name == removed_name
    assert len(marker_positions(harness)) == 6
    harness.after_drawn(window.action(ActionId.UNDO).trigger)
    harness.after_drawn(window.action(ActionId.UNDO).trigger)
    assert len(document.walk.stops) == 5
    assert marker_positions(harness)[1] == pytest.approx([48.85834, 2.33752])
    harness.after_drawn(window.action(ActionId.REDO).trigger)
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
    revision = window.map.revision
    window.map_view.bridge.map_clicked(f'{{"revision": {revision}, "lat": 95.0, "lon": 2.0}}')
    window.map_view.bridge.stop_moved(
        f'{{"revision": {revision}, "index": 0, "lat": 48.0, "lon": 400.0}}'
    )
    assert window.document.walk.route is before


def test_user_text_is_shown_as_typed(harness) -> None:
    window = harness.open().window
    hostile = '<img src=x onerror="document.title=1">"quoted" & \'single\''
    harness.after_drawn(lambda: stops.edit_stop(window.document, 0, name=hostile))
    tooltip = harness.js(
        "WalkBridge.inspect().layers.stops[0].getTooltip().getContent().textContent"
    )
    assert hostile in tooltip
    assert harness.js("document.querySelectorAll('img[src=\"x\"]').length") == 0
    assert window.stops.model.index(0, 1).data() == hostile
    assert window.document.walk.stops[0].name == hostile  # kept as typed, not escaped
    assert harness.js("WalkBridge.inspect().layers.stops[0].options.title") == f"1. {hostile}"


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
    harness.after_drawn(window.action(ActionId.UNDO).trigger)
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


# --- the bridge's events: one JSON text each, checked whole --------------------------------


def test_good_events_are_read_and_rounded() -> None:
    from walkplanner.ui.bridge_args import read_event

    assert read_event('{"lat": 48.858123456789, "lon": 2}', position=True) == {
        "lat": 48.8581235,
        "lon": 2.0,
    }
    assert read_event('{"index": 3}', index=4) == {"index": 3}
    assert read_event('{"index": 0, "lat": -90, "lon": 180}', position=True, index=None) == {
        "index": 0,
        "lat": -90.0,
        "lon": 180.0,
    }


@pytest.mark.parametrize(
    "text",
    [
        None,
        3,
        b'{"lat": 1, "lon": 2}',
        "",
        " ",
        "null",
        "[]",
        '"{}"',
        "{",
        '{"lat": NaN, "lon": 2}',
        '{"lat": Infinity, "lon": 2}',
        '{"lat": 1, "lon": -Infinity}',
        '{"lat": 1e400, "lon": 2}',
        '{"lat": 1e308, "lon": 2}',
        '{"lat": -90.000001, "lon": 2}',
        '{"lat": 1, "lon": 180.000001}',
        '{"lat": "1", "lon": 2}',
        '{"lat": true, "lon": 2}',
        '{"lat": null, "lon": 2}',
        '{"lat": [1], "lon": 2}',
        '{"lat": {"v": 1}, "lon": 2}',
        '{"lat": 1}',
        '{"lat": 1, "lon": 2, "index": 0}',
        '{"lat": 1, "lon": 2}' + " " * 1000,
        '{"lat": 1, "lon": 2}\u0000',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_bad_positions_are_refused(text: object) -> None:
    from walkplanner.ui.bridge_args import BadEvent, read_event

    with pytest.raises(BadEvent):
        read_event(text, position=True)


@pytest.mark.parametrize(
    "text",
    [
        '{"index": -1}',
        '{"index": 4}',
        '{"index": 2147483648}',
        '{"index": 1.0}',
        '{"index": 1e2}',
        '{"index": "1"}',
        '{"index": false}',
        '{"index": null}',
        '{"index": NaN}',
        '{"index": [0]}',
        '{"stop": 0}',
        "{}",
    ],
)
def test_bad_indexes_are_refused(text: str) -> None:
    from walkplanner.ui.bridge_args import BadEvent, read_event

    with pytest.raises(BadEvent):
        read_event(text, index=4)


def test_an_index_without_a_known_count_still_fits_a_qt_int() -> None:
    from walkplanner.ui.bridge_args import MAX_INDEX, BadEvent, read_event

    assert (
        read_event(f'{{"revision": {MAX_INDEX - 1}}}', revision=None)["revision"] == MAX_INDEX - 1
    )
    with pytest.raises(BadEvent):
        read_event(f'{{"revision": {MAX_INDEX}}}', revision=None)


def test_the_bridge_slots_emit_only_checked_events(qtbot) -> None:
    from walkplanner.ui.map_bridge import MapBridge

    bridge = MapBridge()
    bridge.drawing = lambda revision: (3, 2) if revision == 7 else None
    seen: list[tuple] = []
    rejected: list[str] = []
    bridge.map_click.connect(lambda *a: seen.append(("map_click", *a)))
    bridge.leg_click.connect(lambda *a: seen.append(("leg_click", *a)))
    bridge.stop_move.connect(lambda *a: seen.append(("stop_move", *a)))
    bridge.stop_remove.connect(lambda *a: seen.append(("stop_remove", *a)))
    bridge.leg_via.connect(lambda *a: seen.append(("leg_via", *a)))
    bridge.rejected.connect(rejected.append)

    bridge.map_clicked('{"revision": 7, "lat": 48.85, "lon": 2.35}')
    bridge.leg_clicked('{"revision": 7, "index": 1, "lat": 48.85, "lon": 2.35}')
    bridge.stop_moved('{"revision": 7, "index": 2, "lat": 48.85, "lon": 2.35}')
    bridge.remove_stop('{"revision": 7, "index": 0}')
    assert seen == [
        ("map_click", 48.85, 2.35),
        ("leg_click", 1, 48.85, 2.35),
        ("stop_move", 2, 48.85, 2.35),
        ("stop_remove", 0),
    ]
    assert rejected == []

    seen.clear()
    bridge.leg_clicked('{"revision": 7, "index": 2, "lat": 48.85, "lon": 2.35}')  # only 2 legs
    bridge.leg_via_dragged('{"revision": 7, "index": 2, "lat": 48.85, "lon": 2.35}')
    bridge.stop_moved('{"revision": 7, "index": 3, "lat": 48.85, "lon": 2.35}')  # only 3 stops
    bridge.remove_stop('{"revision": 7, "index": 3}')
    bridge.map_clicked("null")
    bridge.map_clicked('{"revision": 7, "lat": NaN, "lon": 2}')
    bridge.map_clicked('{"lat": 48.85, "lon": 2.35}')  # no revision
    assert seen == [] and len(rejected) == 7

    rejected.clear()
    bridge.remove_stop('{"revision": 6, "index": 0}')  # a drawing the walk changed since
    bridge.stop_moved('{"revision": 6, "index": 99, "lat": 48.85, "lon": 2.35}')
    assert seen == [] and rejected == []  # dropped quietly: a race, not a hostile page
