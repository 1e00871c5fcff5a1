"""Events and menus of the map that arrive after the walk changed under them: each acts on
the stop or leg it was made for, or does nothing (no wrong edit, no exception)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMenu, QWidget

from tests.many_stops import walk_of_stops
from walkplanner.core.demo import demo_walk
from walkplanner.core.validation import MAX_STOPS
from walkplanner.tiles.providers import PROVIDERS
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.map_bridge import MapBridge
from walkplanner.ui.map_controller import MapController
from walkplanner.ui.operations import stops

SAID = f"A walk has at most {MAX_STOPS} stops: remove one before adding another."


@pytest.fixture
def controller(qtbot) -> MapController:
    """A map controller over the demo walk (five stops), with a bridge but no page."""
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = MapController(WalkDocument(demo_walk()), MapBridge(), PROVIDERS["osm"], parent)
    controller.push(fit=True)  # as on the page's `ready`
    return controller


def action(menu: QMenu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


# --- events from the page name the drawing they were made against ------------------------


def test_a_drag_made_before_a_removal_moves_no_stop(controller: MapController) -> None:
    document, bridge = controller._document, controller._bridge
    drawn = controller.revision
    stops.remove_stop(document, 1)  # from the stop list, while the marker is dragged
    after = document.walk
    bridge.stop_moved(f'{{"revision": {drawn}, "index": 1, "lat": 48.8, "lon": 2.3}}')
    bridge.remove_stop(f'{{"revision": {drawn}, "index": 1}}')
    bridge.leg_clicked(f'{{"revision": {drawn}, "index": 0, "lat": 48.8, "lon": 2.3}}')
    bridge.leg_via_dragged(f'{{"revision": {drawn}, "index": 0, "lat": 48.8, "lon": 2.3}}')
    bridge.meeting_point_moved(f'{{"revision": {drawn}, "lat": 48.8, "lon": 2.3}}')
    bridge.map_clicked(f'{{"revision": {drawn}, "lat": 48.8, "lon": 2.3}}')
    assert document.walk is after and document.undo_stack.count() == 1

    bridge.stop_moved(f'{{"revision": {controller.revision}, "index": 1, "lat": 48.8, "lon": 2.3}}')
    assert document.walk.stops[1].position == (48.8, 2.3)  # the new drawing's events count


def test_an_undo_a_reload_or_a_future_revision_makes_a_drawing_stale(controller) -> None:
    document, bridge = controller._document, controller._bridge
    drawn = controller.revision
    stops.edit_stop(document, 0, name="Renamed")
    document.undo_stack.undo()  # the same stops again, but drawn anew since
    bridge.remove_stop(f'{{"revision": {drawn}, "index": 4}}')
    assert len(document.walk.stops) == 5 and document.undo_stack.index() == 0

    drawn = controller.revision
    document.load(replace(demo_walk(), id=99))  # another walk, with equal stops
    bridge.remove_stop(f'{{"revision": {drawn}, "index": 0}}')
    bridge.remove_stop(f'{{"revision": {controller.revision + 1}, "index": 0}}')
    assert len(document.walk.stops) == 5 and document.undo_stack.count() == 0
    bridge.remove_stop(f'{{"revision": {controller.revision}, "index": 0}}')
    assert len(document.walk.stops) == 4


def test_a_title_typed_or_a_leg_routed_keeps_the_drawing_current(controller) -> None:
    document, bridge = controller._document, controller._bridge
    drawn = controller.revision
    document.refine_route(
        replace(
            document.walk,
            route=document.walk.route.with_leg(
                0,
                replace(
                    document.walk.legs[0],
                    points=((48.86105, 2.33583), (48.86, 2.336), (48.85834, 2.33752)),
                ),
            ),
        )
    )
    document.apply(
        replace(document.state, walk=replace(document.walk, title="Night walk")),
        Changes(Change.DETAILS),
    )
    assert controller.revision > drawn
    bridge.remove_stop(f'{{"revision": {drawn}, "index": 4}}')
    assert len(document.walk.stops) == 4


# --- a context menu acts on what it was opened for ----------------------------------------


@pytest.mark.parametrize("change", ["remove", "load", "undo"])
def test_a_leg_menu_does_nothing_once_the_walk_changed_under_it(controller, change: str) -> None:
    document = controller._document
    stops.edit_stop(document, 0, name="Renamed")
    menu = QMenu()
    controller.fill_leg_menu(menu, 3)  # the last leg
    if change == "remove":
        stops.remove_stop(document, 4)  # leg 3 is gone
    elif change == "load":
        document.load(walk_of_stops(2))  # one leg only
    else:
        document.undo_stack.undo()
    before, steps = document.walk, document.undo_stack.count()
    for text in ("Insert a stop on this leg", "Straight line", "Follow the streets"):
        action(menu, text).trigger()
    assert document.walk is before and document.undo_stack.count() == steps


def test_a_stop_menu_does_nothing_once_the_walk_changed_under_it(controller, qtbot) -> None:
    document = controller._document
    menu = QMenu()
    controller.fill_stop_menu(menu, 1)
    stops.remove_stop(document, 0)  # stop 1 is now another stop
    before = document.walk
    renamed: list[int] = []
    controller.rename_requested.connect(renamed.append)
    for text in ("Remove stop", "Make it the meeting point", "Rename…"):
        action(menu, text).trigger()
    action(menu, "Kind").menu().actions()[2].trigger()
    action(menu, "Stay").menu().actions()[3].trigger()
    assert document.walk is before and renamed == []


def test_a_map_menu_adds_no_stop_to_another_walk(controller) -> None:
    document = controller._document
    menu = QMenu()
    controller.fill_map_menu(menu, 48.85, 2.35)
    document.load(walk_of_stops(2))
    before = document.walk
    action(menu, "Add stop here").trigger()
    action(menu, "Meet here").trigger()
    assert document.walk is before


def test_menus_still_act_while_the_walk_is_unchanged(controller) -> None:
    document = controller._document
    menu = QMenu()
    controller.fill_leg_menu(menu, 3)
    action(menu, "Insert a stop on this leg").trigger()
    assert len(document.walk.stops) == 6
    menu = QMenu()
    controller.fill_map_menu(menu, 48.85, 2.35)
    action(menu, "Add stop here").trigger()
    assert document.walk.stops[-1].position == (48.85, 2.35)


def test_insert_midway_ignores_a_leg_the_walk_no_longer_has(controller) -> None:
    before = controller._document.walk
    for index in (-1, 4, 99):
        controller._insert_midway(index)
    assert controller._document.walk is before


# --- at the stop limit, the menus say why they cannot add one ------------------------------


@pytest.mark.parametrize(("count", "room"), [(MAX_STOPS - 1, True), (MAX_STOPS, False)])
def test_add_and_insert_are_disabled_at_the_limit_and_say_why(
    qtbot, count: int, room: bool
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    document = WalkDocument(walk_of_stops(count))
    controller = MapController(document, MapBridge(), PROVIDERS["osm"], parent)
    map_menu, leg_menu = QMenu(), QMenu()
    controller.fill_map_menu(map_menu, 48.85, 2.35)
    controller.fill_leg_menu(leg_menu, 0)
    for menu, text in ((map_menu, "Add stop here"), (leg_menu, "Insert a stop on this leg")):
        item = action(menu, text)
        assert item.isEnabled() is room
        assert item.toolTip() == (text if room else SAID)
        assert menu.toolTipsVisible()
    assert action(map_menu, "Meet here").isEnabled()
    assert action(leg_menu, "Straight line").isEnabled()


def test_a_marker_dragged_in_the_page_across_a_removal_moves_no_stop(harness) -> None:
    """The page as it races: a marker of the old drawing ends its drag after the stop list
    removed a stop and the map was drawn again."""
    window = harness.open().window
    document = window.document
    harness.js("(window.__old = WalkBridge.inspect().layers.stops[2], 1)")
    harness.after_drawn(lambda: stops.remove_stop(document, 1))
    after = document.walk
    with harness.qtbot.waitSignal(window.map_view.bridge.stop_select, timeout=5_000):
        harness.js(
            "(window.__old.setLatLng([48.8, 2.3]), window.__old.fire('dragend'),"
            " WalkBridge.inspect().layers.stops[0].fire('click'), 1)"
        )
    assert document.walk is after and document.undo_stack.count() == 1
