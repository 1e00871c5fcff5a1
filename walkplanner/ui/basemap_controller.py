"""View > Basemap: which map is under the walk, remembered between runs, and offline packs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from walkplanner import APP_NAME
from walkplanner.i18n import translated
from walkplanner.settings import Settings
from walkplanner.tiles.basemaps import Basemaps
from walkplanner.tiles.packs import PackError
from walkplanner.tiles.providers import TileProvider
from walkplanner.ui.dialog_memory import DialogMemory
from walkplanner.ui.plain import menu_text, warn

log = logging.getLogger(__name__)


class BasemapController(QObject):
    def __init__(
        self,
        basemaps: Basemaps,
        settings: Settings,
        persist: Callable[[], None],
        memory: DialogMemory,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._memory = memory
        self._basemaps = basemaps
        self._settings = settings
        self._persist = persist
        self._parent = parent
        self.current = self._initial()
        self._show: Callable[[TileProvider], None] = lambda _provider: None

    def attach(self, show: Callable[[TileProvider], None]) -> None:
        """`show` puts a basemap on the map (the map controller's set_basemap)."""
        self._show = show

    def tiles(self) -> object:
        return self._basemaps.source(self.current.key)

    def cached_tiles(self) -> object:
        return self._basemaps.cached_source(self.current.key)

    def fill_menu(self, menu: QMenu) -> None:
        menu.clear()
        group = QActionGroup(menu)
        for provider in self._basemaps.choices():
            action = menu.addAction(menu_text(provider.name))
            action.setCheckable(True)
            action.setChecked(provider.key == self.current.key)
            action.triggered.connect(lambda _on, provider=provider: self.use(provider))
            group.addAction(action)
        menu.addSeparator()
        menu.addAction(self.tr("Open offline map (MBTiles, PMTiles)…"), self.choose_pack)

    def use(self, provider: TileProvider) -> None:
        self.current = provider
        self._show(provider)
        pack = self._basemaps.pack_path(provider.key)
        self._settings.tile_provider = "osm" if pack else provider.key
        self._settings.offline_pack = str(pack) if pack else None
        self._persist()

    def choose_pack(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Open offline map"),
            self._memory.start_path("pack"),
            self.tr("Offline maps (*.mbtiles *.pmtiles)"),
        )
        if name:
            self._memory.remember_folder("pack", Path(name))
            self.use_pack(Path(name))

    def use_pack(self, path: Path) -> None:
        try:
            provider = self._basemaps.open_pack(path)
        except PackError as error:
            warn(self._parent, APP_NAME, translated(error))
            return
        self.use(provider)

    def _initial(self) -> TileProvider:
        if self._settings.offline_pack:
            try:
                return self._basemaps.open_pack(Path(self._settings.offline_pack))
            except PackError as error:
                log.warning("offline map not reopened: %s", error)
        return self._basemaps.provider(self._settings.tile_provider)
