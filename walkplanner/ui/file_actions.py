"""File > Import…, Export…, Add to calendar, recent files, and files dropped on the window.

Imports run in the background (a long track takes a second or two) and land as a new
walk in one transaction; a file that cannot be read changes nothing and says why.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from walkplanner import APP_NAME
from walkplanner.core.model import Walk
from walkplanner.core.wording import file_stem
from walkplanner.exchange.files import EXPORTS, IMPORTS, export_walk, import_walk
from walkplanner.exchange.safety import ExchangeError
from walkplanner.i18n import translated
from walkplanner.placeholders import filled
from walkplanner.problem import Problem
from walkplanner.store.repository import WalkRepository
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.plain import menu_text, tooltip, warn
from walkplanner.ui.tasks import run_task

RECENT_KEY = "recent_files"
MAX_RECENT = 8


class FileActions(QObject):
    imported = Signal(object)  # the new Walk, already stored
    status = Signal(str)

    def __init__(self, walks: WalkRepository, state: QSettings, parent: QWidget) -> None:
        super().__init__(parent)
        self._walks = walks
        self._state = state
        self._memory = DialogMemory(state)
        self._calendar_folder: tempfile.TemporaryDirectory[str] | None = None
        self._parent = parent

    # --- import ---------------------------------------------------------------------

    def choose_import(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in IMPORTS)
        name, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import a walk"),
            self._memory.start_path("walk"),
            filled(self.tr("Routes and tracks (%1)"), patterns),
        )
        if name:
            self._memory.remember_folder("walk", Path(name))
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        self.status.emit(filled(self.tr("Importing %1…"), path.name))
        walks = self._walks
        run_task(
            lambda: walks.add(import_walk(path)),
            lambda walk: self._imported(path, walk),
            lambda error: self._failed(path, error),
            self,
        )

    def _imported(self, path: Path, walk: Walk) -> None:
        self._remember(path)
        self.status.emit(filled(self.tr("Imported “%1”."), walk.title))
        self.imported.emit(walk)

    def _failed(self, path: Path, error: Exception) -> None:
        message = (
            translated(error)
            if isinstance(error, Problem)
            else filled(self.tr("“%1” could not be imported: %2"), path.name, translated(error))
        )
        self.status.emit(message)
        warn(self._parent, APP_NAME, message)

    @staticmethod
    def can_import(path: Path) -> bool:
        return path.suffix.lower() in IMPORTS

    # --- export ---------------------------------------------------------------------

    def choose_export(self, walk: Walk, kind: str) -> None:
        suffix = EXPORTS[kind]
        slug = file_stem(walk.title)
        name, _filter = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export the walk"),
            self._memory.start_path("walk", f"{slug}{suffix}"),
            filled(self.tr("%1 file (*%2)"), kind.upper(), suffix),
        )
        if name:
            self._memory.remember_folder("walk", Path(name))
            self.export_file(walk, kind, Path(name))

    def export_file(self, walk: Walk, kind: str, path: Path) -> Path | None:
        try:
            written = export_walk(walk, kind, path, walk.link)
        except ExchangeError as error:
            warn(self._parent, APP_NAME, translated(error))
            return None
        self.status.emit(filled(self.tr("Saved %1"), written))
        return written

    def add_to_calendar(self, walk: Walk) -> None:
        """Write the event to a temporary .ics file and hand it to the calendar app.

        The calendar app reads the file after we return, so it lives in one folder for the
        whole session (replaced on each use), removed when the window closes."""
        if self._calendar_folder is None:
            folder = tempfile.TemporaryDirectory(prefix="walkplanner-calendar-")
            self.destroyed.connect(lambda _self=None: folder.cleanup())
            self._calendar_folder = folder
        written = self.export_file(walk, "ics", Path(self._calendar_folder.name) / "walk.ics")
        if written:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

    # --- recent files ---------------------------------------------------------------

    def recent(self) -> list[Path]:
        value = self._state.value(RECENT_KEY) or []
        return [Path(p) for p in (value if isinstance(value, list) else [value])]

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        for path in self.recent():
            action: QAction = menu.addAction(
                menu_text(path.name), lambda path=path: self.import_file(path)
            )
            action.setToolTip(tooltip(str(path)))
            action.setEnabled(path.exists())
        if menu.isEmpty():
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    def _remember(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent() if p != path]
        self._state.setValue(RECENT_KEY, paths[:MAX_RECENT])
