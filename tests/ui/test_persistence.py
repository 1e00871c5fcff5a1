"""Autosave, restart and the window layout."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from walkplanner.ui.actions import ActionId
from walkplanner.ui.autosave import DEBOUNCE_MS
from walkplanner.ui.operations.details import set_detail


def test_edits_survive_a_restart_with_the_same_walk_and_layout(harness, qtbot) -> None:
    window = harness.open().window
    window.library.new_requested.emit()
    new_id = window.document.walk.id
    harness.js_then_drawn(
        "WalkBridge.inspect().map.fire('click', {latlng: L.latLng(48.85, 2.35)}); 1"
    )
    set_detail(window.document, "title", "Sunday by the canal")
    window.resize(760, 540)
    window.findChild(QDockWidget, "LibraryDock").hide()
    size = (window.width(), window.height())
    qtbot.wait(DEBOUNCE_MS + 300)
    assert not window.autosaver.dirty
    harness.close()

    window = harness.open().window
    assert window.document.walk.id == new_id
    assert window.document.walk.title == "Sunday by the canal"
    assert window.document.walk.stops[0].position == (48.85, 2.35)
    assert (window.width(), window.height()) == size
    assert window.findChild(QDockWidget, "LibraryDock").isHidden()


def test_an_empty_title_is_refused_in_the_form_and_not_saved(harness, qtbot) -> None:
    window = harness.open().window
    title = window.document.walk.title
    window.details.title.clear()
    qtbot.keyClicks(window.details.title, "   ")
    assert window.document.walk.title == title
    assert window.details.message.isVisible()
    assert "title" in window.details.message.text()
    window.details.title.clear()
    qtbot.keyClicks(window.details.title, "Night walk")
    assert window.document.walk.title == "Night walk"
    assert window.details.message.text() == "" or window.details.message.isHidden()


def test_bad_meeting_position_shows_a_message_and_keeps_the_old_one(harness, qtbot) -> None:
    window = harness.open().window
    before = window.document.walk.meeting_point
    window.details.meeting_position.clear()
    qtbot.keyClicks(window.details.meeting_position, "95.0, 2.3")
    assert window.document.walk.meeting_point == before
    assert "Latitude" in window.details.message.text()
    window.details.meeting_position.clear()
    qtbot.keyClicks(window.details.meeting_position, "48.8600, 2.3400")
    assert window.document.walk.meeting_point.lat == 48.86


def test_stop_list_edits_are_undoable_and_reach_the_map(harness) -> None:
    window = harness.open().window
    model = window.stops.model
    harness.after_drawn(lambda: model.setData(model.index(1, 1), "Pont des Arts (photo)"))
    assert (
        harness.js("WalkBridge.inspect().layers.stops[1].options.title")
        == "2. Pont des Arts (photo)"
    )
    harness.after_drawn(lambda: model.setData(model.index(1, 4), 25))
    assert window.document.walk.stops[1].dwell_min == 25
    window.stops.select_row(3)
    harness.after_drawn(lambda: window.stops.reorder(3, 1))
    assert window.document.walk.stops[1].name.startswith("Quai de Montebello")
    for _ in range(3):
        harness.after_drawn(window.action(ActionId.UNDO).trigger)
    assert window.document.walk.stops[1].name == "Pont des Arts"


def test_dropping_a_row_reorders_the_stops(harness) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt
    from PySide6.QtGui import QDropEvent

    window = harness.open().window
    table = window.stops.table
    window.stops.select_row(3)
    target = table.visualRect(window.stops.model.index(1, 1)).center()
    mime = QMimeData()  # kept alive: the event only points at it
    event = QDropEvent(
        QPointF(target),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    harness.after_drawn(lambda: table.dropEvent(event))
    assert window.document.walk.stops[1].name.startswith("Quai de Montebello")
    copy = event.dropAction() == Qt.DropAction.CopyAction
    assert copy  # the view must not delete the source row after the move


def answer(monkeypatch, *replies) -> list[str]:
    """Message boxes answer in turn, as the organiser would; returns what they said."""
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    queue = list(replies)

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText  # titles are never HTML
        return queue.pop(0)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_walks_delete_walk_then_undo_brings_it_back_with_its_people(
    harness, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from walkplanner.core.crowd import Participant

    session = harness.open()
    window = session.window
    walk = window.document.walk
    session.store.participants.replace_participants(walk.id, [Participant("Ana")])
    window.library.new_requested.emit()
    other_id = window.document.walk.id
    window.walks.open_walk(walk.id)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)

    window.action(ActionId.DELETE_WALK).trigger()  # File → Delete walk, the real menu
    assert walk.title in asked[0] and "Undo" in asked[0]
    assert [s.id for s in session.store.repository.summaries()] == [other_id]
    assert window.document.walk.id == other_id
    assert window.library.list.count() == 1

    window.action(ActionId.UNDO).trigger()
    assert window.document.walk.id == walk.id
    assert window.document.walk.route == walk.route
    assert session.store.participants.participants(walk.id) == [Participant("Ana")]
    assert window.library.list.count() == 2
    window.action(ActionId.REDO).trigger()
    assert window.document.walk.id == other_id
    window.action(ActionId.UNDO).trigger()
    assert window.document.walk.title == walk.title


def test_cancel_keeps_the_walk(harness, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = harness.open().window
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    window.walks.delete_walk(window.document.walk.id)
    assert len(harness.session.store.repository.summaries()) == 1
    assert not window.document.undo_stack.canUndo()


def test_an_emptied_emergency_line_stays_empty_as_printed(harness, qtbot) -> None:
    """The paper leaves out an empty emergency line; the form used to store 112 instead,
    so what the organiser saw was not what was printed."""
    window = harness.open().window
    field = window.details.emergency_phone
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert window.document.walk.emergency_phone == ""
    qtbot.keyClicks(field, "15")
    assert window.document.walk.emergency_phone == "15"
