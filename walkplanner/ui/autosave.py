"""Save the walk and its participants half a second after the last edit, and say so when
the disk refuses.

When a save fails (read-only folder, full disk) the walk stays in memory, the failure is
announced, and it tries again every few seconds and at every edit; nothing the organiser
made is dropped. When the store has a newer version of the walk (the command line saved
it meanwhile) nothing is overwritten, the participants included: `conflict` asks the
organiser which one to keep.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from walkplanner.core.validation import InvalidWalk
from walkplanner.i18n import translated
from walkplanner.store.errors import StoreBusy, StoreError, StoreReadOnly, WalkChanged, WalkNotFound
from walkplanner.store.repository import ParticipantRepository, WalkRepository
from walkplanner.ui.document import Change, Changes, WalkDocument

log = logging.getLogger(__name__)
DEBOUNCE_MS = 500
RETRY_MS = 10_000  # a full or read-only disk may be fixed while the app is open


class Autosaver(QObject):
    saved = Signal(int)  # walk id
    failed = Signal(str)  # a message for the organiser
    conflict = Signal()  # the store has another version of the walk; a handler may resolve it

    def __init__(
        self,
        document: WalkDocument,
        repository: WalkRepository,
        participants: ParticipantRepository,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._repository = repository
        self._participants = participants
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        document.changed.connect(self._mark_dirty)
        document.replaced.connect(self._forget)
        self._walk_dirty = False
        self._people_dirty = False
        self.pending_error: str | None = None

    @property
    def dirty(self) -> bool:
        return self._walk_dirty or self._people_dirty

    def _mark_dirty(self, changes: Changes) -> None:
        self._walk_dirty |= bool(changes.what & ~Change.PEOPLE)
        self._people_dirty |= bool(changes.what & Change.PEOPLE)
        self._timer.start(DEBOUNCE_MS)

    def _forget(self) -> None:
        """Another walk is on screen, as the store has it: nothing waits to be saved."""
        self._timer.stop()
        self._walk_dirty = self._people_dirty = False
        self.pending_error = None

    def save_before_leaving(self) -> bool:
        """save_now, once the field being typed in has given up what it shows: a start time
        or a table cell is read when it loses the focus, which a shortcut (Ctrl+N, Ctrl+W,
        closing) does not take from it, so what it showed was lost with the walk it left."""
        finish_typing()
        return self.save_now()

    def save_now(self) -> bool:
        """Write what is waiting; True when the store has the latest edit. The walk goes
        first, so the participants are written against the version just stored."""
        if not self.dirty:
            return True
        self._timer.stop()
        try:
            if self._walk_dirty:
                saved = self._repository.save(self._document.walk)
                self._walk_dirty = False
                self._document.adopt_saved(saved)
            if self._people_dirty:
                walk = self._document.walk
                people = list(self._document.participants)
                self._participants.replace_participants(walk.id or 0, people, walk.version)
                self._people_dirty = False
        except (WalkChanged, WalkNotFound) as error:
            self._refused(error)
            self.conflict.emit()  # resolved at once (reload, keep a copy) or left for later
            return not self.dirty
        except (StoreError, InvalidWalk) as error:
            self._refused(error)
            self.failed.emit(self.pending_error)
            if isinstance(error, StoreReadOnly | StoreBusy):
                self._timer.start(RETRY_MS)
            return False
        self.pending_error = None
        self.saved.emit(self._document.walk.id or 0)
        return True

    def _refused(self, error: Exception) -> None:
        log.info("autosave refused: %s", error)
        self.pending_error = translated(error)


def finish_typing() -> None:
    """Take the focus from the widget being typed in, so that it hands in its value now."""
    if (typing := QApplication.focusWidget()) is not None:
        typing.clearFocus()
