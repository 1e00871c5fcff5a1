"""The walk library's commands: open, new, duplicate and delete walks.

Each one saves the walk being edited first; if that save fails, nothing switches, so the
organiser's edits are never dropped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from walkplanner import APP_NAME
from walkplanner.core.demo import next_saturday
from walkplanner.core.model import DEFAULT_TIMEZONE, MeetingPoint, Walk
from walkplanner.i18n import tr, translated
from walkplanner.settings import Settings
from walkplanner.store.errors import StoreError
from walkplanner.store.repository import WalkRepository
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


def first_walk(walks: WalkRepository, settings: Settings) -> Walk:
    """The walk edited last time, else the newest one, else a new blank walk."""
    ids = [summary.id for summary in walks.summaries()]
    if settings.last_walk_id in ids:
        return walks.get(settings.last_walk_id)
    if ids:
        return walks.get(ids[0])
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

    def open_walk(self, walk_id: int) -> None:
        if walk_id == self._document.walk.id or not self._autosaver.save_now():
            return
        self._switch_to(lambda: self._walks.get(walk_id))

    def new_walk(self) -> None:
        if self._autosaver.save_now():
            self._switch_to(lambda: self._walks.add(blank_walk(self._settings)))

    def duplicate_walk(self, walk_id: int | None) -> None:
        if walk_id is not None and self._autosaver.save_now():
            self._switch_to(lambda: self._walks.duplicate(walk_id))

    def delete_walk(self, walk_id: int | None) -> None:
        if walk_id is None:
            return
        try:
            title = self._walks.get(walk_id).title
        except StoreError as error:
            self._warn(translated(error))
            return
        answer = QMessageBox.question(
            self._parent,
            self.tr("Delete walk"),
            self.tr("Delete “%1” and all its stops? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Delete | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Delete:
            return
        try:
            self._walks.delete(walk_id)
            if walk_id == self._document.walk.id:
                self._document.load(first_walk(self._walks, self._settings))
        except StoreError as error:
            self._warn(translated(error))
        self.refresh()

    def refresh(self) -> None:
        try:
            self._panel.show_walks(self._walks.summaries(), self._document.walk.id)
        except StoreError as error:
            self.problem.emit(translated(error))

    def _switch_to(self, make: Callable[[], Walk]) -> None:
        try:
            walk = make()
        except StoreError as error:
            self._warn(translated(error))
            return
        self._document.load(walk)
        self.refresh()

    def _warn(self, message: str) -> None:
        QMessageBox.warning(self._parent, APP_NAME, message)
