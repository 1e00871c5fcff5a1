"""The walk being edited, its undo history and its derived timings.

Widgets never change the walk themselves: they push commands (ui/commands.py) and
listen to `changed`. The schedule is computed once per change and shared by the map,
the stop list and the status bar.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from walkplanner.core.model import Route, Walk
from walkplanner.core.schedule import Schedule, plan


class WalkDocument(QObject):
    changed = Signal()  # any edit, undo or redo of the current walk
    replaced = Signal()  # another walk is now being edited

    def __init__(self, walk: Walk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._walk = walk
        self._schedule = plan(walk)

    @property
    def walk(self) -> Walk:
        return self._walk

    @property
    def schedule(self) -> Schedule:
        return self._schedule

    def load(self, walk: Walk) -> None:
        self.undo_stack.clear()
        self.show(walk)

    def show(self, walk: Walk) -> None:
        """Edit another walk and keep the undo history: deleting a walk is itself an undo step."""
        self._walk = walk
        self._schedule = plan(walk)
        self.replaced.emit()

    def set_route(self, route: Route) -> None:
        self._walk = replace(self._walk, route=route)
        self._refresh()

    def set_field(self, name: str, value: object) -> None:
        self._walk = replace(self._walk, **{name: value})
        self._refresh()

    def adopt_saved(self, saved: Walk) -> None:
        """Take the ids and timestamps the store gave, without touching the edits since."""
        self._walk = replace(
            self._walk,
            id=saved.id,
            created_at=saved.created_at,
            updated_at=saved.updated_at,
            version=saved.version,
        )

    def _refresh(self) -> None:
        self._schedule = plan(self._walk)
        self.changed.emit()
