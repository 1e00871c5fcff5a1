"""One main window and the services behind it, built in the order that starts fastest.

The map page starts loading first: Chromium's process spins up while Python opens the
store and builds the widgets. `Session.close` releases everything in the order Qt
WebEngine needs (the page before its profile).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QThreadPool
from PySide6.QtWebEngineCore import QWebEngineProfile

from walkplanner import i18n, warmup
from walkplanner.tiles.cache import TileCache
from walkplanner.ui.map_page import cached_map_page
from walkplanner.ui.map_view import MapProfile, MapView
from walkplanner.ui.web_scheme import AppSchemeHandler

if TYPE_CHECKING:
    from walkplanner.store import Store
    from walkplanner.tiles.basemaps import Basemaps
    from walkplanner.ui.main_window import MainWindow


@dataclass
class Session:
    store: Store
    tile_cache: TileCache
    basemaps: Basemaps
    handler: AppSchemeHandler
    profile: QWebEngineProfile
    window: MainWindow

    def close(self) -> None:
        # Background work (routing, renders, the cache trim) ends before what it uses does.
        QThreadPool.globalInstance().waitForDone(15_000)
        self.handler.wait_for_tiles()
        shiboken6.delete(self.window)
        shiboken6.delete(self.profile)
        self.handler.wait_for_tiles()
        self.basemaps.close()
        self.tile_cache.close()
        self.store.close()


def open_session(
    data_dir: Path, *, offline: bool, open_store: Callable[[Path], Store] | None = None
) -> Session:
    """Build the window; the heavy imports happen after the page has started loading."""
    cache_dir = data_dir / "cache"
    tile_cache = TileCache(cache_dir / "tiles.sqlite")
    handler = AppSchemeHandler(lambda: cached_map_page(cache_dir), QCoreApplication.instance())
    profile = MapProfile(data_dir / "web", handler, None)
    map_view = MapView(profile)  # starts loading now, while the store opens
    warmup.wait(lambda: QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5))
    from walkplanner.geocode.search import PlaceSearch
    from walkplanner.routing.legs import LegRouter
    from walkplanner.routing.osrm import OsrmClient
    from walkplanner.settings import Settings
    from walkplanner.store import open_store as open_default_store
    from walkplanner.tiles.basemaps import Basemaps
    from walkplanner.ui.main_window import MainWindow
    from walkplanner.ui.services import Services

    try:
        store = (open_store or open_default_store)(data_dir)
    except BaseException:
        shiboken6.delete(map_view)
        shiboken6.delete(profile)
        tile_cache.close()
        raise
    settings = Settings.load(store.repository)
    i18n.install(QCoreApplication.instance(), i18n.resolve(settings.language))
    basemaps = Basemaps(tile_cache, offline=offline)
    handler.tile_source = basemaps.source
    limit = settings.tile_cache_mb * 1024 * 1024
    QThreadPool.globalInstance().start(lambda: tile_cache.trim(limit))
    window_state = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)
    services = Services(
        walks=store.repository,
        places=store.places,
        participants=store.participants,
        basemaps=basemaps,
        router=LegRouter(
            OsrmClient(settings.routing_url or None), store.repository, offline=offline
        ),
        search=PlaceSearch(store.places, endpoint=settings.geocoder_url or None, offline=offline),
        data_dir=data_dir,
    )
    window = MainWindow(services, settings, window_state, map_view)
    return Session(store, tile_cache, basemaps, handler, profile, window)
