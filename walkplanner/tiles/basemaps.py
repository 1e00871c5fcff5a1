"""Every basemap the app can show: online providers sharing one tile cache and policy,
and offline packs opened by the user. The map view, the cards and the handouts all ask
here for tiles, so they always agree on what is shown and credited."""

from __future__ import annotations

import logging
from pathlib import Path

from walkplanner.tiles.cache import TileCache
from walkplanner.tiles.fetcher import TileService
from walkplanner.tiles.packs import TilePack
from walkplanner.tiles.providers import PROVIDERS, TileProvider, get_provider

log = logging.getLogger(__name__)

TileSourceLike = TileService | TilePack
DEFAULT_BASEMAP = "osm"


class Basemaps:
    def __init__(self, cache: TileCache, *, offline: bool) -> None:
        self.cache = cache
        self._offline = offline
        self._services: dict[str, TileService] = {}
        self._packs: dict[str, TilePack] = {}

    def choices(self) -> list[TileProvider]:
        return [get_provider(key) for key in PROVIDERS] + [p.provider for p in self._packs.values()]

    def provider(self, key: object) -> TileProvider:
        """The basemap `key`; an unknown one (settings from another version, edited by
        hand) falls back to the default basemap, with a log line, rather than failing."""
        if isinstance(key, str) and key in self._packs:
            return self._packs[key].provider
        if not (isinstance(key, str) and key in PROVIDERS):
            log.warning("unknown basemap %r; showing %s instead", key, DEFAULT_BASEMAP)
            key = DEFAULT_BASEMAP
        return get_provider(key)

    def source(self, key: str) -> TileSourceLike | None:
        """The tiles of basemap `key`, or None for a basemap the app does not know."""
        if key in self._packs:
            return self._packs[key]
        if key not in PROVIDERS:
            return None
        if key not in self._services:
            self._services[key] = TileService(self.cache, get_provider(key), offline=self._offline)
        return self._services[key]

    def cached_source(self, key: str) -> TileSourceLike | None:
        """The same tiles without any network: what is cached (or in the pack) only."""
        if key in self._packs:
            return self._packs[key]
        return (
            TileService(self.cache, get_provider(key), offline=True) if key in PROVIDERS else None
        )

    def open_pack(self, path: Path) -> TileProvider:
        """Open an MBTiles or PMTiles file (PackError says what is wrong with it). The same
        file unchanged is the pack already open; a file replaced on disk since is opened
        afresh under a new key, and the reader of the old one is closed, so neither the map
        nor a card shows the old tiles or gets the new file's bytes from the old reader."""
        pack = TilePack(path)
        known = self._packs.get(pack.provider.key)
        if known is not None:
            pack.close()
            return known.provider
        for key, old in list(self._packs.items()):
            if old.place == pack.place:
                del self._packs[key]
                old.close()
        self._packs[pack.provider.key] = pack
        return pack.provider

    def pack_path(self, key: str) -> Path | None:
        pack = self._packs.get(key)
        return pack.path if pack else None

    def close(self) -> None:
        for pack in self._packs.values():
            pack.close()
        self._packs.clear()
