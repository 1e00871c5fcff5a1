"""The export dialogs, opened one way: each gets a snapshot of the walk and of who is
coming, the current basemap's tiles and credit, and the window's dialog memory.

A snapshot, because the dialogs render in the background while the organiser may go on
editing; each dialog is modeless and deletes itself when closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from walkplanner.core.crowd import Participant
from walkplanner.core.model import Walk
from walkplanner.render.static_map import TileSource
from walkplanner.ui.basemap_controller import BasemapController
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.document import WalkDocument


class ExportDialogs:
    def __init__(
        self,
        document: WalkDocument,
        basemaps: BasemapController,
        memory: DialogMemory,
        parent: QWidget,
    ) -> None:
        self._document = document
        self._basemaps = basemaps
        self._memory = memory
        self._parent = parent

    def card(self) -> None:
        from walkplanner.ui.card_dialog import CardDialog

        self._open(CardDialog(*self._snapshot(), self._memory, self._parent))

    def video(self) -> None:
        from walkplanner.ui.video_dialog import VideoDialog

        self._open(VideoDialog(*self._snapshot(), self._memory, self._parent))

    def page(self) -> None:
        from walkplanner.ui.page_dialog import PageDialog

        self._open(PageDialog(*self._snapshot(), self._memory, self._parent))

    def handouts(self) -> None:
        from walkplanner.ui.handout_dialog import HandoutDialog

        walk, people, tiles, credit = self._snapshot()
        cached = self._basemaps.cached_tiles()
        self._open(
            HandoutDialog(walk, tiles, cached, credit, self._memory, self._parent, people=people)
        )

    def _snapshot(self) -> tuple[Walk, list[Participant], TileSource | None, str]:
        basemaps = self._basemaps
        people = list(self._document.participants)
        return self._document.walk, people, basemaps.tiles(), basemaps.current.attribution

    @staticmethod
    def _open(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
