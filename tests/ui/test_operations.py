"""The edit layer: every user action is one undo step that undo reverses exactly and redo
re-applies, participants included; views follow with row signals, never a model reset;
routing results are not undo steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QDockWidget

from walkplanner.core.crowd import Participant, Role, Status
from walkplanner.core.demo import demo_walk
from walkplanner.core.model import Leg, LegMode, LegSource, Stop, StopKind
from walkplanner.ui.document import Change, Changes, WalkDocument
from walkplanner.ui.operations import details, people, stops
from walkplanner.ui.people_model import PeopleModel
from walkplanner.ui.routing_controller import RoutingController
from walkplanner.ui.stop_table import StopTableModel

CROWD = [
    Participant("Ana", status=Status.GOING, role=Role.LEADER),
    Participant("Bo"),
    Participant("Chloé", status=Status.WAITLIST),
    Participant("Dev", needs="step-free"),
]
ON_LEG_0 = (48.8595, 2.3395)

Action = Callable[[WalkDocument], None]
ACTIONS: dict[str, tuple[Action, Change]] = {
    "add a stop": (lambda d: stops.add_stop(d, 1, *ON_LEG_0), Change.ROUTE),
    "append a named stop": (lambda d: stops.add_stop(d, 5, 48.85, 2.35, "Café"), Change.ROUTE),
    "move a stop": (lambda d: stops.move_stop(d, 1, 48.858, 2.342), Change.ROUTE),
    "remove a stop": (lambda d: stops.remove_stop(d, 2), Change.ROUTE),
    "reorder stops down": (lambda d: stops.reorder_stops(d, 1, 3), Change.ROUTE),
    "reorder stops up": (lambda d: stops.reorder_stops(d, 3, 1), Change.ROUTE),
    "rename a stop": (lambda d: stops.edit_stop(d, 1, name="Pont Neuf"), Change.ROUTE),
    "change a stop's kind": (lambda d: stops.edit_stop(d, 1, kind=StopKind.CAFE), Change.ROUTE),
    "change a stop's stay": (lambda d: stops.edit_stop(d, 1, dwell_min=45), Change.ROUTE),
    "note a stop": (lambda d: stops.edit_stop(d, 2, note="bench"), Change.ROUTE),
    "give a stop seats": (lambda d: stops.edit_stop(d, 2, seats=30), Change.ROUTE),
    "make a stop the meeting point": (lambda d: stops.meet_at_stop(d, 2), Change.DETAILS),
    "move the meeting point": (
        lambda d: stops.move_meeting_point(d, 48.861, 2.336),
        Change.DETAILS,
    ),
    "meet at a found place": (
        lambda d: stops.move_meeting_point(d, 48.85, 2.34, "Fontaine"),
        Change.DETAILS,
    ),
    "set a leg's mode": (lambda d: stops.set_leg_mode(d, 1, LegMode.STRAIGHT), Change.ROUTE),
    "add a via point": (lambda d: stops.add_via(d, 0, *ON_LEG_0), Change.ROUTE),
    "remove via points": (lambda d: stops.clear_vias(d, 3), Change.ROUTE),
    "set a detail": (lambda d: details.set_detail(d, "title", "Canal walk"), Change.DETAILS),
    "set the pace": (lambda d: details.set_detail(d, "pace_kmh", 4.2), Change.DETAILS),
    "switch splitting": (
        lambda d: details.set_groups(d, split_groups=not d.walk.split_groups),
        Change.DETAILS,
    ),
    "set the group size": (lambda d: details.set_groups(d, group_size=8), Change.DETAILS),
    "set the stagger": (lambda d: details.set_groups(d, stagger_min=5), Change.DETAILS),
    "set the slowest pace": (lambda d: details.set_groups(d, slowest_kmh=2.5), Change.DETAILS),
    "add a person": (lambda d: people.add_person(d, "Eve"), Change.PEOPLE),
    "edit a person": (lambda d: people.edit_person(d, 1, "contact", "@bo"), Change.PEOPLE),
    "remove people": (lambda d: people.remove_people(d, [0, 2]), Change.PEOPLE),
    "cancel a place": (lambda d: people.cancel_places(d, [1]), Change.PEOPLE),
    "tick attendance": (lambda d: people.mark_came(d, [0, 3]), Change.PEOPLE),
    "import participants": (
        lambda d: people.import_people(d, [Participant("Zoé"), Participant("Yann")]),
        Change.PEOPLE,
    ),
}


def a_document() -> WalkDocument:
    walk = demo_walk()
    last = len(walk.legs) - 1
    with_via = replace(walk.legs[last], vias=((48.8535, 2.347),))
    walk = replace(walk, route=walk.route.with_leg(last, with_via), capacity=3, id=7, version=4)
    return WalkDocument(walk, lambda _walk: list(CROWD))


def shown(model: QAbstractItemModel) -> list[list[Any]]:
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def fresh_view(model: type, document: WalkDocument) -> list[list[Any]]:
    """What a model built now from the document shows: the reference for one kept updated."""
    return shown(model(document, lambda *_: None))


@pytest.mark.parametrize("name", ACTIONS)
def test_each_action_is_one_step_that_undo_and_redo_replay_exactly(qapp, name: str) -> None:
    action, flag = ACTIONS[name]
    document = a_document()
    stop_model = StopTableModel(document, lambda *_: None)
    people_model = PeopleModel(document, lambda *_: None)
    resets: list[str] = []
    stop_model.modelReset.connect(lambda: resets.append("stops"))
    people_model.modelReset.connect(lambda: resets.append("people"))
    heard: list[Changes] = []
    document.changed.connect(heard.append)
    before = document.state

    action(document)
    after = document.state
    assert after != before
    assert document.undo_stack.count() == 1
    assert [change.what for change in heard] == [flag]
    views = (shown(stop_model), shown(people_model))
    assert views == (fresh_view(StopTableModel, document), fresh_view(PeopleModel, document))

    document.undo_stack.undo()
    assert document.state == before
    assert (shown(stop_model), shown(people_model)) == (
        fresh_view(StopTableModel, document),
        fresh_view(PeopleModel, document),
    )
    document.undo_stack.redo()
    assert document.state == after
    assert (shown(stop_model), shown(people_model)) == views
    assert resets == []


def test_an_action_that_changes_nothing_is_no_step(qapp) -> None:
    document = a_document()
    stops.edit_stop(document, 1, name=document.walk.stops[1].name)
    stops.reorder_stops(document, 2, 2)
    details.set_groups(document, group_size=document.walk.group_size)
    people.remove_people(document, [99])
    assert document.undo_stack.count() == 0


def test_typing_into_one_field_is_one_step(qapp) -> None:
    document = a_document()
    title = document.walk.title
    for text in ("S", "Su", "Sunday"):
        details.set_detail(document, "title", text)
    details.set_detail(document, "organiser_name", "Léa")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert document.walk.title == title


def test_undo_keeps_the_stored_version_so_the_next_save_is_not_refused(qapp) -> None:
    document = a_document()
    details.set_detail(document, "title", "Canal walk")
    document.adopt_saved(replace(document.walk, version=5))
    document.undo_stack.undo()
    assert document.walk.version == 5 and document.walk.title == demo_walk().title


def test_the_initiator_is_told_once(qapp) -> None:
    document = a_document()
    heard: list[object] = []
    document.changed.connect(lambda changes: heard.append(changes.initiator))
    view = object()
    stops.edit_stop(document, 0, view, note="here")
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert heard == [view, None, None]


class StubRouter:
    """Routes every leg at once as a bent line; no network."""

    def key(self, points: Any) -> str:
        return repr(points)

    def route(self, a: Stop, b: Stop, leg: Leg) -> Leg:
        middle = ((a.lat + b.lat) / 2 + 0.0005, (a.lon + b.lon) / 2)
        return replace(leg, points=(a.position, middle, b.position), source=LegSource.ROUTED)

    def close(self) -> None:
        """Nothing to let go of (the controller closes its router when it goes)."""


def test_routing_results_refine_legs_without_undo_steps(qtbot) -> None:
    document = a_document()
    flags: list[Change] = []
    document.changed.connect(lambda changes: flags.append(changes.what))
    RoutingController(document, StubRouter())
    routed = lambda: all(leg.source == LegSource.ROUTED for leg in document.walk.legs)  # noqa: E731
    qtbot.waitUntil(routed, timeout=5000)
    assert document.undo_stack.count() == 0
    assert flags and set(flags) == {Change.ROUTING}

    stops.move_stop(document, 2, 48.8575, 2.3432)
    assert document.walk.legs[1].source == LegSource.STRAIGHT
    qtbot.waitUntil(routed, timeout=5000)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.walk.stops[2] == demo_walk().stops[2]


def test_editing_a_note_leaves_both_tables_alone(harness, qtbot) -> None:
    window = harness.open().window
    document = window.document
    for number in range(40):
        stops.add_stop(document, len(document.walk.stops), 48.85 + number / 1000, 2.35)
        people.add_person(document, f"Walker {number}")
    window.resize(1200, 700)
    docks = [window.findChild(QDockWidget, name) for name in ("StopsDock", "PeopleDock")]
    window.splitDockWidget(*docks, Qt.Orientation.Horizontal)  # both tables on screen
    stop_table, people_table = window.stops.table, window.people.table
    resets: list[str] = []
    stop_table.model().modelReset.connect(lambda: resets.append("stops"))
    people_table.model().modelReset.connect(lambda: resets.append("people"))
    window.stops.select_row(30)
    stop_table.scrollTo(stop_table.model().index(30, 0))
    people_table.selectRow(25)
    people_table.scrollTo(people_table.model().index(25, 0))
    qtbot.wait(50)
    kept = [
        (table.currentIndex().row(), table.selectionModel().selectedRows()[0].row())
        for table in (stop_table, people_table)
    ]
    scrolls = [table.verticalScrollBar().value() for table in (stop_table, people_table)]
    assert all(scrolls)

    harness.after_drawn(lambda: stops.edit_stop(document, 12, note="A bench by the water"))
    qtbot.wait(50)
    assert document.walk.stops[12].note == "A bench by the water"
    assert stop_table.model().index(12, 6).data(Qt.ItemDataRole.DisplayRole).startswith("A bench")
    assert [
        (table.currentIndex().row(), table.selectionModel().selectedRows()[0].row())
        for table in (stop_table, people_table)
    ] == kept
    assert [table.verticalScrollBar().value() for table in (stop_table, people_table)] == scrolls
    assert resets == []


def test_the_selected_stop_keeps_its_row_and_the_map_hears_its_new_number(qtbot) -> None:
    from walkplanner.ui.stop_panel import StopPanel

    document = a_document()
    panel = StopPanel(document)
    qtbot.addWidget(panel)
    panel.select_row(2)
    name = document.walk.stops[2].name
    heard: list[int] = []
    panel.selected.connect(heard.append)
    stops.add_stop(document, 0, *ON_LEG_0)
    assert panel.current_row() == 3 and document.walk.stops[3].name == name
    stops.reorder_stops(document, 3, 5)
    assert panel.current_row() == 5 and document.walk.stops[5].name == name
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert panel.current_row() == 2 and heard[-1] == 2
    assert heard[:2] == [3, 5]
