"""Undoable edits. Routes are immutable values, so a command keeps two references."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from walkplanner.core.model import Route, Stop, StopKind
from walkplanner.i18n import tr
from walkplanner.ui.document import WalkDocument

_FIELD_COMMAND_ID = 1000


class RouteEdit(QUndoCommand):
    """Any change to the stops or legs: add, insert, move, remove, reorder, edit."""

    def __init__(self, document: WalkDocument, route: Route, text: str) -> None:
        super().__init__(text)
        self._document = document
        self._before = document.walk.route
        self._after = route

    def redo(self) -> None:
        self._document.set_route(self._after)

    def undo(self) -> None:
        self._document.set_route(self._before)


def stop_added(
    document: WalkDocument, index: int, lat: float, lon: float, name: str = ""
) -> RouteEdit:
    """A stop added from the map or the stop list: named after the place it takes in the
    walk unless it has a name, and the first one is the start."""
    route = document.walk.route
    kind = StopKind.WAYPOINT if route.stops else StopKind.START
    name = name or tr("Stop %1").replace("%1", str(index + 1))
    return RouteEdit(document, route.inserted(index, Stop(name, lat, lon, kind)), tr("Add stop"))


class FieldEdit(QUndoCommand):
    """A change to one detail of the walk; typing into one field merges into one step."""

    def __init__(
        self, document: WalkDocument, field: str, value: object, text: str, *, typing: bool = False
    ) -> None:
        super().__init__(text)
        self._document = document
        self._field = field
        self._before = getattr(document.walk, field)
        self._after = value
        self._typing = typing

    def id(self) -> int:
        return _FIELD_COMMAND_ID if self._typing else -1  # -1: Qt never merges it

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEdit) or not other._typing or other._field != self._field:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        self._document.set_field(self._field, self._after)

    def undo(self) -> None:
        self._document.set_field(self._field, self._before)
