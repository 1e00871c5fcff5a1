"""Save the walk half a second after the last edit, and say so when the disk refuses.

When a save fails (read-only folder, full disk) the walk stays in memory, the failure is
announced, and it tries again every few seconds and at every edit; nothing the organiser
made is dropped. When the store has a newer version of the walk (the command line saved
it meanwhile) nothing is overwritten: `conflict` asks the organiser which one to keep.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from walkplanner.core.validation import InvalidWalk
from walkplanner.i18n import translated
from walkplanner.store.errors import StoreBusy, StoreError, StoreReadOnly, WalkChanged, WalkNotFound
from walkplanner.store.repository import WalkRepository
from walkplanner.ui.document import WalkDocument

log = logging.getLogger(__name__)
DEBOUNCE_MS = 500
RETRY_MS = 10_000  # a full or read-only disk may be fixed while the app is open


class Autosaver(QObject):
    saved = Signal(int)  # walk id
    failed = Signal(str)  # a message for the organiser
    conflict = Signal()  # the store has another version of the walk; a handler may resolve it

    def __init__(
        self, document: WalkDocument, repository: WalkRepository, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._repository = repository
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        document.changed.connect(self._mark_dirty)
        document.replaced.connect(self._forget)
        self.dirty = False
        self.pending_error: str | None = None

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._timer.start(DEBOUNCE_MS)

    def _forget(self) -> None:
        """Another walk is on screen, as the store has it: nothing waits to be saved."""
        self._timer.stop()
        self.dirty = False
        self.pending_error = None

    def save_now(self) -> bool:
        """Write the walk if anything is waiting; True when the store has the latest edit."""
        if not self.dirty:
            return True
        self._timer.stop()
        try:
            saved = self._repository.save(self._document.walk)
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
        self.dirty = False
        self.pending_error = None
        self._document.adopt_saved(saved)
        self.saved.emit(saved.id or 0)
        return True

    def _refused(self, error: Exception) -> None:
        log.info("autosave refused: %s", error)
        self.pending_error = translated(error)
