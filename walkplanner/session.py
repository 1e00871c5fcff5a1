"""One main window and the services behind it, built in the order that starts fastest.

The map page starts loading first: Chromium's process spins up while Python opens the
store and builds the widgets. `Session.close` waits only for work that must finish, drops
the rest, and releases everything in the order Qt WebEngine needs (the page before its
profile).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWebEngineCore import QWebEngineProfile

from walkplanner import i18n, warmup
from walkplanner.tiles.cache import TileCache
from walkplanner.ui.map_page import cached_map_page
from walkplanner.ui.map_view import MapProfile, MapView
from walkplanner.ui.tasks import TaskRunner
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
    tasks: TaskRunner

    def close(self) -> None:
        """Once the window has closed (and saved the walk): exports and imports finish,
        routing, searches and tiles are dropped, then the page goes before its profile."""
        self.tasks.close()
        self.handler.stop_tiles()
        shiboken6.delete(self.window)
        shiboken6.delete(self.profile)
        self.basemaps.close()
        self.tile_cache.close()
        self.store.close()


def open_session(
    data_dir: Path, *, offline: bool, open_store: Callable[[Path], Store] | None = None
) -> Session:
    """Build the window while the page loads; what only edits, tiles and routes need is
    imported once the walk is drawn (walkplanner.warmup)."""
    cache_dir = data_dir / "cache"
    tile_cache = TileCache(cache_dir / "tiles.sqlite")
    handler = AppSchemeHandler(lambda: cached_map_page(cache_dir), QCoreApplication.instance())
    profile = MapProfile(data_dir / "web", handler, None)
    map_view = MapView(profile)  # starts loading now, while the store opens
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
    tasks = TaskRunner(window)
    limit = settings.tile_cache_mb * 1024 * 1024

    def trim(*_drawn: object) -> None:
        """After the first draw: a big cache's scan would slow the start."""
        tasks.run(lambda: tile_cache.trim(limit), _ignore, _ignore, window)

    window.map.drawn.connect(trim, Qt.ConnectionType.SingleShotConnection)
    window.map.drawn.connect(lambda *_: warmup.start(), Qt.ConnectionType.SingleShotConnection)
    return Session(store, tile_cache, basemaps, handler, profile, window, tasks)


def _ignore(_result: object) -> None:
    """The cache trim reports nothing: it logs what it removed, or why it failed."""
