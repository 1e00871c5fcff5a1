"""The app's preferences, typed, kept in the walk store (window geometry is QSettings')."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Protocol

SETTINGS_KEY = "app_settings"


class SettingsStore(Protocol):
    def get_setting(self, key: str, default: object = None) -> object: ...
    def set_setting(self, key: str, value: object) -> None: ...


@dataclass
class Settings:
    last_walk_id: int | None = None
    tile_provider: str = "osm"
    offline_pack: str | None = None
    tile_cache_mb: int = 500
    routing_url: str = ""  # empty: the default public foot router
    geocoder_url: str = ""  # empty: nominatim.openstreetmap.org
    language: str = ""  # empty: the system's language when we have it, else English
    default_pace_kmh: float = 4.0  # what a new walk starts with
    default_group_size: int = 12  # how many walkers one leader takes, for a new walk

    @classmethod
    def load(cls, store: SettingsStore) -> Settings:
        """Unknown keys from a newer version are ignored; missing ones take defaults."""
        raw = store.get_setting(SETTINGS_KEY) or {}
        known = {f.name for f in fields(cls)}
        return (
            cls(**{k: v for k, v in raw.items() if k in known}) if isinstance(raw, dict) else cls()
        )

    def save(self, store: SettingsStore) -> None:
        store.set_setting(SETTINGS_KEY, asdict(self))
