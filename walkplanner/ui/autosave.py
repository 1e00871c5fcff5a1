"""Save the walk half a second after the last edit, and say so when the disk refuses.

When a save fails (read-only folder, full disk) the walk stays in memory, the failure is
announced, and every later edit tries again; nothing the organiser made is dropped.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from walkplanner.core.validation import InvalidWalk
from walkplanner.i18n import translated
from walkplanner.store.errors import StoreError
from walkplanner.store.repository import WalkRepository
from walkplanner.ui.document import WalkDocument

log = logging.getLogger(__name__)
DEBOUNCE_MS = 500


class Autosaver(QObject):
    saved = Signal(int)  # walk id
    failed = Signal(str)  # a message for the organiser

    def __init__(
        self, document: WalkDocument, repository: WalkRepository, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._repository = repository
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.save_now)
        document.changed.connect(self._mark_dirty)
        self.dirty = False
        self.pending_error: str | None = None

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._timer.start()

    def save_now(self) -> bool:
        """Write the walk if anything is waiting; True when the store has the latest edit."""
        if not self.dirty:
            return True
        self._timer.stop()
        try:
            saved = self._repository.save(self._document.walk)
        except (StoreError, InvalidWalk) as error:
            log.error("autosave failed: %s", error)
            self.pending_error = translated(error)
            self.failed.emit(self.pending_error)
            return False
        self.dirty = False
        self.pending_error = None
        self._document.adopt_saved(saved)
        self.saved.emit(saved.id or 0)
        return True
