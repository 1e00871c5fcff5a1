"""The stop list without the mouse, shortcuts shown in the menus, names for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QToolButton

from walkplanner.ui.actions import ActionId


def test_stops_can_be_added_renamed_reordered_and_removed_with_the_keyboard(harness, qtbot) -> None:
    window = harness.open().window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    document = window.document
    window.action(ActionId.GO_TO_STOPS).trigger()
    table = window.stops.table
    assert table.hasFocus()
    count = len(document.walk.stops)
    window.stops.select_row(0)

    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert len(document.walk.stops) == count + 1
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new stop's name, ready for typing
    editor.selectAll()
    qtbot.keyClicks(editor, "Fontaine")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: document.walk.stops[1].name == "Fontaine", timeout=2000)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState, timeout=2000)
    first, third = document.walk.stops[0].position, document.walk.stops[2].position
    assert document.walk.stops[1].position == (
        (first[0] + third[0]) / 2,
        (first[1] + third[1]) / 2,
    )

    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert document.walk.stops[2].name == "Fontaine"
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() == table.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Fontaine" not in [stop.name for stop in document.walk.stops]
    assert len(document.walk.stops) == count
    window.action(ActionId.UNDO).trigger()
    assert document.walk.stops[2].name == "Fontaine"


def test_menus_show_the_shortcuts_of_the_main_commands(harness) -> None:
    window = harness.open().window
    in_menus = {
        action
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.shortcut().isEmpty()
    }
    for action_id, key in {
        ActionId.QUIT: "Ctrl+Q",  # the fallback: the platform has no Quit key here
        ActionId.PREFERENCES: "Ctrl+,",
        ActionId.NEW_WALK: "Ctrl+N",
        ActionId.EXPORT_CARD: "Ctrl+E",
        ActionId.PRINT_HANDOUTS: "Ctrl+P",
        ActionId.ADD_STOP: "Ins",
        ActionId.GO_TO_STOPS: "Ctrl+3",
    }.items():
        action = window.action(action_id)
        assert action in in_menus, action_id
        assert action.shortcut().toString() == key, action_id


def test_main_controls_have_accessible_names(harness) -> None:
    window = harness.open().window
    controls = [
        window.map_view,
        window.library.list,
        window.library.search,
        window.stops.table,
        window.people.table,
        window.places.query,
        window.details.title,
        *window.stops.findChildren(QToolButton),
    ]
    assert [c for c in controls if not c.accessibleName()] == []


def test_the_leg_after_a_stop_can_be_made_straight_from_the_stops_menu(harness) -> None:
    from walkplanner.core.model import LegMode

    window = harness.open().window
    window.stops.select_row(1)
    add_stop = window.action(ActionId.ADD_STOP)
    stops_menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if add_stop in action.menu().actions()
    )
    leg_menu = next(a.menu() for a in stops_menu.actions() if a.menu() is not None)
    leg_menu.aboutToShow.emit()
    straight = next(a for a in leg_menu.actions() if a.text() == "Straight line")
    straight.trigger()
    assert window.document.walk.legs[1].mode == LegMode.STRAIGHT
    window.stops.select_row(len(window.document.walk.stops) - 1)
    leg_menu.aboutToShow.emit()
    assert [a.isEnabled() for a in leg_menu.actions()] == [False]  # the last stop has no leg


def test_enter_on_the_focused_map_adds_a_stop_at_its_centre_and_shift_enter_moves_one(
    harness, qtbot
) -> None:
    window = harness.open().window
    document = window.document
    count = len(document.walk.stops)
    window.focus_map()
    qtbot.waitUntil(
        lambda: harness.js("document.activeElement === WalkBridge.inspect().map.getContainer()"),
        timeout=5000,
    )
    press = (
        "WalkBridge.inspect().map.getContainer().dispatchEvent("
        "new KeyboardEvent('keydown', {key: 'Enter', shiftKey: %s, bubbles: true})); 1"
    )
    centre = harness.js(
        "(() => { const c = WalkBridge.inspect().map.getCenter(); return [c.lat, c.lng]; })()"
    )
    harness.js_then_drawn(press % "false")
    assert len(document.walk.stops) == count + 1
    assert document.walk.stops[-1].position == pytest.approx(tuple(centre), abs=1e-4)

    window.stops.select_row(0)
    harness.js_then_drawn(press % "true")
    assert document.walk.stops[0].position == pytest.approx(tuple(centre), abs=1e-4)
    assert len(document.walk.stops) == count + 1


def test_the_keyboard_cross_shows_after_the_keyboard_only(harness, qtbot) -> None:
    window = harness.open().window
    cross = (
        "getComputedStyle(WalkBridge.inspect().map.getContainer(), '::after')"
        ".getPropertyValue('content')"
    )
    harness.js(
        "WalkBridge.inspect().map.getContainer().dispatchEvent("
        "new MouseEvent('mousedown', {bubbles: true})); "
        "WalkBridge.inspect().map.getContainer().focus(); 1"
    )
    assert harness.js(cross) in ("none", "normal", "")
    window.focus_map()
    qtbot.waitUntil(lambda: harness.js(cross) == '""', timeout=5000)


def test_a_stop_right_click_offers_rename_kind_stay_meet_and_remove(harness, qtbot) -> None:
    from PySide6.QtWidgets import QMenu

    from walkplanner.core.model import StopKind

    window = harness.open().window

    def stop_menu() -> QMenu:
        """The menu as a right-click opens it: a choice in it acts on the walk it was
        opened on, so each choice below is made in a menu opened afresh."""
        menu = QMenu(window)
        window.map.fill_stop_menu(menu, 1)
        return menu

    menu = stop_menu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Rename…", "Kind", "Stay", "Make it the meeting point", "Remove stop"]
    kind = next(a for a in menu.actions() if a.text() == "Kind").menu()
    harness.after_drawn(kind.actions()[2].trigger)  # café
    assert window.document.walk.stops[1].kind == StopKind.CAFE
    menu = stop_menu()
    stay = next(a for a in menu.actions() if a.text() == "Stay").menu()
    harness.after_drawn(next(a for a in stay.actions() if a.text() == "30 min").trigger)
    assert window.document.walk.stops[1].dwell_min == 30
    menu = stop_menu()
    meet = next(a for a in menu.actions() if a.text() == "Make it the meeting point")
    harness.after_drawn(meet.trigger)
    stop = window.document.walk.stops[1]
    assert window.document.walk.meeting_point.name == stop.name
    assert (window.document.walk.meeting_point.lat, window.document.walk.meeting_point.lon) == (
        stop.lat,
        stop.lon,
    )
    next(a for a in menu.actions() if a.text() == "Rename…").trigger()
    editor = window.stops.table.indexWidget(window.stops.table.currentIndex())
    assert window.stops.table.currentIndex().row() == 1
    assert window.stops.table.state() == window.stops.table.State.EditingState or editor


def test_a_stop_inserted_on_a_leg_is_named_after_its_place(harness) -> None:
    window = harness.open().window
    walk = window.document.walk
    a, b = walk.stops[0], walk.stops[1]
    harness.after_drawn(lambda: window.map.insert_stop(1, (a.lat + b.lat) / 2, (a.lon + b.lon) / 2))
    assert window.document.walk.stops[1].name == "Stop 2"


def test_window_shortcuts_work_while_typing_in_a_text_field(harness, qtbot) -> None:
    from walkplanner.ui.card_dialog import CardDialog

    window = harness.open().window
    title = window.details.title
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(CardDialog) is not None, timeout=5000)
    window.findChild(CardDialog).close()
    title.setFocus()
    title.setText("Louvre walk")
    qtbot.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert title.selectedText() == "Louvre walk"  # text keys stay with the text field


def test_text_fields_let_window_shortcuts_through_but_keep_their_editing_keys(qtbot) -> None:
    """X11's bindings give a line edit Ctrl+E (end of line); the window's Export card wins."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent, QKeySequence
    from PySide6.QtWidgets import QMainWindow

    from walkplanner.ui.shortcut_priority import ShortcutPriority

    window = QMainWindow()
    qtbot.addWidget(window)
    field = QLineEdit()
    window.setCentralWidget(field)
    export, undo = QAction(window), QAction(window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    priority = ShortcutPriority([export, undo], window)

    def override(key: Qt.Key) -> QKeyEvent:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)
        event.accept()  # as a line edit does for the keys it wants
        return event

    claimed = override(Qt.Key.Key_E)
    assert priority.eventFilter(field, claimed) and not claimed.isAccepted()
    for key in (Qt.Key.Key_Z, Qt.Key.Key_A, Qt.Key.Key_C):
        assert not priority.eventFilter(field, override(key))
