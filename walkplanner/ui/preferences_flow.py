"""Preferences, applied: what the organiser chose reaches the services at once (basemap,
router, geocoder, the tile cache's size); only a new language waits for the window to be
built again, which the window offers itself."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from walkplanner.routing.osrm import OsrmClient
from walkplanner.settings import Settings
from walkplanner.ui.basemap_controller import BasemapController
from walkplanner.ui.services import Services


def edit_preferences(
    parent: QWidget, services: Services, settings: Settings, basemaps: BasemapController
) -> bool | None:
    """Show Preferences and apply them: None when cancelled, else whether the language
    changed. The caller saves the settings."""
    from walkplanner.ui.preferences_dialog import MB, PreferencesDialog

    dialog = PreferencesDialog(
        settings,
        services.basemaps.cache,
        services.data_dir,
        services.basemaps.choices(),
        basemaps.current.key,
        parent,
    )
    if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
        return None
    language = settings.language
    dialog.apply_to(settings)
    basemap = dialog.chosen_basemap()
    if basemap and basemap != basemaps.current.key:
        basemaps.use(services.basemaps.provider(basemap))
    services.basemaps.cache.trim(settings.tile_cache_mb * MB)
    services.router.client = OsrmClient(settings.routing_url or None)
    services.search.set_endpoint(settings.geocoder_url or None)
    return settings.language != language
