"""The action table: every action reachable from a menu, with its text, its own shortcut,
the menu role macOS moves it by, and an enablement that follows the walk and the
selected stop."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from walkplanner.ui import actions, main_menus
from walkplanner.ui.actions import SPECS, ActionId
from walkplanner.ui.main_menus import MENU_BAR, TOOLBAR, Menu

ROLES = {
    ActionId.QUIT: QAction.MenuRole.QuitRole,
    ActionId.PREFERENCES: QAction.MenuRole.PreferencesRole,
    ActionId.ABOUT: QAction.MenuRole.AboutRole,
}


def menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += menu_actions(action.menu())
    return found


def listed(items: tuple) -> list[ActionId]:
    ids: list[ActionId] = []
    for item in items:
        if isinstance(item, ActionId):
            ids.append(item)
        elif isinstance(item, Menu):
            ids += listed(item.items)
    return ids


def test_every_action_has_text_a_unique_shortcut_its_role_and_a_menu(harness) -> None:
    window = harness.open().window
    in_menus = [a for top in window.menuBar().actions() for a in menu_actions(top.menu())]
    keys: dict[str, ActionId] = {}
    for action_id in ActionId:
        action = window.action(action_id)
        assert action.text().strip("&"), action_id
        assert action in in_menus, action_id
        assert action.menuRole() == ROLES.get(action_id, QAction.MenuRole.NoRole), action_id
        for key in action.shortcuts():
            text = key.toString(QKeySequence.SequenceFormat.PortableText)
            assert keys.setdefault(text, action_id) == action_id, (text, action_id)
    assert sorted(listed(MENU_BAR)) == sorted(ActionId)  # each one listed once
    assert set(TOOLBAR) <= set(ActionId) and set(SPECS) == set(ActionId)
    assert len(keys) >= 20


def test_the_toolbar_and_the_stop_buttons_show_the_table_s_actions(harness) -> None:
    from PySide6.QtWidgets import QToolBar, QToolButton

    window = harness.open().window
    toolbar = window.findChild(QToolBar, "MainToolbar")
    assert toolbar.actions() == [window.action(action_id) for action_id in TOOLBAR]
    buttons = [b.defaultAction() for b in window.stops.findChildren(QToolButton)]
    assert buttons == [window.action(action_id) for action_id in main_menus.STOP_BUTTONS]


def test_enablement_follows_the_selected_stop_and_the_undo_history(harness) -> None:
    window = harness.open().window
    up, down = window.action(ActionId.MOVE_STOP_UP), window.action(ActionId.MOVE_STOP_DOWN)
    remove, undo = window.action(ActionId.REMOVE_STOP), window.action(ActionId.UNDO)
    assert window.stops.current_row() == -1
    assert not any(a.isEnabled() for a in (up, down, remove, undo))
    assert window.action(ActionId.ADD_STOP).isEnabled()

    window.stops.select_row(0)
    assert (up.isEnabled(), down.isEnabled(), remove.isEnabled()) == (False, True, True)
    last = len(window.document.walk.stops) - 1
    window.stops.select_row(last)
    assert (up.isEnabled(), down.isEnabled(), remove.isEnabled()) == (True, False, True)

    harness.after_drawn(remove.trigger)  # the row after the last one is gone
    assert len(window.document.walk.stops) == last
    assert undo.isEnabled() and not down.isEnabled()
    harness.after_drawn(undo.trigger)
    assert len(window.document.walk.stops) == last + 1


def test_the_menus_know_the_action_table_and_not_the_window() -> None:
    for module in (actions, main_menus):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert "walkplanner.ui.main_window" not in imported, module.__name__


def test_a_stop_key_acts_in_the_stop_list_only(harness, qtbot) -> None:
    from PySide6.QtCore import Qt

    window = harness.open().window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach only the active window
    count = len(window.document.walk.stops)
    window.stops.select_row(1)
    window.library.list.setFocus()
    qtbot.keyClick(window.library.list, Qt.Key.Key_Delete)
    assert len(window.document.walk.stops) == count  # not a stop's key in the walk list
    window.stops.table.setFocus()
    harness.after_drawn(lambda: qtbot.keyClick(window.stops.table, Qt.Key.Key_Delete))
    assert len(window.document.walk.stops) == count - 1
