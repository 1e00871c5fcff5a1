"""The panels around the map: docked as their table says, refreshed together when another
walk opens, and each one asked before the window closes."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget

from walkplanner.ui.docks import DOCKS


def test_the_docks_follow_their_table_and_the_view_menu_lists_them(harness) -> None:
    window = harness.open().window
    assert [dock.objectName() for dock in window.findChildren(QDockWidget)] != []
    assert list(window.docks) == [spec.name for spec in DOCKS]
    for spec in DOCKS:
        if spec.behind:
            tabs = window.tabifiedDockWidgets(window.docks[spec.behind])
            assert window.docks[spec.name] in tabs
    toggles = [dock.toggleViewAction() for dock in window.docks.values()]
    view = next(
        action.menu()
        for action in window.menuBar().actions()
        if toggles[0] in action.menu().actions()
    )
    assert [a for a in view.actions() if a in toggles] == toggles


def test_every_panel_shows_the_walk_that_opens(harness, monkeypatch) -> None:
    window = harness.open().window
    refreshed: list[str] = []
    for panel in window.panels:
        monkeypatch.setattr(
            panel, "refresh", lambda panel=panel: refreshed.append(type(panel).__name__)
        )
    window.library.new_requested.emit()
    assert refreshed == [
        "LibraryController",
        "DetailsForm",
        "StopPanel",
        "PeoplePanel",
        "PlacesPanel",
    ]


def test_a_panel_that_cannot_close_keeps_the_window_open(harness, monkeypatch) -> None:
    window = harness.open().window
    monkeypatch.setattr(window.people, "can_close", lambda: False)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.undo()
    assert window.close()
