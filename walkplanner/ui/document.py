"""The walk being edited, its participants, its undo history and its derived timings.

Widgets never change the walk themselves: they call the edit layer (ui/operations), whose
undo commands hand the document a new immutable walk and participant list. The document
then emits one `changed(Changes)` saying what changed and who asked, so each view updates
only that. The schedule is computed once per change and shared by every view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Flag, auto

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.core.schedule import Schedule, plan

PeopleOf = Callable[[Walk], list[Participant]]


class Change(Flag):
    """What an edit touched; a view ignores the changes it does not show."""

    ROUTE = auto()  # stops or legs, by the organiser
    DETAILS = auto()  # a field of the walk other than its route
    PEOPLE = auto()  # the participant list
    ROUTING = auto()  # legs refined by the router: not an edit, never an undo step


@dataclass(frozen=True)
class Rows:
    """Which rows of a list an edit touched, so a table can update just those.

    `removed` counts in the old list, `inserted` and `edited` in the new one; `moved` is
    (source, destination) with the destination in the new list. `known` False: the edit
    may have changed any row (an import), so a view refreshes them all (still no reset).
    """

    edited: tuple[int, ...] = ()
    inserted: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    moved: tuple[int, int] | None = None
    known: bool = True

    def inverted(self) -> Rows:
        """The same rows seen from the undo side."""
        moved = (self.moved[1], self.moved[0]) if self.moved else None
        return Rows(self.edited, self.removed, self.inserted, moved, self.known)


ANY_ROWS = Rows(known=False)


@dataclass(frozen=True)
class Changes:
    what: Change
    stops: Rows = ANY_ROWS
    people: Rows = ANY_ROWS
    initiator: object | None = None  # the view that asked for the edit, if any

    def inverted(self) -> Changes:
        return replace(self, stops=self.stops.inverted(), people=self.people.inverted())


@dataclass(frozen=True)
class State:
    """Everything an undo step restores: the walk and who is coming."""

    walk: Walk
    people: tuple[Participant, ...]


class WalkDocument(QObject):
    changed = Signal(object)  # a Changes: an edit, an undo, a redo, a routing result
    replaced = Signal()  # another walk is now being edited
    refused = Signal(str)  # an edit the walk cannot take, and why, for the organiser

    def __init__(
        self, walk: Walk, people_of: PeopleOf = lambda _walk: [], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._people_of = people_of
        self._state = State(walk, tuple(people_of(walk)))
        self._schedule = plan(walk)

    @property
    def walk(self) -> Walk:
        return self._state.walk

    @property
    def participants(self) -> tuple[Participant, ...]:
        return self._state.people

    @property
    def state(self) -> State:
        return self._state

    @property
    def schedule(self) -> Schedule:
        return self._schedule

    def load(self, walk: Walk) -> None:
        """Edit another walk from a clean history; if its people cannot be read (a damaged
        walk), nothing changes, the history included."""
        self.show(walk)
        self.undo_stack.clear()

    def people_of(self, walk: Walk) -> list[Participant]:
        """The stored participants of `walk`, as this document reads them."""
        return list(self._people_of(walk))

    def show(self, walk: Walk) -> None:
        """Edit another walk and keep the undo history: deleting a walk is itself an undo step."""
        self._state = State(walk, tuple(self._people_of(walk)))
        self._schedule = plan(walk)
        self.replaced.emit()

    def apply(self, state: State, changes: Changes) -> None:
        """Take a new state; only undo commands and routing results call this."""
        current = self._state.walk
        if state.walk.id == current.id and state.walk.version != current.version:
            # An undo step keeps the walk as edited, not the store's bookkeeping since.
            stored = {"created_at": current.created_at, "updated_at": current.updated_at}
            state = replace(state, walk=replace(state.walk, version=current.version, **stored))
        walk_changed = state.walk is not current
        self._state = state
        if walk_changed:
            self._schedule = plan(state.walk)
        self.changed.emit(changes)

    def refine_route(self, walk: Walk) -> None:
        """The router's better legs for the current walk: applied, not an undo step."""
        self.apply(replace(self._state, walk=walk), Changes(Change.ROUTING))

    def adopt_saved(self, saved: Walk) -> None:
        """Take the ids and timestamps the store gave, without touching the edits since."""
        walk = replace(
            self.walk,
            id=saved.id,
            created_at=saved.created_at,
            updated_at=saved.updated_at,
            version=saved.version,
        )
        self._state = replace(self._state, walk=walk)
