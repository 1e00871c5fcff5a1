"""The walk library's commands: open, new, duplicate and delete walks.

Each one saves the walk being edited first; if that save fails, nothing switches, so the
organiser's edits are never dropped. Deleting is an undo step like any edit. When the
store has a newer version of the walk on screen, the organiser chooses which to keep.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from walkplanner import APP_NAME
from walkplanner.core.demo import next_saturday
from walkplanner.core.model import DEFAULT_TIMEZONE, MeetingPoint, Walk
from walkplanner.i18n import tr, translated
from walkplanner.placeholders import filled
from walkplanner.settings import Settings
from walkplanner.store.errors import DamagedWalk, StoreError
from walkplanner.store.repository import RemovedWalk, WalkRepository
from walkplanner.ui.autosave import Autosaver
from walkplanner.ui.document import WalkDocument
from walkplanner.ui.library_panel import LibraryPanel
from walkplanner.ui.map_page import PARIS


def blank_walk(settings: Settings) -> Walk:
    """Next Saturday at two, in Paris, at the organiser's usual pace and group size."""
    return Walk(
        title=tr("New walk"),
        date=next_saturday(dt.date.today()),
        start_time=dt.time(14, 0),
        meeting_point=MeetingPoint(tr("Meeting point"), *PARIS),
        timezone=DEFAULT_TIMEZONE,
        pace_kmh=settings.default_pace_kmh,
        group_size=settings.default_group_size,
    )


def first_walk(
    walks: WalkRepository,
    settings: Settings,
    people_of: Callable[[Walk], object],
    damaged: Callable[[DamagedWalk], None],
) -> Walk:
    """The walk edited last time, else the newest one, else a new blank walk. A walk whose
    data is damaged (its rows, or its participants through `people_of`) is passed over and
    handed to `damaged`: it stays in the library, to be deleted or restored from a backup."""
    ids = [summary.id for summary in walks.summaries()]
    if settings.last_walk_id in ids:
        ids.remove(settings.last_walk_id)
        ids.insert(0, settings.last_walk_id)
    for walk_id in ids:
        try:
            walk = walks.get(walk_id)
            people_of(walk)
        except DamagedWalk as error:
            damaged(error)
            continue
        return walk
    return walks.add(blank_walk(settings))


class LibraryController(QObject):
    problem = Signal(str)

    def __init__(
        self,
        document: WalkDocument,
        autosaver: Autosaver,
        walks: WalkRepository,
        panel: LibraryPanel,
        settings: Settings,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._document = document
        self._autosaver = autosaver
        self._walks = walks
        self._panel = panel
        self._parent = parent
        panel.activated.connect(self.open_walk)
        panel.new_requested.connect(self.new_walk)
        panel.duplicate_requested.connect(self.duplicate_walk)
        panel.delete_requested.connect(self.delete_walk)
        autosaver.conflict.connect(self.resolve_conflict)

    def open_walk(self, walk_id: int) -> None:
        if walk_id == self._document.walk.id or not self._autosaver.save_before_leaving():
            return
        self._switch_to(lambda: self._walks.get(walk_id))

    def new_walk(self) -> None:
        if self._autosaver.save_before_leaving():
            self._switch_to(lambda: self._walks.add(blank_walk(self._settings)))

    def duplicate_walk(self, walk_id: int | None) -> None:
        if walk_id is not None and self._autosaver.save_before_leaving():
            self._switch_to(lambda: self._walks.duplicate(walk_id))

    def delete_walk(self, walk_id: int | None) -> None:
        if walk_id is None or not self._autosaver.save_before_leaving():
            return
        try:
            title = self._walks.get(walk_id).title
        except DamagedWalk:
            self._delete_damaged(walk_id)
            return
        except StoreError as error:
            self._warn(translated(error))
            return
        answer = self._ask(
            QMessageBox.Icon.Question,
            filled(
                self.tr("Delete “%1” with its stops and participants? Edit → Undo brings it back."),
                title,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        current = walk_id == self._document.walk.id
        removed = self.take_away(walk_id, current=current)
        if removed is not None:
            self._document.undo_stack.push(
                WalkDeletion(self, removed, current, self.tr("Delete walk"))
            )

    def _delete_damaged(self, walk_id: int) -> None:
        """A walk whose data cannot be read can still go, but no undo can bring it back."""
        title = next((s.title for s in self._walks.summaries() if s.id == walk_id), str(walk_id))
        answer = self._ask(
            QMessageBox.Icon.Warning,
            filled(
                self.tr(
                    "“%1” is damaged and cannot be opened. Delete it? Undo cannot bring it "
                    "back; a backup of the database can."
                ),
                title,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._walks.delete(walk_id)
        except StoreError as error:
            self._warn(translated(error))
        self.refresh()

    def take_away(self, walk_id: int, *, current: bool) -> RemovedWalk | None:
        """Delete a walk (showing another if it was on screen); None when the store refuses."""
        if current and not self._autosaver.save_before_leaving():
            return None  # its latest edits go into the undo step, or nothing happens
        try:
            removed = self._walks.delete(walk_id)
        except StoreError as error:
            self._warn(translated(error))
            return None
        if current:
            try:
                self._document.show(
                    first_walk(
                        self._walks,
                        self._settings,
                        self._document.people_of,
                        lambda passed_over: self.problem.emit(translated(passed_over)),
                    )
                )
            except StoreError as error:  # the deletion stands and stays undoable
                self._warn(translated(error))
        self.refresh()
        return removed

    def bring_back(self, removed: RemovedWalk, *, current: bool) -> Walk | None:
        """Undo a deletion: the walk returns, on screen again if it was; None when refused."""
        try:
            walk = self._walks.restore(removed)
        except StoreError as error:
            self._warn(translated(error))
            return None
        if current:
            self._document.show(walk)
        self.refresh()
        return walk

    def resolve_conflict(self) -> None:
        """The store has another version of the walk on screen (the command line or another
        window saved it, or deleted it): reload it, or keep this window's copy as a new walk.
        Neither side is dropped without the organiser choosing."""
        walk = self._document.walk
        changed = self.tr(
            "“%1” was changed outside this window (by the command line or another "
            "window) since it was opened here, so this window's edits were not saved over "
            "it.\n\nReload the walk as it is now stored (this window's recent edits are "
            "dropped), or keep this window's copy as a new walk?"
        )
        answer = self._ask(
            QMessageBox.Icon.Warning,
            filled(changed, walk.title),
            QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Cancel,
            labels={
                QMessageBox.StandardButton.Discard: self.tr("Reload the stored walk"),
                QMessageBox.StandardButton.Save: self.tr("Keep mine as a new walk"),
                QMessageBox.StandardButton.Cancel: self.tr("Decide later"),
            },
        )
        if answer == QMessageBox.StandardButton.Discard and walk.id is not None:
            self._switch_to(lambda: self._walks.get(walk.id))
        elif answer == QMessageBox.StandardButton.Save:
            title = filled(self.tr("%1 (my copy)"), walk.title)
            people = list(self._document.participants)  # this window's, maybe unsaved
            self._switch_to(lambda: self._walks.add_copy(walk, title, people))

    def can_close(self) -> bool:
        """The library holds nothing unsaved: every walk it lists is in the store."""
        return True

    def refresh(self) -> None:
        """List the walks again, the one being edited marked."""
        try:
            self._panel.show_walks(self._walks.summaries(), self._document.walk.id)
        except StoreError as error:
            self.problem.emit(translated(error))

    def _switch_to(self, make: Callable[[], Walk]) -> None:
        """Show the walk `make` gives; a store that refuses (a damaged walk, a busy file)
        is said, and the walk on screen stays."""
        try:
            self._document.load(make())  # the window refreshes its docks, this list included
        except StoreError as error:
            self._warn(translated(error))

    def _ask(
        self,
        icon: QMessageBox.Icon,
        text: str,
        buttons: QMessageBox.StandardButton,
        labels: dict[QMessageBox.StandardButton, str] | None = None,
    ) -> QMessageBox.StandardButton:
        """A question whose text (walk titles included) is shown as plain text, never HTML."""
        box = QMessageBox(icon, APP_NAME, text, buttons, self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        for button, label in (labels or {}).items():
            box.button(button).setText(label)
        return QMessageBox.StandardButton(box.exec())

    def _warn(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()


class WalkDeletion(QUndoCommand):
    """Deleting a walk as one undo step: undo puts it back with its participants, under the
    same id unless a new walk took it. Pushed once the walk is deleted."""

    def __init__(
        self, library: LibraryController, removed: RemovedWalk, current: bool, text: str
    ) -> None:
        super().__init__(text)
        self._library = library
        self._removed = removed
        self._walk_id = removed.walk.id or 0
        self._current = current
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True  # the deletion itself happened before the push
            return
        removed = self._library.take_away(self._walk_id, current=self._current)
        if removed is None:
            self.setObsolete(True)  # the store refused: this step no longer matches it
        else:
            self._removed = removed

    def undo(self) -> None:
        walk = self._library.bring_back(self._removed, current=self._current)
        if walk is None:
            self.setObsolete(True)
        else:
            self._walk_id = walk.id or 0
